using System.Text.Json;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>The key figures of every published report side by side: a table (the complete page) and a chart per figure.</summary>
[OutputCache(PolicyName = PublicPageCache.Reports)]
public sealed class CompareModel(CompareModel.Handler handler) : PageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<Series> Rows { get; private set; } = [];

    public string ChartJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Years, Rows) = await handler.LoadAsync(ct);
        ChartJson = JsonSerializer.Serialize(new
        {
            years = Years,
            series = Rows.Select(r => new { label = r.Label, unit = r.Unit, values = Years.Select(y => r.Cells.GetValueOrDefault(y)?.Value) }),
        });
    }

    public sealed record Cell(decimal Value, string Unit, string? Anchor);

    public sealed record Series(string Label, string Unit, IReadOnlyDictionary<int, Cell> Cells);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<(IReadOnlyList<int>, IReadOnlyList<Series>)> LoadAsync(CancellationToken ct)
        {
            var figures = await db.WorkReports.AsNoTracking()
                .Where(WorkReport.Public)
                .SelectMany(r => r.Figures.Select(f => new { r.Year, f.Label, f.Value, f.Unit, f.Anchor, f.SortOrder }))
                .ToListAsync(ct);
            var years = await db.WorkReports.AsNoTracking().Where(WorkReport.Public).OrderBy(r => r.Year).Select(r => r.Year).ToListAsync(ct);
            // A figure is the same across years when its label is; rows follow the newest report's order.
            var rows = figures
                .GroupBy(f => f.Label)
                .OrderBy(g => g.OrderByDescending(f => f.Year).First().SortOrder)
                .Select(g => new Series(g.Key, g.OrderByDescending(f => f.Year).First().Unit,
                    g.GroupBy(f => f.Year).ToDictionary(y => y.Key, y => new Cell(y.First().Value, y.First().Unit, y.First().Anchor))))
                .ToList();
            return (years, rows);
        }
    }
}
