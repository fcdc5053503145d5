using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>The reading page of one year's report: its latest published version. Drafts and unpublished reports are 404.</summary>
[OutputCache(PolicyName = PublicPageCache.Reports)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    public ReportView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await handler.LoadAsync(Year, ct);
        return View is null ? NotFound() : Page();
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<ReportView?> LoadAsync(int year, CancellationToken ct)
        {
            var report = await db.WorkReports.AsNoTracking()
                .Where(WorkReport.Public).Where(r => r.Year == year)
                .Select(r => new
                {
                    r.Year,
                    r.Title,
                    First = r.Versions.Min(v => v.PublishedAt),
                    Latest = r.Versions.OrderByDescending(v => v.Number).Select(v => new { v.Number, v.BlocksJson, v.PublishedAt, v.CorrectionNote }).First(),
                    Figures = r.Figures.OrderBy(f => f.SortOrder).Select(f => new FigureView(f.Label, f.Value, f.Unit, f.SourceNote, f.Anchor)).ToList(),
                })
                .SingleOrDefaultAsync(ct);
            if (report is null) return null;
            var years = await db.WorkReports.AsNoTracking().Where(WorkReport.Public).Where(r => r.Year != year).Select(r => r.Year).ToListAsync(ct);
            var corrected = report.Latest.Number > 1;
            return new ReportView(report.Year, report.Title, ReportOutlineJson.Deserialize(report.Latest.BlocksJson), report.Figures,
                report.First, corrected ? report.Latest.PublishedAt : null, corrected ? report.Latest.CorrectionNote : null,
                years.Where(y => y < year).Cast<int?>().Max(), years.Where(y => y > year).Cast<int?>().Min());
        }
    }
}
