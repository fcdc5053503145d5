using System.Globalization;
using System.Xml.Linq;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Notices;

/// <summary>/Notices/Feed: an Atom feed of the published notices, newest first, with a plain-text summary.</summary>
public sealed class FeedTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_lists_published_notices_with_their_links_and_summaries()
    {
        var steps = new NoticeSteps(App);
        var older = await steps.NoticeAsync("较早的通知", "第一段**加粗**。\n\n第二段。");
        App.Clock.Advance(TimeSpan.FromDays(1));
        var newer = await steps.NoticeAsync("较新的通知");
        await steps.NoticeAsync("撤回的通知", withdraw: true);
        await steps.NoticeAsync("草稿", publish: false);
        using var anonymous = AnonymousClient();

        using var response = await anonymous.GetAsync("/Notices/Feed");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        feed.Element(Atom + "title")!.Value.Should().Be("示例市人大常委会通知公告");
        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).Should().Equal("较新的通知", "较早的通知");
        entries[0].Element(Atom + "link")!.Attribute("href")!.Value.Should().EndWith($"/Notices/{newer.Id.ToString(CultureInfo.InvariantCulture)}");
        entries[1].Element(Atom + "id")!.Value.Should().EndWith($"/Notices/{older.Id.ToString(CultureInfo.InvariantCulture)}");
        entries[1].Element(Atom + "summary")!.Value.Should().Be("第一段加粗。 第二段。");
    }
}
