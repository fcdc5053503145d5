namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// The handling figures staff are asked for (docs/domain/suggestions.md#figures), for one row of a statistics table: a session,
/// a year, a unit or a category. Counts come from the database; the rates are computed here.
/// <list type="bullet">
/// <item>答复率 (on time): replied on time ÷ replied.</item>
/// <item>见面率: met the deputy ÷ replied.</item>
/// <item>满意率: (满意 + 基本满意) ÷ (rated + 未评价). An unrated reply is never counted as satisfied; it leaves the rate
/// (<see cref="RatingExcluded"/>) only after a rating reminder was sent and the rating window passed (DOMAIN.md §4, S50a).</item>
/// <item>解决率 ("X% solved or being solved"): classifications counting as solved (A + B) ÷ replied.</item>
/// </list>
/// </summary>
public sealed record SuggestionFigures
{
    public string Label { get; init; } = "";
    public int? Key { get; init; }
    public int Received { get; init; }
    public int Accepted { get; init; }
    public int Letters { get; init; }
    public int Merged { get; init; }
    public int Withdrawn { get; init; }
    public int Assigned { get; init; }
    public int Replied { get; init; }
    public int RepliedOnTime { get; init; }
    public int MetDeputy { get; init; }
    public int Closed { get; init; }
    public int Overdue { get; init; }
    public int Rehandled { get; init; }
    public int Satisfied { get; init; }
    public int BasicallySatisfied { get; init; }
    public int Unsatisfied { get; init; }
    /// <summary>未评价: unrated and still in the satisfaction rate (no reminder yet, or the window still open).</summary>
    public int Unrated { get; init; }
    /// <summary>未评价不计入: unrated after a rating reminder and the end of the window, left out of the satisfaction rate.</summary>
    public int RatingExcluded { get; init; }
    public int CommitmentsOpen { get; init; }
    public int CommitmentsDone { get; init; }
    public int Solved { get; init; }
    public IReadOnlyDictionary<string, int> ByClassification { get; init; } = new Dictionary<string, int>();

    public int Rated => Satisfied + BasicallySatisfied + Unsatisfied;

    /// <summary>The base of 满意率: the rated ones and the unrated ones still counted.</summary>
    public int SatisfactionBase => Rated + Unrated;

    public decimal? OnTimeRate => Rate(RepliedOnTime, Replied);

    public decimal? MetRate => Rate(MetDeputy, Replied);

    public decimal? SatisfactionRate => Rate(Satisfied + BasicallySatisfied, SatisfactionBase);

    public decimal? SolvedRate => Rate(Solved, Replied);

    public decimal? ClassificationShare(string code) => Rate(ByClassification.GetValueOrDefault(code), Replied);

    /// <summary>Adds the rows up into a total row.</summary>
    public static SuggestionFigures Total(IEnumerable<SuggestionFigures> rows, string label)
    {
        var list = rows.ToList();
        return new SuggestionFigures
        {
            Label = label,
            Received = list.Sum(r => r.Received),
            Accepted = list.Sum(r => r.Accepted),
            Letters = list.Sum(r => r.Letters),
            Merged = list.Sum(r => r.Merged),
            Withdrawn = list.Sum(r => r.Withdrawn),
            Assigned = list.Sum(r => r.Assigned),
            Replied = list.Sum(r => r.Replied),
            RepliedOnTime = list.Sum(r => r.RepliedOnTime),
            MetDeputy = list.Sum(r => r.MetDeputy),
            Closed = list.Sum(r => r.Closed),
            Overdue = list.Sum(r => r.Overdue),
            Rehandled = list.Sum(r => r.Rehandled),
            Satisfied = list.Sum(r => r.Satisfied),
            BasicallySatisfied = list.Sum(r => r.BasicallySatisfied),
            Unsatisfied = list.Sum(r => r.Unsatisfied),
            Unrated = list.Sum(r => r.Unrated),
            RatingExcluded = list.Sum(r => r.RatingExcluded),
            CommitmentsOpen = list.Sum(r => r.CommitmentsOpen),
            CommitmentsDone = list.Sum(r => r.CommitmentsDone),
            Solved = list.Sum(r => r.Solved),
            ByClassification = list.SelectMany(r => r.ByClassification).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value)),
        };
    }

    /// <summary>A share as a percentage with one decimal, or null when there is nothing to divide by.</summary>
    public static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);
}
