using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CongressPortal.Web.Tests.Infrastructure.AtomFeedReader;

namespace CongressPortal.Web.Tests.Pages.Stations;

/// <summary>/Stations/Feed: the reception notices the station pages show, the newest announced first; nothing of visitors, no private data.</summary>
public sealed class FeedTests(PortalAppFactory app) : StationPageTest(app)
{
    private const string Feed = "/Stations/Feed";

    [Fact]
    public async Task The_feed_announces_each_upcoming_reception_with_station_time_and_deputies_newest_first_and_nothing_private()
    {
        // TestClock: Monday 2026-03-02 09:00 in Beijing; receptions every Thursday from the 5th, five weeks ahead.
        var first = await Data.MunicipalDeputyAsync("王建华", "16001");
        var second = await Data.MunicipalDeputyAsync("李明", "16002");
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站", (first.Id, StationRole.Head), (second.Id, StationRole.Member));
        await Data.ScheduleAsync(station.Id, Weekly(DayOfWeek.Thursday, new DateOnly(2026, 3, 5)), first.Id, second.Id);
        await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 26), [first.Id],
            new TestData.VisitorIssue("访客秘密", "13600001111", "小区门口路灯不亮"));
        using var reader = AnonymousClient();

        var feed = await ReadAsync(reader, Feed);

        feed.Element(Atom + "title")!.Value.Should().Be("示例市代表联络站接待日公告");
        Titles(feed).Should().Equal(
            "青山路街道人大代表联络站 2026年4月2日（周四） 09:00—11:00 代表接待日",
            "青山路街道人大代表联络站 2026年3月26日（周四） 09:00—11:00 代表接待日",
            "青山路街道人大代表联络站 2026年3月19日（周四） 09:00—11:00 代表接待日",
            "青山路街道人大代表联络站 2026年3月12日（周四） 09:00—11:00 代表接待日",
            "青山路街道人大代表联络站 2026年3月5日（周四） 09:00—11:00 代表接待日");
        var entries = Entries(feed);
        Summary(entries[4]).Should().Be("2026年3月5日（周四）09:00—11:00，青山路街道人大代表联络站（青山路街道人民路88号），接待代表：王建华。");
        Summary(entries[3]).Should().Contain("接待代表：李明", "the deputies take duty in rotation");
        entries.Should().OnlyContain(e => Link(e).EndsWith($"/Stations/Details/{station.Id}", StringComparison.Ordinal));
        entries.Select(e => e.Element(Atom + "id")!.Value).Should().OnlyHaveUniqueItems();
        // Announced when it entered the five-week horizon: 2 April at midnight on 26 February, Beijing time.
        Updated(entries[0]).Should().Be(new DateTimeOffset(2026, 2, 26, 0, 0, 0, TimeSpan.FromHours(8)));
        var source = feed.ToString();
        var secrets = TestData.PrivateSample;
        foreach (var secret in new[] { secrets.Mobile!, Mask.Value(secrets.Mobile)!, secrets.IdNumber!, secrets.HomeAddress!, "访客秘密", "13600001111", "小区门口路灯不亮" })
        {
            source.Should().NotContain(secret, "the feed shows what the public station page shows, nothing of deputies' private data or visitors");
        }
    }

    [Fact]
    public async Task The_cached_feed_shows_a_new_schedule_and_drops_a_station_taken_off_the_list_at_once()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var area = await AreaAsync();
        var kept = await Data.StationAsync(area, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        await Data.ScheduleAsync(kept.Id, Weekly(DayOfWeek.Thursday, new DateOnly(2026, 3, 5)), deputy.Id);
        var closed = await Data.StationAsync(area, "人民路社区代表之家", "人民路1号", (deputy.Id, StationRole.Member));
        using var reader = AnonymousClient();
        Titles(await ReadAsync(reader, Feed)).Should().HaveCount(5).And.OnlyContain(t => t.StartsWith("青山路街道人大代表联络站", StringComparison.Ordinal));
        using (var cached = await reader.GetAsync(Feed)) cached.Headers.Age.Should().NotBeNull("the second reader gets the feed from the cache");

        await Data.ScheduleAsync(closed.Id, Weekly(DayOfWeek.Friday, new DateOnly(2026, 3, 6)), deputy.Id);
        Titles(await ReadAsync(reader, Feed)).Should().HaveCount(10).And.Contain("人民路社区代表之家 2026年3月6日（周五） 09:00—11:00 代表接待日");

        await DbAsync(async db =>
        {
            (await db.Stations.SingleAsync(s => s.Id == closed.Id)).SetActive(false);
            await db.SaveChangesAsync();
        });
        Titles(await ReadAsync(reader, Feed)).Should().HaveCount(5).And.NotContain(t => t.StartsWith("人民路社区代表之家", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_holds_the_fifty_receptions_announced_last()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var area = await AreaAsync();
        for (var i = 1; i <= 3; i++)
        {
            var station = await Data.StationAsync(area, $"第{i}联络站", $"人民路{i}号", (deputy.Id, StationRole.Member));
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            {
                await Data.ScheduleAsync(station.Id, Weekly(day, new DateOnly(2026, 1, 1)), deputy.Id);
            }
        }
        using var reader = AnonymousClient();

        var entries = Entries(await ReadAsync(reader, Feed));

        entries.Should().HaveCount(FeedModel.Handler.MaxEntries, "three stations receive every working day: far more than fifty receptions in five weeks");
        entries.Select(Updated).Should().BeInDescendingOrder();
        Titles(await ReadAsync(reader, Feed)).Should().Contain(t => t.Contains("2026年4月3日（周五）", StringComparison.Ordinal), "the last working day of the horizon (4–6 April is 清明节)")
            .And.NotContain(t => t.Contains("2026年3月2日", StringComparison.Ordinal), "today's receptions were announced five weeks ago");
    }

    [Fact]
    public async Task The_stations_list_and_a_station_page_advertise_the_feed_and_the_list_links_to_it()
    {
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        using var reader = AnonymousClient();

        var list = await reader.GetDocumentAsync("/Stations");
        AdvertisedFeeds(list).Should().Contain(Feed);
        list.QuerySelector("#stations-feed-link")!.GetAttribute("href").Should().Be(Feed);
        AdvertisedFeeds(await reader.GetDocumentAsync($"/Stations/Details/{station.Id}")).Should().Contain(Feed);
    }
}
