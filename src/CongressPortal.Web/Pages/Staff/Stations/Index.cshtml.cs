using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>The stations, filtered by district, kind, state and a name or address, with members and the next reception day.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "district")] public int? DistrictId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")] public StationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "active")] public bool? Active { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Search { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await handler.ListAsync(new Query(DistrictId, Kind, Active, Search), ct);
        Districts = await handler.DistrictsAsync(DistrictId, ct);
    }

    public sealed record Query(int? DistrictId, StationKind? Kind, bool? Active, string? Search);

    public sealed record Row(int Id, string Name, StationKind Kind, string Area, string Address, int Members, DateOnly? NextReception, bool IsActive);

    public sealed class Handler(AppDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
    {
        /// <summary>How far ahead the list looks for the next reception day (a schedule may be every other month).</summary>
        public const int LookAheadDays = 120;

        public Task<IReadOnlyList<SelectListItem>> DistrictsAsync(int? selected, CancellationToken ct) => StationOptions.DistrictsAsync(db, selected, ct);

        public async Task<IReadOnlyList<Row>> ListAsync(Query query, CancellationToken ct)
        {
            var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.ParentId, a.SortOrder }).ToListAsync(ct);
            var stations = db.Stations.AsNoTracking();
            if (query.DistrictId is { } district)
            {
                var inDistrict = areas.Where(a => a.Id == district || a.ParentId == district).Select(a => a.Id).ToList();
                stations = stations.Where(s => inDistrict.Contains(s.AreaId));
            }
            if (query.Kind is { } kind) stations = stations.Where(s => s.Kind == kind);
            if (query.Active is { } active) stations = stations.Where(s => s.IsActive == active);
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var text = query.Search.Trim();
                stations = stations.Where(s => s.Name.Contains(text) || s.Address.Contains(text));
            }
            var found = await stations
                .Select(s => new { s.Id, s.Name, s.Kind, s.AreaId, s.Address, s.IsActive, Members = s.Members.Count(m => m.To == null) })
                .ToListAsync(ct);

            var ids = found.Select(s => s.Id).ToList();
            var schedules = await db.ReceptionSchedules.AsNoTracking().Where(s => s.IsActive && ids.Contains(s.StationId)).ToListAsync(ct);
            var calendar = await calendars.GetAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var next = schedules
                .Select(s => (s.StationId, Date: s.Occurrences(today, today.AddDays(LookAheadDays), calendar).Select(d => (DateOnly?)d).FirstOrDefault()))
                .Where(x => x.Date is not null)
                .GroupBy(x => x.StationId)
                .ToDictionary(g => g.Key, g => g.Min(x => x.Date));

            var names = await StationOptions.AreaNamesAsync(db, ct);
            // District by district (in the districts' own order), the district's own stations first.
            var byId = areas.ToDictionary(a => a.Id);
            var order = areas.ToDictionary(a => a.Id, a => a.ParentId is { } p ? (byId[p].SortOrder, p, a.SortOrder) : (a.SortOrder, a.Id, -1));
            return found
                .OrderBy(s => order[s.AreaId]).ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => new Row(s.Id, s.Name, s.Kind, names[s.AreaId], s.Address, s.Members, s.IsActive ? next.GetValueOrDefault(s.Id) : null, s.IsActive))
                .ToList();
        }
    }
}
