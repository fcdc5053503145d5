using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Queries;

/// <summary>The filters every suggestion list shares (staff, unit, deputy, public), translated to SQL.</summary>
public static class SuggestionFilters
{
    /// <summary>The stored tsvector of title and content bigrams (a shadow property; see <see cref="ChineseSearch"/>).</summary>
    public const string SearchVector = "SearchVector";

    /// <summary>Chinese full-text search over title and content; no filter when nothing searchable was typed.</summary>
    public static IQueryable<Suggestion> Search(this IQueryable<Suggestion> query, string? text)
    {
        var tsQuery = ChineseSearch.Query(text);
        return tsQuery is null
            ? query
            : query.Where(s => EF.Property<NpgsqlTsVector>(s, SearchVector).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
    }

    /// <summary>Past the reply deadline and still waiting for a reply (办理中 or 重新办理).</summary>
    public static IQueryable<Suggestion> Overdue(this IQueryable<Suggestion> query, DateOnly today) =>
        query.Where(s => (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling) && s.DueOn < today);

    /// <summary>Due from today up to <paramref name="days"/> calendar days ahead, still waiting for a reply.</summary>
    public static IQueryable<Suggestion> DueWithin(this IQueryable<Suggestion> query, DateOnly today, int days) =>
        query.Where(s => (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling) && s.DueOn >= today && s.DueOn <= today.AddDays(days));

    /// <summary>
    /// Suggestions with a reply the public may read: a reply exists and its unit marked it publishable. Only
    /// the suggestion statuses after a reply qualify (a merged, withdrawn or letter item never shows).
    /// </summary>
    public static IQueryable<Suggestion> Published(this IQueryable<Suggestion> query) =>
        query.Where(s => (s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling || s.Status == SuggestionStatus.Closed)
            && s.Assignments.Any(a => a.State != AssignmentState.Returned && a.Replies.Any(r => r.IsPublishable)));
}
