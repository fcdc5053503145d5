namespace CongressPortal.Domain.Legislation;

/// <summary>What happened to an article between two versions.</summary>
public enum ArticleChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One row of a comparison: the article in the older version (<see cref="From"/>, null when added) and in the newer
/// (<see cref="To"/>, null when removed), with the chapter heading each stands under (第二章　管理与服务).
/// </summary>
public sealed record ArticleComparison(ArticleChange Change, StatuteArticle? From, StatuteArticle? To, string? FromChapter, string? ToChapter, double Similarity, bool Moved)
{
    /// <summary>The same article under another number: 第十二条 → 第十三条.</summary>
    public bool Renumbered => From is not null && To is not null && From.Label != To.Label;
}

/// <summary>A chapter or section heading in both versions (matched by label) whose title changed, or one only in one version.</summary>
public sealed record HeadingComparison(string Label, string? From, string? To);

/// <summary>
/// Compares two versions of a regulation article by article. An amendment that inserts an article renumbers every
/// later one, so articles are aligned by content, not by number: a sequence alignment over the two article lists that
/// maximises the similarity of the pairs it matches (the Dice coefficient of their character bigrams), preferring
/// identical texts and, among similar ones, the same number; a pair below <see cref="Threshold"/> is never matched. An
/// article moved elsewhere and changed is then matched among the articles left over. Bigram sets are computed once per
/// article, so a 100-article comparison is a 10,000-cell table of set intersections (about a millisecond).
/// </summary>
public sealed class StatuteComparison
{
    /// <summary>Two articles are the same article (changed) from this similarity up.</summary>
    public const double Threshold = 0.45;

    /// <summary>Articles with the same number are the same article from this lower similarity up (a rewritten article).</summary>
    public const double SameNumberThreshold = 0.25;

    private StatuteComparison(IReadOnlyList<ArticleComparison> rows, IReadOnlyList<HeadingComparison> headings)
    {
        Rows = rows;
        Headings = headings;
    }

    public IReadOnlyList<ArticleComparison> Rows { get; }

    /// <summary>Headings renamed, added or removed (chapters and sections, by label).</summary>
    public IReadOnlyList<HeadingComparison> Headings { get; }

    public int Changed => Rows.Count(r => r.Change == ArticleChange.Changed);

    public int Added => Rows.Count(r => r.Change == ArticleChange.Added);

    public int Removed => Rows.Count(r => r.Change == ArticleChange.Removed);

    public int Renumbered => Rows.Count(r => r.Renumbered);

    public bool HasChanges => Rows.Any(r => r.Change != ArticleChange.Unchanged || r.Renumbered) || Headings.Count > 0;

    public static StatuteComparison Compare(StatuteText from, StatuteText to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = from.Articles;
        var b = to.Articles;
        var bodyA = a.Select(x => x.BodyText).ToArray();
        var bodyB = b.Select(x => x.BodyText).ToArray();
        var bigramsA = bodyA.Select(Bigrams).ToArray();
        var bigramsB = bodyB.Select(Bigrams).ToArray();

        // score[i, j]: the best total over a[i..] and b[j..]; a pair counts only above its threshold.
        var n = a.Count;
        var m = b.Count;
        var pair = new double[n, m];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++) pair[i, j] = PairScore(a[i], b[j], bodyA[i] == bodyB[j], bigramsA[i], bigramsB[j]);
        var score = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
            {
                var best = Math.Max(score[i + 1, j], score[i, j + 1]);
                if (pair[i, j] > 0) best = Math.Max(best, pair[i, j] + score[i + 1, j + 1]);
                score[i, j] = best;
            }

