using System.Xml.Linq;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;

namespace CongressPortal.Web.Tests.Pages.Reports;

public sealed class FeedTests(PortalAppFactory app) : PublicReportTest(app)
{
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
