using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Reference;

/// <summary>The data work behind a reference-data edit page: a blank form, a loaded form, a save.</summary>
public interface IReferenceEditor<TCommand> where TCommand : class
{
    /// <summary>A blank form; <paramref name="scope"/> is the record a new one is created under (?term=, ?parent=), if the page has one.</summary>
    Task<TCommand> NewAsync(int? scope, CancellationToken ct);

    Task<TCommand?> LoadAsync(int id, CancellationToken ct);

    /// <summary>
    /// Creates (no id, through <see cref="AggregateCreation.CreateAsync{TResult}"/>) or edits (through
    /// <see cref="AggregateCommands"/>.RunAsync, with the record's current values for the conflict panel); the value is the
    /// saved record's name for the status message.
    /// </summary>
    Task<CommandResult<string>> SaveAsync(int? id, TCommand input, CancellationToken ct);
}

/// <summary>
/// Create (no id) or edit (path /{id}) one reference record: bind, validate, save with the shared conflict handling, back to
/// the list. The pages differ only in their form and their handler, and say through the hooks below what they need
/// beyond that: the record a new one belongs to, the list filter to return to, the select lists of the form.
/// </summary>
public abstract class ReferenceEditPage<TCommand>(IReferenceEditor<TCommand> editor) : PageModel where TCommand : class, new()
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public TCommand Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    /// <summary>What the page edits, e.g. 委员会 (新增委员会 / 编辑委员会).</summary>
    protected abstract string Noun { get; }

    public virtual string Heading => (Id is null ? "新增" : "编辑") + Noun;

    /// <summary>The record a new one is created under, bound from the query string by the page (?term=, ?parent=).</summary>
    protected virtual int? Scope => null;

    /// <summary>The list filter to return to after a save (?term=, ?district=, ?year=), from what was saved.</summary>
    protected virtual object? ListRoute => null;

    /// <summary>Loads the select lists the form offers besides the fixed ones (terms, districts).</summary>
    protected virtual Task LoadOptionsAsync(CancellationToken ct) => Task.CompletedTask;

    protected virtual string Saved(string name) => $"已保存“{name}”。";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await editor.LoadAsync(id, ct) : await editor.NewAsync(Scope, ct);
        if (input is null) return NotFound();
        Input = input;
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await editor.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = Saved(result.Value!);
                return RedirectToPage("Index", ListRoute);
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        await LoadOptionsAsync(ct);
        return Page();
    }
}
