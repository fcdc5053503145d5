using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// 登记备案文件: the body, kind, name, document number, publication date and summary. The filing date is today's date on
/// the server (shown, never typed), so a filing made more than 30 days after publication is flagged late whatever anyone
/// types; the filing page says so after saving.
/// </summary>
public sealed class RegisterModel(FilingReviewStore store) : PageModel, IFilingFormPage
{
    [BindProperty] public FilingCommand Input { get; set; } = new();

    public DateOnly Today => store.Today;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await store.RegisterAsync(Input.ToDraft(), User.AsStaff(), ct);
        if (!result.IsSuccess)
        {
            result.AddTo(ModelState, typeof(FilingCommand), "Input");
            return Page();
        }
        TempData["StatusMessage"] = $"已登记备案文件“{Input.Title}”。";
        return RedirectToPage("Details", new { id = result.Value });
    }
}
