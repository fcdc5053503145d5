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
}
