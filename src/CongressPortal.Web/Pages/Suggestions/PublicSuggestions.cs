using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// What the public may read of a suggestion (docs/domain/suggestions.md#disclosure): replied suggestions whose answering unit's
/// latest reply it marked publishable. Nothing before a reply, nothing a unit marked not publishable.
/// </summary>
public static class PublicSuggestions
{
    /// <summary>
    /// The suggestions the public may read: <see cref="Suggestion.IsDisclosed"/>, kept by the workflow (已答复, 重新办理 or
    /// 已办结 with an answering unit whose latest reviewed reply staff published). A reply superseded by one that may not
    /// be published is no longer shown, and a reply staff have not reviewed yet is not shown at all. One column instead of
    /// nested EXISTS over assignments and replies: planning those was most of a public search's database time
    /// (docs/benchmarks.md); a web test holds the column to the rule over the replies.
    /// </summary>
    public static IQueryable<Suggestion> Disclosed(this IQueryable<Suggestion> query) =>
        query.Where(s => s.IsDisclosed);

    /// <summary>
    /// The commitments the public may read (the public ledger): those of the replies <see cref="Disclosed"/> counts and the
    /// details page shows — per answering unit of a disclosed suggestion, its latest reviewed reply, when staff published it.
    /// A reply not reviewed, not published, or superseded by a later reviewed round shows none of its commitments.
    /// </summary>
    public static IQueryable<CommitmentLedgerSource> PublishedCommitments(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Suggestions.AsNoTracking().Disclosed()
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering), (s, a) => new { s, a })
            .SelectMany(x => x.a.Replies.Where(r => r.IsPublished && r.Round == x.a.Replies.Where(y => y.ReviewedAt != null).Max(y => y.Round)),
                (x, r) => new { x.s, x.a, r })
            .SelectMany(x => x.r.Commitments, (x, c) => new CommitmentLedgerSource { Suggestion = x.s, Assignment = x.a, Commitment = c });
    }

    /// <summary>The session filter's value for suggestions made between sessions (they have no session).</summary>
    public const string BetweenSessions = "between";
}
