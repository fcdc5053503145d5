using CongressPortal.Web.Infrastructure;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Events;

/// <summary>
/// Performance events (履职活动): meetings attended as non-voting participant, trainings, inspections, research…
/// Deputies' performance records are computed from these; newest first, filtered by kind, year and title.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "kind")] public PerformanceEventKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        P = Paging.Page(P);
        Year = Paging.Year(Year);
        (Rows, Total) = await handler.ListAsync(new Query(Kind, Year, Q), P, ct);
        // A page past the end shows the last page (issue 17), not an empty list.
        if (P > PageCount) (Rows, Total) = await handler.ListAsync(new Query(Kind, Year, Q), P = PageCount, ct);
        Years = await handler.YearsAsync(ct);
    }

    public string? PageHref(int page) => Url.Page("/Staff/Deputies/Events/Index", new Dictionary<string, object?>
    {
        ["kind"] = Kind?.ToString(),
        ["year"] = Year is { } y ? RegistryOptions.Id(y) : null,
        ["q"] = Q,
        ["p"] = RegistryOptions.Id(page),
    });

    public sealed record Query(PerformanceEventKind? Kind, int? Year, string? Title);

    public sealed record Row(int Id, PerformanceEventKind Kind, DateOnly Date, string Title, int Participants);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<(IReadOnlyList<Row>, int)> ListAsync(Query query, int page, CancellationToken ct)
        {
            var events = db.PerformanceEvents.AsNoTracking();
            if (query.Kind is { } kind) events = events.Where(e => e.Kind == kind);
            if (query.Year is { } year) events = events.Where(e => e.Date >= new DateOnly(year, 1, 1) && e.Date <= new DateOnly(year, 12, 31));
            if (!string.IsNullOrWhiteSpace(query.Title))
            {
                var title = query.Title.Trim();
                events = events.Where(e => e.Title.Contains(title));
            }
            var total = await events.CountAsync(ct);
            var rows = await events
                .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(e => new Row(e.Id, e.Kind, e.Date, e.Title, e.Participants.Count))
                .ToListAsync(ct);
            return (rows, total);
        }

        public async Task<IReadOnlyList<SelectListItem>> YearsAsync(CancellationToken ct)
        {
            var dates = await db.PerformanceEvents.AsNoTracking().Select(e => e.Date.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
            return dates.Select(y => new SelectListItem($"{y}年", RegistryOptions.Id(y))).ToList();
        }
    }
}
