using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    [Fact]
    public async Task The_workspace_counts_supervision_reports_overdue_and_awaiting_the_committees_evaluation()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var filed = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议社会救助工作情况的报告");
        await Steps.SentAsync(filed, "意见一。", ("救助标准调整不及时", null));
        var late = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.SentAsync(late, "意见二。", ("养老设施不足", null));
        await Steps.FileReportAsync(filed, unit.Id);

        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var before = await staff.GetDocumentAsync("/Staff");
        before.QuerySelector("#supervision-overdue")!.TextContent.Should().Be("0", "the report is not due for three months");
        before.QuerySelector("#supervision-awaiting")!.TextContent.Should().Be("1");

        App.Clock.Advance(TimeSpan.FromDays(120));
        using var later = await SignedInClientAsync(PortalRole.Staff, userName: "staff-later");
        var after = await later.GetDocumentAsync("/Staff");
        after.QuerySelector("#supervision-overdue")!.TextContent.Should().Be("1");
        after.QuerySelector("#supervision-awaiting")!.TextContent.Should().Be("1");
    }
}
