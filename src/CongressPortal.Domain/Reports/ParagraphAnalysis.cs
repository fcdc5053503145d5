using System.Buffers;

namespace CongressPortal.Domain.Reports;

/// <summary>What a paragraph holds: its 一是/二是 items and, for plain text, a guessed lead sentence.</summary>
internal static class ParagraphAnalysis
{
    public const int MaxLeadLength = 30;

    // A lead sentence is a predicate (加强…, 坚持…, 深化…); a sentence opening with a subject or a time is a statement.
    private static readonly string[] StatementOpenings =
    [
        "一年来", "近年来", "今年", "去年", "明年", "目前", "当前", "最近", "如今", "同时", "此外", "其中", "为此", "因此", "对此", "总之", "另外",
        "这", "该", "本", "我", "他", "她", "它", "市", "全市", "各", "常委会",
    ];

    // 是 makes a statement (2025年是…); pronouns and 了 tell a story; none of them appears in a lead phrase.
    private static readonly SearchValues<char> NarrativeMarks = SearchValues.Create("是我你他她它了；：;:");

    /// <summary>
    /// The items of a paragraph: 一是… 二是… at its start or after punctuation, numbered without gaps; a paragraph that
    /// does not open with an item needs at least two inline items (so a lone 一是 in a sentence is left alone).
    /// A paragraph opening with —— is one item labelled ——.
    /// </summary>
    public static IReadOnlyList<ReportItem> FindItems(string text)
    {
        if (text.StartsWith("——", StringComparison.Ordinal)) return [new ReportItem("——", 0, text)];

        var starts = new List<(int Offset, string Label)>();
        var last = 0;
        foreach (var match in ReportPatterns.Item().EnumerateMatches(text))
        {
            var label = text.Substring(match.Index, match.Length);
            var number = ReportNumbering.ParseChinese(label[..^1]);
            if (number is null) continue;
            var fits = starts.Count == 0 ? match.Index == 0 || number == 1 : number == last + 1;
            if (!fits) continue;
            starts.Add((match.Index, label));
            last = number.Value;
        }
        if (starts.Count == 0 || (starts[0].Offset > 0 && starts.Count < 2)) return [];

        var items = new List<ReportItem>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : text.Length;
            items.Add(new ReportItem(starts[i].Label, starts[i].Offset, text[starts[i].Offset..end].TrimEnd()));
        }
        return items;
    }

    /// <summary>
    /// Guesses the bold lead sentence of a plain-text paragraph, conservatively: the first sentence (after an opening 一是
    /// or ——) is a lead only when more text follows it and it reads as a heading-like phrase — 4 to 30 characters,
    /// at most one comma, no digits, no semicolon, colon or dash, none of 是 了 我 他 她, not opening with a quotation mark,
    /// a subject or a time word.
    /// So 加强重点领域立法。 is a lead; 2025年是关键之年。 and 市委高度重视。 are not.
    /// </summary>
    public static string? GuessLead(string text)
    {
        var items = FindItems(text);
        var start = items.Count > 0 && items[0].Offset == 0 ? items[0].Label.Length : 0;
        var end = ReportText.SentenceEnd(text, start);
        if (end < 0 || end >= text.Length - 1) return null;
        var sentence = text[start..end];
        var headingLike = sentence.Length is >= 4 and <= MaxLeadLength
            && !sentence.Any(char.IsAsciiDigit)
            && sentence.AsSpan().IndexOfAny(NarrativeMarks) < 0
            && !sentence.Contains("——", StringComparison.Ordinal)
            && sentence[0] is not ('“' or '《' or '（')
            && sentence.Count(c => c is '，' or ',') <= 1
            && !StatementOpenings.Any(opening => sentence.StartsWith(opening, StringComparison.Ordinal));
        return headingLike ? text[..(end + 1)] : null;
    }
}
