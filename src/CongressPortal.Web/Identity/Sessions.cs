using System.Collections.Concurrent;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CongressPortal.Web.Identity;

/// <summary>
/// This node's memory of sessions found open in the database, so that a signed-in request costs a dictionary look-up and
/// not a query (ADR 0022). Ending sessions forgets the account's entries here at once and, through the public cache's
/// NOTIFY channel (<see cref="Payload"/>), on every other node within milliseconds; should a notification be lost, an entry
/// is read again after <see cref="Lifetime"/> at the latest, and the listener forgets everything whenever it reconnects.
/// </summary>
public sealed class SessionCache(TimeProvider clock)
{
    /// <summary>The longest an open session is believed without reading its row again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const string Prefix = "sessions:";

    private readonly ConcurrentDictionary<Guid, (string UserId, long ReadAt)> _open = new();

    /// <summary>Moves on at every forgetting: a row read before it is used once, never kept after it.</summary>
    private long _generation;

    private readonly Lock _keeping = new();

    /// <summary>The notification that makes every node forget the sessions of <paramref name="userId"/>.</summary>
    public static string Payload(string userId) => Prefix + userId;

    public bool IsKnownOpen(Guid sessionId, string userId) =>
        _open.TryGetValue(sessionId, out var kept) && kept.UserId == userId && clock.GetElapsedTime(kept.ReadAt) < Lifetime;

    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Keeps a session read open, unless sessions were forgotten since <paramref name="generation"/>.</summary>
    public void KeepOpen(Guid sessionId, string userId, long generation)
    {
        lock (_keeping)
        {
            if (_generation == generation) _open[sessionId] = (userId, clock.GetTimestamp());
        }
    }

    public void ForgetUser(string userId)
    {
        lock (_keeping)
        {
            _generation++;
            foreach (var (id, kept) in _open)
            {
                if (kept.UserId == userId) _open.TryRemove(id, out _);
            }
        }
    }

    public void Clear()
    {
        lock (_keeping)
        {
            _generation++;
            _open.Clear();
        }
    }

    /// <summary>Handles a notification of the public cache channel; true when it was about sessions (and is no cache tag).</summary>
    public bool Notified(string payload)
    {
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal)) return false;
        ForgetUser(payload[Prefix.Length..]);
        return true;
    }
}

/// <summary>Starts, checks and ends sessions (the <c>user_sessions</c> rows; every change goes through the audit interceptor).</summary>
public sealed class SessionRegistry(AppDbContext db, TimeProvider clock, SessionCache cache, CacheNotifier notifier, ILogger<SessionRegistry> logger)
{
    public async Task<Guid> StartAsync(string userId, CancellationToken ct = default)
    {
        var session = UserSession.Start(userId, clock.GetUtcNow());
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Whether the session is open: from this node's memory, or one primary-key read.</summary>
    public async Task<bool> IsOpenAsync(Guid sessionId, string userId, CancellationToken ct = default)
    {
        if (cache.IsKnownOpen(sessionId, userId)) return true;
        var generation = cache.Generation;
        var open = await db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null, ct);
        if (open) cache.KeepOpen(sessionId, userId, generation);
        return open;
    }

    public async Task EndAsync(Guid sessionId, SessionEndReason reason, CancellationToken ct = default)
    {
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return;
        session.End(reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await ForgetEverywhereAsync(session.UserId, ct);
    }

    /// <summary>Ends every open session of the account; returns how many were open.</summary>
    public async Task<int> EndAllAsync(string userId, SessionEndReason reason, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Sessions older than the absolute limit are dead whatever their row says; they are left as they are.
        var since = now - SessionCookie.AbsoluteTimeout;
        var open = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.StartedAt >= since).ToListAsync(ct);
        foreach (var session in open) session.End(reason, now);
        await db.SaveChangesAsync(ct);
        await ForgetEverywhereAsync(userId, ct);
        return open.Count;
    }

    private async Task ForgetEverywhereAsync(string userId, CancellationToken ct)
    {
        cache.ForgetUser(userId);
        try
        {
            await notifier.NotifyAsync([SessionCache.Payload(userId)], ct);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The rows are ended and this node knows; other nodes read them again within SessionCache.Lifetime.
            logger.LogWarning(exception, "Could not tell other nodes that sessions ended");
        }
    }
}
