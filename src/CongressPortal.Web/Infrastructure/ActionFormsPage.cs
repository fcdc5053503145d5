using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// A record page with several action forms (a suggestion's review, assignment, reply…). Each form posts under its own
/// prefix to its own handler; <see cref="ActAsync{TForm}"/> runs the command, and on success redirects back
/// (Post/Redirect/Get) with a status message. On failure the page is shown again with what the user typed: a refusal
/// about a field of the form goes next to that field, anything else to the form, and the page says at the top which
/// form failed. A record gone or out of scope answers 404.
/// </summary>
public abstract class ActionFormsPage : PageModel
{
    /// <summary>The form whose post failed: its message is shown there, and the page says so at the top.</summary>
    public string? FailedForm { get; private set; }

    /// <summary>The first message for a form (or field) key, for the forms that show their own errors.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Whether the form <paramref name="form"/> was posted and failed.</summary>
    public bool Failed(string form) => FailedForm == form;

    /// <summary>Shows the record with every form (the GET, and the page after a failed post).</summary>
    protected abstract Task<IActionResult> ShowAsync(CancellationToken ct);

    /// <summary>Where a successful post returns to: the record page itself by default.</summary>
    protected virtual IActionResult AfterSuccess() => RedirectToPage();

    /// <param name="form">The form's name: its binding prefix and the key of its form-level message.</param>
    /// <param name="input">What the form bound (null for a form of buttons only): its properties are the fields a refusal can name.</param>
    protected async Task<IActionResult> ActAsync<TForm>(string form, TForm? input, Func<Task<CommandResult<int>>> act, string success, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (ModelState.IsValid)
        {
            var result = await act();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = success;
                return AfterSuccess();
            }
            if (result.IsNotFound) return NotFound();
            ModelState.AddModelError(result.IsConflict ? form : Forms.KeyFor(result, input?.GetType() ?? typeof(TForm), form, form), result.Error);
        }
        FailedForm = form;
        return await ShowAsync(ct);
    }
}
