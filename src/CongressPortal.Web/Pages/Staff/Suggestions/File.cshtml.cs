using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Serves an attachment or a reply letter of a suggestion to staff. The file must belong to the suggestion the link
/// names (one of its attachments, or the letter of one of its replies); any other pair is "not found".
/// </summary>
public sealed class FileModel(FileModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "suggestion")] public int SuggestionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var file = await handler.FindAsync(SuggestionId, Id, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public Task<StoredFile?> FindAsync(int suggestionId, int fileId, CancellationToken ct) =>
            store.FileAsync(db.Suggestions, suggestionId, fileId, unitId: null, ct);
    }
}
