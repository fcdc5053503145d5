using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class IndexTests(PortalAppFactory app) : PublicReportTest(app)
{
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
}
