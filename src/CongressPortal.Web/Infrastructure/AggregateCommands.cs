using CongressPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How a command on one aggregate reports what can go wrong besides a domain refusal.</summary>
public sealed record CommandOptions
{
    /// <summary>Said when the record is not there or not within the reader's scope (the page answers 404).</summary>
    public string NotFound { get; init; } = Concurrency.Gone;

    /// <summary>Said when somebody else saved first; for edit forms the other person's values come from <see cref="Current"/>.</summary>
    public string ConflictMessage { get; init; } = CommandResult<int>.ConflictMessage;

    /// <summary>The record as the other person saved it, for an edit form's conflict panel.</summary>
    public Func<CancellationToken, Task<Concurrency.Snapshot?>>? Current { get; init; }

    /// <summary>The unique index the save may hit.</summary>
    public Concurrency.UniqueField? Unique { get; init; }
}

/// <summary>
/// The one way to run a command on an aggregate (ADR 0015): load it within the reader's scope, check it still has the
/// row version the user's page showed, run one domain method, save. A domain refusal, a lost race, a duplicate or a
/// missing record comes back as a <see cref="CommandResult{T}"/> and nothing is saved. Suggestions, reports, deputies,
/// stations and reference data all go through here.
/// </summary>
public static class AggregateCommands
{
    public static Task<CommandResult<TResult>> RunAsync<TEntity, TResult>(this DbContext db, IQueryable<TEntity> scope, int id, uint version,
        Func<TEntity, TResult> act, CommandOptions? options, CancellationToken ct) where TEntity : class =>
        db.RunAsync(scope, id, version, entity => Task.FromResult(act(entity)), options, ct);

    public static async Task<CommandResult<TResult>> RunAsync<TEntity, TResult>(this DbContext db, IQueryable<TEntity> scope, int id, uint version,
        Func<TEntity, Task<TResult>> act, CommandOptions? options, CancellationToken ct) where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(act);
        options ??= new CommandOptions();
        var entity = await scope.FirstOrDefaultAsync(e => EF.Property<int>(e, "Id") == id, ct);
        if (entity is null) return CommandResult<TResult>.NotFound(options.NotFound);
        db.ExpectVersion(entity, version);
        TResult value;
        try
        {
            value = await act(entity);
        }
        catch (DomainRuleException refused)
        {
            // Drops whatever the refused action had begun to change, and the audit rows queued for it.
            db.ChangeTracker.Clear();
            return CommandResult<TResult>.Refused(refused.Refusal);
        }
        Touch(db, entity);
        var result = await db.TrySaveAsync(value, options.Current, options.Unique, ct);
        return result.IsConflict && options.Current is null
            ? CommandResult<TResult>.Conflict(null, null, options.ConflictMessage)
            : result;
    }

    /// <summary>
    /// Writes the aggregate's own row even when only its children changed (a contact added, a figure edited), so that
    /// its row version is checked and the second of two concurrent commands is refused. A stale row version set by
    /// ExpectVersion marks the entry Modified too but is never written: without a written column there would be no
    /// UPDATE, and so no version check. The column written is <c>UpdatedAt</c> where the aggregate has one, otherwise its
    /// first plain column, set to the value it already has.
    /// </summary>
    private static void Touch<TEntity>(DbContext db, TEntity entity) where TEntity : class
    {
        var entry = db.Entry(entity);
        if (entry.Properties.Any(p => p.IsModified && !p.Metadata.IsConcurrencyToken)) return;
        var column = entry.Metadata.FindProperty("UpdatedAt")
            ?? entry.Metadata.GetProperties().FirstOrDefault(p => !p.IsKey() && !p.IsConcurrencyToken && !p.IsShadowProperty()
                && p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && p.GetComputedColumnSql() is null);
        if (column is not null) entry.Property(column.Name).IsModified = true;
    }
}
