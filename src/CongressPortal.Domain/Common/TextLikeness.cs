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

    /// <summary>
    /// The same bigrams as <see cref="Grams"/>, as a <see cref="GramKeys"/> (sorted 64-bit keys) for comparing one text with
    /// thousands: a merge of two arrays instead of a string hash per bigram. <paramref name="ignored"/> are left out.
    /// </summary>
    public static GramKeys Keys(string? title, string? content, GramKeys? ignored = null)
    {
        var text = content is { Length: > ContentChars } ? content[..ContentChars] : content ?? "";
        var keys = new List<ulong>();
        foreach (var token in Tokens(title))
        {
            keys.Add(GramKeys.Key(token));
            keys.Add(GramKeys.Key(token) ^ GramKeys.TitleMark);
        }
        foreach (var token in Tokens(text)) keys.Add(GramKeys.Key(token));
        return GramKeys.Of(keys, ignored);
    }

    /// <summary>
    /// The Dice coefficient of two key sets, exact whenever it is at least <paramref name="atLeast"/>; below that the count
    /// may stop early, and some value below <paramref name="atLeast"/> is returned.
    /// </summary>
    public static double Dice(GramKeys keys, GramKeys other, double atLeast = 0)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(other);
        var (a, b) = (keys.Sorted, other.Sorted);
        var total = a.Length + b.Length;
        if (total == 0) return 0;
        // The shared bigrams needed to reach atLeast: 2·shared ≥ atLeast·total.
        var needed = atLeast * total / 2;
        // Even every bigram of the shorter one shared would not reach it.
        if (Math.Min(a.Length, b.Length) < needed) return Dice(Math.Min(a.Length, b.Length), a.Length, b.Length);
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
            if (shared + Math.Min(a.Length - i, b.Length - j) < needed) return Dice(shared + Math.Min(a.Length - i, b.Length - j), a.Length, b.Length);
        }
        return Dice(shared, a.Length, b.Length);
    }

    private static string[] Tokens(string? text) => ChineseSearch.Index(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A text's bigrams as sorted, distinct 64-bit keys (FNV-1a of each token; a title's bigram also with a mark of its own), for
/// <see cref="TextLikeness.Dice(GramKeys, GramKeys, double)"/>. Two different bigrams sharing a key is a chance of about one in
/// 10¹⁹ per pair: far below any difference a likeness in whole percent shows.
/// </summary>
public sealed class GramKeys
{
    internal const ulong TitleMark = 0x9E3779B97F4A7C15;

    private GramKeys(ulong[] sorted) => Sorted = sorted;

    internal ulong[] Sorted { get; }

    /// <summary>How many distinct bigrams.</summary>
    public int Count => Sorted.Length;

    internal static GramKeys Of(List<ulong> keys, GramKeys? ignored)
    {
        keys.Sort();
        var distinct = new List<ulong>(keys.Count);
        foreach (var key in keys)
        {
            if (distinct.Count > 0 && distinct[^1] == key) continue;
            if (ignored is not null && Array.BinarySearch(ignored.Sorted, key) >= 0) continue;
            distinct.Add(key);
        }
        return new GramKeys([.. distinct]);
    }

    internal static ulong Key(string token)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in token)
        {
            hash = (hash ^ (c & 0xFFu)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
