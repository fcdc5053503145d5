using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Optimistic concurrency for edit forms, and the database refusals every save can meet. The form carries the
/// row version (<c>xmin</c>) it was loaded with; the save succeeds only if nobody saved in between. When
/// somebody did, the user sees what they saved, keeps their own input, and the form now carries the newer
/// version, so saving again overwrites deliberately rather than by accident.
/// </summary>
/// <example>
/// Handler: <c>return await db.RunAsync(db.Committees, id, input.Version, c =&gt; { c.Update(…); return c.Name; }, new() { Current = CurrentAsync }, ct);</c>
/// (<see cref="AggregateCommands"/>). Page: <c>if (!result.IsSuccess) { Conflict = result.ShowOn(ModelState, Input); return Page(); }</c>
/// and in the view <c>&lt;partial name="_ConflictPanel" model="Model.Conflict" /&gt;</c>.
/// </example>
public static class Concurrency
{
    public const string VersionProperty = "Version";

    public const string Gone = "该记录不存在或已被其他人删除，请返回列表刷新。";

    public const string ChangedBeforeDelete = "删除失败：在您操作期间，其他人修改或删除了这条记录。请刷新后重试。";

    public const string MissingReference = "所选的关联数据已不存在（可能刚被其他人删除），请重新选择。";

    public const string Duplicate = "已有相同的记录。";

    /// <summary>The record as the other person saved it: label → value for the conflict panel, and its row version.</summary>
    public sealed record Snapshot(IReadOnlyDictionary<string, string?> Values, uint Version);

    /// <summary>The unique index a save may hit, and the message to show next to the field it concerns (its ModelState key).</summary>
    public sealed record UniqueField(string Field, string Message);

    /// <summary>What a page shows after a lost save: the message and the other person's values (null: they deleted it).</summary>
    public sealed record ConflictPanel(string Message, IReadOnlyDictionary<string, string?>? TheirValues);

    /// <summary>Makes the next SaveChanges succeed only if the row still has the version the user's form was loaded with.</summary>
    public static void ExpectVersion<TEntity>(this DbContext db, TEntity entity, uint version) where TEntity : class =>
        db.Entry(entity).Property<uint>(VersionProperty).OriginalValue = version;

    /// <summary>
    /// Saves, and turns what the database refuses into a result for the form: someone saved first → a conflict
    /// with <paramref name="current"/>'s snapshot; a duplicate → <paramref name="unique"/>'s message next to its
    /// field; a vanished reference → <see cref="MissingReference"/>. Nothing is saved in any of these cases.
    /// </summary>
    public static async Task<CommandResult<T>> TrySaveAsync<T>(
        this DbContext db,
        T value,
        Func<CancellationToken, Task<Snapshot?>>? current,
        UniqueField? unique,
        CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Also drops the audit rows the interceptor queued for the failed save.
            db.ChangeTracker.Clear();
            var theirs = current is null ? null : await current(ct);
            return CommandResult<T>.Conflict(theirs?.Values, theirs?.Version);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return CommandResult<T>.Fail(unique?.Message ?? Duplicate, unique?.Field ?? "");
        }
        catch (DbUpdateException exception) when (DbErrors.IsForeignKeyViolation(exception))
        {
            db.ChangeTracker.Clear();
            return CommandResult<T>.Fail(MissingReference);
        }
    }

    /// <summary>Deletes <paramref name="entity"/>; a row other data still points to is refused with <see cref="DbErrors.InUse"/>.</summary>
    public static async Task<CommandResult<T>> TryDeleteAsync<TEntity, T>(this DbContext db, TEntity? entity, T value, CancellationToken ct)
        where TEntity : class
    {
        if (entity is null) return CommandResult<T>.Fail(Gone);
        db.Remove(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<T>.Ok(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<T>.Fail(ChangedBeforeDelete);
        }
        catch (DbUpdateException exception) when (DbErrors.IsForeignKeyViolation(exception))
        {
            db.ChangeTracker.Clear();
            return CommandResult<T>.Fail(DbErrors.InUse);
        }
    }

    /// <summary>
    /// Puts a failed save on the form bound to <paramref name="form"/> under <paramref name="prefix"/>. An ordinary failure
    /// goes next to its field (<see cref="Forms.KeyFor{T}(CommandResult{T}, Type?, string, string)"/>) or at the top. A
    /// conflict returns the panel to show, and moves the hidden version field on to the version the other person saved.
    /// </summary>
    public static ConflictPanel? ShowOn<T>(this CommandResult<T> result, ModelStateDictionary modelState, object? form, string prefix = "Input", string? versionField = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        if (!result.IsConflict)
        {
            result.AddTo(modelState, form?.GetType(), prefix);
            return null;
        }
        if (result.CurrentVersion is { } version)
        {
            // The form re-renders from ModelState, so the posted (old) version must be replaced there.
            var text = version.ToString(CultureInfo.InvariantCulture);
            var key = versionField ?? (prefix.Length == 0 ? VersionProperty : $"{prefix}.{VersionProperty}");
            modelState.SetModelValue(key, text, text);
        }
        return new ConflictPanel(result.Error, result.ConflictValues);
    }
}
