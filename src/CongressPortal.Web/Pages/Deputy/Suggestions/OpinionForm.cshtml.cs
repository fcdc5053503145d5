using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Staff.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// The deputy's own 征询意见表 (.docx), the same document staff print: only for a suggestion on the deputy's desk (led,
/// co-signed or merged into); anyone else's is not found, as on the rest of the desk.
/// </summary>
public sealed class OpinionFormModel(SuggestionStore store, SuggestionPaperwork paperwork) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        OpinionFormFile.SendAsync(this, paperwork, store.ForDeputy(User.GetDeputyId()!.Value), Id, ct);
}
