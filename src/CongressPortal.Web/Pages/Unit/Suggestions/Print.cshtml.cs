using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// A suggestion assigned to the unit as a printed document, with the unit's own replies only (never another unit's, as on
/// the desk); a suggestion not assigned to it is not found.
/// </summary>
public sealed class PrintModel(SuggestionStore store, SuggestionPrintout printout) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SuggestionPrintout.Document? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unitId = User.GetUnitId()!.Value;
        Document = await printout.LoadAsync(store.ForUnit(unitId), Id, onlyUnitId: unitId, ct);
        return Document is null ? NotFound() : Page();
    }
}
