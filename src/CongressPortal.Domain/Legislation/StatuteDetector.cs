using System.Text.RegularExpressions;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// Detects the structure of a regulation's text pasted or read from Word: 章 / 节 / 条 / 款 / 项 (docs/domain/legislation.md
/// "Text with structure"). Every non-empty line is kept, in order; only its kind is guessed, and staff can change any
/// kind before saving. What looks wrong (numbering that skips or repeats) becomes a warning, never a silent fix.
/// </summary>
public static partial class StatuteDetector
{
    public static StatuteDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.ReplaceLineEndings("\n").Split('\n'));
    }

    public static StatuteDetection Detect(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var lines = new List<StatuteLine>();
        var seenStructure = false;
        var inArticle = false;
        foreach (var raw in paragraphs)
        {
            var text = Normalise(raw);
            if (text.Length == 0) continue;
            StatuteLineKind kind;
            if (StatuteText.HeadingLabel(text, '章') is not null) { kind = StatuteLineKind.Chapter; inArticle = false; seenStructure = true; }
            else if (StatuteText.HeadingLabel(text, '节') is not null) { kind = StatuteLineKind.Section; inArticle = false; seenStructure = true; }
            else if (IsArticle(text)) { kind = StatuteLineKind.Article; inArticle = true; seenStructure = true; }
            else if (inArticle) kind = ItemPattern().IsMatch(text) ? StatuteLineKind.Item : StatuteLineKind.Paragraph;
            else if (!seenStructure && lines.Count == 0 && text.Length <= 60) kind = StatuteLineKind.Title;
            else if (!seenStructure && NotePattern().IsMatch(text)) kind = StatuteLineKind.Note;
            else kind = StatuteLineKind.Preamble;
            lines.Add(new StatuteLine(kind, text));
        }
        var statute = StatuteText.From(lines);
        return new StatuteDetection(statute, Warnings(statute));
    }

    /// <summary>Numbering that skips or repeats: 第三条 followed by 第五条, two 第七条.</summary>
    public static IReadOnlyList<string> Warnings(StatuteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<string>();
        if (text.Articles.Count == 0) warnings.Add("没有识别出任何条文（第一条、第二条……），请检查文本或手工标注。");
        var previous = 0;
        foreach (var article in text.Articles)
        {
            if (article.SubNumber == 0 && previous > 0 && article.Number != previous + 1)
                warnings.Add(article.Number <= previous
                    ? $"{article.Label}的编号没有递增（前一条是第{Common.ChineseNumerals.Format(previous)}条），请核对。"
                    : $"第{Common.ChineseNumerals.Format(previous)}条之后是{article.Label}，中间缺少条文，请核对。");
            if (article.SubNumber == 0) previous = article.Number;
        }
        return warnings;
    }

    private static bool IsArticle(string text) => StatuteText.ArticleLabel(text) is { } label
        && (text.Length == label.Label.Length || text[label.Label.Length] is ' ' or '\u3000' or '\t');

    private static string Normalise(string? raw) => (raw ?? "").Replace('\u00A0', ' ').Trim();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]|^\d+[.．、]")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^[（(].*(通过|批准|修正|修订|公布).*[）)]$")]
    private static partial Regex NotePattern();
}
