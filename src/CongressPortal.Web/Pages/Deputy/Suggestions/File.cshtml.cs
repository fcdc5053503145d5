using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// Downloads a file of one of the deputy's own suggestions: an attachment or a unit's reply letter. A file of any
/// other suggestion, or a file that is not this suggestion's, answers 404.
/// </summary>
public sealed class FileModel(SuggestionStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int suggestion, CancellationToken ct)
    {
        var file = await store.FileAsync(store.ForDeputy(User.GetDeputyId()!.Value), suggestion, id, unitId: null, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }

}
