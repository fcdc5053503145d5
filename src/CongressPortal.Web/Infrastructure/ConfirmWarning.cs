using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// What <c>_ConfirmWarning</c> shows: the warning the domain returned for the form field <see cref="Name"/> (a
/// <c>Confirmed</c> property of the form), and whether the user already ticked it.
/// </summary>
public sealed record ConfirmWarning(string Name, string? Message, bool Confirmed)
{
    public string Id => "confirm-" + Name.Replace('.', '-').ToLowerInvariant();

    /// <summary>The warning for <paramref name="name"/> in ModelState (put there from the refusal's field), if any.</summary>
    public static ConfirmWarning For(ModelStateDictionary modelState, string name, bool confirmed)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var message = modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
        return new ConfirmWarning(name, message, confirmed);
    }
}
