using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// Reception statistics (docs/domain/stations.md) for a date range, by default this year so far: receptions held,
/// visitors, issues, answered on the spot, passed on, turned into suggestions, not accepted, fed back —
/// per station and in total. Counted from the reception records, never typed in.
/// </summary>
public sealed class StatsModel(StatsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "district")] public int? DistrictId { get; set; }

    public Result Stats { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = handler.Today();
        From ??= new DateOnly(today.Year, 1, 1);
        To ??= today;
        if (To < From) ModelState.AddModelError("to", "结束日期不能早于开始日期。");
        Districts = await handler.DistrictsAsync(DistrictId, ct);
        Stats = ModelState.IsValid ? await handler.CountAsync(From.Value, To.Value, DistrictId, ct) : new Result([], Figures.Zero);
    }

    public sealed record Figures(int Receptions, int Visitors, int Issues, int AnsweredOnSpot, int PassedOn, int TurnedIntoSuggestions, int NotAccepted, int FedBack)
    {
        public static Figures Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

        public Figures Add(Figures other) => new(
            Receptions + other.Receptions, Visitors + other.Visitors, Issues + other.Issues, AnsweredOnSpot + other.AnsweredOnSpot,
            PassedOn + other.PassedOn, TurnedIntoSuggestions + other.TurnedIntoSuggestions, NotAccepted + other.NotAccepted, FedBack + other.FedBack);
    }

    public sealed record Row(int StationId, string Station, string Area, Figures Figures);

    public sealed record Result(IReadOnlyList<Row> Rows, Figures Total);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        public Task<IReadOnlyList<SelectListItem>> DistrictsAsync(int? selected, CancellationToken ct) => StationOptions.DistrictsAsync(db, selected, ct);

        /// <summary>Every active station (with zeros where nothing happened) and every inactive one that held receptions in the range.</summary>
        public async Task<Result> CountAsync(DateOnly from, DateOnly to, int? districtId, CancellationToken ct)
        {
            var receptions = db.Receptions.Where(r => r.Date >= from && r.Date <= to);
            var held = await receptions.GroupBy(r => r.StationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var visitors = await receptions.SelectMany(r => r.Visitors.Select(v => r.StationId))
                .GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            var issues = await receptions.SelectMany(r => r.Issues.Select(i => new { r.StationId, i.Path, FedBack = i.Feedback != null }))
                .GroupBy(x => new { x.StationId, x.Path, x.FedBack })
                .Select(g => new { g.Key.StationId, g.Key.Path, g.Key.FedBack, Count = g.Count() })
                .ToListAsync(ct);

            var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct);
            var names = await StationOptions.AreaNamesAsync(db, ct);
            var stations = await db.Stations.AsNoTracking()
                .OrderBy(s => EF.Functions.Collate(s.Name, AppDbContext.PinyinCollation))
                .Select(s => new { s.Id, s.Name, s.AreaId, s.IsActive })
                .ToListAsync(ct);
            var inDistrict = districtId is { } d ? areas.Where(a => a.Id == d || a.ParentId == d).Select(a => a.Id).ToHashSet() : null;

            var rows = stations
                .Where(s => inDistrict is null || inDistrict.Contains(s.AreaId))
                .Where(s => s.IsActive || held.ContainsKey(s.Id))
                .Select(s =>
                {
                    var own = issues.Where(i => i.StationId == s.Id).ToList();
                    int Count(Func<HandlingPath, bool> path) => own.Where(i => path(i.Path)).Sum(i => i.Count);
                    return new Row(s.Id, s.Name, names.GetValueOrDefault(s.AreaId, ""), new Figures(
                        held.GetValueOrDefault(s.Id),
                        visitors.GetValueOrDefault(s.Id),
                        own.Sum(i => i.Count),
                        Count(p => p == HandlingPath.AnsweredOnSpot),
                        Count(p => p is HandlingPath.ReferredToSubdistrict or HandlingPath.ReferredToDistrictDepartment),
                        Count(p => p == HandlingPath.TurnedIntoSuggestion),
                        Count(p => p == HandlingPath.NotAcceptedInformed),
                        own.Where(i => i.FedBack).Sum(i => i.Count)));
                })
                .ToList();
            return new Result(rows, rows.Aggregate(Figures.Zero, (total, row) => total.Add(row.Figures)));
        }
    }
}
