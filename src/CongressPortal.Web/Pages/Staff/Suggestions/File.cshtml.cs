using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
        if (file is null) return NotFound();
        Uploads.NoSniff(Response);
        // Not public: no copy in shared caches.
        Response.Headers.CacheControl = "private, no-store";
        return Uploads.Serve(file);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<StoredFile?> FindAsync(int suggestionId, int fileId, CancellationToken ct)
        {
            var belongs = await db.Suggestions.AsNoTracking()
                .Where(s => s.Id == suggestionId)
                .AnyAsync(s => s.Attachments.Any(a => a.FileId == fileId) || s.Assignments.Any(a => a.Replies.Any(r => r.LetterFileId == fileId)), ct);
            return belongs ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
        }
    }
}
