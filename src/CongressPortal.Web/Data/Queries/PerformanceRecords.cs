using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Performance records (履职档案) computed from recorded events and receptions — never stored totals.
/// Suggestions count those the deputy led or co-signed that were accepted (not a letter, not merged away,
/// not waiting for review), by date received. Proposals count zero until that module records them.
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
        return deputyIds.Distinct().ToDictionary(
            id => id,
            id => PerformanceRecord.From(
                events.Where(e => e.DeputyId == id).ToDictionary(e => e.Kind, e => e.Count),
                receptions.GetValueOrDefault(id),
                suggestions: suggestions.GetValueOrDefault(id),
                proposals: 0));
    }
}
