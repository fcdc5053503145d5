using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// What a handler returns to its page: a value, or why not. A domain refusal keeps its <see cref="Refusal"/> (code, field
/// and message), and the page puts it next to the field of its form that has that name (<see cref="Forms"/>); a page's
/// own check names its ModelState key explicitly (<see cref="Fail"/>). Nothing is ever routed by its message text.
/// </summary>
public sealed record CommandResult<T>
{
    public bool IsSuccess { get; private init; }
    public T? Value { get; private init; }

    /// <summary>The domain's refusal, when the domain refused.</summary>
    public Refusal? Refusal { get; private init; }

    public string Error { get; private init; } = "";

    /// <summary>The ModelState key a page-level check chose for its message (<c>Input.Name</c>); empty for the form as a whole.</summary>
    public string Field { get; private init; } = "";

    /// <summary>Set when someone else saved the record first: their values, for the page to show.</summary>
    public IReadOnlyDictionary<string, string?>? ConflictValues { get; private init; }

    /// <summary>True when someone else saved or deleted the record first (<see cref="ConflictValues"/> is null when they deleted it).</summary>
    public bool IsConflict { get; private init; }

    /// <summary>The record is not there, or not within the reader's scope: the page answers 404.</summary>
    public bool IsNotFound { get; private init; }

    /// <summary>The row version of what they saved: the form carries it next, so saving again overwrites deliberately.</summary>
    public uint? CurrentVersion { get; private init; }

    public static CommandResult<T> Ok(T value) => new() { IsSuccess = true, Value = value };

    /// <summary>A page's or handler's own check failed; <paramref name="field"/> is the ModelState key to show it at.</summary>
    public static CommandResult<T> Fail(string error, string field = "") => new() { Error = error, Field = field };

    /// <summary>The domain refused; the page maps <see cref="Refusal.Field"/> to its form generically.</summary>
    public static CommandResult<T> Refused(Refusal refusal) => new() { Refusal = refusal, Error = refusal?.Message ?? "" };

    public static CommandResult<T> NotFound(string message) => new() { Error = message, IsNotFound = true };

    public static CommandResult<T> Conflict(IReadOnlyDictionary<string, string?>? theirValues, uint? currentVersion = null, string message = ConflictMessage) => new()
    {
        Error = message,
        ConflictValues = theirValues,
        IsConflict = true,
        CurrentVersion = currentVersion,
    };

    /// <summary>The same failure for a result of another type (a handler passing on what a step below it said).</summary>
    public CommandResult<TOther> As<TOther>() => IsSuccess
        ? throw new InvalidOperationException("A successful result has a value of its own type.")
        : new CommandResult<TOther>
        {
            Refusal = Refusal,
            Error = Error,
            Field = Field,
            ConflictValues = ConflictValues,
            IsConflict = IsConflict,
            IsNotFound = IsNotFound,
            CurrentVersion = CurrentVersion,
        };

    public const string ConflictMessage = "保存失败：在您编辑期间，其他人已修改或删除了这条记录。下面列出了对方保存的内容；您填写的内容仍保留在表单中，请核对后再次保存。";
}
