using System.Net;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>/api/v1/proposals: published proposals with their decision and signers, kept up to date by the staff pages' saves.</summary>
public sealed class ProposalsKindTests(PortalAppFactory app) : StaffProposalTest(app)
{
    private const string Kind = "proposals";

    [Fact]
    public async Task Only_published_proposals_are_listed_with_decision_and_signers_and_follow_edits_and_unpublishing()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var hidden = await RegisteredAsync(world, "关于加强学前教育的议案");
        var calendar = await ServiceAsync<Web.Data.Queries.ProposalStore, Domain.Common.WorkingDayCalendar>(store => store.CalendarAsync(default));
        await ActAsync(proposal.Id, (p, now) => p.ReferToCommittee(new DecisionDraft(Today, "交法制委员会审议。"), world.Committee, Today.AddMonths(2), calendar, Clerk, now));
        using var staff = await StaffAsync();
        using var published = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-publish", []);
        ShouldRedirect(published, ProposalDetails(proposal.Id));

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, proposal.Id);
        listed.GetProperty("type").GetString().Should().Be("proposal");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Proposals/Details/{proposal.Id}");
        listed.GetProperty("number").GetString().Should().Be(proposal.Number);
        listed.GetProperty("subject").GetString().Should().Be("关于制定《示例市养老服务条例》的议案");
        listed.GetProperty("solution").GetString().Should().Be("建议市人大常委会将养老服务条例列入立法计划。");
        listed.GetProperty("session").GetString().Should().Be(KindApi.Url("sessions", world.Session.Id));
        listed.GetProperty("proposer_kind").GetString().Should().Be("deputies");
        listed.GetProperty("lead").GetProperty("deputy").GetString().Should().Be(KindApi.Url("deputies", world.Lead.Id));
        listed.GetProperty("lead").GetProperty("name").GetString().Should().Be("李建国");
        listed.GetProperty("co_signers").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Should().Equal(Names[1..10]);
        listed.GetProperty("co_signers")[0].GetProperty("deputy").GetString().Should().Be(KindApi.Url("deputies", world.Deputies[1].Id));
        listed.GetProperty("status").GetString().Should().Be("referred_to_committee");
        listed.GetProperty("status_label").GetString().Should().Be("交专门委员会审议");
        var decision = listed.GetProperty("decision");
        decision.GetProperty("kind").GetString().Should().Be("referred_to_committee");
        decision.GetProperty("reason").GetString().Should().Be("交法制委员会审议。");
        decision.GetProperty("committee").GetString().Should().Be(KindApi.Url("committees", world.Committee.Id));
        decision.GetProperty("report_due_on").GetString().Should().Be(Iso(Today.AddMonths(2)));
        listed.GetProperty("committee_report").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        (await KindApi.GetAsync(client, Kind, proposal.Id)).GetProperty("grounds").GetString().Should().Be("全市60岁以上老年人口已超过百万。");
        (await KindApi.StatusAsync(client, Kind, hidden.Id)).Should().Be(HttpStatusCode.NotFound);

        // The committee reports through the staff page's action: the document changes.
        var before = KindApi.Modified(listed);
        await ActAsync(proposal.Id, (p, now) => p.RecordCommitteeReport(Today, "委员会建议列入明年立法计划。", Clerk, now));
        var reported = await KindApi.ModifiedSinceAsync(client, Kind, proposal.Id, before);
        reported.GetProperty("committee_report").GetProperty("text").GetString().Should().Be("委员会建议列入明年立法计划。");

        using var unpublished = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-unpublish", []);
        ShouldRedirect(unpublished, ProposalDetails(proposal.Id));
        await KindApi.TombstoneAsync(client, Kind, proposal.Id, KindApi.Modified(reported));
    }

    [Fact]
    public async Task A_correction_through_the_staff_edit_page_moves_modified()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        await ActAsync(proposal.Id, (p, now) => p.Publish(Clerk, now));
        using var client = AnonymousClient();
        var before = KindApi.Modified(await KindApi.GetAsync(client, Kind, proposal.Id));

        using var staff = await StaffAsync();
        using var saved = await staff.PostFormAsync(await staff.GetDocumentAsync($"/Staff/Proposals/Edit/{proposal.Id}"), "#proposal-form",
            [("Input.Subject", "关于制定《示例市居家养老服务条例》的议案")]);
        ShouldRedirect(saved, ProposalDetails(proposal.Id));

        var edited = await KindApi.ModifiedSinceAsync(client, Kind, proposal.Id, before);
        edited.GetProperty("subject").GetString().Should().Be("关于制定《示例市居家养老服务条例》的议案");
        edited.GetProperty("decision").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "the presidium has not decided yet");
    }

    [Fact]
    public async Task A_proposal_handled_as_a_suggestion_links_the_suggestion_once_its_reply_is_public()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        await ServiceAsync<Web.Data.Queries.ProposalSuggestions, int>(async handling =>
        {
            var version = (await StoredProposalAsync(proposal.Id)).Version;
            var result = await handling.ConvertAsync(proposal.Id, version, new DecisionDraft(Today, "所提事项作为代表建议交有关部门办理。"), world.Category.Id, Clerk, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value;
        });
        await ActAsync(proposal.Id, (p, now) => p.Publish(Clerk, now));
        var suggestion = await DbAsync(db => db.Suggestions.Where(s => s.ProposalId == proposal.Id).Select(s => s.Id).SingleAsync());

        using var client = AnonymousClient();
        var converted = await KindApi.GetAsync(client, Kind, proposal.Id);
        converted.GetProperty("decision").GetProperty("kind").GetString().Should().Be("converted_to_suggestion");
        converted.GetProperty("decision").GetProperty("reason").GetString().Should().Be("所提事项作为代表建议交有关部门办理。");
        converted.GetProperty("suggestion").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "the suggestion's reply is not public yet");

        // The unit replies and staff publish the reply: a save of the suggestion, not of the proposal, changes the proposal's document.
        var unit = await Data.UnitAsync();
        await Data.AssignedSuggestionAsync(suggestion, unit.Id);
        await Data.ActAsync(suggestion, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Today, letter()), Domain.Common.Actor.Unit(unit.Id, "测试承办人"), now, rules));
        await Data.ReviewRepliesAsync(suggestion);
        var linked = await KindApi.ModifiedSinceAsync(client, Kind, proposal.Id, KindApi.Modified(converted));
        linked.GetProperty("suggestion").GetString().Should().Be(KindApi.Url("suggestions", suggestion));
    }
}
