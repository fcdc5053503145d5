using System.Runtime.CompilerServices;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Notices;
using CongressPortal.Domain.Reports;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Public pages that everybody reads and staff rarely change (the work reports) are kept rendered in each app
/// node's output cache. Only anonymous GETs are served from it: a signed-in reader always gets a fresh page with
/// their own header. A save that touches the data behind a cached page evicts the page's tag on this node at once
/// and, through PostgreSQL NOTIFY, on every other node within milliseconds (see ADR 0014).
/// </summary>
public static class PublicPageCache
{
    /// <summary>The policy and tag of the published work report pages.</summary>
    public const string Reports = "reports";

    /// <summary>The policy and tag of the public regulation library (法规库).</summary>
    public const string Regulations = "regulations";

    /// <summary>
    /// The policy and tag of the public pages of drafts for comment. A new comment does not touch them (public figures count
    /// only checked comments and are shown once the outcome is published, after which comments cannot change); the draft,
    /// its deadline changes and its published notes do.
    /// </summary>
    public const string Drafts = "drafts";

    /// <summary>The policy and tag of the public notices (通知公告): the list, each notice and the feed.</summary>
    public const string Notices = "notices";

    /// <summary>
    /// The tags of the data the home page shows (the latest report, drafts open for comment, the latest notices): a cache
    /// policy for the home page tags itself with these, so that a report published, a draft opened or a notice published
    /// evicts it. Reception notices and published replies have no tag of their own yet.
    /// </summary>
    public static readonly IReadOnlyList<string> HomeTags = [Reports, Drafts, Notices];

    /// <summary>The PostgreSQL channel on which nodes tell each other which tags to evict.</summary>
    public const string Channel = "portal_public_cache";

    /// <summary>
    /// Upper bound on staleness. A page rendered from data read just before a commit can be stored just after the
    /// eviction that commit caused; it lives at most this long.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Every tag in use, for a node that may have missed notifications.</summary>
    public static readonly IReadOnlyList<string> AllTags = [Reports, Regulations, Drafts, Notices];

    /// <summary>Which entity types feed which cached pages.</summary>
    private static readonly IReadOnlyDictionary<Type, string> TagOfType = new Dictionary<Type, string>
    {
        [typeof(WorkReport)] = Reports,
        [typeof(WorkReportVersion)] = Reports,
        [typeof(KeyFigure)] = Reports,
        [typeof(Regulation)] = Regulations,
        [typeof(RegulationVersion)] = Regulations,
        [typeof(OpenDraft)] = Drafts,
        [typeof(DraftDeadlineChange)] = Drafts,
        [typeof(DraftArticleNote)] = Drafts,
        [typeof(Notice)] = Notices,
        [typeof(NoticeAttachment)] = Notices,
    };

    public static string? TagOf(Type entityType) => TagOfType.GetValueOrDefault(entityType);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, string connectionString)
    {
        services.AddOutputCache(options =>
        {
            options.AddPolicy(Reports, policy => policy.Tag(Reports).Expire(Lifetime));
            options.AddPolicy(Regulations, policy => policy.Tag(Regulations).Expire(Lifetime));
            options.AddPolicy(Drafts, policy => policy.Tag(Drafts).Expire(Lifetime));
            options.AddPolicy(Notices, policy => policy.Tag(Notices).Expire(Lifetime));
        });
        services.AddSingleton(new CacheNotifier(connectionString));
        services.AddSingleton<Data.Queries.DraftWindowCache>();
        services.AddSingleton<CacheEvictingInterceptor>();
        services.AddSingleton<CacheInvalidationListener>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheInvalidationListener>());
        return services;
    }

    /// <summary>
    /// Keeps a cached page no longer than until <paramref name="change"/> (a draft's closing instant): a page that shows a
    /// form open is never served after the form has closed. Nothing when the response is not being cached.
    /// </summary>
    public static void ExpireBy(HttpContext context, DateTimeOffset? change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (change is not { } at || context.Features.Get<IOutputCacheFeature>() is not { } feature) return;
        var left = at - now;
        var lifetime = left < Lifetime ? left : Lifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            feature.Context.AllowCacheStorage = false;
            return;
        }
        feature.Context.ResponseExpirationTimeSpan = lifetime;
    }

    public static async Task EvictAllAsync(IOutputCacheStore store, CancellationToken ct = default)
    {
        foreach (var tag in AllTags) await store.EvictByTagAsync(tag, ct);
    }
}

/// <summary>Sends the tags to evict to every node listening on <see cref="PublicPageCache.Channel"/>, this one included.</summary>
public sealed class CacheNotifier(string connectionString)
{
    /// <summary>
    /// The listener holds its connection for the life of the node: not from the shared pool, and with keepalives so
    /// that a dropped connection is noticed while waiting.
    /// </summary>
    public string ListenerConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;

    public async Task NotifyAsync(IEnumerable<string> tags, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var tag in tags)
        {
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @tag)", connection);
            notify.Parameters.AddWithValue("channel", PublicPageCache.Channel);
            notify.Parameters.AddWithValue("tag", tag);
            await notify.ExecuteNonQueryAsync(ct);
        }
    }
}

/// <summary>
/// Notes, while saving, which cached tags the saved entities feed; once the save has committed, evicts them here
/// and tells the other nodes. A failed save evicts nothing. One instance serves every (pooled) context, so the tags
/// waiting for a commit are kept per context.
/// </summary>
public sealed class CacheEvictingInterceptor(IOutputCacheStore store, Data.Queries.DraftWindowCache windows, CacheNotifier notifier,
    ILogger<CacheEvictingInterceptor> logger)
    : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteTags(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteTags(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, CancellationToken.None);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteTags(DbContext? context)
    {
        if (context is null) return;
        HashSet<string>? tags = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (PublicPageCache.TagOf(entry.Metadata.ClrType) is { } tag) (tags ??= _pending.GetValue(context, _ => [])).Add(tag);
        }
    }

    /// <summary>The tags the context's save noted, forgotten here (a pooled context starts its next save empty).</summary>
    private string[] Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending)) return [];
        _pending.Remove(context);
        return [.. pending];
    }

    private async Task EvictAsync(DbContext? context, CancellationToken ct)
    {
        var tags = Take(context);
        if (tags.Length == 0) return;
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
            windows.Evicted(tag);
        }
        try
        {
            await notifier.NotifyAsync(tags, ct);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The change has committed and this node is fresh; other nodes catch up within the cache lifetime.
            logger.LogWarning(exception, "Could not tell other nodes to evict {Tags}", string.Join(",", tags));
        }
    }
}

/// <summary>
/// Listens on <see cref="PublicPageCache.Channel"/> and evicts the tags other nodes (or this one) name. Whenever
/// the connection is (re)established everything is evicted, since notifications sent meanwhile were missed.
/// </summary>
public sealed class CacheInvalidationListener(CacheNotifier notifier, IOutputCacheStore store, Data.Queries.DraftWindowCache windows,
    ILogger<CacheInvalidationListener> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN has been issued; tests wait for it before sending notifications.</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning(exception, "Cache invalidation listener lost its database connection; retrying in {Delay}", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(notifier.ListenerConnectionString);
        var received = new List<string>();
        connection.Notification += (_, e) => received.Add(e.Payload);
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {PublicPageCache.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        await PublicPageCache.EvictAllAsync(store, ct);
        windows.Clear();
        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(ct);
            var tags = received.Distinct().ToArray();
            received.Clear();
            foreach (var tag in tags)
            {
                await store.EvictByTagAsync(tag, ct);
                windows.Evicted(tag);
            }
        }
    }
}
