using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The rules the public pages of drafts for comment list by, next to <see cref="DraftStore.OpenAt"/> and
/// <see cref="DraftStore.ClosedAt"/>: drafts whose outcome (意见采纳情况) is published, and the public's own actor.
/// </summary>
public static class PublicDrafts
{
    /// <summary>Who comments on a draft from the public pages (the table's role <see cref="PortalRole.Public"/>).</summary>
    public static Actor Commenter { get; } = new(PortalRole.Public, PortalRole.DisplayName(PortalRole.Public));

    /// <summary>
    /// Whole days after today up to <paramref name="lastDay"/> (0: today is the last day), as <see cref="OpenDraft.DaysLeft"/>
    /// counts them for an open draft, for pages that read a draft's dates without loading the draft.
    /// </summary>
    public static int DaysLeft(DateOnly lastDay, DateTimeOffset now) => lastDay.DayNumber - ChinaTime.Today(now).DayNumber;

    /// <summary>Drafts whose outcome is published (and not withdrawn).</summary>
    public static IQueryable<OpenDraft> WithOutcome(IQueryable<OpenDraft> drafts) => drafts.Where(d => d.Status == DraftPhase.OutcomePublished);
}
