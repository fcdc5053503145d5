using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// Serves an attachment of a suggestion assigned to the unit, or one of the unit's own reply letters. Anything
/// else, including a file of another unit's suggestion or another unit's letter, is "not found".
/// </summary>
public sealed class FileModel(SuggestionStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "suggestion")] public int SuggestionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unitId = User.GetUnitId()!.Value;
        var file = await store.FileAsync(store.ForUnit(unitId), SuggestionId, Id, unitId, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }

}
