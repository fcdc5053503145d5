using System.Globalization;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>A registered suggestion of the same scope that shares a deputy with the new one: what the duplicate check compares.</summary>
/// <param name="DeputyIds">Every deputy of it: lead, co-signers and deputies merged in.</param>
public sealed record RegisteredSuggestion(
    int Id, string Number, string Title, string Content, int LeadDeputyId, IReadOnlyList<int> CoSignerIds,
    IReadOnlyList<int> DeputyIds, SuggestionStatus Status);

/// <summary>What a new suggestion is being registered with: its deputies, title and text.</summary>
public sealed record DuplicateProbe(int LeadDeputyId, IReadOnlyList<int> CoSignerIds, string Title, string Content)
{
    public static DuplicateProbe Of(SuggestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft.LeadDeputyId, draft.CoSignerIds, draft.Title, draft.Content);
    }
}

/// <summary>
/// A registered suggestion the new one likely repeats, and why: identical (the same deputies, title and text), or the
/// same matter (a shared deputy and a title and text alike by at least <see cref="SuggestionDuplicates.Threshold"/>, or
/// the same title).
/// </summary>
/// <param name="DeputyIds">The registered suggestion's deputies, its lead first.</param>
public sealed record LikelyDuplicate(
    int SuggestionId, string Number, string Title, SuggestionStatus Status, bool Identical, double Similarity, bool SameTitle,
    bool SameLead, IReadOnlyList<int> SharedDeputyIds, IReadOnlyList<int> DeputyIds)
{
    /// <summary>The reason shown to staff, with the shared deputies by name: "同一领衔代表；标题相同；标题和内容相似度 83%".</summary>
    public string Reason(IReadOnlyDictionary<int, string> deputyNames)
    {
        ArgumentNullException.ThrowIfNull(deputyNames);
        if (Identical) return "领衔代表、附议代表、标题和内容完全相同";
        var parts = new List<string>();
        if (SameLead) parts.Add("同一领衔代表");
        var others = SharedDeputyIds.Select(id => deputyNames.GetValueOrDefault(id)).OfType<string>().ToList();
        if (!SameLead || others.Count > 1) parts.Add("共同代表：" + string.Join("、", others));
        if (SameTitle) parts.Add("标题相同");
        parts.Add($"标题和内容相似度 {(Similarity * 100).ToString("0", CultureInfo.InvariantCulture)}%");
        return string.Join("；", parts);
    }
}

/// <summary>
/// The duplicate check on registration (docs/domain/suggestions.md, S63): among the registered suggestions of the same
/// scope (the session, or the year between sessions) that share a deputy with the new one — a cheap, index-backed
/// query the caller makes — those on the same matter. The likeness is <see cref="TextLikeness"/> (the bigram Dice of
/// the unit proposals) without the words every suggestion uses (关于…的建议). Pure: the caller loads the candidates.
/// </summary>
public static class SuggestionDuplicates
{
    /// <summary>
    /// From this likeness on, two suggestions of a shared deputy are flagged. Two different matters of one deputy share
    /// the words of the trade (加强, 问题, 部门…) and stay below about 0.3; the same matter typed again, shortened or
    /// reworded in places, stays above 0.6. Half-way flags the second and leaves the first alone (tests hold both).
    /// </summary>
    public const double Threshold = 0.5;

    /// <summary>
    /// The bigrams every suggestion's title has, which say nothing about its matter: 关于, 的建, 建议 (in the title and in the
    /// text), words apart so that no bigram joins them.
    /// </summary>
    internal static readonly GramKeys BoilerplateKeys = TextLikeness.Keys("关于 的建议", "的建议");

    /// <summary>The likely duplicates of <paramref name="probe"/> among <paramref name="candidates"/>: identical first, then by likeness.</summary>
    public static IReadOnlyList<LikelyDuplicate> Find(DuplicateProbe probe, IEnumerable<RegisteredSuggestion> candidates) =>
        Find(probe, new DuplicateCandidates(candidates));

