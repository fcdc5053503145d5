using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// What <c>_ConfirmWarning</c> shows: the warning the domain returned for the form field <see cref="Name"/> (a
/// <c>Confirmed</c> property of the form), and whether the user already ticked it.
/// </summary>
public sealed record ConfirmWarning(string Name, string? Message, bool Confirmed, string? Scope = null, bool Refused = false)
{
    /// <summary>The element id; <see cref="Scope"/> tells apart forms of the same name on one page (one per unit's part).</summary>
    public string Id => "confirm-" + Name.Replace('.', '-').ToLowerInvariant() + (Scope is null ? "" : "-" + Scope);

    /// <summary>
    /// The warning for <paramref name="name"/> in ModelState (put there from the refusal's field), or else the one the page
    /// <paramref name="foreseen"/> before the user submitted (so it can be ticked the first time), if any.
    /// </summary>
    public static ConfirmWarning For(ModelStateDictionary modelState, string name, bool confirmed, string? foreseen = null, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var refused = modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        return new ConfirmWarning(name, refused ? entry!.Errors[0].ErrorMessage : foreseen, confirmed, scope, refused);
    }

    /// <summary>Whether the form failed only for a warning still to be confirmed (then the page asks, rather than reports an error).</summary>
    public static bool OnlyWarnings(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var invalid = modelState.Where(e => e.Value is { Errors.Count: > 0 }).ToList();
        return invalid.Count > 0 && invalid.All(e => e.Key.EndsWith(".Confirmed", StringComparison.Ordinal) || e.Key == "Confirmed");
    }
}
