using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 交办清单: one unit's assignments as an .xlsx (?unit=, optionally ?session= and ?year= as on the list), the
/// document sent with the suggestions to the unit: number, title, lead deputy, its part, assignment date and
/// reply deadline. Parts the unit handed back (退回) are not its business any more and are left out.
/// </summary>
public sealed class ExportUnitModel(ExportUnitModel.Handler handler) : PageModel
{
    public const string ChooseUnit = "请先选择承办单位，再下载交办清单。";

    [BindProperty(SupportsGet = true, Name = "unit")] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "session")] public string? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = new IndexModel.ListFilter { Session = Session, Year = Year };
        if (Unit is not { } unit)
        {
            TempData["ErrorMessage"] = ChooseUnit;
            return Redirect(Url.ListHref(filter.ToRouteValues()));
        }
        var file = await handler.ExportAsync(unit, filter, ct);
        if (file is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, XlsxFile.ContentType, file.FileName);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        /// <summary>The unit's assignment list in number order; null when there is no such unit.</summary>
        public async Task<ExportModel.ExportFile?> ExportAsync(int unitId, IndexModel.ListFilter filter, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var unit = await db.HandlingUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
            if (unit is null) return null;
            var suggestions = db.Suggestions.AsNoTracking();
            if (filter.IsBetweenSessions) suggestions = suggestions.Where(s => s.Source == SuggestionSource.BetweenSessions);
            else if (filter.SessionId is { } session) suggestions = suggestions.Where(s => s.SessionId == session);
            if (filter.Year is { } year) suggestions = suggestions.Where(s => s.Year == year);
            var parts = await suggestions
                .SelectMany(s => s.Assignments
                    .AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId)
                    .Select(a => new
                    {
                        SuggestionId = s.Id, s.Number, s.Title, s.Status, AssignmentId = a.Id, a.Role, a.AssignedOn, a.DueOn, a.State,
                        Lead = db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    }))
                .OrderBy(p => p.SuggestionId).ThenBy(p => p.AssignmentId)
                .ToListAsync(ct);
            var rows = new List<IReadOnlyList<string?>>(parts.Count + 1) { SuggestionSheet.AssignmentHeaders };
            rows.AddRange(parts.Select(p => new[]
            {
                p.Number,
                p.Title,
                p.Lead,
                SuggestionLabels.For(p.Role),
                XlsxCells.Date(p.AssignedOn),
                XlsxCells.Date(p.DueOn),
                // The unit's own progress, unless the suggestion reached an end (办结, 撤回): that says it all.
                SuggestionDisplay.PartState(p.Status, p.State),
            }));
            var content = XlsxFile.Write([new XlsxSheet(SuggestionSheet.AssignmentSheetName, rows, SuggestionSheet.AssignmentWidths)]);
            logger.LogInformation("Exported the assignment list of unit {UnitId}: {Count} rows", unitId, parts.Count);
            var today = ChinaTime.Today(clock.GetUtcNow());
            return new ExportModel.ExportFile(content, $"交办清单-{FileSafe(unit)}-{XlsxCells.Date(today)}.xlsx", parts.Count);
        }

        /// <summary>A unit name as part of a file name: characters Windows refuses become “_”.</summary>
        private static string FileSafe(string name) =>
            string.Concat(name.Select(c => c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c));
    }
}
