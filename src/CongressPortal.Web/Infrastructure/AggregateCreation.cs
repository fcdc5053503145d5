using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The create half of <see cref="AggregateCommands"/>, and how an edit form shows a failed save. A new record is built
/// through its domain factory, added and saved; a domain refusal or a duplicate comes back as a
/// <see cref="CommandResult{T}"/> and nothing is saved. Edit forms save existing records through
/// <see cref="AggregateCommands"/>.RunAsync.
/// </summary>
public static class AggregateCreation
{
    /// <param name="add">Builds the record (or records) through the domain and adds them to <paramref name="db"/>; returns what
    /// the page reports (a name, the new id: hi-lo keys give the id on adding).</param>
    /// <param name="unique">The unique index the insert may hit, and where its message goes.</param>
    public static Task<CommandResult<TResult>> CreateAsync<TResult>(this DbContext db, Func<TResult> add, Concurrency.UniqueField? unique, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(add);
        return db.CreateAsync(() => Task.FromResult(add()), unique, ct);
    }

    /// <summary>As above, for a build that reads other rows first.</summary>
    public static async Task<CommandResult<TResult>> CreateAsync<TResult>(this DbContext db, Func<Task<TResult>> add, Concurrency.UniqueField? unique, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(add);
        TResult value;
        try
        {
            value = await add();
        }
        catch (DomainRuleException refused)
        {
            // Drops whatever was added before the refusal, and the audit rows queued for it.
            db.ChangeTracker.Clear();
            return CommandResult<TResult>.Refused(refused.Refusal);
        }
        return await db.TrySaveAsync(value, null, unique, ct);
    }

    /// <summary>
    /// <see cref="Concurrency.ShowOn{T}"/> for an edit form: a record that is no longer there was deleted by someone else
    /// while the user edited it, so the conflict panel says so (and keeps the user's input) instead of a bare message.
    /// </summary>
    public static Concurrency.ConflictPanel? ShowOnEditForm<T>(this CommandResult<T> result, ModelStateDictionary modelState, object? form, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsNotFound
            ? new Concurrency.ConflictPanel(CommandResult<T>.ConflictMessage, null)
            : result.ShowOn(modelState, form, prefix);
    }
}
