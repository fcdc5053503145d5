using System.Linq.Expressions;
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
    public static IQueryable<Suggestion> Search(this IQueryable<Suggestion> query, string? text) =>
        TextMatch(text) is { } match ? query.Where(match) : query;

    /// <summary>
    /// The predicate of <see cref="Search"/>, or null when nothing searchable was typed: every token typed in the bigram index
    /// (<see cref="ChineseSearch.TokensQuery"/>, which the GIN index answers without reading the rows), and each word of
    /// three or more characters as a run of the stored search text (<see cref="ChineseSearch.Phrases"/>, a substring check
    /// on the few rows left). The same rows as the tsquery phrase <see cref="ChineseSearch.Query"/>, without re-reading the
    /// tsvector with positions of every candidate (see docs/benchmarks.md: 4-character phrases).
    /// </summary>
    public static Expression<Func<Suggestion, bool>>? TextMatch(string? text)
    {
        if (ChineseSearch.TokensQuery(text) is not { } tokens) return null;
        var runs = LikeRuns(text);
        if (runs.Length == 0) return s => EF.Property<NpgsqlTsVector>(s, SearchVector).Matches(EF.Functions.ToTsQuery("simple", tokens));
        return s => EF.Property<NpgsqlTsVector>(s, SearchVector).Matches(EF.Functions.ToTsQuery("simple", tokens))
            && runs.All(run => EF.Functions.Like(s.SearchText, run));
    }

    /// <summary>The LIKE patterns of <see cref="TextMatch"/>: each word of three or more characters as a run of the search text.</summary>
    public static string[] LikeRuns(string? text) => [.. ChineseSearch.Phrases(text).Select(p => "%" + p + "%")];

    /// <summary>In one status (a list's status filter, a dashboard panel).</summary>
    public static IQueryable<Suggestion> InStatus(this IQueryable<Suggestion> query, SuggestionStatus status) =>
        query.Where(s => s.Status == status);

    /// <summary>In hand: waiting for a unit's reply (办理中 or 重新办理).</summary>
    public static IQueryable<Suggestion> InHand(this IQueryable<Suggestion> query) =>
        query.Where(s => s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling);

    /// <summary>Past the reply deadline and still waiting for a reply (办理中 or 重新办理).</summary>
    public static IQueryable<Suggestion> Overdue(this IQueryable<Suggestion> query, DateOnly today) =>
        query.InHand().Where(s => s.DueOn < today);

    /// <summary>Due from today up to <paramref name="days"/> calendar days ahead, still waiting for a reply.</summary>
    public static IQueryable<Suggestion> DueWithin(this IQueryable<Suggestion> query, DateOnly today, int days) =>
        query.InHand().Where(s => s.DueOn >= today && s.DueOn <= today.AddDays(days));

    /// <summary>A unit asked to hand its part back and staff have not decided.</summary>
    public static Expression<Func<SuggestionAssignment, bool>> ReturnPending { get; } = a => a.State == AssignmentState.ReturnRequested;

    /// <summary>A unit asked for the six-month deadline and staff have not decided.</summary>
    public static Expression<Func<SuggestionAssignment, bool>> ExtensionPending { get; } =
        a => a.State != AssignmentState.Returned && a.State != AssignmentState.Reassigned && a.Extension == ExtensionState.Requested;

    /// <summary>A reply staff have not reviewed yet (the public does not see it before).</summary>
    public static Expression<Func<SuggestionReply, bool>> AwaitingReview { get; } = r => r.ReviewedAt == null;

    /// <summary>
    /// The suggestions a deputy leads with a latest reply to rate within its window (待评价): the unit's part is 已答复 and
    /// its reply of the current round unrated — in split handling also while another unit has not replied yet.
    /// </summary>
    public static IQueryable<Suggestion> AwaitingRatingBy(this IQueryable<Suggestion> query, int deputyId, DateOnly today) =>
        query.Where(s => s.LeadDeputyId == deputyId
            && (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Replied || s.Status == SuggestionStatus.Rehandling)
            && s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.State == AssignmentState.Replied
                && a.Replies.Any(r => r.Round == a.Round && r.Rating == null && r.RatingDueOn >= today)));

    /// <summary>Some answering unit's latest reply has this classification (A/B/C/D, as kept on its part).</summary>
    public static IQueryable<Suggestion> ClassifiedAs(this IQueryable<Suggestion> query, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return query.Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.Classification == normalized));
    }

    /// <summary>The lead deputy's latest rating of some answering unit's reply is <paramref name="satisfaction"/>.</summary>
    public static IQueryable<Suggestion> RatedAs(this IQueryable<Suggestion> query, Satisfaction satisfaction) =>
        query.Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.Satisfaction == satisfaction));

    /// <summary>Some answering unit has replied in its current round and the deputy has not rated that reply (yet, or ever).</summary>
    public static IQueryable<Suggestion> Unrated(this IQueryable<Suggestion> query) =>
        query.Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering)
            .Any(a => a.State == AssignmentState.Replied && a.Replies.Any(r => r.Round == a.Round && r.Rating == null)));

    /// <summary>Commitments (承诺事项) of the current units' replies not yet completed, as the domain counts them.</summary>
    public static IQueryable<Suggestion> WithOpenCommitments(this IQueryable<Suggestion> query) =>
        query.Where(s => s.CommitmentsOpen > 0);

    /// <summary>Ready for 办结 today (<see cref="Suggestion.CloseableOn"/>, kept by the domain from the same rule as its check).</summary>
    public static IQueryable<Suggestion> ReadyToClose(this IQueryable<Suggestion> query, DateOnly today) =>
        query.Where(s => s.CloseableOn <= today);

    /// <summary>The suggestions <paramref name="suggestion"/> may be merged into: in the same numbering scope and still open to merging.</summary>
    public static IQueryable<Suggestion> MergeTargetsFor(this IQueryable<Suggestion> query, Suggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var id = suggestion.Id;
        var scope = suggestion.NumberScope;
        return query.Where(Suggestion.AcceptsMerges).Where(x => x.Id != id && x.NumberScope == scope);
    }

    /// <summary>Suggestions a unit handles now: an active (not returned, not reassigned) part is assigned to it.</summary>
    public static IQueryable<Suggestion> AssignedTo(this IQueryable<Suggestion> query, int unitId) =>
        query.Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Any(a => a.UnitId == unitId));

    /// <summary>Suggestions a unit answers (split or lead; not a co-handling unit).</summary>
    public static IQueryable<Suggestion> AnsweredBy(this IQueryable<Suggestion> query, int unitId) =>
        query.Where(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.UnitId == unitId));
}
