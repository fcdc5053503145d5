using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Pages.Staff.Supervision.Topics;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision.Topics;

/// <summary>The closed loop on the topic's page: meeting, opinions and problems, 交办, evaluation with 测评, 销号, 回头看.</summary>
public sealed class DetailsTests(PortalAppFactory app) : StaffSupervisionTest(app)
{
    [Fact]
    public async Task Staff_record_the_meeting_write_numbered_problems_with_units_and_send_them_with_the_computed_due_date()
    {
        var world = await WorldAsync();
        var other = await Data.UnitAsync("示例市住房和城乡建设局");
        var topic = await TopicAsync(await PlanAsync(), world);
        using var staff = await StaffAsync();

        using (var activity = await PostAsync(staff, TopicPage(topic), "#form-activity",
            [("Activity.Kind", nameof(SupervisionActivityKind.Research)), ("Activity.StartOn", Iso(Today)), ("Activity.Place", "青山区"), ("Activity.Description", "实地调研")]))
            ShouldRedirect(activity, TopicPage(topic));
        using (var future = await PostAsync(staff, TopicPage(topic), "#form-deliberation", [("Deliberation.HeardOn", Iso(Today.AddDays(1))), ("Deliberation.ReportText", "报告全文。")]))
        {
            var page = await RefusedAsync(future);
            page.FieldError("Deliberation.HeardOn").Should().Be(SupervisionMessages.HeardInFuture.Message);
            Value(page, "Deliberation.ReportText").Should().Be("报告全文。");
        }
        using (var heard = await PostAsync(staff, TopicPage(topic), "#form-deliberation", [("Deliberation.HeardOn", Iso(Today)), ("Deliberation.ReportText", "报告全文。")]))
            ShouldRedirect(heard, TopicPage(topic));

        var form = await staff.GetDocumentAsync(TopicPage(topic));
        form.QuerySelectorAll("#problem-rows .problem-row").Length.Should().Be(DetailsModel.BlankProblemRows);
        Value(form, "Opinions.Problems[0].UnitId").Should().Be(Id(world.Unit.Id), "a problem goes to the reporting body unless another is chosen");
        (await staff.GetDocumentAsync(TopicPage(topic) + "?rows=5")).QuerySelectorAll("#problem-rows .problem-row").Length.Should().Be(DetailsModel.BlankProblemRows + 5);

        using (var noText = await staff.PostFormAsync(form, "#form-opinions", [("Opinions.OpinionsText", ""), ("Opinions.Problems[0].Text", "问题一")]))
        {
            var page = await RefusedAsync(noText);
            page.FieldError("Opinions.OpinionsText").Should().Be(SupervisionMessages.OpinionsRequired.Message);
            Value(page, "Opinions.Problems[0].Text").Should().Be("问题一");
        }
        using (var saved = await staff.PostFormAsync(form, "#form-opinions", [("Opinions.OpinionsText", "审议意见全文。"),
            ("Opinions.Problems[0].Text", "挥发性有机物治理不到位。"), ("Opinions.Problems[2].Text", "扬尘管控责任落实不严。"), ("Opinions.Problems[2].UnitId", Id(other.Id))]))
            ShouldRedirect(saved, TopicPage(topic));
        var stored = await StoredTopicAsync(topic);
        stored.Problems.OrderBy(p => p.Number).Select(p => (p.Number, p.UnitId)).Should().Equal((1, world.Unit.Id), (2, other.Id));

        var page2 = await staff.GetDocumentAsync(TopicPage(topic));
        var due = await ServiceAsync<Web.Data.Queries.SupervisionStore, DateOnly>(async store =>
            SupervisionSettings.DueDate(Today, (await store.SettingsAsync(default)).ReportMonths, await store.CalendarAsync(default)));
        Text(page2, "#due-if-assigned").Should().Be(Web.Infrastructure.Display.Date(due));
        using (var assigned = await staff.PostFormAsync(page2, "#form-assign", []))
            ShouldRedirect(assigned, TopicPage(topic));
        stored = await StoredTopicAsync(topic);
        stored.Status.Should().Be(SupervisionTopicStatus.Assigned);
        stored.ReportDueOn.Should().Be(due);
        Text(await staff.GetDocumentAsync(TopicPage(topic)), "#timeline").Should().Contain("交办");
    }

