using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// Reception records, newest first, for all stations or one (?station=), within a date range, a page at a time.
/// Visitors' names and contacts are masked here; the reception's own page shows them in full.
/// </summary>
public sealed class ReceptionsModel(ReceptionsModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "station")] public int? StationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result List { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Stations { get; private set; } = [];

    public string? StationName => StationId is { } id ? Stations.FirstOrDefault(s => s.Value == StationOptions.Id(id))?.Text : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (From is { } from && To is { } to && to < from) ModelState.AddModelError("to", "结束日期不能早于开始日期。");
        if (PageNumber < 1) PageNumber = 1;
        Stations = await handler.StationsAsync(StationId, ct);
        List = await handler.ListAsync(ModelState.IsValid ? new Query(StationId, From, To, PageNumber) : new Query(StationId, null, null, 1), ct);
    }

    /// <summary>The current filters and a page number, for the pager links.</summary>
    public Dictionary<string, string> RouteWith(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = StationOptions.Id(page) };
        if (StationId is { } station) values["station"] = StationOptions.Id(station);
        if (From is { } from) values["from"] = StationOptions.IsoDate(from);
        if (To is { } to) values["to"] = StationOptions.IsoDate(to);
        return values;
    }

    public sealed record Query(int? StationId, DateOnly? From, DateOnly? To, int Page);

    public sealed record VisitorView(string Name, string? Contact);

    public sealed record Row(
        int Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, int StationId, string Station,
        IReadOnlyList<string> Deputies, IReadOnlyList<VisitorView> Visitors, int Issues, int AwaitingFeedback);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<SelectListItem>> StationsAsync(int? selected, CancellationToken ct)
        {
            var stations = await db.Stations.AsNoTracking()
                .OrderBy(s => EF.Functions.Collate(s.Name, AppDbContext.PinyinCollation))
                .Select(s => new { s.Id, s.Name })
                .ToListAsync(ct);
            return stations.Select(s => new SelectListItem(s.Name, StationOptions.Id(s.Id), s.Id == selected)).ToList();
        }

        public async Task<Result> ListAsync(Query query, CancellationToken ct)
        {
            var receptions = db.Receptions.AsNoTracking();
            if (query.StationId is { } station) receptions = receptions.Where(r => r.StationId == station);
            if (query.From is { } from) receptions = receptions.Where(r => r.Date >= from);
            if (query.To is { } to) receptions = receptions.Where(r => r.Date <= to);
            var total = await receptions.CountAsync(ct);
            var page = Math.Min(query.Page, Math.Max(1, (total + PageSize - 1) / PageSize));
            var rows = await receptions
                .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(r => new
                {
                    r.Id,
                    r.Date,
                    r.StartTime,
                    r.EndTime,
                    r.StationId,
                    Deputies = r.Deputies.Select(d => d.DeputyId).ToList(),
                    Visitors = r.Visitors.OrderBy(v => v.Id).Select(v => new { v.Name, v.Contact }).ToList(),
                    Issues = r.Issues.Count,
                    Awaiting = r.Issues.Count(i => i.Path != HandlingPath.AnsweredOnSpot && i.Path != HandlingPath.NotAcceptedInformed && i.Feedback == null),
                })
                .AsSplitQuery()
                .ToListAsync(ct);
            var stationIds = rows.Select(r => r.StationId).Distinct().ToList();
            var stations = await db.Stations.Where(s => stationIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
            var deputyIds = rows.SelectMany(r => r.Deputies).Distinct().ToList();
            var names = await db.Deputies.Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            return new Result(
                rows.Select(r => new Row(
                    r.Id, r.Date, r.StartTime, r.EndTime, r.StationId, stations[r.StationId],
                    r.Deputies.Select(d => names.GetValueOrDefault(d, "")).ToList(),
                    // Private data: masked in lists (docs/domain/deputies.md#private-and-public-data), in full only on the reception's page.
                    r.Visitors.Select(v => new VisitorView(StationOptions.MaskName(v.Name), Mask.Value(v.Contact))).ToList(),
                    r.Issues,
                    r.Awaiting)).ToList(),
                total,
                page);
        }
    }
}
