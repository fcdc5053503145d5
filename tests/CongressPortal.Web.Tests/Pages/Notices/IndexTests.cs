using System.Globalization;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Notices;

/// <summary>/Notices: published notices only, newest first, twenty a page, with the feed advertised in the head.</summary>
public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_list_shows_published_notices_newest_first_twenty_a_page()
    {
        var steps = new NoticeSteps(App);
        for (var i = 1; i <= 23; i++)
        {
            await steps.NoticeAsync($"第{i.ToString(CultureInfo.InvariantCulture)}号通知");
            App.Clock.Advance(TimeSpan.FromHours(1));
        }
        await steps.NoticeAsync("草稿不公开", publish: false);
        await steps.NoticeAsync("撤回的不公开", withdraw: true);
        using var anonymous = AnonymousClient();

        var first = await anonymous.GetDocumentAsync("/Notices");
        var titles = first.QuerySelectorAll("#notice-list a").Select(a => a.TextContent).ToList();
        titles.Should().HaveCount(20);
        titles[0].Should().Be("第23号通知");
        first.QuerySelector("#notice-pages a[rel=next]")!.GetAttribute("href").Should().Be("/Notices?p=2");
        var second = await anonymous.GetDocumentAsync("/Notices?p=2");
        second.QuerySelectorAll("#notice-list a").Select(a => a.TextContent).Should().Equal("第3号通知", "第2号通知", "第1号通知");
        (await anonymous.GetDocumentAsync("/Notices?p=99")).QuerySelectorAll("#notice-list a").Should().HaveCount(3, "a page past the end is the last page");
        first.QuerySelector("head link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be("/Notices/Feed");
        first.QuerySelector("main a[href='/Notices/Feed']")!.TextContent.Should().Be("订阅更新");
    }
}
