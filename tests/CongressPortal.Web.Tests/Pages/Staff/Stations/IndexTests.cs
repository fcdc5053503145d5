using AngleSharp.Html.Dom;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class IndexTests(PortalAppFactory app) : StationTest(app)
{
    private static List<int> Ids(IHtmlDocument list) =>
        list.QuerySelectorAll("#stations tbody tr").Select(tr => int.Parse(tr.Id!["station-".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [Fact]
    public async Task Deactivating_a_station_hides_it_from_the_active_filter_and_reactivating_brings_it_back()
    {
        var station = await StationWithAsync("钢城街道人大代表联络站");
        using var staff = await StaffAsync();
        var details = $"{List}/Details/{station.Id}";
        using (var response = await staff.SubmitFormAsync(details, Form(), "#deactivate"))
        {
            ShouldRedirect(response, details);
        }
        (await StoredStationAsync(station.Id)).IsActive.Should().BeFalse();
        (await staff.GetDocumentAsync($"{List}?active=true")).QuerySelector($"#station-{station.Id}").Should().BeNull();
        Text(await staff.GetDocumentAsync($"{List}?active=false"), $"#station-{station.Id}").Should().Contain("停用");

        using (var response = await staff.SubmitFormAsync(details, Form(), "#activate"))
        {
            ShouldRedirect(response, details);
        }
        (await StoredStationAsync(station.Id)).IsActive.Should().BeTrue();
        (await AuditAsync(nameof(LiaisonStation), station.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Updated);
    }

    [Fact]
    public async Task The_list_filters_by_district_kind_and_text_and_shows_members_and_the_next_reception_day()
    {
        var head = await Data.DeputyAsync("李建国", "16001");
        var member = await Data.DeputyAsync("张红梅", "16002");
        var qingshan = await StationWithAsync("钢城街道人大代表联络站", head.Id, member.Id);
        // Every Wednesday: the test clock's today is Monday 2026-03-02, so the next one is 2026-03-04.
        await Data.ScheduleAsync(qingshan.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 0), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Wednesday), head.Id);
        var (_, other) = await AreasAsync("昆都仑区", "少先路街道");
        var home = await Data.StationAsync(other.Id, "少先路代表之家", "少先路幸福巷6号");
        await DbAsync(async db =>
        {
            var stored = await db.Stations.FindAsync(home.Id);
            stored!.Update(new StationDetails(stored.Name, StationKind.Home, stored.AreaId, stored.Address));
            await db.SaveChangesAsync();
        });
        var qingshanDistrict = (await AreasAsync()).District;
        using var staff = await StaffAsync();

        var all = await staff.GetDocumentAsync(List);
        var row = Text(all, $"#station-{qingshan.Id}");
        row.Should().Contain("2 名").And.Contain("2026年3月4日（星期三）").And.Contain("青山区 · 钢城街道");
        Text(all, $"#station-{home.Id}").Should().Contain("代表之家").And.Contain("0 名");

        Ids(await staff.GetDocumentAsync($"{List}?district={qingshanDistrict.Id}")).Should().Equal(qingshan.Id);
        Ids(await staff.GetDocumentAsync($"{List}?kind=Home")).Should().Equal(home.Id);
        Ids(await staff.GetDocumentAsync($"{List}?q=幸福巷")).Should().Equal(home.Id);
        Ids(await staff.GetDocumentAsync($"{List}?q=钢城")).Should().Equal(qingshan.Id);
    }
}
