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
        var first = from ?? DateOnly.MinValue;
        var last = to ?? DateOnly.MaxValue;
        var events = await db.PerformanceEvents
            .Where(e => e.Date >= first && e.Date <= last)
            .SelectMany(e => e.Participants.Where(p => deputyIds.Contains(p.DeputyId)).Select(p => new { p.DeputyId, e.Kind }))
            .GroupBy(x => new { x.DeputyId, x.Kind })
            .Select(g => new { g.Key.DeputyId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var receptions = await db.Receptions
            .Where(r => r.Date >= first && r.Date <= last)
            .SelectMany(r => r.Deputies.Where(d => deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
            .GroupBy(id => id)
            .Select(g => new { DeputyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.DeputyId, x => x.Count, ct);
        var suggestions = await db.Suggestions
            .Where(s => s.ReceivedOn >= first && s.ReceivedOn <= last
                && s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.Letter && s.Status != SuggestionStatus.Merged)
            .SelectMany(s => s.Deputies.Where(d => d.Role != SuggestionDeputyRole.Merged && deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
            .GroupBy(id => id)
            .Select(g => new { DeputyId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.DeputyId, x => x.Count, ct);
        // Proposals: registered ones only (a number given), so not drafts, not paper proposals kept as suggestions, and only
        // the deputies who signed (not invitations declined or left unanswered). Withdrawn proposals do not count: the lead
        // took the proposal back before the presidium decided, so it was never before the congress; the public figure
        // "提出议案" means proposals the congress dealt with.
        var proposals = await db.Proposals
            .Where(p => p.Number != null && p.Status != ProposalStatus.Withdrawn && p.RegisteredOn >= first && p.RegisteredOn <= last)
            .SelectMany(p => p.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule).Where(s => deputyIds.Contains(s.DeputyId)).Select(s => new { s.DeputyId, s.Role }))
            .GroupBy(x => new { x.DeputyId, x.Role })
            .Select(g => new { g.Key.DeputyId, g.Key.Role, Count = g.Count() })
            .ToListAsync(ct);
        int Proposals(int id, ProposalSignerRole role) => proposals.Where(p => p.DeputyId == id && p.Role == role).Sum(p => p.Count);
        return deputyIds.Distinct().ToDictionary(
            id => id,
            id => PerformanceRecord.From(
                events.Where(e => e.DeputyId == id).ToDictionary(e => e.Kind, e => e.Count),
                receptions.GetValueOrDefault(id),
                suggestions: suggestions.GetValueOrDefault(id),
                proposals: Proposals(id, ProposalSignerRole.Lead),
                proposalsCoSigned: Proposals(id, ProposalSignerRole.CoSigner)));
    }
}
