using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// Notes, in the same transaction as a save, which published objects it may have changed (an <see cref="OpenDataChange"/>
/// row per object), by walking each changed record up to its aggregate's root (a reply → its assignment → its suggestion).
/// Once the save has committed, the indexer brings those objects' documents up to date at once; should that fail, the
/// rows wait for the background worker, so no change is lost between the two. Saves made before the app has started
/// (migrations, the demo data) are left to the worker altogether.
/// </summary>
public sealed class OpenDataChangeCapture(OpenDataKinds kinds, IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<OpenDataChangeCapture> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts whose committed changes wait for the indexer (a save inside an explicit transaction waits for its commit).</summary>
    private readonly ConditionalWeakTable<DbContext, object> _waiting = new();

    private readonly ConcurrentDictionary<IEntityType, IForeignKey?> _parents = new();

    private static readonly HashSet<Type> Own = [typeof(OpenDataChange), typeof(OpenDataObject), typeof(OpenDataKindState)];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Committed(eventData.Context)) IndexAsync().GetAwaiter().GetResult();
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context)) await IndexAsync();
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Forget(eventData.Context)) IndexAsync().GetAwaiter().GetResult();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Forget(eventData.Context)) await IndexAsync();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The published objects the context's pending changes concern (for tests and the capture itself).</summary>
    public IReadOnlySet<(string Kind, int Id)> Concerned(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var concerned = new HashSet<(string Kind, int Id)>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (Own.Contains(entry.Metadata.ClrType) || !kinds.IsFedBy(entry.Metadata, ParentOf)) continue;
            var root = RootOf(context, entry);
            foreach (var (kind, source) in kinds.SourcesOf(root.Metadata.ClrType))
            {
                if (source.ObjectId(root.Entity) is { } id) concerned.Add((kind.Name, id));
                foreach (var other in source.ObjectIds?.Invoke(context, root.Entity) ?? []) concerned.Add((kind.Name, other));
            }
        }
        return concerned;
    }

    private void Capture(DbContext? context)
    {
        if (context is null) return;
        var concerned = Concerned(context);
        if (concerned.Count == 0) return;
        context.Set<OpenDataChange>().AddRange(concerned.Select(c => new OpenDataChange { Kind = c.Kind, ObjectId = c.Id }));
        _waiting.AddOrUpdate(context, concerned);
    }

    /// <summary>After a save: true when its changes are committed (no explicit transaction is open) and wait for the indexer.</summary>
    private bool Committed(DbContext? context) =>
        context is not null && context.Database.CurrentTransaction is null && Forget(context);

    private bool Forget(DbContext? context) => context is not null && _waiting.Remove(context);

    /// <summary>The aggregate's root: up the cascading one-to-many keys (its parent has a collection of it), loading a parent not tracked.</summary>
    private EntityEntry RootOf(DbContext context, EntityEntry entry)
    {
        var current = entry;
        for (var depth = 0; depth < 8; depth++)
        {
            if (ParentOf(current.Metadata) is not { } parentKey) return current;
            var values = parentKey.Properties
                .Select(p => current.State == EntityState.Deleted ? current.Property(p.Name).OriginalValue : current.Property(p.Name).CurrentValue)
                .ToArray();
            if (values.Any(v => v is null)) return current;
            var parent = context.Find(parentKey.PrincipalEntityType.ClrType, values);
            if (parent is null) return current;
            current = context.Entry(parent);
        }
        return current;
    }

    private IForeignKey? ParentOf(IEntityType type) => _parents.GetOrAdd(type, t =>
        t.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalToDependent is { IsCollection: true }
            && fk.DeleteBehavior == DeleteBehavior.Cascade && fk.PrincipalEntityType != t));

    private async Task IndexAsync()
    {
        // Before the app has started (migrations, the demo data) page links cannot be made yet: the worker indexes those
        // changes on its first round once it has.
        if (!lifetime.ApplicationStarted.IsCancellationRequested) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OpenDataIndexer>().ProcessPendingAsync(maxBatches: 4, CancellationToken.None);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
        {
            // The change rows stay; the background worker indexes them on its next round.
            logger.LogWarning(exception, "Open data index not updated after a save; the worker will retry.");
        }
    }
}
