using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.ContactPoints;

/// <summary>登记基层立法联系点: name (unique), district, address, host body, contact person, phone, day established. It starts in use.</summary>
public sealed class CreateModel(ContactPointStore store) : PageModel, IContactPointFormPage
{
    [BindProperty] public ContactPointCommand Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await store.CreateAsync(Input.ToDetails(), User.AsStaff(), ct);
        if (!result.IsSuccess)
        {
            result.AddTo(ModelState, typeof(ContactPointCommand), "Input");
            return Page();
        }
        TempData["StatusMessage"] = $"已登记基层立法联系点“{Input.Name}”。";
        return RedirectToPage("Details", new { id = result.Value });
    }
}
