using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.OpenData;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.Developers;

/// <summary>开放数据: the API explained with this site's own addresses, every dataset and feed listed, reachable from every page.</summary>
public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_page_lists_every_dataset_and_feed_with_working_addresses_and_the_rules()
    {
        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Developers");

        page.Title.Should().Contain("开放数据");
        page.QuerySelector("#api-root")!.TextContent.Should().Be("http://localhost/api/v1");
        page.QuerySelector("#openapi-link")!.GetAttribute("href").Should().Be("http://localhost/api/v1/openapi.json");
        var kinds = App.Services.GetRequiredService<OpenDataKinds>().All;
        var rows = page.QuerySelectorAll("#dataset-table tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th")!.TextContent).Should().Equal(kinds.Select(k => k.Title));
        foreach (var link in page.QuerySelectorAll("#dataset-table a"))
        {
            using var response = await client.GetAsync(link.GetAttribute("href")!);
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, link.GetAttribute("href"));
        }
        page.QuerySelectorAll("#feed-list a").Select(a => a.GetAttribute("href")).Should().Equal(PublicFeeds.All.Select(f => f.Page));
        page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Should().HaveCount(PublicFeeds.All.Count);
        page.QuerySelector("#api-limit")!.TextContent.Should().Be("100000", "the tests' configured limit is shown");
        var text = page.QuerySelector("main")!.TextContent;
        text.Should().Contain("modified_since").And.Contain("If-None-Match").And.Contain("429").And.Contain("problem+json").And.Contain("墓碑");
    }

    [Fact]
    public async Task Every_page_links_to_it_from_the_footer()
    {
        using var client = AnonymousClient();
        var home = await client.GetDocumentAsync("/");
        home.QuerySelector("footer a[href='/Developers']").Should().NotBeNull();
    }
}
