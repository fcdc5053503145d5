using System.Globalization;
using System.Text;

namespace CongressPortal.Domain.Common;

/// <summary>
/// Chinese full-text search without a segmenter: text is indexed as overlapping character bigrams
/// (城市建设 → 城市 市建 建设) in a tsvector with the <c>simple</c> configuration, and a query term becomes
/// its bigrams joined by the phrase operator. Latin words and numbers stay whole, lower-cased.
/// </summary>
public static class ChineseSearch
{
    /// <summary>
    /// The space-separated tokens to store for <paramref name="text"/>, in text order and with repeats: the
    /// tsvector keeps each token's positions, so a phrase of bigrams matches only where they are adjacent.
    /// </summary>
    public static string Index(string? text)
    {
        var tokens = new List<string>();
        foreach (var run in Runs(text)) AddTokens(run, tokens);
        return string.Join(' ', tokens);
    }

    /// <summary>
    /// A <c>to_tsquery('simple', …)</c> expression for what the user typed: each word must occur, a Chinese
    /// word as the phrase of its bigrams. A single Chinese character matches as a prefix of a bigram.
    /// Returns null when nothing searchable was typed.
    /// </summary>
    public static string? Query(string? input)
    {
        var parts = new List<string>();
        foreach (var run in Runs(input))
        {
            if (run.IsHan)
            {
                if (run.Text.Length == 1)
                {
                    parts.Add(run.Text + ":*");
                    continue;
                }
                var grams = Bigrams(run.Text).ToList();
                parts.Add(grams.Count == 1 ? grams[0] : "(" + string.Join(" <-> ", grams) + ")");
            }
            else
            {
                parts.Add(run.Text + ":*");
            }
        }
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    /// <summary>
    /// What the index alone answers exactly, for a large table: every token of <see cref="Query"/> must occur, without the
    /// phrase operator (a GIN index checks the presence of tokens but not their positions, so a phrase would re-read every
    /// candidate row's tsvector). Together with <see cref="Phrases"/> it finds the same rows as <see cref="Query"/>.
    /// Returns null when nothing searchable was typed.
    /// </summary>
    public static string? TokensQuery(string? input)
    {
        var parts = new List<string>();
        foreach (var run in Runs(input))
        {
            if (run.IsHan && run.Text.Length > 1) parts.AddRange(Bigrams(run.Text).Distinct());
            else parts.Add(run.Text + ":*");
        }
        return parts.Count == 0 ? null : string.Join(" & ", parts.Distinct());
    }

    /// <summary>
    /// The Chinese words of three or more characters typed, each as its run of adjacent tokens in <see cref="Index"/>'s text
    /// (加装电梯 → "加装 装电 电梯"): the stored text contains that run exactly where the phrase occurs, since every Chinese
    /// token is one or two characters between single spaces.
    /// </summary>
    public static IReadOnlyList<string> Phrases(string? input) =>
        [.. Runs(input).Where(r => r.IsHan && r.Text.Length > 2).Select(r => string.Join(' ', Bigrams(r.Text))).Distinct()];

    /// <summary>The Chinese words and Latin/number words typed, for highlighting matches.</summary>
    public static IReadOnlyList<string> Terms(string? input) => [.. Runs(input).Select(r => r.Text).Distinct()];

    private static void AddTokens(Run run, List<string> tokens)
    {
        if (!run.IsHan)
        {
            tokens.Add(run.Text);
            return;
        }
        if (run.Text.Length == 1)
        {
            tokens.Add(run.Text);
            return;
        }
        tokens.AddRange(Bigrams(run.Text));
    }

    private static IEnumerable<string> Bigrams(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++) yield return text.Substring(i, 2);
    }

    private readonly record struct Run(string Text, bool IsHan);

    private static IEnumerable<Run> Runs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var current = new StringBuilder();
        bool? han = null;
        foreach (var ch in normalized)
        {
            var kind = IsHan(ch) ? true : char.IsLetterOrDigit(ch) ? false : (bool?)null;
            if (kind != han || kind is null)
            {
                if (current.Length > 0 && han is not null) yield return new Run(current.ToString(), han.Value);
                current.Clear();
            }
            han = kind;
            if (kind is not null) current.Append(kind == false ? char.ToLowerInvariant(ch) : ch);
        }
        if (current.Length > 0 && han is not null) yield return new Run(current.ToString(), han.Value);
    }

    private static bool IsHan(char ch) =>
        CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.OtherLetter && ch is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
