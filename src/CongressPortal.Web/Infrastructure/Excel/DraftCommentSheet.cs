using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>
/// All comments of a draft as one worksheet (意见汇总), one row per comment in the order received. The rows come from
/// <see cref="DraftModeration.ExportRowsAsync"/>, which never selects the commenter's contact: no export carries it.
/// </summary>
public static class DraftCommentSheet
{
    public static readonly IReadOnlyList<string?> Headers =
    [
        "编号", "条款", "意见内容", "提出人", "来源", "基层立法联系点", "收集日期", "提交时间", "状态", "审核人", "审核时间", "处理人", "处理时间", "采纳情况的理由",
    ];

    private static readonly IReadOnlyList<int> Widths = [8, 10, 60, 12, 14, 24, 12, 18, 14, 16, 18, 16, 18, 40];

    public static string FileName(string title) => $"{title}意见汇总{XlsxFile.Extension}";

    public static byte[] Write(string title, IReadOnlyList<ExportedComment> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var rows = new List<IReadOnlyList<string?>>(comments.Count + 1) { Headers };
        rows.AddRange(comments.Select(c => new[]
        {
            c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), DraftDisplay.Article(c.ArticleAnchor), c.Body, c.Name,
            OpenDraftWorkflow.SourceLabel(c.Source), c.PointName, XlsxCells.Date(c.CollectedOn), ChinaTime.FormatDateTime(c.SubmittedAt),
            DraftCommentWorkflow.StatusLabel(c.Status), c.CheckedBy, c.CheckedAt is { } checkedAt ? ChinaTime.FormatDateTime(checkedAt) : null,
            c.DecidedBy, c.DecidedAt is { } decidedAt ? ChinaTime.FormatDateTime(decidedAt) : null, c.DecisionReason,
        }));
        // A sheet name holds at most 31 characters.
        var name = title.Length > 25 ? title[..25] : title;
        return XlsxFile.Write([new XlsxSheet(Sanitize(name) + "意见", rows, Widths)]);
    }

    private static string Sanitize(string name) => string.Concat(name.Select(ch => "[]:*?/\\".Contains(ch, StringComparison.Ordinal) ? '_' : ch));
}
