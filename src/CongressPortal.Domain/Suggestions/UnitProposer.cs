using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>An earlier suggestion and the unit that finally handled it (the lead, or the first unit of a split).</summary>
public sealed record AssignedBefore(int SuggestionId, string Number, string Title, string Content, int CategoryId, int UnitId);

/// <summary>An earlier suggestion like the one to assign, and how alike they are (0–1, shared character bigrams).</summary>
public sealed record SimilarSuggestion(int SuggestionId, string Number, string Title, double Similarity);

/// <summary>
/// A unit proposed for a suggestion, with its reason: the similar earlier suggestions that went to it, and how many
/// earlier suggestions of the same category it handled out of how many. Never a bare score.
/// </summary>
public sealed record UnitProposal(int UnitId, double Score, IReadOnlyList<SimilarSuggestion> Similar, int CategoryCount, int CategoryTotal);

/// <summary>
/// Proposes handling units for a suggestion from where earlier ones went (issue 15): the earlier suggestions most alike in
/// title and text — overlapping character bigrams, the same tokens as the portal's Chinese search, compared by the Dice
/// coefficient, the title counted twice, bigrams common to most suggestions and most units (关于, 建议) left out — vote for their unit with their likeness; the units that handled the same
/// category add a smaller vote by their share of it. The caller decides what "earlier" is (for a replay: only the sessions
/// before the one replayed), so the proposer can be measured honestly. Pure and in memory: a session's few hundred
/// suggestions against a few thousand earlier ones take well under a second.
/// </summary>
public sealed class UnitProposer
{
    /// <summary>The most alike earlier suggestions that vote (and are shown as the reason).</summary>
    public const int Neighbours = 10;

    /// <summary>Below this likeness an earlier suggestion says nothing about the new one.</summary>
    public const double MinimumSimilarity = 0.12;

    /// <summary>The weight of the category vote against one fully alike earlier suggestion.</summary>
    public const double CategoryWeight = 0.5;

    /// <summary>
    /// A bigram in more than this share of the earlier suggestions, found with more than half of the units (关于, 建议, 的建…),
    /// says nothing and is left out.
    /// </summary>
    private const double CommonShare = 0.3;

    private readonly List<AssignedBefore> _history;
    private readonly List<HashSet<string>> _grams;
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Dictionary<int, int>> _unitsByCategory = [];
    private readonly Dictionary<int, int> _categoryTotals = [];
    private readonly HashSet<string> _common = new(StringComparer.Ordinal);
    private readonly List<int> _sizes;

    public UnitProposer(IEnumerable<AssignedBefore> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        _history = [.. history];
        _grams = new List<HashSet<string>>(_history.Count);
        for (var i = 0; i < _history.Count; i++)
        {
            var item = _history[i];
            var grams = TextLikeness.Grams(item.Title, item.Content);
            _grams.Add(grams);
            foreach (var gram in grams)
            {
                if (!_postings.TryGetValue(gram, out var list)) _postings[gram] = list = [];
                list.Add(i);
            }
            if (!_unitsByCategory.TryGetValue(item.CategoryId, out var units)) _unitsByCategory[item.CategoryId] = units = [];
            units[item.UnitId] = units.GetValueOrDefault(item.UnitId) + 1;
            _categoryTotals[item.CategoryId] = _categoryTotals.GetValueOrDefault(item.CategoryId) + 1;
        }
        // Common means frequent AND spread over the units: in a small history (a new portal's first sessions) the word of a
        // subject (电梯, 公交) may well be in a third of everything, yet it points at one unit; 关于 and 建议 point at all.
        var limit = Math.Max(2, CommonShare * _history.Count);
        var unitCount = _history.Select(h => h.UnitId).Distinct().Count();
        foreach (var (gram, list) in _postings)
        {
            if (list.Count <= limit) continue;
            var spread = list.Select(i => _history[i].UnitId).Distinct().Count();
            if (unitCount < 2 || spread * 2 > unitCount) _common.Add(gram);
        }
        foreach (var gram in _common) _postings.Remove(gram);
        _sizes = [.. _grams.Select(g => g.Count(x => !_common.Contains(x)))];
    }

    public int HistoryCount => _history.Count;

    /// <summary>The units proposed for a suggestion, best first (at most <paramref name="take"/>); empty without any evidence.</summary>
    public IReadOnlyList<UnitProposal> Propose(string title, string? content, int categoryId, int take = 3)
    {
        var grams = TextLikeness.Grams(title, content);
        grams.ExceptWith(_common);
        var shared = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            if (!_postings.TryGetValue(gram, out var list)) continue;
            foreach (var index in list) shared[index] = shared.GetValueOrDefault(index) + 1;
        }
        var neighbours = shared
            .Select(p => (Index: p.Key, Similarity: TextLikeness.Dice(p.Value, grams.Count, _sizes[p.Key])))
            .Where(n => n.Similarity >= MinimumSimilarity)
            .OrderByDescending(n => n.Similarity).ThenBy(n => _history[n.Index].SuggestionId)
            .Take(Neighbours)
            .ToList();

        var units = new Dictionary<int, (double Score, List<SimilarSuggestion> Similar)>();
        foreach (var (index, similarity) in neighbours)
        {
            var item = _history[index];
            var entry = units.GetValueOrDefault(item.UnitId, (0, []));
            entry.Similar.Add(new SimilarSuggestion(item.SuggestionId, item.Number, item.Title, Math.Round(similarity, 2)));
            units[item.UnitId] = (entry.Score + similarity, entry.Similar);
        }
        var categoryTotal = _categoryTotals.GetValueOrDefault(categoryId);
        var byCategory = _unitsByCategory.GetValueOrDefault(categoryId) ?? [];
        foreach (var (unitId, count) in byCategory)
        {
            var entry = units.GetValueOrDefault(unitId, (0, []));
            units[unitId] = (entry.Score + CategoryWeight * count / categoryTotal, entry.Similar);
        }
        return [.. units
            .OrderByDescending(u => u.Value.Score).ThenBy(u => u.Key)
            .Take(take)
            .Select(u => new UnitProposal(u.Key, Math.Round(u.Value.Score, 3), u.Value.Similar, byCategory.GetValueOrDefault(u.Key), categoryTotal))];
    }
}
