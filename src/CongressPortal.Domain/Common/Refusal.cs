using System.Runtime.CompilerServices;

namespace CongressPortal.Domain.Common;

/// <summary>
/// Why the domain refused something: a stable <see cref="Code"/> for programs and tests, the <see cref="Field"/> it
/// concerns (the property name of the draft or command the value came from, or null for the action as a whole), and
/// the Chinese <see cref="Message"/> users read. Pages put the message next to the field by its key, never by
/// matching the text, so rewording a message cannot move it.
/// </summary>
public sealed record Refusal(string Code, string Message, string? Field = null)
{
    /// <summary>The same refusal about another field (a shared rule used for a differently named input).</summary>
    public Refusal On(string? field) => this with { Field = field };

    public DomainRuleException ToException() => new(this);

    /// <summary>Declares a refusal whose code is <c>{area}.{member name}</c>: the member names the rule, so the code is stable.</summary>
    public static Refusal Define(string area, string message, string? field = null, [CallerMemberName] string name = "") =>
        new($"{area}.{name}", message, field);

    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}

/// <summary>Something the user should confirm before the action goes ahead (not a refusal: confirming proceeds).</summary>
public sealed record Warning(string Code, string Message)
{
    public static Warning Define(string area, string message, [CallerMemberName] string name = "") => new($"{area}.{name}", message);
}
