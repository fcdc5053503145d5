using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// Keeps <see cref="OpenDataObject"/> true to the records: projects the objects a save concerned and stores a document
/// whose content changed with a new <c>modified</c>, one that is no longer public as a tombstone. One indexer at a time
/// across every node (a transaction-scoped advisory lock), and <c>modified</c> read from the database clock after taking
/// it: a row committed later never carries an earlier time, so a mirror asking for <c>modified_since</c> its last seen
/// time misses nothing.
/// </summary>
public sealed class OpenDataIndexer(AppDbContext db, OpenDataKinds kinds, OpenDataLinks links, ILogger<OpenDataIndexer> logger)
{
    public const int BatchSize = 500;

    /// <summary>The advisory lock key ("open data" in hex-ish): one indexer transaction at a time.</summary>
    private const long LockKey = 0x0be7_da7a;

    /// <summary>Indexes waiting changes, at most <paramref name="maxBatches"/> batches of <see cref="BatchSize"/>; returns how many it took.</summary>
    public async Task<int> ProcessPendingAsync(int maxBatches, CancellationToken ct)
    {
        var total = 0;
        for (var batch = 0; batch < maxBatches; batch++)
        {
            var taken = await ProcessBatchAsync(ct);
            total += taken;
            if (taken < BatchSize) break;
        }
        return total;
    }

    private async Task<int> ProcessBatchAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(ct);
        var changes = await db.Set<OpenDataChange>().OrderBy(c => c.Seq).Take(BatchSize).ToListAsync(ct);
        if (changes.Count == 0) return 0;
        foreach (var group in changes.GroupBy(c => c.Kind))
        {
            if (kinds.Find(group.Key) is not { } kind) continue;
            await ApplyAsync(kind, [.. group.Select(c => c.ObjectId).Distinct()], ct);
        }
        db.RemoveRange(changes);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return changes.Count;
    }

    /// <summary>
    /// Rebuilds a kind from the records: every public object projected (stored only where its content changed), then every
    /// indexed object no longer public made a tombstone. Batches of their own transactions, so saves go on meanwhile.
    /// </summary>
    public async Task RebuildAsync(OpenDataKind kind, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var last = 0;
        var count = 0;
        while (true)
        {
            var ids = await kind.PublicIds(db).Where(id => id > last).OrderBy(id => id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0) break;
            await ApplyInTransactionAsync(kind, ids, ct);
            last = ids[^1];
            count += ids.Count;
        }
        // Indexed objects no longer public, batch by batch of the index (an anti-join over a million rows in one query
        // would hash or, past work_mem, rescan the public set for every row).
        last = 0;
        while (true)
        {
            var indexed = await db.Set<OpenDataObject>().AsNoTracking()
                .Where(o => o.Kind == kind.Name && !o.Deleted && o.ObjectId > last)
                .OrderBy(o => o.ObjectId).Select(o => o.ObjectId).Take(BatchSize).ToListAsync(ct);
            if (indexed.Count == 0) break;
            var stillPublic = await kind.PublicIds(db).Where(id => indexed.Contains(id)).ToListAsync(ct);
            var gone = indexed.Except(stillPublic).ToList();
            if (gone.Count > 0) await ApplyInTransactionAsync(kind, gone, ct);
            last = indexed[^1];
        }
        var state = await db.Set<OpenDataKindState>().FindAsync([kind.Name], ct);
        if (state is null) db.Add(state = new OpenDataKindState { Kind = kind.Name });
        state.Shape = kind.Shape;
        state.BuiltAt = await ClockAsync(ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Open data: {Kind} rebuilt, {Count} public objects.", kind.Name, count);
    }

    /// <summary>The kinds whose stored shape is not the code's (new, or changed since): those a start-up rebuilds.</summary>
    public async Task<IReadOnlyList<OpenDataKind>> StaleKindsAsync(CancellationToken ct)
    {
        var states = await db.Set<OpenDataKindState>().AsNoTracking().ToDictionaryAsync(s => s.Kind, s => s.Shape, ct);
        return [.. kinds.All.Where(k => !states.TryGetValue(k.Name, out var shape) || shape != k.Shape)];
    }

    private async Task ApplyInTransactionAsync(OpenDataKind kind, IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(ct);
        await ApplyAsync(kind, ids, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task ApplyAsync(OpenDataKind kind, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var documents = await kind.ProjectAsync(db, ids, links, ct);
        var stored = await db.Set<OpenDataObject>().Where(o => o.Kind == kind.Name && ids.Contains(o.ObjectId)).ToDictionaryAsync(o => o.ObjectId, ct);
        var now = await ClockAsync(ct);
        foreach (var id in ids)
        {
            stored.TryGetValue(id, out var row);
            if (documents.TryGetValue(id, out var document))
            {
                var body = Body(document);
                var hash = Hash(body);
                if (row is null)
                {
                    db.Add(new OpenDataObject { Kind = kind.Name, ObjectId = id, Created = now, Modified = now, Body = body, Hash = hash });
                }
                else if (row.Deleted || row.Hash != hash)
                {
                    (row.Deleted, row.Body, row.Hash, row.Modified) = (false, body, hash, now);
                }
            }
            else if (row is { Deleted: false })
            {
                (row.Deleted, row.Body, row.Hash, row.Modified) = (true, null, null, now);
            }
        }
    }

    private async Task LockAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\" FROM (SELECT pg_advisory_xact_lock({LockKey})) AS l").SingleAsync(ct);

    private async Task<DateTimeOffset> ClockAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<DateTimeOffset>($"SELECT clock_timestamp() AS \"Value\"").SingleAsync(ct);

    /// <summary>The stored body: the document without created/modified/deleted, which the row keeps and every response adds.</summary>
    public static string Body(ApiObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var node = JsonSerializer.SerializeToNode(document, document.GetType(), OpenDataJson.Options)!.AsObject();
        node.Remove("created");
        node.Remove("modified");
        node.Remove("deleted");
        return node.ToJsonString(OpenDataJson.Options);
    }

    public static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..32];
}