    /// <summary>
    /// The likely duplicates of <paramref name="probe"/> among <paramref name="candidates"/> (built once for a whole batch): only
    /// the candidates of the probe's own deputies are looked at, each one's bigrams made once.
    /// </summary>
    public static IReadOnlyList<LikelyDuplicate> Find(DuplicateProbe probe, DuplicateCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(candidates);
        var deputies = probe.CoSignerIds.Prepend(probe.LeadDeputyId).ToHashSet();
        var keys = TextLikeness.Keys(probe.Title, probe.Content, BoilerplateKeys);
        var title = Normalize(probe.Title);
        var found = new List<LikelyDuplicate>();
        foreach (var candidate in candidates.Sharing(deputies))
        {
            var identical = IsIdentical(probe, candidate);
            var sameTitle = title.Length > 0 && title == candidates.TitleOf(candidate);
            // Exact from just below the threshold (and always for the same title, whose likeness is shown); below that
            // the count stops as soon as the threshold is out of reach.
            var similarity = identical ? 1 : Math.Round(TextLikeness.Dice(keys, candidates.KeysOf(candidate), sameTitle ? 0 : Threshold - 0.01), 2);
            if (!identical && !sameTitle && similarity < Threshold) continue;
            var shared = candidate.DeputyIds.Where(deputies.Contains).Distinct().ToList();
            found.Add(new LikelyDuplicate(candidate.Id, candidate.Number, candidate.Title, candidate.Status, identical, similarity, sameTitle,
                candidate.LeadDeputyId == probe.LeadDeputyId, shared, [.. candidate.DeputyIds.Where(id => id != candidate.LeadDeputyId).Prepend(candidate.LeadDeputyId)]));
        }
        return [.. found.OrderByDescending(d => d.Identical).ThenByDescending(d => d.Similarity).ThenBy(d => d.SuggestionId)];
    }

    /// <summary>
    /// The same suggestion registered again: the same lead, the same co-signers (in any order), and the same title and
    /// text once spaces and line breaks are disregarded. Such a row is refused, not merely flagged.
    /// </summary>
    public static bool IsIdentical(DuplicateProbe probe, RegisteredSuggestion registered)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(registered);
        return probe.LeadDeputyId == registered.LeadDeputyId
            && probe.CoSignerIds.ToHashSet().SetEquals(registered.CoSignerIds)
            && Normalize(probe.Title) == Normalize(registered.Title)
            && Normalize(probe.Content) == Normalize(registered.Content);
    }

    /// <summary>Whether two drafts (two rows of one file) are the same suggestion.</summary>
    public static bool IsIdentical(DuplicateProbe probe, DuplicateProbe other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsIdentical(probe, new RegisteredSuggestion(0, "", other.Title, other.Content, other.LeadDeputyId, other.CoSignerIds, [], SuggestionStatus.Submitted));
    }

    /// <summary>The text without white space (spaces, full-width spaces, line breaks): Excel and browsers differ in those.</summary>
    public static string Normalize(string? text) => text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>
/// The registered suggestions a batch of rows is compared with (S63), indexed by deputy, so that each row looks only at the
/// suggestions of its own deputies, and each candidate's bigrams are made once however many rows share a deputy with it.
/// </summary>
public sealed class DuplicateCandidates
{
    private readonly Dictionary<int, List<RegisteredSuggestion>> _byDeputy = [];
    private readonly Dictionary<int, (GramKeys Keys, string Title)> _made = [];

    public DuplicateCandidates(IEnumerable<RegisteredSuggestion> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates)
        {
            foreach (var deputy in candidate.DeputyIds.Distinct())
            {
                if (!_byDeputy.TryGetValue(deputy, out var list)) _byDeputy[deputy] = list = [];
                list.Add(candidate);
            }
        }
    }

    /// <summary>How many candidates' bigrams have been made so far (each at most once).</summary>
    public int GramsMade => _made.Count;

    /// <summary>The candidates that share at least one of <paramref name="deputies"/>, each once.</summary>
    public IEnumerable<RegisteredSuggestion> Sharing(IEnumerable<int> deputies) =>
        deputies.SelectMany(d => _byDeputy.TryGetValue(d, out var list) ? list : []).DistinctBy(c => c.Id);

    /// <summary>The candidate's bigrams without the boilerplate, made once.</summary>
    internal GramKeys KeysOf(RegisteredSuggestion candidate) => Made(candidate).Keys;

    /// <summary>The candidate's title without white space (<see cref="SuggestionDuplicates.Normalize"/>), made once.</summary>
    internal string TitleOf(RegisteredSuggestion candidate) => Made(candidate).Title;

    private (GramKeys Keys, string Title) Made(RegisteredSuggestion candidate)
    {
        if (!_made.TryGetValue(candidate.Id, out var made))
        {
            _made[candidate.Id] = made = (TextLikeness.Keys(candidate.Title, candidate.Content, SuggestionDuplicates.BoilerplateKeys),
                SuggestionDuplicates.Normalize(candidate.Title));
        }
        return made;
    }
}
