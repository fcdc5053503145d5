using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

public static partial class StatuteDetector
{
    /// <summary>More warnings than this are summed up in one line: a text this wrong needs a look as a whole.</summary>
    public const int MaxWarnings = 30;

    /// <summary>
    /// What staff should check in a text's structure, whoever set the kinds: article numbering that skips, repeats or
    /// goes backwards (之一 included), chapters and sections out of order, a section outside any chapter, an article
    /// without text or without a label, items （一）（二） that skip, and a table of contents that does not match the chapters.
    /// </summary>
    public static IReadOnlyList<string> Warnings(StatuteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var warnings = new List<string>();
        if (text.Articles.Count == 0) warnings.Add("没有识别出任何条文（第一条、第二条……），请检查文本或手工标注。");
        ArticleNumbering(text.Articles, warnings);
        HeadingNumbering(text.Lines, warnings);
        foreach (var article in text.Articles.Where(a => a.Body.Count == 0 && !IsUnlabelled(a))) warnings.Add($"{article.Label}没有内容，请核对。");
        var unlabelled = text.Articles.Where(IsUnlabelled).ToList();
        if (unlabelled.Count > 0)
            warnings.Add($"有 {unlabelled.Count} 行标为“条”，但不以“第……条”开头（如“{Snippet(unlabelled[0].BodyText)}”），请核对。");
        foreach (var article in text.Articles) ItemNumbering(article, warnings);
        TableOfContents(text.Lines, warnings);
        return warnings.Count <= MaxWarnings ? warnings : [.. warnings.Take(MaxWarnings), $"另有 {warnings.Count - MaxWarnings} 处需要核对。"];
    }

    private static bool IsUnlabelled(StatuteArticle article) => StatuteText.ArticleLabel(article.Label) is null;

    private static void ArticleNumbering(IReadOnlyList<StatuteArticle> articles, List<string> warnings)
    {
        var seen = new HashSet<(int, int)>();
        StatuteArticle? previous = null;
        foreach (var article in articles.Where(a => !IsUnlabelled(a)))
        {
            var (number, sub) = (article.Number, article.SubNumber);
            if (!seen.Add((number, sub))) warnings.Add($"{article.Label}出现了不止一次，请核对。");
            else if (previous is null)
            {
                if (number != 1 || sub != 0) warnings.Add($"第一个条文是{article.Label}，前面缺少条文，请核对。");
            }
            else if (sub > 0)
            {
                if (number != previous.Number || sub != previous.SubNumber + 1)
                    warnings.Add($"{article.Label}应紧接在{ArticleName(number, sub - 1)}之后，现在排在{previous.Label}之后，请核对。");
            }
            else if (number > previous.Number + 1)
            {
                var missing = number == previous.Number + 2 ? ArticleName(number - 1, 0) : $"{ArticleName(previous.Number + 1, 0)}至{ArticleName(number - 1, 0)}";
                warnings.Add($"{previous.Label}之后是{article.Label}，中间缺少{missing}，请核对。");
            }
            else if (number <= previous.Number)
            {
                warnings.Add($"{article.Label}排在{previous.Label}之后，编号倒退了，请核对。");
            }
            previous = article;
        }
    }

    private static string ArticleName(int number, int sub) =>
        $"第{ChineseNumerals.Format(number)}条" + (sub > 0 ? $"之{ChineseNumerals.Format(sub)}" : "");

    private static void HeadingNumbering(IReadOnlyList<StatuteLine> lines, List<string> warnings)
    {
        int? chapter = null;
        var section = 0;
        var chapters = new HashSet<int>();
        foreach (var line in lines)
        {
            if (line.Kind == StatuteLineKind.Chapter && StatuteText.HeadingLabel(line.Text, '章') is { } c)
            {
                var expected = (chapter ?? 0) + 1;
                if (!chapters.Add(c.Number)) warnings.Add($"{c.Label}出现了不止一次，请核对。");
                else if (c.Number > expected) warnings.Add(chapter is null
                    ? $"第一个章是{c.Label}，前面缺少章，请核对。"
                    : $"第{ChineseNumerals.Format(chapter.Value)}章之后是{c.Label}，中间缺少章，请核对。");
                else if (c.Number < expected) warnings.Add($"{c.Label}排在第{ChineseNumerals.Format(chapter!.Value)}章之后，章的顺序不对，请核对。");
                chapter = c.Number;
                section = 0;
            }
            else if (line.Kind == StatuteLineKind.Section && StatuteText.HeadingLabel(line.Text, '节') is { } s)
            {
                if (chapter is null) warnings.Add($"{s.Label}不在任何一章之下，请核对（节应在章之下）。");
                else if (s.Number != section + 1)
                    warnings.Add(section == 0
                        ? $"第{ChineseNumerals.Format(chapter.Value)}章的第一节是{s.Label}，请核对。"
                        : $"第{ChineseNumerals.Format(chapter.Value)}章中第{ChineseNumerals.Format(section)}节之后是{s.Label}，请核对。");
                section = s.Number;
            }
        }
    }

    // Items （一）（二）… within one run of items: a further paragraph starts a new run.
    private static void ItemNumbering(StatuteArticle article, List<string> warnings)
    {
        var last = 0;
        foreach (var line in article.Body)
        {
            if (line.Kind != StatuteLineKind.Item)
            {
                last = 0;
                continue;
            }
            if (ItemNumber(line.Text) is not { } number) continue;
            if (number != last + 1)
                warnings.Add(last == 0
                    ? $"{article.Label}中的项从（{ChineseNumerals.Format(number)}）开始，请核对。"
                    : $"{article.Label}中（{ChineseNumerals.Format(last)}）之后是（{ChineseNumerals.Format(number)}），项的编号不连续，请核对。");
            last = number;
        }
    }

    private static int? ItemNumber(string text)
    {
        if (text.Length < 3 || text[0] != '（') return null;
        var close = text.IndexOf('）', StringComparison.Ordinal);
        return close > 1 ? ChineseNumerals.Parse(text[1..close]) : null;
    }

    private static void TableOfContents(IReadOnlyList<StatuteLine> lines, List<string> warnings)
    {
        var listed = Chapters(lines, StatuteLineKind.Toc);
        if (listed.Count == 0) return;
        var body = Chapters(lines, StatuteLineKind.Chapter);
        for (var i = 0; i < Math.Max(listed.Count, body.Count); i++)
        {
            var inToc = i < listed.Count ? listed[i] : null;
            var inBody = i < body.Count ? body[i] : null;
            if (inToc?.Key == inBody?.Key) continue;
            warnings.Add($"目录与正文的章不一致：目录中是“{inToc?.Text ?? "（没有）"}”，正文中是“{inBody?.Text ?? "（没有）"}”，请核对。");
            return;
        }
    }

    private sealed record ListedChapter(string Key, string Text);

    private static List<ListedChapter> Chapters(IReadOnlyList<StatuteLine> lines, StatuteLineKind kind) =>
        [.. lines.Where(l => l.Kind == kind && StatuteText.HeadingLabel(l.Text, '章') is not null)
            .Select(l => new ListedChapter(Compact(l.Text), l.Text.TrimEnd('.', '…', '·', ' ', '\u3000', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9')))];
}
