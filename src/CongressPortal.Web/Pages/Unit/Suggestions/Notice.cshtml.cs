using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Staff.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>The unit's own 交办通知 of one assignment date (<c>?on=yyyy-MM-dd</c>), the same document staff send; 404 for a day nothing was given to it.</summary>
public sealed class NoticeModel(SuggestionPaperwork paperwork) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? On { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (On is not { } on) return NotFound();
        return await NoticeFile.SendAsync(this, paperwork, User.GetUnitId()!.Value, on, ct);
    }
}
