using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// The suggestion list as an .xlsx: every row the list's filter keeps (all pages, newest first), by the list's
/// own query string. A filter that keeps more than <see cref="MaxRows"/> rows is sent back to the list to be
/// narrowed: a file that size helps nobody and holds the server.
/// </summary>
public sealed class ExportModel(ExportModel.Handler handler) : SuggestionFilterPage
{
    public const int MaxRows = 20000;

    public static readonly string TooMany = $"当前筛选结果超过{MaxRows}件，无法导出到一个文件。请按会议、年度、状态或承办单位缩小范围后再导出。";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = CurrentFilter();
        var file = await handler.ExportAsync(filter, ct);
        if (file is null)
        {
            TempData["ErrorMessage"] = TooMany;
            return Redirect(Url.ListHref(filter.ToRouteValues()));
        }
        // Unpublished replies and handling notes: no copy in browser or proxy caches.
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, XlsxFile.ContentType, file.FileName);
    }

    public sealed record ExportFile(byte[] Content, string FileName, int Count);

    public sealed class Handler(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock, ILogger<Handler> logger)
    {
        /// <summary>The workbook of the filtered list; null when the filter keeps more than <see cref="MaxRows"/> suggestions.</summary>
        public async Task<ExportFile?> ExportAsync(IndexModel.ListFilter filter, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var rules = await rulesProvider.GetAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var filtered = await filter.ApplyAsync(db, db.Suggestions.AsNoTracking(), today, rules.Settings.DueSoonDays, ct);
            if (await filtered.CountAsync(ct) > MaxRows) return null;

            var suggestions = await filtered
                .OrderByDescending(s => s.Id)
                .Select(s => new
                {
                    s.Number, s.Title, s.Source, s.SessionId, s.LeadDeputyId, s.CategoryId, s.ReceivedOn, s.Status, s.Mode,
                    s.AssignedOn, s.DueOn, s.RepliedOn, s.Classification, s.Satisfaction, s.IsKey,
                    CoSigners = s.Deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).OrderBy(d => d.Order).Select(d => d.DeputyId).ToList(),
                    Units = s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).OrderBy(a => a.Id).Select(a => new { a.UnitId, a.Role, a.DueOn }).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(ct);

            var deputyIds = suggestions.Select(s => s.LeadDeputyId).Concat(suggestions.SelectMany(s => s.CoSigners)).Distinct().ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var categories = await db.SuggestionCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var sessions = await db.Sessions.AsNoTracking()
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToDictionaryAsync(s => s.Id, s => CongressSession.FormatName(s.Term, s.Number), ct);
            var classifications = rules.Classifications.DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(c => c.Code, c => $"{c.Code} {c.Label}", StringComparer.OrdinalIgnoreCase);

            var rows = new List<IReadOnlyList<string?>>(suggestions.Count + 1) { SuggestionSheet.ExportHeaders };
            rows.AddRange(suggestions.Select(s => new[]
            {
                s.Number,
                s.Title,
                SuggestionLabels.For(s.Source),
                s.SessionId is { } session ? sessions.GetValueOrDefault(session) : SuggestionLabels.For(SuggestionSource.BetweenSessions),
                deputies.GetValueOrDefault(s.LeadDeputyId),
                XlsxCells.Names(s.CoSigners.Select(d => deputies.GetValueOrDefault(d))),
                categories.GetValueOrDefault(s.CategoryId),
                XlsxCells.Date(s.ReceivedOn),
                SuggestionLabels.For(s.Status),
                s.Mode is { } mode ? SuggestionLabels.For(mode) : null,
                XlsxCells.Names(s.Units.Select(u => UnitName(units.GetValueOrDefault(u.UnitId), u.Role))),
                XlsxCells.Date(s.AssignedOn),
                // The pending deadline; once every unit has replied, the deadline they answered to.
                XlsxCells.Date(s.DueOn ?? s.Units.Where(u => u.Role != AssignmentRole.CoHandling).Select(u => (DateOnly?)u.DueOn).Max()),
                XlsxCells.Date(s.RepliedOn),
                s.Classification is { } code ? classifications.GetValueOrDefault(code, code) : null,
                s.Satisfaction is { } satisfaction ? SuggestionLabels.For(satisfaction) : null,
                s.IsKey ? "是" : "否",
            }));
            var content = XlsxFile.Write([new XlsxSheet(SuggestionSheet.ExportSheetName, rows, SuggestionSheet.ExportWidths)]);
            // The count only: the filter may hold a deputy's name typed into the search box.
            logger.LogInformation("Exported the suggestion list: {Count} rows", suggestions.Count);
            return new ExportFile(content, $"代表建议列表-{XlsxCells.Date(today)}.xlsx", suggestions.Count);
        }

        /// <summary>“示例市住房和城乡建设局（主办）”; a unit handling its own part (分别办理) by name alone.</summary>
        internal static string UnitName(string? name, AssignmentRole role) =>
            role == AssignmentRole.Split ? name ?? "" : $"{name}（{SuggestionLabels.For(role)}）";
    }
}
