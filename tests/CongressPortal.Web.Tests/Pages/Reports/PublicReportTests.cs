using System.Net;
using System.Xml.Linq;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class PublicReportTests(PortalAppFactory app) : ReportTest(app)
{
    private Task<int> FiguresAsync(int year, string text, bool publish, params (string Label, decimal Value, string Unit, string? Anchor)[] figures) =>
        DbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var report = WorkReport.Create(new WorkReportDetails(year, null, "示例市人民代表大会常务委员会工作报告"), ReportSamples.Staff, now);
            report.Import(OutlineDetector.Detect(text), ReportSamples.Staff, now);
            foreach (var (label, value, unit, anchor) in figures) report.AddFigure(new KeyFigureDetails(label, value, unit, "报告正文", anchor), ReportSamples.Staff, now);
            if (publish) report.Publish(null, ReportSamples.Staff, null, now);
            db.WorkReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    [Fact]
    public async Task The_list_shows_published_reports_newest_first_and_each_links_to_the_neighbouring_years()
    {
        await FiguresAsync(2025, ReportSamples.Clean(2025), true);
        await FiguresAsync(2026, ReportSamples.Clean(2026), false);
        await FiguresAsync(2027, ReportSamples.Clean(2027), true);
        using var anonymous = AnonymousClient();

        var list = await anonymous.GetDocumentAsync("/Reports");
        list.QuerySelectorAll("#report-list h2 a").Select(a => a.GetAttribute("href")).Should().Equal("/Reports/2027", "/Reports/2025");

        var page = await anonymous.GetDocumentAsync("/Reports/2027");
        page.QuerySelector(".report-pager-prev")!.GetAttribute("href").Should().Be("/Reports/2025", "the 2026 draft is skipped");
        page.QuerySelector(".report-pager-next").Should().BeNull();
        (await anonymous.GetAsync("/Reports/2026")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

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

    [Fact]
    public async Task Search_finds_terms_in_published_reports_only_and_links_to_the_passage()
    {
        await FiguresAsync(2026, ReportSamples.Clean(2026, "推进湖泊治理。"), true);
        await FiguresAsync(2027, ReportSamples.Clean(2027, "推进湖泊治理工作。"), false);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Reports/Search?q=" + Uri.EscapeDataString("湖泊治理"));

        var hits = page.QuerySelectorAll("#search-results li");
        hits.Should().ContainSingle("the 2027 report is still a draft");
        hits[0].QuerySelector("a")!.GetAttribute("href").Should().StartWith("/Reports/2026#p-");
        hits[0].QuerySelector("mark")!.TextContent.Should().Be("湖泊治理");
        var target = hits[0].QuerySelector("a")!.GetAttribute("href")!.Split('#')[1];
        (await anonymous.GetDocumentAsync("/Reports/2026")).GetElementById(target)!.TextContent.Should().Contain("湖泊治理");

        var tooShort = await anonymous.GetDocumentAsync("/Reports/Search?q=" + Uri.EscapeDataString("湖"));
        tooShort.QuerySelector("#search-problem").Should().NotBeNull();
    }

    [Fact]
    public async Task The_atom_feed_lists_published_reports()
    {
        await FiguresAsync(2026, ReportSamples.Clean(2026), true);
        await FiguresAsync(2027, ReportSamples.Clean(2027), false);
        using var anonymous = AnonymousClient();

        using var response = await anonymous.GetAsync("/Reports/Feed");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        entries.Should().ContainSingle();
        entries[0].Element(atom + "id")!.Value.Should().EndWith("/Reports/2026");
        entries[0].Element(atom + "title")!.Value.Should().Contain("2026年");
    }
}
