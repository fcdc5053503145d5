using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using AngleSharp.Dom;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.UnitDesk.Supervision;

public sealed class DetailsTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    private sealed record World(int Plan, int Unit, int OtherUnit, int Committee);

    private async Task<World> WorldAsync()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var other = await Data.UnitAsync("示例市卫生健康委员会");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        return new World(plan, unit.Id, other.Id, committee.Id);
    }

    /// <summary>A topic of the 民政局 with three problems (the third for the 卫健委), sent today.</summary>
    private async Task<int> SentTopicAsync(World w)
    {
        var id = await Steps.TopicAsync(w.Plan, w.Unit, w.Committee, "听取审议市政府关于养老服务体系建设情况的报告");
        await Steps.SentAsync(id, "审议意见：加快补齐养老服务短板。",
            ("社区养老服务设施覆盖率偏低", null), ("养老护理员队伍不稳定", null), ("医养结合机构审批慢", w.OtherUnit));
        return id;
    }

    [Fact]
    public async Task Another_body_gets_404_for_a_topic_not_sent_to_it_and_a_topic_not_yet_sent_is_404_even_for_its_reporting_body()
    {
        var w = await WorldAsync();
        var third = await Data.UnitAsync("示例市交通运输局");
        var sent = await SentTopicAsync(w);
        var heard = await Steps.TopicAsync(w.Plan, w.Unit, w.Committee, "听取审议市政府关于社会救助工作情况的报告");
        await Steps.HeardAsync(heard);
        await Steps.OpinionsAsync(heard, "尚未交办的审议意见草稿。", ("救助标准动态调整不及时", null));

        using var mine = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.Unit);
        using var stranger = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: third.Id);
        using var named = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.OtherUnit);

        (await stranger.GetAsync($"/Unit/Supervision/Details/{sent}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await mine.GetAsync($"/Unit/Supervision/Details/{heard}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await mine.GetAsync($"/Unit/Supervision/Details/{sent}")).StatusCode.Should().Be(HttpStatusCode.OK);
        // The body named on a problem sees the topic, its own problem marked, and no report form (only the reporting body files).
        var page = await named.GetDocumentAsync($"/Unit/Supervision/Details/{sent}");
        page.QuerySelector("#problem-3")!.GetAttribute("data-mine").Should().Be("true");
        page.QuerySelector("#problem-1")!.GetAttribute("data-mine").Should().Be("false");
        page.QuerySelector("#form-report").Should().BeNull();
        // A post to another body's topic (from the stranger's own form, aimed at that id) is not found either, and changes nothing.
        var own = await Steps.TopicAsync(w.Plan, third.Id, w.Committee, "听取审议公共交通发展情况的报告");
        await Steps.SentAsync(own, "意见。", ("公交线网不合理", null));
        var form = await stranger.GetDocumentAsync($"/Unit/Supervision/Details/{own}");
        form.QuerySelector("#form-report")!.SetAttribute("action", $"/Unit/Supervision/Details/{sent}?handler=Report");
        using var posted = await stranger.PostFormAsync(form, "#form-report", [("Report.ReportText", "冒名报送")]);
        posted.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Steps.LoadAsync(sent)).Status.Should().Be(SupervisionTopicStatus.Assigned);
    }

    [Fact]
    public async Task A_report_missing_one_problems_progress_is_refused_whole_with_the_message_next_to_that_problem_and_everything_typed_kept()
    {
        var w = await WorldAsync();
        var id = await SentTopicAsync(w);
        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.Unit);
        var page = await client.GetDocumentAsync($"/Unit/Supervision/Details/{id}");
        page.QuerySelectorAll("#form-report .report-entry").Should().HaveCount(3);

        using var response = await client.PostFormAsync(page, "#form-report",
        [
            ("Report.ReportText", "市民政局关于审议意见研究处理情况的报告。"),
            ("Report.Entries[0].Progress", nameof(ProblemProgress.Rectified)), ("Report.Entries[0].Evidence", "新建社区养老服务站40个。"),
            ("Report.Entries[1].Progress", ""), ("Report.Entries[1].Evidence", "提高护理员补贴。"),
            ("Report.Entries[2].Progress", nameof(ProblemProgress.Planned)), ("Report.Entries[2].Evidence", ""),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await PortalClient.ParseAsync(response);
        refused.FieldError("Report.Entries[1].Progress").Should().Be(SupervisionMessages.ProgressMissing(2).Message);
        refused.FieldError("Report.Entries[2].Evidence").Should().Be(SupervisionMessages.EvidenceMissing(3).Message);
        refused.FieldError("Report.Entries[0].Progress").Should().BeEmpty();
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#report-text")!.Value.Should().Be("市民政局关于审议意见研究处理情况的报告。");
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#entry-2-evidence")!.Value.Should().Be("提高护理员补贴。");
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#entry-1-progress")!.Value.Should().Be(nameof(ProblemProgress.Rectified));
        refused.QuerySelector("#form-failed").Should().NotBeNull();
        var unchanged = await Steps.LoadAsync(id);
        unchanged.Status.Should().Be(SupervisionTopicStatus.Assigned);
        unchanged.Problems.Should().OnlyContain(p => p.Progress == null);

        using var filed = await client.PostFormAsync(refused, "#form-report",
        [
            ("Report.Entries[1].Progress", nameof(ProblemProgress.InProgress)),
            ("Report.Entries[2].Evidence", "已列入明年审批改革计划。"),
        ]);
        filed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var topic = await Steps.LoadAsync(id);
        topic.Status.Should().Be(SupervisionTopicStatus.Reported);
        topic.CurrentRound!.FiledOn.Should().Be(Steps.Today);
        topic.Problem(1)!.Progress.Should().Be(ProblemProgress.Rectified);
        topic.Problem(3)!.ProgressEvidence.Should().Be("已列入明年审批改革计划。");
        var after = await client.GetDocumentAsync($"/Unit/Supervision/Details/{id}");
        after.QuerySelector("#form-report").Should().BeNull();
        after.QuerySelector("#round-1")!.TextContent.Should().Contain("等待市人大常委会评价");
    }

    [Fact]
    public async Task During_rectification_each_body_updates_only_its_own_problems_and_the_reporting_body_all()
    {
        var w = await WorldAsync();
        var id = await SentTopicAsync(w);
        await Steps.FileReportAsync(id, w.Unit);
        await Steps.EvaluateAsync(id);
        using var named = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.OtherUnit);
        using var reporting = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.Unit);

        var page = await named.GetDocumentAsync($"/Unit/Supervision/Details/{id}");
        page.QuerySelectorAll(".progress-form").Select(f => f.GetAttribute("data-problem")).Should().Equal("3");
        (await reporting.GetDocumentAsync($"/Unit/Supervision/Details/{id}")).QuerySelectorAll(".progress-form").Should().HaveCount(3);

        using var blank = await named.PostFormAsync(page, "#form-progress-3", [("Progress.Progress", nameof(ProblemProgress.Rectified)), ("Progress.Evidence", "")]);
        var refused = await PortalClient.ParseAsync(blank);
        refused.FieldError("Progress.Evidence").Should().Be("请填写整改措施和佐证");
        refused.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#progress-3-state")!.Value.Should().Be(nameof(ProblemProgress.Rectified));

        // Posting another body's problem number is refused by the domain, nothing saved.
        using var notMine = await named.PostFormAsync(page, "#form-progress-3", [("Progress.Number", "1"), ("Progress.Progress", nameof(ProblemProgress.Rectified)), ("Progress.Evidence", "越权报送")]);
        notMine.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(notMine)).QuerySelector("#form-failed")!.TextContent.Should().Contain(SupervisionMessages.NotYourProblem.Message);

        using var saved = await named.PostFormAsync(page, "#form-progress-3", [("Progress.Progress", nameof(ProblemProgress.Rectified)), ("Progress.Evidence", "审批时限压缩至10个工作日。")]);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var topic = await Steps.LoadAsync(id);
        topic.Problem(3)!.ProgressEvidence.Should().Be("审批时限压缩至10个工作日。");
        topic.Problem(1)!.ProgressEvidence.Should().Be("第1项整改措施。");
    }

    [Fact]
    public async Task A_report_on_a_stale_page_is_a_conflict_and_the_text_is_kept()
    {
        var w = await WorldAsync();
        var id = await SentTopicAsync(w);
        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.Unit);
        var stale = await client.GetDocumentAsync($"/Unit/Supervision/Details/{id}");
        // Meanwhile a colleague of the body filed the report.
        await Steps.FileReportAsync(id, w.Unit);

        using var response = await client.PostFormAsync(stale, "#form-report",
        [
            ("Report.ReportText", "另一份报告。"),
            ("Report.Entries[0].Progress", nameof(ProblemProgress.Rectified)), ("Report.Entries[0].Evidence", "一"),
            ("Report.Entries[1].Progress", nameof(ProblemProgress.Rectified)), ("Report.Entries[1].Evidence", "二"),
            ("Report.Entries[2].Progress", nameof(ProblemProgress.Rectified)), ("Report.Entries[2].Evidence", "三"),
        ]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#form-failed")!.TextContent.Should().NotBeEmpty();
        (await Steps.LoadAsync(id)).CurrentRound!.ReportText.Should().Be("研究处理情况报告：已逐项整改。");
    }

    [Fact]
    public async Task The_rounds_show_the_committees_evaluation_and_an_unsatisfied_vote_asks_for_a_new_report()
    {
        var w = await WorldAsync();
        var id = await SentTopicAsync(w);
        await Steps.FileReportAsync(id, w.Unit);
        await Steps.EvaluateAsync(id, "整改措施不够具体。", new SatisfactionVote(10, 5, 20));
        using var client = await SignedInClientAsync(PortalRole.HandlingUnit, unitId: w.Unit);

        var page = await client.GetDocumentAsync($"/Unit/Supervision/Details/{id}");

        page.QuerySelector("#round-1")!.TextContent.Should().Contain("整改措施不够具体。").And.Contain("满意 10 票").And.Contain("满意率 42.9%").And.Contain("重新报告");
        page.QuerySelector("#report-title")!.TextContent.Should().Contain("第2次");
        page.QuerySelector("#report-due").Should().NotBeNull();
    }
}
