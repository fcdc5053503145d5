using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// What the public may read of a suggestion (DOMAIN.md §4 公开): replied suggestions whose answering unit's
/// latest reply it marked publishable. Nothing before a reply, nothing a unit marked not publishable.
/// </summary>
public static class PublicSuggestions
{
    /// <summary>
    /// <see cref="SuggestionFilters.Published"/>, narrowed to suggestions with at least one answering unit whose
    /// latest reply may be published: a reply the unit later superseded with an unpublishable one is not shown.
    /// </summary>
    public static IQueryable<Suggestion> Disclosed(this IQueryable<Suggestion> query) =>
        query.Published().Where(s => s.Assignments.Any(a => a.State != AssignmentState.Returned && a.Role != AssignmentRole.CoHandling
            && a.Replies.Any(r => r.IsPublishable && r.Round == a.Replies.Max(x => x.Round))));

    /// <summary>The session filter's value for suggestions made between sessions (they have no session).</summary>
    public const string BetweenSessions = "between";
}
