using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Reference;

/// <summary>The data work behind a simple reference-data edit page: a blank form, a loaded form, a save.</summary>
public interface IReferenceEditor<TCommand> where TCommand : class
{
    Task<TCommand> NewAsync(CancellationToken ct);

    Task<TCommand?> LoadAsync(int id, CancellationToken ct);

    /// <summary>Saves; the value is the saved record's name for the status message.</summary>
    Task<CommandResult<string>> SaveAsync(int? id, TCommand input, CancellationToken ct);
}

/// <summary>
/// Create (no id) or edit (?id=) one reference record: bind, validate, save with the shared conflict
/// handling, back to the list. The pages differ only in their form and their handler.
/// </summary>
public abstract class ReferenceEditPage<TCommand>(IReferenceEditor<TCommand> editor) : PageModel where TCommand : class, new()
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public TCommand Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    /// <summary>What the page edits, e.g. 委员会 (新增委员会 / 编辑委员会).</summary>
    protected abstract string Noun { get; }

    public string Heading => (Id is null ? "新增" : "编辑") + Noun;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var input = Id is { } id ? await editor.LoadAsync(id, ct) : await editor.NewAsync(ct);
        if (input is null) return NotFound();
        Input = input;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await editor.SaveAsync(Id, Input, ct);
        if (!result.IsSuccess)
        {
            Conflict = result.ShowOn(ModelState, Input);
            return Page();
        }
        TempData["StatusMessage"] = $"已保存“{result.Value}”。";
        return RedirectToPage("Index");
    }
}
