namespace CongressPortal.Web.Infrastructure;

/// <summary>What a handler returns to its page: a value, or a message for the form (a domain rule, a conflict, a duplicate).</summary>
public sealed record CommandResult<T>
{
    public bool IsSuccess { get; private init; }
    public T? Value { get; private init; }
    public string Error { get; private init; } = "";

    /// <summary>The field the error belongs to, where known (<c>Input.Name</c>); empty for the form as a whole.</summary>
    public string Field { get; private init; } = "";

    /// <summary>Set when someone else saved the record first: their values, for the page to show.</summary>
    public IReadOnlyDictionary<string, string?>? ConflictValues { get; private init; }

    /// <summary>True when someone else saved or deleted the record first (<see cref="ConflictValues"/> is null when they deleted it).</summary>
    public bool IsConflict { get; private init; }

    /// <summary>The row version of what they saved: the form carries it next, so saving again overwrites deliberately.</summary>
    public uint? CurrentVersion { get; private init; }

    public static CommandResult<T> Ok(T value) => new() { IsSuccess = true, Value = value };

    public static CommandResult<T> Fail(string error, string field = "") => new() { Error = error, Field = field };

    public static CommandResult<T> Conflict(IReadOnlyDictionary<string, string?>? theirValues, uint? currentVersion = null) => new()
    {
        Error = ConflictMessage,
        ConflictValues = theirValues,
        IsConflict = true,
        CurrentVersion = currentVersion,
    };

    public const string ConflictMessage = "保存失败：在您编辑期间，其他人已修改或删除了这条记录。下面列出了对方保存的内容；您填写的内容仍保留在表单中，请核对后再次保存。";
}
