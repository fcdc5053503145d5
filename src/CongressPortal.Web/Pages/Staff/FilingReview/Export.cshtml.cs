using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// The year's filings (备案文件登记表) as an .xlsx, one row per filing in order of filing, with every date of its review and
/// its result. <c>?year=</c> names the year; without it, this year. Staff only; not cached anywhere.
/// </summary>
public sealed class ExportModel(FilingReviewStore store) : PageModel
{
    public static readonly IReadOnlyList<string?> Headers =
    [
        "文件名称", "文号", "制定机关", "文件类别", "公布日期", "报备日期", "是否逾期报备", "状态", "形式审查期限", "形式审查通过日期",
        "退回补正日期", "退回理由", "审查期限", "审查完成日期", "审查结果", "审查意见", "纠正意见", "回复期限", "回复日期", "回复内容",
    ];

    private static readonly IReadOnlyList<int> Widths = [40, 22, 16, 18, 12, 12, 10, 14, 12, 12, 12, 30, 12, 12, 24, 40, 40, 12, 12, 40];

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : store.Today.Year;
        var filings = await FilingReviewStore.Filter(store.Filings.AsNoTracking(), new FilingFilter(year), store.Today)
            .OrderBy(f => f.FiledOn).ThenBy(f => f.Id).ToListAsync(ct);
        var rows = new List<IReadOnlyList<string?>>(filings.Count + 1) { Headers };
        rows.AddRange(filings.Select(f => new[]
        {
            f.Title, f.DocumentNumber, FilingWorkflow.BodyLabel(f.Body), FilingWorkflow.DocumentKindLabel(f.Kind), XlsxCells.Date(f.PublishedOn),
            XlsxCells.Date(f.FiledOn), Display.YesNo(f.IsLate), FilingWorkflow.StatusLabel(f.Status), XlsxCells.Date(f.FormatCheckDueOn),
            XlsxCells.Date(f.FormatCheckedOn), XlsxCells.Date(f.ReturnedOn), f.ReturnReason, XlsxCells.Date(f.ReviewDueOn), XlsxCells.Date(f.ReviewedOn),
            f.Result is { } result ? FilingWorkflow.ResultLabel(result) : null, f.ReviewOpinion, f.CorrectionOpinion, XlsxCells.Date(f.ReplyDueOn),
            XlsxCells.Date(f.ReplyReceivedOn), f.ReplyText,
        }));
        var content = XlsxFile.Write([new XlsxSheet($"{year}年备案文件", rows, Widths)]);
        Response.Headers.CacheControl = "no-store";
        return File(content, XlsxFile.ContentType, $"{year}年备案文件登记表.xlsx");
    }
}
