namespace CongressPortal.Domain.Common;

/// <summary>
/// How alike two short texts with a title are, without a segmenter: the overlapping character bigrams of the title
/// (counted twice: a title says more than a paragraph) and of the text's opening — the same tokens as the portal's Chinese
/// search (<see cref="ChineseSearch"/>) — compared by the Dice coefficient, 2·|A∩B| / (|A| + |B|), from 0 (nothing shared)
/// to 1 (the same bigrams). Used to propose units from similar earlier suggestions and to flag likely duplicates.
/// </summary>
public static class TextLikeness
{
    /// <summary>Only the text's opening counts: it states the matter; the rest adds length, not likeness.</summary>
    public const int ContentChars = 400;

    /// <summary>What marks a title's bigram, so that it counts apart from the same bigram in the text.</summary>
    private const string TitleMark = "题:";

    /// <summary>The bigrams of the title (twice, once marked) and of the text's first <see cref="ContentChars"/> characters.</summary>
    public static HashSet<string> Grams(string? title, string? content)
    {
        var text = content is { Length: > ContentChars } ? content[..ContentChars] : content ?? "";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokens(title))
        {
            grams.Add(token);
            grams.Add(TitleMark + token);
        }
        foreach (var token in Tokens(text)) grams.Add(token);
        return grams;
    }

    /// <summary>The Dice coefficient from the count of shared bigrams and the two sizes; 0 when both are empty.</summary>
    public static double Dice(int shared, int size, int otherSize) =>
        size + otherSize == 0 ? 0 : 2.0 * shared / (size + otherSize);

    /// <summary>The Dice coefficient of two sets of bigrams, leaving out <paramref name="ignored"/> (bigrams that say nothing).</summary>
    public static double Dice(IReadOnlySet<string> grams, IReadOnlySet<string> other, IReadOnlySet<string>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(grams);
        ArgumentNullException.ThrowIfNull(other);
        int size = 0, otherSize = 0, shared = 0;
        foreach (var gram in grams)
        {
            if (ignored?.Contains(gram) == true) continue;
            size++;
            if (other.Contains(gram)) shared++;
        }
        foreach (var gram in other)
        {
            if (ignored?.Contains(gram) != true) otherSize++;
        }
        return Dice(shared, size, otherSize);
    }

    private static string[] Tokens(string? text) => ChineseSearch.Index(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
