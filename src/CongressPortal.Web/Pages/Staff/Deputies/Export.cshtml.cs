using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// The registry list as an .xlsx, filtered and sorted by the list's own query string, in the columns of the
/// import template. A staff document: private data in full, and the file name says it is internal.
/// </summary>
public sealed class ExportModel(ExportModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    [BindProperty(SupportsGet = true, Name = "delegation")] public int? Delegation { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")] public int? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")] public DeputyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")] public DeputyLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = new DeputyFilter { Term = Term, Delegation = Delegation, Group = Group, Status = Status, Level = Level, Q = Q, Sort = Sort };
        // As on the list: no term in the address means the current term; an empty term means every term.
        var file = await handler.ExportAsync(filter, Request.Query.ContainsKey("term"), ct);
        // Private data: no copy in browser or proxy caches.
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, XlsxFile.ContentType, file.FileName);
    }

    public sealed record ExportFile(byte[] Content, string FileName, int Count);

    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<ExportFile> ExportAsync(DeputyFilter filter, bool termGiven, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            filter = await filter.WithDefaultTermAsync(termGiven, db.Terms.AsNoTracking(), today, ct);
            var deputies = await db.Deputies.AsNoTracking()
                .FilterAndOrder(filter)
                .Select(d => new
                {
                    d.Number,
                    d.Name,
                    d.Gender,
                    d.Ethnicity,
                    d.BirthDate,
                    d.Party,
                    d.Education,
                    d.WorkUnitAndTitle,
                    d.Constituency,
                    Delegation = d.Delegation == null ? null : d.Delegation.Name,
                    DeputyGroup = d.DeputyGroup == null ? null : d.DeputyGroup.Name,
                    ProfessionalGroup = d.ProfessionalGroup == null ? null : d.ProfessionalGroup.Name,
                    d.Mobile,
                    d.IdNumber,
                    d.HomeAddress,
                })
                .ToListAsync(ct);
            var rows = new List<IReadOnlyList<string?>>(deputies.Count + 1) { DeputySheet.Headers };
            // The template's columns in the template's order, dates as text: the file can be corrected and imported again.
            rows.AddRange(deputies.Select(d => new[]
            {
                d.Number, d.Name, DeputyLists.GenderName(d.Gender), d.Ethnicity,
                d.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                d.Party, d.Education, d.WorkUnitAndTitle, d.Constituency,
                d.Delegation, d.DeputyGroup, d.ProfessionalGroup,
                d.Mobile, d.IdNumber, d.HomeAddress,
            }));
            var content = XlsxFile.Write([new XlsxSheet(DeputySheet.SheetName, rows, DeputySheet.Widths)]);
            // The count only: the filter may hold a name typed into the search box.
            logger.LogInformation("Exported the deputy registry: {Count} rows", deputies.Count);
            return new ExportFile(content, FileName(today), deputies.Count);
        }

        /// <summary>代表名册（内部）-2026-11-23.xlsx: whoever receives the file sees it is internal.</summary>
        public static string FileName(DateOnly date) =>
            $"代表名册（内部）-{date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.xlsx";
    }
}
