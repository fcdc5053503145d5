using CongressPortal.Domain.Common;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Excel;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 交办清单 of one 交办 batch: the suggestions given to one unit on one assignment date (<c>?unit=&amp;on=yyyy-MM-dd</c>, the
/// 交办会's batch; parts handed back are no longer the unit's), as an .xlsx with a title row, the batch and the export time,
/// 序号 as numbers and dates as Excel dates — the same list the 交办通知 carries (<see cref="SuggestionPaperwork.NoticeAsync"/>).
/// Without a date the page lists the unit's batches to choose from, each with its list and its notice.
/// </summary>
public sealed class ExportUnitModel(SuggestionPaperwork paperwork, TimeProvider clock, ILogger<ExportUnitModel> logger) : PageModel
{
    public const string ChooseUnit = "请先选择承办单位，再下载交办清单。";

    public static IReadOnlyList<string> Headers { get; } = [.. SuggestionDocuments.NoticeHeaders.Take(6), "交办日期", "办理期限"];

    private static readonly int[] Widths = [6, 26, 44, 10, 18, 30, 12, 12];

    [BindProperty(SupportsGet = true, Name = "unit")] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "on")] public DateOnly? On { get; set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<SuggestionPaperwork.Batch> Batches { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Unit is not { } unit)
        {
            TempData["ErrorMessage"] = ChooseUnit;
            return RedirectToPage("/Staff/Suggestions/Index");
        }
        if (On is not { } on)
        {
            if (await paperwork.BatchesAsync(unit, ct) is not { } found) return NotFound();
            (UnitName, Batches) = found;
            return Page();
        }
        var notice = await paperwork.NoticeAsync(unit, on, ct);
        if (notice is null) return NotFound();
        var rows = notice.Items.Select((item, i) => (IReadOnlyList<object?>)
        [
            i + 1, item.Number, item.Title, item.LeadDeputy, SuggestionDocuments.RoleText(item.Role),
            item.OtherUnits.Length == 0 ? null : item.OtherUnits, notice.AssignedOn, item.DueOn,
        ]).ToList();
        var sheet = new XlsxReportSheet(SuggestionSheet.AssignmentSheetName, $"{notice.Batch}代表建议交办清单（{notice.Unit}）",
            $"交办日期：{ChinaTime.FormatDate(on)}，共{rows.Count}件；导出时间（统计截至）：{ChinaTime.FormatDateTime(clock.GetUtcNow())}", Headers, rows, Widths);
        logger.LogInformation("Exported the assignment list of unit {UnitId} for {On}: {Count} rows", unit, on, rows.Count);
        // Unpublished suggestions: no copy in browser or proxy caches.
        Response.Headers.CacheControl = "no-store";
        return File(XlsxFile.WriteReport(sheet), XlsxFile.ContentType, FileName(notice.Unit, on));
    }

    public static string FileName(string unit, DateOnly on) =>
        $"交办清单-{string.Concat(unit.Select(c => c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c))}-{XlsxCells.Date(on)}.xlsx";
}
