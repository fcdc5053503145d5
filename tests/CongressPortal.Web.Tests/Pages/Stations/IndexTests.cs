using AngleSharp.Dom;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Stations;

public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    private static List<string> Names(IDocument page) => [.. page.QuerySelectorAll(".station-name").Select(e => e.TextContent.Trim())];

    private async Task<(int Qingshan, int Minghu)> SeedTwoDistrictsAsync()
    {
        var (qingshan, minghu) = await DbAsync(async db =>
        {
            var first = AdministrativeArea.Create("青山区", AreaLevel.District, null, null, 1);
            var second = AdministrativeArea.Create("明湖区", AreaLevel.District, null, null, 2);
            db.Areas.AddRange(first, second);
            await db.SaveChangesAsync();
            return (first, second);
        });
        var qingshanRoad = await Data.SubdistrictAsync(qingshan.Id, "青山路街道");
        var gangcheng = await Data.SubdistrictAsync(qingshan.Id, "钢城街道", 2);
        var wenchang = await Data.SubdistrictAsync(minghu.Id, "文昌街道");
        await Data.StationAsync(qingshanRoad.Id, "青山路街道人大代表联络站", "青山区人民路88号");
        await Data.StationAsync(gangcheng.Id, "钢城街道人大代表联络站", "青山区钢铁大街12号");
        await Data.StationAsync(wenchang.Id, "文昌街道人大代表联络站", "明湖区学府路5号");
        var closed = await Data.StationAsync(wenchang.Id, "已撤销联络站", "明湖区学府路9号");
        await DbAsync(async db =>
        {
            db.Stations.Single(s => s.Id == closed.Id).SetActive(false);
            await db.SaveChangesAsync();
        });
        return (qingshan.Id, minghu.Id);
    }

    [Fact]
    public async Task Active_stations_are_listed_under_their_district_with_address_hours_and_phone()
    {
        await SeedTwoDistrictsAsync();
        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Stations");

        Names(page).Should().Equal("青山路街道人大代表联络站", "钢城街道人大代表联络站", "文昌街道人大代表联络站");
        page.QuerySelectorAll(".district-heading").Select(h => h.TextContent).Should().Equal("青山区", "明湖区");
        var card = page.QuerySelectorAll(".station-card")[0];
        card.TextContent.Should().Contain("代表联络站 · 青山路街道").And.Contain("青山区人民路88号").And.Contain("工作日 9:00—12:00").And.Contain("0999-6123456");
    }

    [Fact]
    public async Task Stations_can_be_filtered_by_district_and_found_by_street_or_sub_district()
    {
        var (qingshan, minghu) = await SeedTwoDistrictsAsync();
        using var client = AnonymousClient();

        Names(await client.GetDocumentAsync($"/Stations?district={minghu}")).Should().Equal("文昌街道人大代表联络站");
        Names(await client.GetDocumentAsync($"/Stations?district={qingshan}")).Should().Equal("青山路街道人大代表联络站", "钢城街道人大代表联络站");
        Names(await client.GetDocumentAsync("/Stations?q=学府路")).Should().Equal("文昌街道人大代表联络站");
        Names(await client.GetDocumentAsync("/Stations?q=钢城")).Should().Equal("钢城街道人大代表联络站");
        Names(await client.GetDocumentAsync($"/Stations?district={qingshan}&q=学府路")).Should().BeEmpty();

        var page = await client.GetDocumentAsync($"/Stations?district={minghu}&q=学府");
        page.QuerySelector("#district option[selected]")!.TextContent.Should().Be("明湖区");
        page.QuerySelector("#q")!.GetAttribute("value").Should().Be("学府");
        var none = await client.GetDocumentAsync("/Stations?q=没有这条路");
        none.QuerySelector("main")!.TextContent.Should().Contain("没有找到符合条件的联络站");
    }

    [Fact]
    public async Task The_list_shows_the_next_reception_days_across_stations_with_the_deputies_on_duty()
    {
        var district = await Data.DistrictAsync();
        var area = await Data.SubdistrictAsync(district.Id);
        var deputy = await Data.MunicipalDeputyAsync("王建华", "16001");
        var station = await Data.StationAsync(area.Id, "青山路街道人大代表联络站", (deputy.Id, StationRole.Head));
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 1, 1),
            Weekday: DayOfWeek.Thursday), deputy.Id);

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync("/Stations");

        var first = page.QuerySelector(".notice-table tbody tr")!;
        first.QuerySelector("th")!.TextContent.Should().Be("2026年3月5日（周四）");
        first.TextContent.Should().Contain("09:00—11:00").And.Contain("青山路街道人大代表联络站").And.Contain("王建华");
        page.QuerySelector(".station-card")!.TextContent.Should().Contain("下次接待").And.Contain("2026年3月5日（周四） 09:00—11:00");
    }
}
