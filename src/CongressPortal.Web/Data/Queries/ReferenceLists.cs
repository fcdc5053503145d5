using CongressPortal.Domain.Reference;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The reference lists the public filters offer (sessions, suggestion categories, handling units), kept on this node:
/// they change a few times a year, and reading them was three of the five queries of an uncached reply search. A save of
/// reference data forgets them here once it has committed and, through the public cache's NOTIFY
/// (<see cref="PublicPageCache.Reference"/>), on every other node; should a notification be lost, they are read again after
/// <see cref="Lifetime"/> at the latest, the same bound as the cached pages that show them.
/// </summary>
public sealed class ReferenceLists(TimeProvider clock) : ITagEvictedMemory
{
    public static readonly TimeSpan Lifetime = PublicPageCache.Lifetime;

    /// <summary>One entry of a list: the id and the name as shown (a session as 第十六届人民代表大会第四次会议).</summary>
    public sealed record Item(int Id, string Name);

    /// <summary>The lists in their official order: sessions newest first, categories and units by their sort order, then name.</summary>
    public sealed record Snapshot(IReadOnlyList<Item> Sessions, IReadOnlyList<Item> SuggestionCategories, IReadOnlyList<Item> HandlingUnits);

    private (Snapshot Lists, long ReadAt)? _kept;

    /// <summary>Moves on at every eviction: lists read before one are used once, never kept after it.</summary>
    private long _generation;

    private readonly Lock _keeping = new();

    public async Task<Snapshot> GetAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetTimestamp();
        var kept = _kept;
        if (kept is { } k && clock.GetElapsedTime(k.ReadAt, now) < Lifetime) return k.Lists;
        var generation = Interlocked.Read(ref _generation);
        var lists = await ReadAsync(db, ct);
        lock (_keeping)
        {
            if (_generation == generation) _kept = (lists, now);
        }
        return lists;
    }

    private static async Task<Snapshot> ReadAsync(AppDbContext db, CancellationToken ct)
    {
        var sessions = (await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToListAsync(ct))
            .ConvertAll(s => new Item(s.Id, CongressSession.FormatName(s.Term, s.Number)));
        var categories = await db.SuggestionCategories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Item(c.Id, c.Name))
            .ToListAsync(ct);
        var units = await db.HandlingUnits.AsNoTracking()
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new Item(u.Id, u.Name))
            .ToListAsync(ct);
        return new Snapshot(sessions, categories, units);
    }

    public void Evicted(string tag)
    {
        if (tag == PublicPageCache.Reference) Clear();
    }

    public void Clear()
    {
        lock (_keeping)
        {
            _generation++;
            _kept = null;
        }
    }
}
