using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How suggestion statuses look on the pages (the words come from <see cref="SuggestionLabels"/>; the colour only repeats them).</summary>
public static class SuggestionDisplay
{
    public static string Badge(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Submitted or SuggestionStatus.Accepted => "text-bg-warning",
        SuggestionStatus.Handling or SuggestionStatus.Rehandling => "text-bg-primary",
        SuggestionStatus.Replied => "text-bg-info",
        SuggestionStatus.Closed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>
    /// A unit's part in a list: the unit's own state, unless the suggestion reached an end (办结, 撤回) — then that, as
    /// nothing more is needed from the unit.
    /// </summary>
    public static string PartState(SuggestionStatus status, AssignmentState state) => status switch
    {
        SuggestionStatus.Closed or SuggestionStatus.Withdrawn => SuggestionLabels.For(status),
        _ => SuggestionLabels.For(state),
    };
}
