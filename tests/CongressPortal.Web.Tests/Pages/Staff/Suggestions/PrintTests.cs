using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.UnitDesk;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>The print view of a suggestion: a document (record, deputies, assignment, replies), for staff, the deputy and a unit.</summary>
public sealed class PrintTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private const string MineText = "经研究，已将该小区列入今年加装电梯计划，现已开工。";
    private const string TheirsText = "已协调公交集团调整线路。";

    /// <summary>Split handling to both units, each replied; the world's unit logged a contact (internal: not printed).</summary>
    private async Task<Suggestion> RepliedByBothAsync()
    {
        var suggestion = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId, OtherUnitId]);
        await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
        {
            s.LogContact(ContactStage.Before, Today, ContactForm.Phone, "内部备注：电话沟通", UnitActor(UnitId), now, rules);
            s.Reply(TestData.ReplyA(Today, letter()), UnitActor(UnitId), now, rules);
        });
        return await Data.ActAsync(suggestion.Id, (s, rules, now, letter) =>
            s.Reply(new ReplyDraft("B", TheirsText, "李局长", Today, true, letter(), [new CommitmentDraft("年底前开通新线路", Today.AddMonths(5))]),
                UnitActor(OtherUnitId), now, rules));
    }

    [Fact]
    public async Task Staff_print_the_suggestion_with_its_deputies_assignment_and_every_reply_but_no_timeline()
    {
        var suggestion = await RepliedByBothAsync();
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var details = await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{suggestion.Id}");
        var href = details.QuerySelector("#print-link")!.GetAttribute("href")!;
        href.Should().Be($"/Staff/Suggestions/{suggestion.Id}/Print");
        var page = await staff.GetDocumentAsync(href);

        var printout = page.QuerySelector("#printout")!;
        printout.QuerySelector("h1")!.TextContent.Should().Be("关于加快老旧小区加装电梯的建议");
        var facts = printout.QuerySelector("#printout-facts")!.TextContent;
        facts.Should().Contain(suggestion.Number).And.Contain(World.Lead.Name).And.Contain(World.CoSigner.Name).And.Contain(World.Category.Name);
        printout.QuerySelectorAll("#printout-units tbody tr").Select(r => r.Children[0].TextContent).Should().Equal(World.Unit.Name, World.OtherUnit.Name);
        var replies = printout.QuerySelectorAll(".printout-reply").ToList();
        replies.Select(r => r.QuerySelector("h3")!.TextContent).Should().Equal(World.Unit.Name, World.OtherUnit.Name);
        replies[0].TextContent.Should().Contain(MineText).And.Contain("A类（已解决或基本解决）").And.Contain("张局长");
        replies[1].TextContent.Should().Contain(TheirsText).And.Contain("年底前开通新线路");
        page.QuerySelectorAll("main h2").Should().OnlyContain(h => h.TextContent.Trim().Length > 0, "no empty section headings");
        page.QuerySelector("main")!.TextContent.Should().NotContain("内部备注").And.NotContain("办理过程");
        page.QuerySelectorAll("main form").Should().BeEmpty();
    }

    [Fact]
    public async Task A_unit_prints_only_its_own_replies_and_never_another_units_suggestion()
    {
        var suggestion = await RepliedByBothAsync();
        var theirs = await AssignedAsync("关于完善公交线网的建议", [OtherUnitId]);
        var unit = await UnitClientAsync(UnitId);

        var details = await unit.GetDocumentAsync(DetailsUrl(suggestion.Id));
        var page = await unit.GetDocumentAsync(details.QuerySelector("#print-link")!.GetAttribute("href")!);

        var text = page.QuerySelector("#printout")!.TextContent;
        text.Should().Contain(MineText).And.NotContain(TheirsText).And.NotContain("年底前开通新线路");
        page.QuerySelectorAll("#printout-units tbody tr").Should().HaveCount(2, "the unit sees the other units by name");
        (await unit.GetAsync($"/Unit/Suggestions/{theirs.Id}/Print")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_deputy_prints_an_own_suggestion_with_every_reply_and_nobody_elses()
    {
        var suggestion = await RepliedByBothAsync();
        var lead = await SignedInClientAsync(PortalRole.Deputy, deputyId: World.Lead.Id, userName: $"deputy-{World.Lead.Id}");

        var details = await lead.GetDocumentAsync($"/Deputy/Suggestions/Details/{suggestion.Id}");
        var page = await lead.GetDocumentAsync(details.QuerySelector("#print-link")!.GetAttribute("href")!);
        page.QuerySelector("#printout")!.TextContent.Should().Contain(MineText).And.Contain(TheirsText);

        var stranger = await Data.DeputyAsync("赵其他", "16099");
        var other = await SignedInClientAsync(PortalRole.Deputy, deputyId: stranger.Id, userName: $"deputy-{stranger.Id}");
        (await other.GetAsync($"/Deputy/Suggestions/{suggestion.Id}/Print")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_suggestion_not_yet_assigned_prints_that_it_is_not_assigned_nor_replied()
    {
        var suggestion = await Data.SuggestionAsync(World, "关于增设社区养老服务站的建议");
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"/Staff/Suggestions/{suggestion.Id}/Print");

        page.QuerySelector("#printout-assignment-section")!.TextContent.Should().Contain("尚未交办");
        page.QuerySelector("#printout-replies-section")!.TextContent.Should().Contain("尚未答复");
        (await staff.GetAsync("/Staff/Suggestions/987654/Print")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
