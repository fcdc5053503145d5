namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Data a node keeps in memory beside the output cache, covered by the same data tags (<see cref="PublicPageCache"/>): it
/// is forgotten when a save of its area commits here (<see cref="CacheEvictingInterceptor"/>) or on another node
/// (<see cref="CacheInvalidationListener"/>), and wholly when the listener may have missed notifications.
/// </summary>
public interface ITagEvictedMemory
{
    /// <summary>A save touched the area of <paramref name="tag"/>; forget what it covers.</summary>
    void Evicted(string tag);

    /// <summary>Forget everything (the listener (re)connected, so notifications may have been missed).</summary>
    void Clear();
}
