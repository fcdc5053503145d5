using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages;

/// <summary>
/// The home page leads with what is current: the latest published report, drafts open for comment, coming receptions,
/// the latest published replies and the latest notices — each block with the right items, none of the unpublished ones.
/// </summary>
public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Items(AngleSharp.Dom.IDocument page, string block) =>
        [.. page.QuerySelectorAll($"#{block} li a").Select(a => a.TextContent)];

    [Fact]
    public async Task Each_block_shows_the_newest_public_items_and_nothing_unpublished()
    {
        // Reports: 2026 published, 2027 only a draft.
        await DbAsync(db => Staff.Reports.ReportSamples.CreateAsync(db, 2026, Staff.Reports.ReportSamples.Clean(2026), true, App.Clock.GetUtcNow()));
        await DbAsync(db => Staff.Reports.ReportSamples.CreateAsync(db, 2027, Staff.Reports.ReportSamples.Clean(2027), false, App.Clock.GetUtcNow()));
        // Drafts: one open, one prepared only.
        var drafts = new DraftSteps(App);
        var open = await drafts.OpenDraftAsync(articles: 2, title: "示例市城市绿化条例（草案征求意见稿）");
        await drafts.OpenDraftAsync(articles: 2, publish: false, title: "尚未公开的草案");
        // Receptions: a weekly reception on Thursdays (TestClock: Monday 2026-03-02).
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16901");
        var district = await Data.DistrictAsync();
        var station = await Data.StationAsync((await Data.SubdistrictAsync(district.Id)).Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 3, 5), Weekday: DayOfWeek.Thursday), deputy.Id);
        // Replies: one reviewed and published, one replied but not yet reviewed.
        var world = await Data.SuggestionWorldAsync();
        var today = ChinaTime.Today(App.Clock.GetUtcNow());
        var published = await Data.SuggestionAsync(world, "关于增设公交站点的建议");
        var waiting = await Data.SuggestionAsync(world, "关于尚未审核答复的建议");
        foreach (var s in new[] { published, waiting })
        {
            await Data.AssignedSuggestionAsync(s.Id, world.Unit.Id);
            await Data.ActAsync(s.Id, (x, rules, now, letter) => x.Reply(TestData.ReplyA(today, letter()), Actor.Unit(world.Unit.Id, "测试承办人"), now, rules));
        }
        await Data.ReviewRepliesAsync(published.Id);
        // Notices: six published (five show), one draft.
        var notices = new NoticeSteps(App);
        for (var i = 1; i <= 6; i++)
        {
            await notices.NoticeAsync($"第{Id(i)}号通知");
            App.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await notices.NoticeAsync("草稿通知", publish: false);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/");

        page.QuerySelector("#latest-report a")!.GetAttribute("href").Should().Be("/Reports/2026");
        Items(page, "open-drafts").Should().Equal("示例市城市绿化条例（草案征求意见稿）");
        page.QuerySelector("#open-drafts li a")!.GetAttribute("href").Should().Be($"/Drafts/{Id(open.DraftId)}");
        Items(page, "upcoming-receptions").Should().NotBeEmpty().And.OnlyContain(t => t == "青山路街道人大代表联络站");
        page.QuerySelector("#upcoming-receptions li")!.TextContent.Should().Contain("2026年3月5日").And.Contain("09:00").And.Contain("王建华");
        Items(page, "latest-replies").Should().Equal("关于增设公交站点的建议");
        Items(page, "latest-notices").Should().Equal("第6号通知", "第5号通知", "第4号通知", "第3号通知", "第2号通知");
        AtomFeedReader.AdvertisedFeeds(page).Should().Equal(
            ["/Notices/Feed", "/Reports/Feed", "/Regulations/Feed", "/Drafts/Feed", "/Stations/Feed", "/Suggestions/Feed"], "the home page advertises every feed");
    }

    [Fact]
    public async Task Sections_that_are_not_built_are_not_advertised_and_empty_blocks_say_so()
    {
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/");

        page.Body!.TextContent.Should().NotContain("建设中");
        page.QuerySelector("#latest-report").Should().BeNull();
        page.QuerySelector("#latest-notices")!.TextContent.Should().Contain("暂无通知公告");
        page.QuerySelector("#open-drafts")!.TextContent.Should().Contain("目前没有正在征求意见的法规草案");
        page.QuerySelectorAll("main section[aria-labelledby^=card-] a").Select(a => a.GetAttribute("href"))
            .Should().Contain(["/Notices", "/Reports", "/Suggestions"]);
    }

    [Fact]
    public async Task A_notice_published_or_withdrawn_shows_on_the_home_page_at_once()
    {
        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/")).QuerySelector("#latest-notices .notice-item").Should().BeNull();
        var notice = await new NoticeSteps(App).NoticeAsync("刚刚发布的通知");

        Items(await anonymous.GetDocumentAsync("/"), "latest-notices").Should().Equal("刚刚发布的通知");

        using var staff = await SignedInClientAsync(PortalRole.Staff);
        (await staff.SubmitFormAsync($"/Staff/Notices/Details/{Id(notice.Id)}", new Dictionary<string, string?> { ["Withdraw.Reason"] = "发错了" }, "#form-withdraw")).Dispose();
        Items(await anonymous.GetDocumentAsync("/"), "latest-notices").Should().BeEmpty();
    }

    [Fact]
    public async Task The_data_behind_the_home_page_evicts_the_home_page_tags()
    {
        // The home page's policy reads every data tag; each block's data evicts one of them.
        PublicPageCache.Policies[PublicPageCache.Home].Should().Contain([PublicPageCache.Reports, PublicPageCache.Drafts, PublicPageCache.Notices,
            PublicPageCache.Stations, PublicPageCache.Suggestions]);
        PublicPageCache.TagsOf(typeof(Domain.Notices.Notice)).Should().Equal(PublicPageCache.Notices);
        PublicPageCache.TagsOf(typeof(Domain.Reports.WorkReport)).Should().Equal(PublicPageCache.Reports);
        PublicPageCache.TagsOf(typeof(Domain.Legislation.OpenDraft)).Should().Equal(PublicPageCache.Drafts);
    }
}
