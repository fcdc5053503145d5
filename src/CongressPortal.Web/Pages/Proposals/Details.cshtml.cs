using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Proposals;

/// <summary>
/// A published proposal: subject, grounds, solution, the proposer and the deputies who signed (names only, linking to their
/// public profiles; invited or declined deputies never appear), the presidium's decision with its date and reason, the
/// committee's report and the result when recorded, and the suggestion it became when that suggestion's reply is public.
/// An unpublished proposal answers 404. Not output-cached, so unpublishing hides it at once.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.ProposalPages)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public Detail View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var detail = await handler.HandleAsync(id, ct);
        if (detail is null) return NotFound();
        View = detail;
        return Page();
    }

    /// <summary>A deputy who signed; <see cref="Profile"/> when their public profile exists.</summary>
    public sealed record Signer(int Id, string Name, bool Profile);

    public sealed record Detail(
        int Id,
        string? Number,
        string Subject,
        string Grounds,
        string Solution,
        string Session,
        ProposerKind Kind,
        string? Body,
        Signer? Lead,
        IReadOnlyList<Signer> CoSigners,
        ProposalStatus Status,
        DateOnly? RegisteredOn,
        string? Decision,
        DateOnly? DecidedOn,
        string? DecisionReason,
        string? Committee,
        DateOnly? ReportDueOn,
        DateOnly? ReportedOn,
        string? ReportText,
        DateOnly? ResultOn,
        string? ResultText,
        bool IsSuggestion,
        int? PublicSuggestionId)
    {
        /// <summary>The legislative plan item the proposal fed, once its plan is published: the plan's and the item's titles.</summary>
        public string? LegislationItem { get; init; }
    }

    public sealed class Handler(AppDbContext db, ProposalStore store, LegislationStore legislation)
    {
        public async Task<Detail?> HandleAsync(int id, CancellationToken ct)
        {
            // Only the public columns and the signatures are read: nothing of the registry's private data.
            var p = await store.Published.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new
                {
                    x.Id, x.Number, x.Subject, x.Grounds, x.Solution, x.Kind, x.Status, x.RegisteredOn, x.DecidedOn, x.DecisionReason,
                    x.ReportDueOn, x.ReportedOn, x.ReportText, x.ResultOn, x.ResultText, x.SuggestionId, x.LeadDeputyId, x.ReferredCommitteeId, x.LegislationItemId,
                    Session = db.Sessions.Where(s => s.Id == x.SessionId).Select(s => new { Term = s.Term.Number, s.Number }).First(),
                    Body = db.Delegations.Where(d => d.Id == x.DelegationId).Select(d => d.Name).FirstOrDefault()
                        ?? db.Committees.Where(c => c.Id == x.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                    Committee = db.Committees.Where(c => c.Id == x.ReferredCommitteeId).Select(c => c.Name).FirstOrDefault(),
                    Signers = x.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule).OrderBy(s => s.Order)
                        .Select(s => new { s.DeputyId, s.Role }).ToList(),
                })
                .FirstOrDefaultAsync(ct);
            if (p is null) return null;
            var ids = p.Signers.Select(s => s.DeputyId).ToList();
            var deputies = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id))
                .Select(d => new { d.Id, d.Name, d.Level })
                .ToDictionaryAsync(d => d.Id, d => new Signer(d.Id, d.Name, d.Level == DeputyLevel.Municipal), ct);
            var coSigners = p.Signers.Where(s => s.Role == ProposalSignerRole.CoSigner && deputies.ContainsKey(s.DeputyId))
                .Select(s => deputies[s.DeputyId]).ToList();
            // The suggestion it became is linked only once that suggestion's reply is public (its page would be a 404 before).
            int? suggestion = p.SuggestionId is { } suggestionId && await db.Suggestions.AsNoTracking().Disclosed().AnyAsync(s => s.Id == suggestionId, ct)
                ? suggestionId
                : null;
            return new Detail(p.Id, p.Number, p.Subject, p.Grounds, p.Solution, CongressSession.FormatName(p.Session.Term, p.Session.Number),
                p.Kind, p.Body, p.LeadDeputyId is { } lead ? deputies.GetValueOrDefault(lead) : null, coSigners,
                p.Status, p.RegisteredOn, ProposalWorkflow.PresidiumDecision(p.Status, p.ReferredCommitteeId), p.DecidedOn, p.DecisionReason, p.Committee, p.ReportDueOn,
                p.ReportedOn, p.ReportText, p.ResultOn, p.ResultText, p.SuggestionId is not null, suggestion)
            {
                LegislationItem = await legislation.PublishedItemTitleAsync(p.LegislationItemId, ct),
            };
        }
    }
}
