using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.ContactPoints;

/// <summary>修改联系点信息. The form carries the version it showed: a point someone changed meanwhile is not overwritten, and the conflict panel shows what they saved.</summary>
public sealed class EditModel(ContactPointStore store) : PageModel, IContactPointFormPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public ContactPointCommand Input { get; set; } = new();

    public LegislativeContactPoint Point { get; private set; } = null!;

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var point = await store.FindAsync(Id, ct);
        if (point is null) return NotFound();
        Point = point;
        Input = ContactPointCommand.From(point);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var point = await store.FindAsync(Id, ct);
        if (point is null) return NotFound();
        Point = point;
        if (!ModelState.IsValid) return Page();
        var result = await store.UpdateAsync(Id, Input.Version, Input.ToDetails(), User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已保存对联系点信息的修改。";
            return RedirectToPage("Details", new { id = Id });
        }
        Conflict = result.ShowOnEditForm(ModelState, Input);
        return Page();
    }
}
