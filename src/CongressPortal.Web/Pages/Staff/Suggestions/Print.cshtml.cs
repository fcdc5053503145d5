using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>A suggestion as a printed document (the record, deputies, assignment, every unit's replies), without the timeline.</summary>
public sealed class PrintModel(SuggestionPrintout printout) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public SuggestionPrintout.Document? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Document = await printout.LoadAsync(printout.All, Id, onlyUnitId: null, ct);
        return Document is null ? NotFound() : Page();
    }
}
