using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>The document of a published handling report; a withdrawn or unknown one is not found.</summary>
public sealed class HandlingReportFileModel(HandlingReportsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var file = await handler.FileAsync(Id, ct);
        if (file is null) return NotFound();
        // Public, but withdrawn at any moment: no copy in shared caches (Serve sends no-store), under the checked type's extension.
        return Uploads.Serve(Response, file);
    }
}
