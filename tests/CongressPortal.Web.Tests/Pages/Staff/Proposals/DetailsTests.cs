using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Staff.Proposals;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>The presidium's decisions, the committee's report and the result, recorded by staff on the proposal's page.</summary>
public sealed class DetailsTests(PortalAppFactory app) : StaffProposalTest(app)
{
    private static (string, string?)[] Decision(string form, string reason, DateOnly? on = null) =>
        [($"{form}.DecidedOn", Iso(on ?? Today)), ($"{form}.Reason", reason)];

    [Fact]
    public async Task Putting_a_proposal_on_the_agenda_records_the_decision_the_result_and_audit_rows_by_the_staff_member()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync("王议案");

        var page = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        page.QuerySelector("#form-putonagenda").Should().NotBeNull();
        page.QuerySelector("#form-report").Should().BeNull("a committee reports only on a referred proposal");
        using var response = await staff.PostFormAsync(page, "#form-putonagenda", Decision(DetailsModel.Forms.PutOnAgenda, "主席团第二次会议决定列入大会议程"));
        ShouldRedirect(response, ProposalDetails(proposal.Id));

        var p = await StoredProposalAsync(proposal.Id);
        p.Status.Should().Be(ProposalStatus.OnAgenda);
        p.DecidedOn.Should().Be(Today);
        p.DecisionReason.Should().Be("主席团第二次会议决定列入大会议程");
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Proposal) && a.EntityKey == Id(proposal.Id) && a.Action == AuditAction.Updated).ToListAsync());
        audit.Should().NotBeEmpty();
        audit.Should().OnlyContain(a => a.UserName.StartsWith("王议案（staff-", StringComparison.Ordinal));
        (await DbAsync(db => db.AuditEntries.AsNoTracking().AnyAsync(a => a.EntityType == nameof(ProposalEvent) && a.Action == AuditAction.Created)))
            .Should().BeTrue("the timeline row is audited too");

        // The session decided it: staff record the result, and the proposal is concluded.
        page = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        page.QuerySelector("#form-putonagenda").Should().BeNull();
        using var result = await staff.PostFormAsync(page, "#form-result", [("Result.ResultOn", Iso(Today)), ("Result.ResultText", "大会通过关于养老服务的决定。")]);
        ShouldRedirect(result, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.Concluded);
        Text(await staff.GetDocumentAsync(ProposalDetails(proposal.Id)), "#result-text").Should().Contain("大会通过关于养老服务的决定。");
    }

    [Fact]
    public async Task Leaving_a_proposal_off_the_agenda_needs_a_reason_next_to_its_field_then_is_recorded()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();

        using (var noReason = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-leaveoff", Decision(DetailsModel.Forms.LeaveOff, "")))
        {
            var page = await RefusedAsync(noReason);
            page.FieldError("LeaveOff.Reason").Should().Be("请填写决定的理由或说明");
        }
        using (var future = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-leaveoff", Decision(DetailsModel.Forms.LeaveOff, "不属于本级人大职权", Today.AddDays(1))))
        {
            var page = await RefusedAsync(future);
            page.FieldError("LeaveOff.DecidedOn").Should().Be(ProposalMessages.DecidedInFuture.Message);
            Value(page, "LeaveOff.Reason").Should().Be("不属于本级人大职权");
        }
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.Registered);

        using var ok = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-leaveoff", Decision(DetailsModel.Forms.LeaveOff, "不属于本级人大职权"));
        ShouldRedirect(ok, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.NotOnAgenda);
    }

    [Fact]
    public async Task A_referral_due_beyond_six_months_is_refused_and_a_referred_proposal_gets_its_report_and_result()
    {
        var world = await WorldAsync();
        var meeting = await Data.MeetingAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        var latest = await ServiceAsync<ProposalStore, DateOnly>(async store => Proposal.LatestReportDue(Today, await store.CalendarAsync(default)));
        Text(page, "#latest-due").Should().Be(Web.Infrastructure.Display.Date(latest));
        Value(page, "Refer.DueOn").Should().Be(Iso(latest), "the latest allowed date is offered");

        (string, string?)[] Referral(DateOnly due) =>
            [.. Decision(DetailsModel.Forms.Refer, "交法制委员会审议"), ("Refer.CommitteeId", Id(world.Committee.Id)), ("Refer.DueOn", Iso(due))];
        using (var tooLate = await staff.PostFormAsync(page, "#form-refer", Referral(latest.AddDays(1))))
        {
            var refused = await RefusedAsync(tooLate);
            refused.FieldError("Refer.DueOn").Should().Be(ProposalMessages.DueBeyondSixMonths(latest).Message);
            Value(refused, "Refer.Reason").Should().Be("交法制委员会审议");
        }
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.Registered);

        using var referred = await staff.PostFormAsync(page, "#form-refer", Referral(new DateOnly(2026, 6, 30)));
        ShouldRedirect(referred, ProposalDetails(proposal.Id));
        var p = await StoredProposalAsync(proposal.Id);
        p.Status.Should().Be(ProposalStatus.ReferredToCommittee);
        p.ReferredCommitteeId.Should().Be(world.Committee.Id);
        p.ReportDueOn.Should().Be(new DateOnly(2026, 6, 30));

        using var report = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-report", [("Report.ReportedOn", Iso(Today)), ("Report.ReportText", "法制委员会建议将养老服务条例列入立法计划。")]);
        ShouldRedirect(report, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.CommitteeReported);

        using var result = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-result",
            [("Result.ResultOn", Iso(Today)), ("Result.ResultText", "常委会同意委员会的审议结果报告。"), ("Result.MeetingId", Id(meeting.Id))]);
        ShouldRedirect(result, ProposalDetails(proposal.Id));
        p = await StoredProposalAsync(proposal.Id);
        p.Status.Should().Be(ProposalStatus.Concluded);
        p.ReportedOnTime.Should().BeTrue();
        p.ResultMeetingId.Should().Be(meeting.Id);
        var shown = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        Text(shown, "#report-text").Should().Contain("法制委员会建议");
        Text(shown, "#referral").Should().Contain("法制委员会");
    }

    [Fact]
    public async Task Handling_a_proposal_as_a_suggestion_registers_the_suggestion_linked_both_ways()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();

        using var response = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-convert",
            [.. Decision(DetailsModel.Forms.Convert, "属于工作建议，作为建议交有关机关办理"), ("Convert.CategoryId", Id(world.Category.Id))]);
        ShouldRedirect(response, ProposalDetails(proposal.Id));

        var p = await StoredProposalAsync(proposal.Id);
        p.Status.Should().Be(ProposalStatus.ConvertedToSuggestion);
        var s = await DbAsync(db => db.Suggestions.AsNoTracking().Include(x => x.Deputies).SingleAsync());
        p.SuggestionId.Should().Be(s.Id);
        s.ProposalId.Should().Be(p.Id);
        s.Status.Should().Be(SuggestionStatus.Submitted, "the suggestion then runs its own workflow");
        s.CoSignerIds.Should().BeEquivalentTo(world.CoSigners());
        Text(await staff.GetDocumentAsync(ProposalDetails(p.Id)), "#suggestion-link").Should().Contain(s.Number);
        Text(await staff.GetDocumentAsync($"/Staff/Suggestions/Details/{s.Id}"), "#from-proposal").Should().Contain(p.Number!);
    }

    [Fact]
    public async Task Of_two_staff_deciding_at_once_the_second_is_told_what_was_decided_and_sees_the_current_state()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var first = await StaffAsync("甲");
        using var second = await StaffAsync("乙");
        var firstPage = await first.GetDocumentAsync(ProposalDetails(proposal.Id));
        var secondPage = await second.GetDocumentAsync(ProposalDetails(proposal.Id));

        using var won = await first.PostFormAsync(firstPage, "#form-putonagenda", Decision(DetailsModel.Forms.PutOnAgenda, "列入议程"));
        ShouldRedirect(won, ProposalDetails(proposal.Id));
        using var lost = await second.PostFormAsync(secondPage, "#form-leaveoff", Decision(DetailsModel.Forms.LeaveOff, "不列入"));
        var page = await RefusedAsync(lost);

        // As for suggestions and reports: an action the new state no longer allows says why, in the state's words.
        Text(page, "#form-failed").Should().Contain(DomainMessages.WrongStatus("议案", "不列入会议议程", "列入会议议程").Message);
        Text(page, "#status-badge").Should().Be("列入会议议程", "the page shows the proposal as it now stands");
        page.QuerySelector("#form-leaveoff").Should().BeNull();
        (await StoredProposalAsync(proposal.Id)).Status.Should().Be(ProposalStatus.OnAgenda);
    }

    [Fact]
    public async Task An_action_still_allowed_but_sent_from_a_page_someone_changed_since_is_refused_as_a_conflict()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));

        // A colleague publishes and withdraws publication meanwhile: publishing is allowed again, but not from the old page.
        await ActAsync(proposal.Id, (p, now) => p.Publish(Clerk, now));
        await ActAsync(proposal.Id, (p, now) => p.Unpublish(Clerk, now));
        using var lost = await staff.PostFormAsync(stale, "#form-publish", []);

        Text(await RefusedAsync(lost), "#form-failed").Should().Contain(ProposalStore.ActionConflict);
        (await StoredProposalAsync(proposal.Id)).IsPublished.Should().BeFalse("nothing is saved over a change the user has not seen");
    }

    [Fact]
    public async Task Staff_record_the_leads_withdrawal_and_publish_the_proposal()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        using var staff = await StaffAsync();

        using var published = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-publish", []);
        ShouldRedirect(published, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).IsPublished.Should().BeTrue();

        using var withdrawn = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-withdraw", [("Withdraw.Reason", "领衔代表书面要求撤回")]);
        ShouldRedirect(withdrawn, ProposalDetails(proposal.Id));
        var p = await StoredProposalAsync(proposal.Id);
        p.Status.Should().Be(ProposalStatus.Withdrawn);
        p.StatusReason.Should().Be("领衔代表书面要求撤回");

        using var unpublished = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-unpublish", []);
        ShouldRedirect(unpublished, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).IsPublished.Should().BeFalse();
    }
    // ── Issue 12: the supervision topic a proposal led to (P10) ──
    [Fact]
    public async Task Staff_link_a_registered_proposal_to_a_supervision_topic_and_the_timeline_records_it()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var unit = await Data.UnitAsync();
        var topic = await ServiceAsync<SupervisionStore, int>(async store =>
        {
            var plan = (await store.CreatePlanAsync(new Domain.Supervision.SupervisionPlanDraft(2026, "2026年度监督工作计划", null), Clerk, default)).Value;
            return (await store.CreateTopicAsync(plan, new Domain.Supervision.SupervisionTopicDraft("关于养老服务工作情况的报告", Domain.Supervision.SupervisionForm.SpecialWorkReport,
                unit.Id, world.Committee.Id, null, 9, null, null, [], [], []), Clerk, default)).Value;
        });
        using var staff = await StaffAsync();

        using var linked = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-supervision", [("Supervision.TopicId", Id(topic))]);
        ShouldRedirect(linked, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).SupervisionTopicId.Should().Be(topic);
        var page = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        Text(page, "#follow-up-supervision").Should().Contain("关于养老服务工作情况的报告");
        Text(page, "#timeline").Should().Contain("关联监督议题");
    }
    [Fact]
    public async Task Staff_link_a_proposal_to_a_legislative_plan_item_and_an_unknown_item_is_refused_next_to_the_choice()
    {
        var world = await WorldAsync();
        var proposal = await RegisteredAsync(world);
        var item = await ServiceAsync<LegislationStore, int>(async store =>
        {
            var plan = (await store.CreatePlanAsync(new Domain.Legislation.LegislationPlanDraft(Domain.Legislation.LegislationPlanKind.Annual, 2026, "2026年度立法计划", null), Clerk, default)).Value;
            var version = await DbAsync(db => db.LegislationPlans.Where(p => p.Id == plan).Select(p => p.Version).SingleAsync());
            await store.AddItemAsync(plan, version, new Domain.Legislation.PlanItemDraft(Domain.Legislation.PlanItemKind.Deliberation, Domain.Legislation.LegislationKind.Enact,
                "示例市养老服务条例", "市民政局", null, null, null, null, []), Clerk, default);
            return await DbAsync(db => db.LegislationPlanItems.Where(i => i.PlanId == plan).Select(i => i.Id).SingleAsync());
        });
        using var staff = await StaffAsync();

        using var linked = await PostAsync(staff, ProposalDetails(proposal.Id), "#form-legislation", [("Legislation.ItemId", Id(item))]);
        ShouldRedirect(linked, ProposalDetails(proposal.Id));
        (await StoredProposalAsync(proposal.Id)).LegislationItemId.Should().Be(item);
        var page = await staff.GetDocumentAsync(ProposalDetails(proposal.Id));
        Text(page, "#follow-up-legislation").Should().Contain("示例市养老服务条例");
        Text(page, "#timeline").Should().Contain("示例市养老服务条例");

        using var unknown = await PostAsync(staff, page, "#form-legislation", [("Legislation.ItemId", "999999")]);
        var refused = await RefusedAsync(unknown);
        refused.FieldError("Legislation.ItemId").Should().Contain("计划项目不存在");
        (await StoredProposalAsync(proposal.Id)).LegislationItemId.Should().Be(item);
    }
}
