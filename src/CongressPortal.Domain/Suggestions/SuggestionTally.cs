namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// How many suggestions share one combination of the values the handling statistics look at (session, year, category, latest
/// classification, status, whether assigned and replied, on time, met, re-handled, rating, the reply deadline while in hand
/// and the end of the rating window of an unrated reply), with their commitments. Kept by the database itself: a trigger on
/// the suggestions appends −1 for the old combination and +1 for the new one in the same transaction as each change, so
/// that a table across all years sums a few thousand of these instead of reading every suggestion. Appending, not
/// updating a shared row, means two saves never wait for each other or deadlock over a tally; the notification worker
/// folds the rows of each combination into one now and then (<c>SuggestionTallies.CompactAsync</c>). Never written by the
/// application otherwise; <c>SuggestionStatistics.ComputeFromRowsAsync</c> computes the same figures from the rows.
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

    /// <summary>
    /// The last day of the rating window of the latest unrated reply (<see cref="Suggestion.UnratedUntil"/>), for S50a: a
    /// suggestion with such a reply counts as 未评价 while the window is open, and is settled from its assignments after.
    /// </summary>
    public DateOnly? UnratedUntil { get; private set; }

    /// <summary>The number of suggestions (a sum over the combination's rows, each +1 or −1 until folded; zero once the last one moved on).</summary>
    public int Suggestions { get; private set; }

    public int CommitmentsOpen { get; private set; }
    public int CommitmentsDone { get; private set; }
}
