using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>What the deputy's suggestion pages and the header's to-do count share.</summary>
public static class DeputySuggestions
{
    /// <summary>
    /// Suggestions the deputy leads with a latest reply still to rate within its window (待评价). Only the lead
    /// deputy rates (DOMAIN.md §4); a reply waits while its unit's part is 已答复 and the round's reply is unrated.
    /// </summary>
    public static IQueryable<Suggestion> AwaitingRatingBy(this IQueryable<Suggestion> query, int deputyId, DateOnly today) =>
        query.Where(s => s.LeadDeputyId == deputyId
            && (s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling)
            && s.Assignments.Any(a => a.Role != AssignmentRole.CoHandling && a.State == AssignmentState.Replied
                && a.Replies.Any(r => r.Round == a.Round && r.Rating == null && r.RatingDueOn >= today)));

    public static string RoleLabel(SuggestionDeputyRole role) => role switch
    {
        SuggestionDeputyRole.Lead => "领衔",
        SuggestionDeputyRole.CoSigner => "附议",
        SuggestionDeputyRole.Merged => "并案",
        _ => role.ToString(),
    };
}
