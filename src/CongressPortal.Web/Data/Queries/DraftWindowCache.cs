using System.Collections.Concurrent;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The windows (status, closing instant, article anchors) of drafts the public is commenting on, kept on this node so that a
/// comment is one insert and not a read and an insert (ADR 0019). The closing instant is compared with the server's clock
/// on every comment, so the statutory deadline holds to the second whatever is cached. What a window can miss is a staff
/// change to the draft (an extension, an early close, the outcome): every save of a draft clears the windows here once it
/// has committed and, through the public cache's NOTIFY (<see cref="PublicPageCache.Drafts"/>), on every other node within
/// milliseconds; should a notification be lost, a window is read again after <see cref="Lifetime"/> at the latest. Only
/// drafts that exist are kept (an address with a made-up id is read every time and never fills the cache).
/// </summary>
public sealed class DraftWindowCache(TimeProvider clock) : ITagEvictedMemory
{
    /// <summary>The longest a window is used without reading it again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<int, (DraftWindow Window, long ReadAt)> _windows = new();

    /// <summary>Moves on at every clearing: a window read before a clearing is used once, never kept after it.</summary>
    private long _generation;

    private readonly Lock _keeping = new();

    /// <summary>The draft's window from this node's copy, or <paramref name="read"/> (kept when the draft exists).</summary>
    public async Task<DraftWindow?> GetAsync(int draftId, Func<Task<DraftWindow?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = clock.GetTimestamp();
        if (_windows.TryGetValue(draftId, out var kept) && clock.GetElapsedTime(kept.ReadAt, now) < Lifetime) return kept.Window;
        var generation = Interlocked.Read(ref _generation);
        var window = await read();
        lock (_keeping)
        {
            if (window is null) _windows.TryRemove(draftId, out _);
            else if (_generation == generation) _windows[draftId] = (window, now);
        }
        return window;
    }

    /// <summary>Forgets every window (a draft was saved here or on another node, or notifications may have been missed).</summary>
    public void Clear()
    {
        lock (_keeping)
        {
            _generation++;
            _windows.Clear();
        }
    }

    /// <summary>Clears the windows when <paramref name="tag"/> is the drafts' public cache tag.</summary>
    public void Evicted(string tag)
    {
        if (tag == PublicPageCache.Drafts) Clear();
    }
}
