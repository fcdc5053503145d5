using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

/// <summary>Shared steps of the staff station tests: a signed-in staff member, areas, stations, form values, the audit trail.</summary>
public abstract class StationTest(PortalAppFactory app) : WebTest(app)
{
    protected const string List = "/Staff/Stations";

    /// <summary>2026-03-02, a Monday: the test clock's today in Beijing.</summary>
    protected static readonly DateOnly Today = new(2026, 3, 2);

    protected static Dictionary<string, string?> Form(params (string Field, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Field, f => f.Value);

    protected Task<PortalClient> StaffAsync(string? userName = null) => SignedInClientAsync(PortalRole.Staff, userName: userName);

    protected static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>青山区 with 钢城街道 below it (or the given names), created the first time they are asked for.</summary>
    protected async Task<(AdministrativeArea District, AdministrativeArea Subdistrict)> AreasAsync(string district = "青山区", string subdistrict = "钢城街道")
    {
        var d = await DbAsync(db => db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Name == district && a.ParentId == null))
            ?? await Data.DistrictAsync(district);
        var s = await DbAsync(db => db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Name == subdistrict && a.ParentId == d.Id))
            ?? await Data.SubdistrictAsync(d.Id, subdistrict);
        return (d, s);
    }

    /// <summary>A station in 钢城街道 whose first deputy is 站长 and the others 进站代表.</summary>
    protected async Task<LiaisonStation> StationWithAsync(string name, params int[] deputyIds)
    {
        var (_, subdistrict) = await AreasAsync();
        return await Data.StationAsync(subdistrict.Id, name, deputyIds.Select((id, i) => (id, i == 0 ? StationRole.Head : StationRole.Member)).ToArray());
    }

    /// <summary>A save that worked answers with a redirect (PRG) to <paramref name="location"/>.</summary>
    protected static void ShouldRedirect(HttpResponseMessage response, string location)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the save should succeed and redirect");
        response.Headers.Location!.OriginalString.Should().Be(location);
    }

    /// <summary>A refused save answers with the form again (200), holding the messages.</summary>
    protected static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the form should come back with messages");
        return await PortalClient.ParseAsync(response);
    }

    protected static string Value(IHtmlDocument page, string field) =>
        page.QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value ?? "",
            var element => element?.GetAttribute("value") ?? "",
        };

    protected static string Text(IHtmlDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent ?? "";

    /// <summary>The audit actions recorded for one entity, oldest first.</summary>
    protected Task<List<AuditAction>> AuditAsync(string entityType, string key) =>
        DbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == entityType && a.EntityKey == key)
            .OrderBy(a => a.Id)
            .Select(a => a.Action)
            .ToListAsync());

    protected Task<List<AuditAction>> AuditAsync(string entityType, int id) => AuditAsync(entityType, Id(id));

    protected Task<LiaisonStation> StoredStationAsync(int id) =>
        DbAsync(db => db.Stations.AsNoTracking().Include(s => s.Members).SingleAsync(s => s.Id == id));

    /// <summary>李建国 (站长), 张红梅 and 王志强 at one station; every Monday two of them are on duty, in that order.</summary>
    protected async Task<(LiaisonStation Station, DeputyEntity Li, DeputyEntity Zhang, DeputyEntity Wang)> StationOnDutyAsync()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var wang = await Data.DeputyAsync("王志强", "16003");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id, zhang.Id, wang.Id);
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 30), new DateOnly(2026, 3, 1),
            Weekday: DayOfWeek.Monday, DeputiesPerDuty: 2), li.Id, zhang.Id, wang.Id);
        return (station, li, zhang, wang);
    }

    protected Task<Reception> StoredReceptionAsync(int id) => DbAsync(db => db.Receptions.AsNoTracking()
        .Include(r => r.Deputies).Include(r => r.Visitors).Include(r => r.Issues).AsSplitQuery()
        .SingleAsync(r => r.Id == id));
}