    [Fact]
    public async Task An_unsatisfied_vote_asks_for_a_second_report_then_problems_are_closed_with_evidence_and_a_follow_up_reopens_one()
    {
        var world = await WorldAsync();
        var topic = await TopicAsync(await PlanAsync(), world);
        await AssignedAsync(topic);
        await FiledAsync(topic, world.Unit.Id);
        using var staff = await StaffAsync();

        using (var negative = await PostAsync(staff, TopicPage(topic), "#form-evaluate",
            [("Evaluate.EvaluatedOn", Iso(Today)), ("Evaluate.Evaluation", "整改不到位。"), ("Evaluate.Satisfied", "-1")]))
        {
            var page = await RefusedAsync(negative);
            page.FieldError("Evaluate.Satisfied").Should().Be(SupervisionMessages.VotesNegative.Message);
            Value(page, "Evaluate.Evaluation").Should().Be("整改不到位。");
        }
        using (var unsatisfied = await PostAsync(staff, TopicPage(topic), "#form-evaluate",
            [("Evaluate.EvaluatedOn", Iso(Today)), ("Evaluate.Evaluation", "整改不到位。"), ("Evaluate.Satisfied", "2"), ("Evaluate.BasicallySatisfied", "3"), ("Evaluate.Unsatisfied", "10")]))
            ShouldRedirect(unsatisfied, TopicPage(topic));
        var stored = await StoredTopicAsync(topic);
        stored.Status.Should().Be(SupervisionTopicStatus.Rework);
        stored.Rounds.Should().HaveCount(2);
        Text(await staff.GetDocumentAsync(TopicPage(topic)), "#round-1").Should().Contain("满意率 33.3%").And.Contain("按时");

        await FiledAsync(topic, world.Unit.Id);
        using (var accepted = await PostAsync(staff, TopicPage(topic), "#form-evaluate", [("Evaluate.EvaluatedOn", Iso(Today)), ("Evaluate.Evaluation", "同意。")]))
            ShouldRedirect(accepted, TopicPage(topic));
        (await StoredTopicAsync(topic)).Status.Should().Be(SupervisionTopicStatus.Rectifying);

        using (var noEvidence = await PostAsync(staff, TopicPage(topic), "#form-close-1", [("Close.RectifiedOn", Iso(Today)), ("Close.Evidence", "")]))
        {
            var page = await RefusedAsync(noEvidence);
            page.FieldError("Close.Evidence").Should().Be(SupervisionMessages.CloseEvidenceRequired.Message);
        }
        using (var first = await PostAsync(staff, TopicPage(topic), "#form-close-1", [("Close.RectifiedOn", Iso(Today)), ("Close.Evidence", "验收报告。")]))
            ShouldRedirect(first, TopicPage(topic));
        using (var second = await PostAsync(staff, TopicPage(topic), "#form-close-2", [("Close.RectifiedOn", Iso(Today)), ("Close.Evidence", "整改台账。")]))
            ShouldRedirect(second, TopicPage(topic));
        stored = await StoredTopicAsync(topic);
        stored.Status.Should().Be(SupervisionTopicStatus.Closed);
        stored.ClosedProblemCount.Should().Be(2);

        using (var followUp = await PostAsync(staff, TopicPage(topic), "#form-followup",
            [("FollowUp.HeldOn", Iso(Today)), ("FollowUp.Findings", "扬尘问题有反弹。"), ("FollowUp.ReopenNumbers", "2")]))
            ShouldRedirect(followUp, TopicPage(topic));
        stored = await StoredTopicAsync(topic);
        stored.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        stored.Problem(2)!.Status.Should().Be(SupervisionProblemStatus.Reopened);
        var shown = await staff.GetDocumentAsync(TopicPage(topic));
        Text(shown, "#followups").Should().Contain("重新打开第2个问题");
        Text(shown, "#problem-2").Should().Contain("回头看后重新整改");
        shown.QuerySelector("#form-close-2").Should().NotBeNull();
        shown.QuerySelector("#form-close-1").Should().BeNull();
    }

    [Fact]
    public async Task A_research_topic_is_concluded_with_a_reason_published_and_a_stale_page_gets_the_conflict()
    {
        var world = await WorldAsync();
        var topic = await TopicAsync(await PlanAsync(), world, "关于乡村振兴的专题调研", SupervisionForm.SpecialResearch);
        await TopicActAsync(topic, (t, s, c, now) => t.RecordDeliberation(new DeliberationDraft(Today, null, null), s, c, Clerk, now));
        using var staff = await StaffAsync();
        var stalePage = await staff.GetDocumentAsync(TopicPage(topic));

        using (var noReason = await PostAsync(staff, TopicPage(topic), "#form-conclude", [("Conclude.Reason", "")]))
            (await RefusedAsync(noReason)).FieldError("Conclude.Reason").Should().Be(SupervisionMessages.ConcludeReasonRequired.Message);
        using (var published = await PostAsync(staff, TopicPage(topic), "#form-publish", []))
            ShouldRedirect(published, TopicPage(topic));
        (await StoredTopicAsync(topic)).IsPublished.Should().BeTrue();

        // The page read before publishing is stale: concluding from it is refused as a conflict and nothing changes.
        using var stale = await staff.PostFormAsync(stalePage, "#form-conclude", [("Conclude.Reason", "调研报告已印发。")]);
        var refused = await RefusedAsync(stale);
        Text(refused, "#form-failed").Should().Contain("其他人已处理了这个监督议题");
        (await StoredTopicAsync(topic)).Status.Should().Be(SupervisionTopicStatus.Deliberated);

        using (var concluded = await PostAsync(staff, TopicPage(topic), "#form-conclude", [("Conclude.Reason", "调研报告已印发。")]))
            ShouldRedirect(concluded, TopicPage(topic));
        (await StoredTopicAsync(topic)).Status.Should().Be(SupervisionTopicStatus.Closed);
    }
}
