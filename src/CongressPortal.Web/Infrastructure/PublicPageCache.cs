using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CongressPortal.Domain.Legislation;
using CongressPortal.Domain.Notices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Every public page (anonymous GET) is kept rendered in each app node's output cache. Only anonymous GETs are served
/// from it: a signed-in reader always gets a fresh page with their own header. Pages are stored under the <em>data tags</em>
/// of what they show (one per area of the domain: reports, deputies, stations, …); a save that touches an entity of an area
/// evicts that area's tag on this node at once and, through PostgreSQL NOTIFY, on every other node within milliseconds
/// (ADR 0014, ADR 0021). Entries live at most <see cref="Lifetime"/> and never past the next midnight in China.
/// </summary>
public static class PublicPageCache
{
    // Data tags, which are also the names of the policies of the pages that read one area only.

    /// <summary>The published work reports (and the policy of their pages).</summary>
    public const string Reports = "reports";

    /// <summary>The public regulation library (法规库).</summary>
    public const string Regulations = "regulations";

    /// <summary>
    /// Drafts for comment. A new comment does not touch their pages (public figures count only checked comments and are shown
    /// once the outcome is published, after which comments cannot change); the draft, its deadline changes and its published
    /// notes do.
    /// </summary>
    public const string Drafts = "drafts";

    /// <summary>Deputies, their delegations, groups, photos and recorded performance events.</summary>
    public const string Deputies = "deputies";

    /// <summary>Liaison stations, their members, reception schedules and recorded receptions.</summary>
    public const string Stations = "stations";

    /// <summary>Suggestions, their replies, commitments and handling reports.</summary>
    public const string Suggestions = "suggestions";

    public const string Proposals = "proposals";

    public const string Supervision = "supervision";

    /// <summary>Legislation records and plans, filings and review requests (备案审查 figures).</summary>
    public const string Legislation = "legislation";

    /// <summary>Reference data kept by staff: terms, sessions, areas, units, categories, committees, the holiday calendar.</summary>
    public const string Reference = "reference";

    // Policies of pages that read several areas.

    /// <summary>The deputies directory and profiles: the performance record counts events, receptions, suggestions and proposals.</summary>
    public const string DeputyPages = "deputy-pages";

    /// <summary>The stations list and station pages: members' names and reception notices (which follow the holiday calendar).</summary>
    public const string StationPages = "station-pages";

    /// <summary>The published suggestion replies, their search, the commitments ledger and the handling reports.</summary>
    public const string SuggestionPages = "suggestion-pages";

    public const string ProposalPages = "proposal-pages";

    public const string SupervisionPages = "supervision-pages";

    public const string FilingReviewPages = "filing-review-pages";

    /// <summary>The home page, which leads with the latest of every area.</summary>
    public const string Home = "home";

    /// <summary>The public notices (通知公告): the list, each notice and the feed.</summary>
    public const string Notices = "notices";

    /// <summary>The PostgreSQL channel on which nodes tell each other which tags to evict.</summary>
    public const string Channel = "portal_public_cache";

    /// <summary>
    /// Upper bound on staleness. A page rendered from data read just before a commit can be stored just after the
    /// eviction that commit caused; it lives at most this long.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>Every data tag, for a node that may have missed notifications.</summary>
    public static readonly IReadOnlyList<string> AllTags = [Reports, Regulations, Drafts, Deputies, Stations, Suggestions, Proposals, Supervision, Legislation, Reference, Notices];

    /// <summary>Each policy and the data tags its pages read: a save in any of them evicts the page.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Policies = new Dictionary<string, IReadOnlyList<string>>
    {
        [Reports] = [Reports],
        [Regulations] = [Regulations],
        [Drafts] = [Drafts],
        [DeputyPages] = [Deputies, Stations, Suggestions, Proposals, Reference],
        [StationPages] = [Stations, Deputies, Reference],
        [SuggestionPages] = [Suggestions, Deputies, Reference],
        [ProposalPages] = [Proposals, Deputies, Legislation, Reference],
        [SupervisionPages] = [Supervision, Reference],
        [FilingReviewPages] = [Legislation, Reference],
        [Notices] = [Notices],
        [Home] = AllTags,
    };

