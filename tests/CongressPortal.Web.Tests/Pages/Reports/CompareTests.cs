using System.Xml.Linq;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class CompareTests(PortalAppFactory app) : PublicReportTest(app)
{
    [Fact]
    public async Task Key_figures_show_as_a_panel_and_side_by_side_across_years()
    {
        await FiguresAsync(2026, ReportSamples.Clean(2026), true, ("制定地方性法规", 2, "件", "s1"), ("问题已解决或正在解决的比例", 91.5m, "%", null));
        await FiguresAsync(2027, ReportSamples.Clean(2027), true, ("制定地方性法规", 3, "件", "s1"), ("听取专项工作报告", 10, "项", "s2"));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Reports/2026");
        var panel = page.QuerySelector(".report-figures")!;
        panel.TextContent.Should().Contain("制定地方性法规").And.Contain("91.5");
        panel.QuerySelector("a[href='#s1']").Should().NotBeNull();

        var compare = await anonymous.GetDocumentAsync("/Reports/Compare");
        var rows = compare.QuerySelectorAll("#compare-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        rows["制定地方性法规"].Should().Equal("2件", "3件");
        rows["听取专项工作报告"].Should().Equal("—", "10项");
        rows["问题已解决或正在解决的比例"].Should().Equal("91.5%", "—");
        compare.QuerySelector("#compare-table a[href='/Reports/2027#s2']").Should().NotBeNull("each figure links to the section that states it");
        compare.QuerySelector("#compare-data")!.TextContent.Should().Contain("\"years\":[2026,2027]");
    }
}
