using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Queries;

/// <summary>The filters the proposal lists share (staff list, register export, summary), translated to SQL.</summary>
public static class ProposalFilters
{
    /// <summary>What the public may read (the public pages and the open data API): proposals staff have published.</summary>
    public static IQueryable<Proposal> Published(this IQueryable<Proposal> query) => query.Where(p => p.PublishedAt != null);

    /// <summary>What staff work on: every proposal past the deputies' drafting (a draft is the lead's until submitted).</summary>
    public static IQueryable<Proposal> BeyondDraft(this IQueryable<Proposal> query) => query.Where(p => p.Status != ProposalStatus.Draft);

    /// <summary>The statuses a staff list filters by, in the order of the workflow (drafts are not staff's).</summary>
    public static IReadOnlyList<ProposalStatus> StaffStatuses { get; } = [.. Enum.GetValues<ProposalStatus>().Where(s => s != ProposalStatus.Draft)];

    /// <summary>
    /// 委员会报告逾期: referred to a special committee, no report yet, and the due date has passed — the rule of
    /// <see cref="Proposal.IsReportOverdue"/> as SQL.
    /// </summary>
    public static IQueryable<Proposal> ReportOverdue(this IQueryable<Proposal> query, DateOnly today) =>
        query.Where(p => p.Status == ProposalStatus.ReferredToCommittee && p.ReportDueOn < today);

    /// <summary>
    /// Chinese full-text search over subject, grounds and solution (character bigrams, as for suggestions), or the number
    /// typed exactly; no filter when nothing was typed.
    /// </summary>
    public static IQueryable<Proposal> Search(this IQueryable<Proposal> query, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return query;
        var typed = text.Trim();
        var tsQuery = ChineseSearch.Query(typed);
        return tsQuery is null
            ? query.Where(p => p.Number == typed)
            : query.Where(p => p.Number == typed
                || EF.Property<NpgsqlTsVector>(p, ProposalConfiguration.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
    }
}
