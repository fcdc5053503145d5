namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// How many suggestions share one combination of the values the handling statistics look at (session, year, category, latest
/// classification, status, whether assigned and replied, on time, met, re-handled, rating, and the reply deadline while in
/// hand), with their commitments: kept by the database itself (a trigger on the suggestions, in the same transaction as each
/// change), so that a table across all years sums a few thousand of these instead of reading every suggestion. Never
/// written by the application; <c>SuggestionStatistics.ComputeFromRowsAsync</c> computes the same figures from the rows.
/// </summary>
public sealed class SuggestionTally
{
    private SuggestionTally() { }

    public int? SessionId { get; private set; }
    public int Year { get; private set; }
    public int CategoryId { get; private set; }
    public string? Classification { get; private set; }
    public SuggestionStatus Status { get; private set; }
    public bool Assigned { get; private set; }
    public bool Replied { get; private set; }
    public bool? RepliedOnTime { get; private set; }
    public bool MetDeputy { get; private set; }
    public bool Rehandled { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }

    /// <summary>The reply deadline of a suggestion in hand (办理中, 重新办理), for the overdue count; null otherwise.</summary>
    public DateOnly? InHandDueOn { get; private set; }

    /// <summary>The number of suggestions (zero once the last one of the combination moved on).</summary>
    public int Suggestions { get; private set; }

    public int CommitmentsOpen { get; private set; }
    public int CommitmentsDone { get; private set; }
}
