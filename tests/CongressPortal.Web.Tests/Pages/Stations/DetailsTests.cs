using System.Net;
using AngleSharp.Dom;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Stations;

public sealed class DetailsTests(PortalAppFactory app) : StationPageTest(app)
{
    private static Dictionary<string, string> Notices(IDocument page) =>
        page.QuerySelectorAll(".notice-table tbody tr").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(),
            row => row.TextContent);

    [Fact]
    public async Task A_reception_three_days_ahead_is_announced_with_time_place_and_the_deputy_on_duty()
    {
        // TestClock: Monday 2026-03-02 09:00 in Beijing; the first reception is on Thursday the 5th.
        var first = await Data.MunicipalDeputyAsync("王建华", "16001");
        var second = await Data.MunicipalDeputyAsync("李明", "16002");
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站", (first.Id, StationRole.Head), (second.Id, StationRole.Member));
        await Data.ScheduleAsync(station.Id, Weekly(DayOfWeek.Thursday, new DateOnly(2026, 3, 5)), first.Id, second.Id);

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Stations/Details/{station.Id}");
        var notices = Notices(page);

        notices.Should().ContainKey("2026年3月5日（周四）");
        notices["2026年3月5日（周四）"].Should().Contain("09:00—11:00").And.Contain("王建华").And.NotContain("李明");
        notices["2026年3月12日（周四）"].Should().Contain("李明", "the deputies take duty in rotation");
        // Five weeks ahead: 3月5日 … 4月2日 (today + 35 days = 4月6日).
        notices.Keys.Should().Equal("2026年3月5日（周四）", "2026年3月12日（周四）", "2026年3月19日（周四）", "2026年3月26日（周四）", "2026年4月2日（周四）");
        page.QuerySelector("main")!.TextContent.Should().Contain("每周四 09:00—11:00（法定节假日除外）");
    }

    [Fact]
    public async Task A_reception_that_ended_earlier_today_is_no_longer_announced()
    {
        // Monday 2026-03-02 in Beijing: the 09:00—11:00 reception is upcoming at 09:00 and over at 12:00.
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        await Data.ScheduleAsync(station.Id, Weekly(DayOfWeek.Monday, new DateOnly(2026, 3, 2)), deputy.Id);
        using var client = AnonymousClient();

        Notices(await client.GetDocumentAsync($"/Stations/Details/{station.Id}")).Should().ContainKey("2026年3月2日（周一）");
        App.Clock.Advance(TimeSpan.FromHours(3));
        var later = Notices(await client.GetDocumentAsync($"/Stations/Details/{station.Id}"));
        later.Should().NotContainKey("2026年3月2日（周一）");
        later.Should().ContainKey("2026年3月9日（周一）");
    }

    [Fact]
    public async Task No_reception_is_announced_on_the_National_Day_holidays()
    {
        // Monday 2026-09-28 09:00 Beijing. 国庆节 1–7 October 2026 (ReferenceSeeder's calendar).
        App.Clock.Set(new DateTimeOffset(2026, 9, 28, 1, 0, 0, TimeSpan.Zero));
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            await Data.ScheduleAsync(station.Id, Weekly(day, new DateOnly(2026, 1, 1)), deputy.Id);
        }

        using var client = AnonymousClient();
        var notices = Notices(await client.GetDocumentAsync($"/Stations/Details/{station.Id}"));

        notices.Keys.Should().Contain(["2026年9月28日（周一）", "2026年9月29日（周二）", "2026年9月30日（周三）", "2026年10月8日（周四）", "2026年10月9日（周五）"]);
        for (var day = 1; day <= 7; day++)
        {
            notices.Keys.Should().NotContain(k => k.StartsWith($"2026年10月{day}日", StringComparison.Ordinal), $"10月{day}日 is a holiday");
        }
    }

    [Fact]
    public async Task The_station_shows_its_details_and_the_deputies_stationed_there()
    {
        var head = await Data.MunicipalDeputyAsync("王建华", "16001");
        var member = await Data.MunicipalDeputyAsync("丁力", "16002");
        var resigned = await Data.MunicipalDeputyAsync("李辞职", "16003");
        var township = await Data.OtherLevelDeputyAsync("赵乡长", DeputyLevel.Township);
        var station = await Data.StationAsync(await AreaAsync(), "青山路街道人大代表联络站",
            (head.Id, StationRole.Head), (member.Id, StationRole.Member), (township.Id, StationRole.DeputyHead), (resigned.Id, StationRole.Member));
        await DbAsync(async db =>
        {
            db.Deputies.Single(d => d.Id == resigned.Id).ChangeStatus(DeputyStatus.Resigned, new DateOnly(2025, 1, 1), "辞去代表职务", null);
            await db.SaveChangesAsync();
        });

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Stations/Details/{station.Id}");

        var text = page.QuerySelector("main")!.TextContent;
        text.Should().Contain("青山区青山路街道").And.Contain("青山路街道人民路88号").And.Contain("北纬 40.812345°，东经 111.654321°")
            .And.Contain("工作日 9:00—12:00").And.Contain("0999-6123456").And.Contain("贾慧敏（0999-6123457）");
        text.Should().Contain("今后五周暂无接待安排", "a station without a schedule says so");
        var members = page.QuerySelectorAll(".member-list li").Select(li => li.TextContent.Trim()).ToList();
        members.Should().HaveCount(3, "only serving deputies receive visitors");
        members[0].Should().StartWith("王建华").And.Contain("市人大代表，站长");
        members[1].Should().StartWith("赵乡长").And.Contain("乡镇人大代表，副站长");
        members[2].Should().StartWith("丁力");
        page.QuerySelector($".member-list a[href='/Deputies/Details/{head.Id}']").Should().NotBeNull();
        page.QuerySelector($".member-list a[href='/Deputies/Details/{township.Id}']").Should().BeNull("other-level deputies have no public profile here");
    }

    [Fact]
    public async Task Closed_and_unknown_stations_answer_404()
    {
        var station = await Data.StationAsync(await AreaAsync());
        await DbAsync(async db =>
        {
            db.Stations.Single(s => s.Id == station.Id).SetActive(false);
            await db.SaveChangesAsync();
        });
        using var client = AnonymousClient();

        (await client.GetAsync($"/Stations/Details/{station.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Stations/Details/424242")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
