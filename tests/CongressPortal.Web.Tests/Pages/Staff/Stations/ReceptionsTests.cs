using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class ReceptionsTests(PortalAppFactory app) : StationTest(app)
{
    [Fact]
    public async Task The_reception_list_filters_by_station_and_dates_and_pages_through_the_results()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var (_, other) = await AreasAsync("昆都仑区", "少先路街道");
        var zhao = await Data.OtherLevelDeputyAsync("赵乡长", DeputyLevel.Township);
        var elsewhere = await Data.StationAsync(other.Id, "少先路街道人大代表联络站", (zhao.Id, StationRole.Head));
        // One a day from 2026-01-05 to 2026-01-26 at the first station.
        var first = new DateOnly(2026, 1, 5);
        for (var day = 0; day < ReceptionsModel.PageSize + 2; day++)
        {
            await Data.ReceptionAsync(station.Id, first.AddDays(day), [li.Id]);
        }
        await Data.ReceptionAsync(elsewhere.Id, new DateOnly(2026, 2, 2), [zhao.Id]);
        using var staff = await StaffAsync();

        var all = await staff.GetDocumentAsync($"{List}/Receptions");
        Text(all, ".reference-count").Should().Contain($"共 {ReceptionsModel.PageSize + 3} 次接待");
        all.QuerySelectorAll("#receptions tbody tr").Should().HaveCount(ReceptionsModel.PageSize);

        var own = await staff.GetDocumentAsync($"{List}/Receptions?station={station.Id}");
        Text(own, "h1").Should().Be("钢城街道人大代表联络站接待记录");
        Text(own, ".reference-count").Should().Contain($"共 {ReceptionsModel.PageSize + 2} 次接待");
        var next = own.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await staff.GetDocumentAsync(next);
        second.QuerySelectorAll("#receptions tbody tr").Should().HaveCount(2);
        Text(second, "#receptions tbody tr:last-child").Should().Contain("2026年1月5日", "newest first, so the oldest is last");

        var range = await staff.GetDocumentAsync($"{List}/Receptions?from=2026-01-20&to=2026-02-28");
        Text(range, ".reference-count").Should().Contain("共 8 次接待", "seven days at one station and one reception at the other");
        Text(await staff.GetDocumentAsync($"{List}/Receptions?from=2026-03-01&to=2026-02-01"), "[data-valmsg-for=to]").Should().Be("结束日期不能早于开始日期。");
    }
}
