using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>The deputy's own suggestion as a printed document, with every filed reply (as on the desk); anyone else's is not found.</summary>
public sealed class PrintModel(SuggestionStore store, SuggestionPrintout printout) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SuggestionPrintout.Document? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Document = await printout.LoadAsync(store.ForDeputy(User.GetDeputyId()!.Value), Id, onlyUnitId: null, ct);
        return Document is null ? NotFound() : Page();
    }
}
