using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Legislation.Records;

/// <summary>新建立法项目: standalone, or opened from a plan item (prefilled from it and linked to it).</summary>
public sealed class CreateModel(LegislationChoices.Handler choices, LegislationStore store) : PageModel
{
    public const string Prefix = "Input";

    [BindProperty] public RecordCommand Input { get; set; } = new();

    public RecordChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? itemId, CancellationToken ct)
    {
        if (itemId is { } id)
        {
            var fromItem = await choices.FromItemAsync(id, ct);
            if (fromItem is null) return NotFound();
            Input = fromItem;
        }
        Choices = await choices.RecordChoicesAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await store.CreateRecordAsync(Input.ToDraft(), User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已新建立法项目。";
                return RedirectToPage("Details", new { id = result.Value });
            }
            result.AddTo(ModelState, typeof(RecordCommand), Prefix);
        }
        Choices = await choices.RecordChoicesAsync(Input, ct);
        return Page();
    }
}