    /// <summary>Each area of the domain, by the namespace of its entities, and the data tag a save of them evicts.</summary>
    private static readonly FrozenDictionary<string, string> TagOfNamespace = new Dictionary<string, string>
    {
        ["CongressPortal.Domain.Reports"] = Reports,
        ["CongressPortal.Domain.Deputies"] = Deputies,
        ["CongressPortal.Domain.Stations"] = Stations,
        ["CongressPortal.Domain.Suggestions"] = Suggestions,
        ["CongressPortal.Domain.Proposals"] = Proposals,
        ["CongressPortal.Domain.Supervision"] = Supervision,
        ["CongressPortal.Domain.Legislation"] = Legislation,
        ["CongressPortal.Domain.Reference"] = Reference,
        ["CongressPortal.Domain.Notices"] = Notices,
    }.ToFrozenDictionary();

    /// <summary>Entities whose tags differ from their namespace's.</summary>
    private static readonly FrozenDictionary<Type, string[]> TagsOfType = new Dictionary<Type, string[]>
    {
        [typeof(Regulation)] = [Regulations],
        [typeof(RegulationVersion)] = [Regulations],
        [typeof(OpenDraft)] = [Drafts],
        [typeof(DraftDeadlineChange)] = [Drafts],
        [typeof(DraftArticleNote)] = [Drafts],
        // The draft pages show the title of the draft's legislation record.
        [typeof(LegislationRecord)] = [Legislation, Drafts],
        // A comment is one insert that no public page shows (ADR 0019); its tallies feed the staff's figures only.
        [typeof(DraftComment)] = [],
        [typeof(DraftCommentTally)] = [],
        // Stored files are written once; the record that publishes one (a handling report release) is what evicts.
        [typeof(Domain.Common.StoredFile)] = [],
    }.ToFrozenDictionary();

    /// <summary>The data tags a save of <paramref name="entityType"/> evicts; none for accounts, audit rows, notifications and keys.</summary>
    public static IReadOnlyList<string> TagsOf(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (TagsOfType.TryGetValue(entityType, out var tags)) return tags;
        return entityType.Namespace is { } ns && TagOfNamespace.TryGetValue(ns, out var tag) ? [tag] : [];
    }

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, string connectionString)
    {
        services.AddOutputCache(options =>
        {
            foreach (var (policy, tags) in Policies)
            {
                // Compressed answers are stored as they were sent (the compression middleware runs inside the cache), so
                // each Accept-Encoding has its own entry.
                options.AddPolicy(policy, builder => builder.Tag([.. tags]).Expire(Lifetime).SetVaryByHeader("Accept-Encoding").AddPolicy<UntilChinaMidnight>());
            }
        });
        services.AddSingleton(new CacheNotifier(connectionString));
        services.AddSingleton<Data.Queries.DraftWindowCache>();
        services.AddSingleton<ITagEvictedMemory>(sp => sp.GetRequiredService<Data.Queries.DraftWindowCache>());
        services.AddSingleton<Data.Queries.ReferenceLists>();
        services.AddSingleton<ITagEvictedMemory>(sp => sp.GetRequiredService<Data.Queries.ReferenceLists>());
        services.AddSingleton<CacheEvictingInterceptor>();
        services.AddSingleton<CacheInvalidationListener>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheInvalidationListener>());
        return services;
    }

    /// <summary>
    /// Keeps a cached page no longer than until <paramref name="change"/> (a draft's closing instant, the start or end of the
    /// next reception): a page is never served after what it shows has changed with the time. Nothing when the response is not
    /// being cached.
    /// </summary>
    public static void ExpireBy(HttpContext context, DateTimeOffset? change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (change is not { } at || context.Features.Get<IOutputCacheFeature>() is not { } feature) return;
        var left = at - now;
        if (left <= TimeSpan.Zero)
        {
            feature.Context.AllowCacheStorage = false;
            return;
        }
        if (feature.Context.ResponseExpirationTimeSpan is not { } current || left < current) feature.Context.ResponseExpirationTimeSpan = left;
    }

    /// <summary>The next midnight in China after <paramref name="now"/>, when every date-dependent figure (days left, today's notices) moves.</summary>
    public static DateTimeOffset NextChinaMidnight(DateTimeOffset now) =>
        Domain.Common.ChinaTime.At(Domain.Common.ChinaTime.Today(now).AddDays(1), TimeOnly.MinValue);

    public static async Task EvictAllAsync(IOutputCacheStore store, CancellationToken ct = default)
    {
        foreach (var tag in AllTags) await store.EvictByTagAsync(tag, ct);
    }

    /// <summary>Caps every public page's life at the next midnight in China (the injected clock's).</summary>
    private sealed class UntilChinaMidnight : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            var left = NextChinaMidnight(now) - now;
            if (context.ResponseExpirationTimeSpan is not { } current || left < current) context.ResponseExpirationTimeSpan = left;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Sends the tags to evict to every other node listening on <see cref="PublicPageCache.Channel"/>. Each payload carries this
