using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

public sealed class FiguresSupervisionTests(PortalAppFactory app) : ReportTest(app)
{
    [Fact]
    public async Task Proposed_figures_count_the_years_supervision_by_form_and_the_problems_issued_and_closed_with_their_source()
    {
        var steps = new SupervisionSteps(App);
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await steps.PlanAsync(2026);
        var first = await steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        var second = await steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议社会救助工作情况的报告");
        var inspection = await steps.TopicAsync(plan, unit.Id, committee.Id, "检查养老服务条例实施情况", SupervisionForm.LawEnforcementInspection, law: "示例市养老服务条例");
        await steps.TopicAsync(plan, unit.Id, committee.Id, "尚未审议的专题调研", SupervisionForm.SpecialResearch);
        await steps.AdoptAsync(plan);
        await steps.SentAsync(first, "意见。", ("设施不足", null), ("护理员不足", null));
        await steps.FileReportAsync(first, unit.Id);
        await steps.EvaluateAsync(first);
        await steps.CloseAsync(first, 2);
        await steps.HeardAsync(second);
        await steps.HeardAsync(inspection);
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Figures/{id}?propose=true");

        var rows = page.QuerySelectorAll("#proposals tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent.Trim(), r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        rows["听取审议专项工作报告"].Should().Be("2项");
        rows["开展执法检查"].Should().Be("1次");
        rows.Should().NotContainKey("开展专题调研");
        rows["交办审议意见问题清单中的问题"].Should().Be("2个");
        rows["问题清单中已整改销号的问题"].Should().Be("1个");
        page.QuerySelector("#proposals")!.TextContent.Should().Contain("本系统监督工作数据（2026年");
    }
}
