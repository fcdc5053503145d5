using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// A session's registered proposals (登记表) with the names the paperwork prints, read once for the Excel register and
/// the Word summary 议案处理情况. A proposal is in the register once it has a number: drafts and paper proposals recorded
/// as suggestions on registration never had one.
/// </summary>
public static class ProposalRegister
{
    public sealed record Entry(
        int Id,
        string Number,
        string Subject,
        ProposerKind Kind,
        string Proposer,
        string? Lead,
        IReadOnlyList<string> CoSigners,
        DateOnly? RegisteredOn,
        ProposalStatus Status,
        ProposalDecision Decision,
        DateOnly? DecidedOn,
        string? DecisionReason,
        string? StatusReason,
        string? Committee,
        DateOnly? ReportDueOn,
        DateOnly? ReportedOn,
        string? ReportText,
        DateOnly? ResultOn,
        string? ResultText,
        bool ReportOverdue,
        string? SuggestionNumber,
        string? SuggestionStatus)
    {
        public string StatusLabel => ProposalWorkflow.StatusLabel(Status);

        public string DecisionLabel => ProposalWorkflow.DecisionLabel(Decision);

        /// <summary>Deputies who signed: the lead and the confirmed co-signers.</summary>
        public int Signers => (Lead is null ? 0 : 1) + CoSigners.Count;
    }

    /// <summary>The session and its register, numbers in order; the figures of the summary come from <see cref="Entries"/>.</summary>
    public sealed record Book(int SessionId, string SessionName, DateOnly Today, IReadOnlyList<Entry> Entries)
    {
        public int Count(ProposalDecision decision) => Entries.Count(e => e.Decision == decision);

        /// <summary>Referred proposals whose committee has reported.</summary>
        public int ReportsReceived => Entries.Count(e => e.Decision == ProposalDecision.ReferredToCommittee && e.ReportedOn is not null);

        /// <summary>Referred proposals still waiting for the committee's report.</summary>
        public int ReportsOutstanding => Entries.Count(e => e.Decision == ProposalDecision.ReferredToCommittee && e.ReportedOn is null);

        public int ReportsOverdue => Entries.Count(e => e.ReportOverdue);
    }

    /// <summary>
    /// The register of <paramref name="sessionId"/>, or of the latest session when none is given; null when there is no
    /// such session.
    /// </summary>
    public static async Task<Book?> LoadAsync(AppDbContext db, int? sessionId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = db.Sessions.AsNoTracking();
        var session = await (sessionId is { } id ? sessions.Where(s => s.Id == id) : sessions.OrderByDescending(s => s.StartDate))
            .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
            .FirstOrDefaultAsync(ct);
        if (session is null) return null;

        // A session holds a handful of proposals (a city sees a dozen a year): the aggregates themselves answer their rules.
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Signers)
            .Where(p => p.SessionId == session.Id && p.Number != null)
            .OrderBy(p => p.Sequence)
            .ToListAsync(ct);

        var deputyIds = proposals.Where(p => p.LeadDeputyId is not null).Select(p => p.LeadDeputyId!.Value)
            .Concat(proposals.SelectMany(p => p.Signers.Select(s => s.DeputyId))).Distinct().ToList();
        var deputies = await db.Deputies.AsNoTracking().Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var delegationIds = proposals.Select(p => p.DelegationId).Where(id => id is not null).ToList();
        var delegations = await db.Delegations.AsNoTracking().Where(d => delegationIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var committees = await db.Committees.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var suggestionIds = proposals.Select(p => p.SuggestionId).Where(id => id is not null).ToList();
        var suggestions = await db.Suggestions.AsNoTracking().Where(s => suggestionIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new { s.Number, s.Status }, ct);

        var entries = proposals.Select(p =>
        {
            var suggestion = p.SuggestionId is { } sid ? suggestions.GetValueOrDefault(sid) : null;
            var kind = ProposalWorkflow.KindLabel(p.Kind);
            var proposer = p.Kind switch
            {
                ProposerKind.Delegation when p.DelegationId is { } d => delegations.GetValueOrDefault(d) ?? kind,
                ProposerKind.SpecialCommittee when p.CommitteeId is { } c => committees.GetValueOrDefault(c) ?? kind,
                _ => kind,
            };
            return new Entry(
                p.Id, p.Number!, p.Subject, p.Kind, proposer,
                p.LeadDeputyId is { } lead ? deputies.GetValueOrDefault(lead) : null,
                p.CoSigners.Where(s => s.HasSigned).Select(s => deputies.GetValueOrDefault(s.DeputyId) ?? "").Where(n => n.Length > 0).ToList(),
                p.RegisteredOn, p.Status, ProposalWorkflow.DecisionOf(p.Status, p.ReferredCommitteeId), p.DecidedOn, p.DecisionReason, p.StatusReason,
                p.ReferredCommitteeId is { } committee ? committees.GetValueOrDefault(committee) : null,
                p.ReportDueOn, p.ReportedOn, p.ReportText, p.ResultOn, p.ResultText,
                p.IsReportOverdue(today),
                suggestion?.Number, suggestion is null ? null : SuggestionLabels.For(suggestion.Status));
        }).ToList();
        return new Book(session.Id, CongressSession.FormatName(session.Term, session.Number), today, entries);
    }
}
