using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Legislation.Plans;

/// <summary>起草立法规划 (five years from its first) or 年度立法计划; items are added next.</summary>
public sealed class CreateModel(LegislationStore store) : PageModel
{
    [BindProperty] public PlanCommand Input { get; set; } = new();

    public void OnGet()
    {
        var year = store.Today.Year;
        Input = new PlanCommand { Year = year, Title = $"示例市人大常委会{year}年度立法计划" };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await store.CreatePlanAsync(Input.ToDraft(), User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已起草，请添加项目。";
            return RedirectToPage("Details", new { id = result.Value });
        }
        result.AddTo(ModelState, typeof(PlanCommand), "Input");
        return Page();
    }
}
