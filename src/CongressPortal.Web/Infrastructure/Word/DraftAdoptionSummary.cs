using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Infrastructure.Word;

/// <summary>
/// 《…》公开征求意见采纳情况 as a Word document laid out by <see cref="OfficialDocument"/>: how and when the draft was
/// published (extensions and an early close with their reasons), the figures (收到, 有效, 采纳, 部分采纳, 未采纳, the contact
/// points), then article by article in the order of the text — a short quotation, its comments and adoptions, and the
/// published note or, before the outcome, the reasons of the adopted comments — and the overall summary. Comments are
/// counted, never quoted with their writers' contacts (the rows do not carry them).
/// </summary>
public static class DraftAdoptionSummary
{
    /// <summary>How much of an article's text is quoted.</summary>
    public const int QuoteLength = 60;

    public static string Title(string draftTitle) => $"《{draftTitle}》公开征求意见采纳情况";

    public static string FileName(string draftTitle) => $"{draftTitle}公开征求意见采纳情况.docx";

    public static byte[] Write(OpenDraft draft, IReadOnlyList<ExportedComment> comments)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(comments);
        var document = new OfficialDocument(Clean(Title(draft.Title)));
        if (draft.OpenedAt is { } opened) document.Subtitle($"（征求意见时间：{ChinaTime.FormatDate(opened)}至{Closed(draft)}）");

        var all = Figures(comments);
        var points = comments.Where(c => c.PointName is not null).Select(c => c.PointName).Distinct().Count();
        document.Heading("一、征求意见的基本情况");
        document.Paragraph(Clean(Published(draft, points)));
        var online = Figures(comments.Where(c => c.Source == DraftCommentSource.Online));
        var collected = Figures(comments.Where(c => c.Source == DraftCommentSource.ContactPoint));
        List<string> figures =
        [
            $"共收到意见{all.Checked}条，其中网上提交{online.Checked}条，基层立法联系点收集{collected.Checked}条（{points}个联系点）；",
            $"有效意见{all.Counted}条，其中采纳{all.Adopted}条，部分采纳{all.PartlyAdopted}条，未采纳{all.NotAdopted}条",
        ];
        if (all.Undecided > 0) figures.Add($"，尚在研究{all.Undecided}条");
        figures.Add($"；重复意见{all.Duplicate}条，与草案无关的意见{all.OffTopic}条，含有不当言论的意见{all.Abusive}条。");
        if (all.Pending > 0) figures.Add($"另有{all.Pending}条意见尚未审核，未计入以上数字。");
        document.Paragraph(string.Concat(figures));

        document.Heading("二、各条款意见的采纳情况");
        var byArticle = comments.GroupBy(c => c.ArticleAnchor ?? "").ToDictionary(g => g.Key, g => Figures(g));
        var notes = draft.ArticleNotes.ToDictionary(n => n.ArticleAnchor, n => n.Note);
        var reasons = DraftModeration.AdoptedReasons(comments);
        var articles = draft.Text().Articles.ToDictionary(a => a.Anchor, a => a.BodyText);
        var any = false;
        foreach (var anchor in draft.ArticleAnchors.Prepend(""))
        {
            var counts = byArticle.GetValueOrDefault(anchor);
            var note = notes.GetValueOrDefault(anchor);
            if ((counts is null || counts.Checked == 0) && note is null) continue;
            any = true;
            counts ??= DraftCommentFigures.None;
            var quote = anchor.Length == 0 ? "对草案的总体意见" : Quote(articles.GetValueOrDefault(anchor) ?? "");
            document.Paragraph(Clean(quote), lead: $"{DraftDisplay.Article(anchor)}　");
            var partly = counts.PartlyAdopted > 0 ? $"（其中部分采纳{counts.PartlyAdopted}条）" : "";
            document.Paragraph($"收到意见{counts.Checked}条，有效意见{counts.Counted}条，采纳{counts.AdoptedTotal}条{partly}。");
            if (note is not null)
            {
                Lines(document, note, "采纳情况：");
            }
            else if (reasons.GetValueOrDefault(anchor) is { Count: > 0 } adopted)
            {
                document.Paragraph("采纳的意见及理由：");
                for (var i = 0; i < adopted.Count; i++) document.Paragraph(Clean($"{i + 1}. {Flat(adopted[i])}"));
            }
        }
        if (!any) document.Paragraph("没有收到经审核的意见。");

        document.Heading("三、总体说明");
        if (string.IsNullOrWhiteSpace(draft.OutcomeSummary)) document.Paragraph("采纳情况的总体说明尚未填写（公布采纳情况时填写）。");
        else Lines(document, draft.OutcomeSummary, null);
        return document.ToBytes();
    }

    private static DraftCommentFigures Figures(IEnumerable<ExportedComment> comments) =>
        DraftCommentFigures.From(comments.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())));

    private static string Closed(OpenDraft draft) => draft.ClosedEarlyAt is { } early
        ? ChinaTime.FormatDate(early)
        : ChinaTime.FormatDate(draft.LastDay);

    private static string Published(OpenDraft draft, int points)
    {
        var text = new List<string>();
        text.Add(draft.OpenedAt is { } opened
            ? $"{ChinaTime.FormatDate(opened)}，《{draft.Title}》在门户网站“立法征求意见”栏目全文公布，公开征求社会各界意见，公众可以逐条在线提出意见。"
            : $"《{draft.Title}》尚未公开征求意见。");
        foreach (var change in draft.DeadlineChanges)
        {
            text.Add(change.Kind == DraftDeadlineChangeKind.Extended
                ? $"{ChinaTime.FormatDate(change.At)}，因{Flat(change.Reason).TrimEnd('。')}，征求意见截止日期由{ChinaTime.FormatDate(change.FromLastDay)}延长至{ChinaTime.FormatDate(change.ToLastDay)}。"
                : $"因{Flat(change.Reason).TrimEnd('。')}，征求意见于{ChinaTime.FormatDate(change.At)}提前结束。");
        }
        if (draft.OpenedAt is not null && draft.ClosedEarlyAt is null) text.Add($"征求意见截止到{ChinaTime.FormatDate(draft.LastDay)}24时。");
        if (points > 0) text.Add($"同时通过{points}个基层立法联系点收集基层群众的意见。");
        return string.Concat(text);
    }

    private static string Quote(string text)
    {
        var flat = Flat(text);
        return flat.Length <= QuoteLength ? flat : flat[..QuoteLength] + "……";
    }

    private static void Lines(OfficialDocument document, string text, string? lead)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++) document.Paragraph(Clean(lines[i]), i == 0 ? lead : null);
    }

    private static string Flat(string text) => string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Drops the characters XML cannot hold (a control character pasted into a reason would make Word refuse the file).</summary>
    private static string Clean(string text) => string.Concat(text.Where(ch => ch is '\t' or '\n' or '\r' || (!char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF'))));
}