        var matchOfA = new int?[n];
        var matchOfB = new int?[m];
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (pair[i, j] > 0 && score[i, j] == pair[i, j] + score[i + 1, j + 1]) { matchOfA[i] = j; matchOfB[j] = i; i++; j++; }
            else if (score[i, j] == score[i + 1, j]) i++;
            else j++;
        }

        // Moved and changed: among what is left, the most similar pairs first.
        var moved = new HashSet<int>();
        var leftovers = (from i in Enumerable.Range(0, n) where matchOfA[i] is null
                         from j in Enumerable.Range(0, m) where matchOfB[j] is null && pair[i, j] > 0
                         orderby pair[i, j] descending
                         select (i, j)).ToList();
        foreach (var (i, j) in leftovers)
        {
            if (matchOfA[i] is not null || matchOfB[j] is not null) continue;
            matchOfA[i] = j;
            matchOfB[j] = i;
            moved.Add(j);
        }

        var chaptersA = ChapterTitles(from);
        var chaptersB = ChapterTitles(to);
        var rows = new List<ArticleComparison>(n + m);
        var nextA = 0;
        void RemovedUpTo(int end)
        {
            for (; nextA < end; nextA++)
                if (matchOfA[nextA] is null) rows.Add(new(ArticleChange.Removed, a[nextA], null, Chapter(chaptersA, a[nextA]), null, 0, false));
        }
        // Where the next article kept in place stands in the older version: removed articles before it come first.
        var nextKept = new int[m + 1];
        nextKept[m] = n;
        for (var j = m - 1; j >= 0; j--) nextKept[j] = matchOfB[j] is { } i && !moved.Contains(j) ? i : nextKept[j + 1];
        for (var j = 0; j < m; j++)
        {
            if (matchOfB[j] is not { } i)
            {
                RemovedUpTo(nextKept[j]);
                rows.Add(new(ArticleChange.Added, null, b[j], null, Chapter(chaptersB, b[j]), 0, false));
                continue;
            }
            if (!moved.Contains(j)) RemovedUpTo(i);
            var similarity = Similarity(bigramsA[i], bigramsB[j]);
            var same = bodyA[i] == bodyB[j];
            rows.Add(new(same ? ArticleChange.Unchanged : ArticleChange.Changed, a[i], b[j], Chapter(chaptersA, a[i]), Chapter(chaptersB, b[j]), same ? 1 : similarity, moved.Contains(j)));
        }
        RemovedUpTo(n);
        return new StatuteComparison(rows, CompareHeadings(from, to));
    }

    private static double PairScore(StatuteArticle a, StatuteArticle b, bool identical, int[] bigramsA, int[] bigramsB)
    {
        if (identical) return 2 + (a.Label == b.Label ? 0.1 : 0);
        // The best Dice two sets of these sizes can reach: most pairs of a long text are ruled out without intersecting.
        if (2.0 * Math.Min(bigramsA.Length, bigramsB.Length) / Math.Max(1, bigramsA.Length + bigramsB.Length) < SameNumberThreshold) return 0;
        var similarity = Similarity(bigramsA, bigramsB);
        var sameNumber = a.Number == b.Number && a.SubNumber == b.SubNumber;
        if (similarity < (sameNumber ? SameNumberThreshold : Threshold)) return 0;
        return similarity + (sameNumber ? 0.05 : 0);
    }

    /// <summary>The Dice coefficient of two sorted sets of bigrams: 1 for the same text, 0 for nothing in common.</summary>
    private static double Similarity(int[] a, int[] b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return 2.0 * common / (a.Length + b.Length);
    }

    // Overlapping pairs of the characters that carry meaning (spaces and line breaks left out), distinct and sorted.
    private static int[] Bigrams(string text)
    {
        var chars = text.Where(c => !char.IsWhiteSpace(c)).ToArray();
        if (chars.Length == 1) return [chars[0]];
        var set = new HashSet<int>();
        for (var k = 0; k + 1 < chars.Length; k++) set.Add((chars[k] << 16) | chars[k + 1]);
        var sorted = set.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    private static Dictionary<string, string> ChapterTitles(StatuteText text) =>
        text.Headings.Where(h => h.Kind == StatuteLineKind.Chapter).GroupBy(h => h.Label)
            .ToDictionary(g => g.Key, g => g.First().Title.Length == 0 ? g.Key : $"{g.Key}\u3000{g.First().Title}");

    private static string? Chapter(Dictionary<string, string> titles, StatuteArticle article) =>
        article.Chapter is null ? null : titles.GetValueOrDefault(article.Chapter, article.Chapter);

    private static List<HeadingComparison> CompareHeadings(StatuteText from, StatuteText to)
    {
        static Dictionary<string, string> Titles(StatuteText text) =>
            text.Headings.GroupBy(h => h.Anchor).ToDictionary(g => g.Key, g => g.First().Title);
        var a = Titles(from);
        var b = Titles(to);
        var labels = from.Headings.Select(h => (h.Anchor, h.Label)).Concat(to.Headings.Select(h => (h.Anchor, h.Label))).Distinct();
        return [.. labels
            .Where(l => !a.TryGetValue(l.Anchor, out var x) || !b.TryGetValue(l.Anchor, out var y) || x != y)
            .Select(l => new HeadingComparison(l.Label, a.GetValueOrDefault(l.Anchor), b.GetValueOrDefault(l.Anchor)))];
    }
}
