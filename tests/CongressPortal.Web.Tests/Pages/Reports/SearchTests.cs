using System.Xml.Linq;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class SearchTests(PortalAppFactory app) : PublicReportTest(app)
{
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
}