/// node's id after an <c>@</c>, so that this node's listener skips what it has already evicted itself: an echo arriving
/// milliseconds later would otherwise throw away the page the first reader after the change had just rendered.
/// </summary>
public sealed class CacheNotifier(string connectionString)
{
    /// <summary>This node's id, new at every start.</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>
    /// The tag (or session payload) a notification names, or null when this node sent it. Payloads without an origin (sent
    /// by hand, or by an older node during a rolling upgrade) are taken as they are.
    /// </summary>
    public string? FromOtherNode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var at = payload.LastIndexOf('@');
        if (at < 0) return payload;
        return payload.AsSpan(at + 1).SequenceEqual(NodeId) ? null : payload[..at];
    }

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
        // One round trip whatever the number of tags: a save of a suggestion evicts several.
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, tag || '@' || @node) FROM unnest(@tags) AS tag", connection);
        notify.Parameters.AddWithValue("channel", PublicPageCache.Channel);
        notify.Parameters.AddWithValue("node", NodeId);
        notify.Parameters.AddWithValue("tags", tags.ToArray());
        await notify.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>
/// Notes, while saving, which cached tags the saved entities feed; once the save has committed, evicts them here
/// and tells the other nodes. A failed save evicts nothing. One instance serves every (pooled) context, so the tags
/// waiting for a commit are kept per context.
/// </summary>
public sealed class CacheEvictingInterceptor(IOutputCacheStore store, IEnumerable<ITagEvictedMemory> memories, CacheNotifier notifier,
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
            foreach (var tag in PublicPageCache.TagsOf(entry.Metadata.ClrType)) (tags ??= _pending.GetValue(context, _ => [])).Add(tag);
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
            foreach (var memory in memories) memory.Evicted(tag);
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
/// Listens on <see cref="PublicPageCache.Channel"/> and evicts the tags other nodes name (this node evicts its own at once). Whenever
/// the connection is (re)established everything is evicted, since notifications sent meanwhile were missed. Ended sessions
/// (<see cref="Identity.SessionCache"/>) are announced on the same channel.
/// </summary>
public sealed class CacheInvalidationListener(CacheNotifier notifier, IOutputCacheStore store, IEnumerable<ITagEvictedMemory> memories,
    Identity.SessionCache sessions, ILogger<CacheInvalidationListener> logger)
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
        connection.Notification += (_, e) =>
        {
            if (notifier.FromOtherNode(e.Payload) is { } payload) received.Add(payload);
        };
        await connection.OpenAsync(ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {PublicPageCache.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        await PublicPageCache.EvictAllAsync(store, ct);
        foreach (var memory in memories) memory.Clear();
        sessions.Clear();
        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(ct);
            var tags = received.Distinct().ToArray();
            received.Clear();
            // Ended sessions (ADR 0022) share the channel; their notifications name an account, not a tag.
            foreach (var tag in tags.Where(t => !sessions.Notified(t)))
            {
                await store.EvictByTagAsync(tag, ct);
                foreach (var memory in memories) memory.Evicted(tag);
            }
        }
    }
}
