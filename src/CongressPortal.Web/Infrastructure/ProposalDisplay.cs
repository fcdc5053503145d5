using CongressPortal.Domain.Proposals;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How proposal states look in lists and on record pages (the labels are the workflow's).</summary>
public static class ProposalDisplay
{
    public static string Badge(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "text-bg-light",
        ProposalStatus.Registered => "text-bg-warning",
        ProposalStatus.OnAgenda or ProposalStatus.ReferredToCommittee or ProposalStatus.CommitteeReported => "text-bg-primary",
        ProposalStatus.Concluded => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
