using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Pages.Shared.Suggestions;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 承诺事项台账: every commitment of the units' B- and C-class replies across sessions and years, with its unit, promised
/// date, latest progress and its state on the server's China date; filters in the query string, the counts by state at
/// the top, and the filtered ledger as an .xlsx (?handler=Export) with the same query string.
/// </summary>
public sealed class CommitmentsModel(CommitmentsModel.Handler handler) : CommitmentLedgerPageModel
{
    public const int PageSize = 50;

    public const int MaxExportRows = 20000;

    public static readonly string TooMany = $"当前筛选结果超过{MaxExportRows}项，无法导出到一个文件。请按会议、年度或承办单位缩小范围后再导出。";

    [BindProperty(SupportsGet = true, Name = "session")] public string? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "state")] public CommitmentState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")] public bool Overdue { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = CurrentFilter();
        (Ledger, Today) = await handler.PageAsync(Filter, PageNumber, ct);
        (Sessions, Units) = await handler.OptionsAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var filter = CurrentFilter();
        var file = await handler.ExportAsync(filter, ct);
        if (file is null)
        {
            TempData["ErrorMessage"] = TooMany;
            return Redirect(Url.Page("/Staff/Suggestions/Commitments") + IndexModel.Query(filter.ToRouteValues()));
        }
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, XlsxFile.ContentType, file.FileName);
    }

    private CommitmentLedgerFilter CurrentFilter() => new() { Session = Session, Year = Year, Unit = Unit, State = State, Overdue = Overdue };

    public string ExportHref => Url.Page("/Staff/Suggestions/Commitments", "Export") + (Filter.IsEmpty ? "" : "&" + IndexModel.Query(Filter.ToRouteValues())[1..]);

    public sealed record ExportFile(byte[] Content, string FileName, int Count);

    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        private static readonly string[] Headers =
            ["建议编号", "建议标题", "年度", "承办单位", "承诺事项", "计划完成日期", "进度（%）", "最近进展日期", "最近进展情况", "完成日期", "状态", "逾期天数"];

        private static readonly int[] Widths = [24, 40, 8, 28, 40, 14, 10, 14, 40, 14, 10, 10];

        public async Task<(CommitmentLedgerPage, DateOnly)> PageAsync(CommitmentLedgerFilter filter, int page, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            return (await CommitmentLedger.All(db).PageAsync(db, filter, today, page, PageSize, ct), today);
        }

        public async Task<(IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<SelectListItem> Units)> OptionsAsync(CancellationToken ct)
        {
            var units = await db.HandlingUnits.AsNoTracking()
                .OrderBy(u => u.SortOrder).ThenBy(u => EF.Functions.Collate(u.Name, AppDbContext.PinyinCollation))
                .Select(u => new { u.Id, u.Name, u.IsActive })
                .ToListAsync(ct);
            return (
                await SessionChoicesAsync(db, ct),
                units.ConvertAll(u => new SelectListItem(u.IsActive ? u.Name : u.Name + "（停用）", u.Id.ToString(CultureInfo.InvariantCulture))));
        }

        /// <summary>The filtered ledger as a workbook; null when it holds more than <see cref="MaxExportRows"/> commitments.</summary>
        public async Task<ExportFile?> ExportAsync(CommitmentLedgerFilter filter, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            var rows = await CommitmentLedger.All(db).AllRowsAsync(db, filter, today, MaxExportRows, ct);
            if (rows is null) return null;
            var cells = rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Number, r.Title, r.Year, r.Unit, r.Description, r.PlannedOn, r.Progress, r.LatestOn, r.LatestNote, r.CompletedOn,
                CommitmentLedger.Label(r.State), r.State == CommitmentState.Overdue ? r.DaysOverdue : null,
            ]).ToList();
            var content = XlsxFile.WriteReport(new XlsxReportSheet("承诺事项台账", "代表建议承诺事项台账",
                $"统计截至：{ChinaTime.FormatDate(today)}（共{rows.Count}项）", Headers, cells, Widths));
            logger.LogInformation("Exported the commitments ledger: {Count} rows", rows.Count);
            return new ExportFile(content, $"承诺事项台账-{XlsxCells.Date(today)}.xlsx", rows.Count);
        }
    }
}
