using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Performance records (履职档案) computed from recorded events and receptions — never stored totals.
/// Suggestions count those the deputy led or co-signed that were accepted (not a letter, not merged away,
/// not waiting for review), by date received. Proposals count those the deputy led (<see cref="PerformanceRecord.Proposals"/>)
/// and those they co-signed (<see cref="PerformanceRecord.ProposalsCoSigned"/>), by date registered.
/// </summary>
public sealed class PerformanceRecords(AppDbContext db)
{
    public async Task<PerformanceRecord> ForDeputyAsync(int deputyId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default) =>
        (await ForDeputiesAsync([deputyId], from, to, ct))[deputyId];

    public async Task<IReadOnlyDictionary<int, PerformanceRecord>> ForDeputiesAsync(IReadOnlyCollection<int> deputyIds, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        // Dates filter only when a period is asked for, and as constants in the SQL (EF.Constant): the query is prepared
        // (PreparedQueries), and "date between two parameters" makes PostgreSQL's generic plan assume a narrow range and scan
        // every event, reception and suggestion (see docs/benchmarks.md). A period is a term's, so there are few such texts.
        var eventRows = db.PerformanceEvents.AsQueryable();
        var receptionRows = db.Receptions.AsQueryable();
        var suggestionRows = db.Suggestions.Where(s => s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.Letter && s.Status != SuggestionStatus.Merged);
        // Proposals: registered ones only (a number given), so not drafts, not paper proposals kept as suggestions, and only
        // the deputies who signed (not invitations declined or left unanswered). Withdrawn proposals do not count: the lead
        // took the proposal back before the presidium decided, so it was never before the congress; the public figure
        // "提出议案" means proposals the congress dealt with.
        var proposalRows = db.Proposals.Where(p => p.Number != null && p.Status != ProposalStatus.Withdrawn);
        if (from is { } first)
        {
            eventRows = eventRows.Where(e => e.Date >= EF.Constant(first));
            receptionRows = receptionRows.Where(r => r.Date >= EF.Constant(first));
            suggestionRows = suggestionRows.Where(s => s.ReceivedOn >= EF.Constant(first));
            proposalRows = proposalRows.Where(p => p.RegisteredOn >= EF.Constant(first));
        }
        if (to is { } last)
        {
            eventRows = eventRows.Where(e => e.Date <= EF.Constant(last));
            receptionRows = receptionRows.Where(r => r.Date <= EF.Constant(last));
            suggestionRows = suggestionRows.Where(s => s.ReceivedOn <= EF.Constant(last));
            proposalRows = proposalRows.Where(p => p.RegisteredOn <= EF.Constant(last));
        }
        // One round trip: the four grouped counts as a UNION ALL (the public profile renders on every first view after a
        // change). Kinds and roles travel as their stored names, so every branch has the same column types.
        var events = eventRows
            .SelectMany(e => e.Participants.Where(p => deputyIds.Contains(p.DeputyId)).Select(p => new { p.DeputyId, Kind = e.Kind.ToString() }))
            .GroupBy(x => new { x.DeputyId, x.Kind })
            .Select(g => new Tally { Source = EventSource, DeputyId = g.Key.DeputyId, Code = g.Key.Kind, Count = g.Count() });
        var receptions = receptionRows
            .SelectMany(r => r.Deputies.Where(d => deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
            .GroupBy(id => id)
            .Select(g => new Tally { Source = ReceptionSource, DeputyId = g.Key, Code = "", Count = g.Count() });
        var suggestions = suggestionRows
            .SelectMany(s => s.Deputies.Where(d => d.Role != SuggestionDeputyRole.Merged && deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
            .GroupBy(id => id)
            .Select(g => new Tally { Source = SuggestionSource, DeputyId = g.Key, Code = "", Count = g.Count() });
        var proposals = proposalRows
            .SelectMany(p => p.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule).Where(s => deputyIds.Contains(s.DeputyId)).Select(s => new { s.DeputyId, Role = s.Role.ToString() }))
            .GroupBy(x => new { x.DeputyId, x.Role })
            .Select(g => new Tally { Source = ProposalSource, DeputyId = g.Key.DeputyId, Code = g.Key.Role, Count = g.Count() });
        var tallies = await events.Concat(receptions).Concat(suggestions).Concat(proposals).Prepared().ToListAsync(ct);
        int Sum(int id, int source, string? code = null) =>
            tallies.Where(t => t.DeputyId == id && t.Source == source && (code is null || t.Code == code)).Sum(t => t.Count);
        return deputyIds.Distinct().ToDictionary(
            id => id,
            id => PerformanceRecord.From(
                tallies.Where(t => t.DeputyId == id && t.Source == EventSource).ToDictionary(t => Enum.Parse<PerformanceEventKind>(t.Code), t => t.Count),
                Sum(id, ReceptionSource),
                suggestions: Sum(id, SuggestionSource),
                proposals: Sum(id, ProposalSource, nameof(ProposalSignerRole.Lead)),
                proposalsCoSigned: Sum(id, ProposalSource, nameof(ProposalSignerRole.CoSigner))));
    }

    private const int EventSource = 0, ReceptionSource = 1, SuggestionSource = 2, ProposalSource = 3;

    /// <summary>One row of the union: a count of one kind (an event kind, a signer role, or none) for one deputy.</summary>
    private sealed class Tally
    {
        public int Source { get; init; }
        public int DeputyId { get; init; }
        public string Code { get; init; } = "";
        public int Count { get; init; }
    }
}
