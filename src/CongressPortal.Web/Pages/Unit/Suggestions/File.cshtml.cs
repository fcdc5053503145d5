using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// Serves an attachment of a suggestion assigned to the unit, or one of the unit's own reply letters. Anything
/// else, including a file of another unit's suggestion or another unit's letter, is "not found".
/// </summary>
public sealed class FileModel(FileModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "suggestion")] public int SuggestionId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var file = await handler.FindAsync(User.GetUnitId()!.Value, SuggestionId, Id, ct);
        if (file is null) return NotFound();
        Uploads.NoSniff(Response);
        // Not public: no copy in shared caches.
        Response.Headers.CacheControl = "private, no-store";
        return Uploads.Serve(file);
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public async Task<StoredFile?> FindAsync(int unitId, int suggestionId, int fileId, CancellationToken ct)
        {
            var visible = await store.ForUnit(unitId).AsNoTracking()
                .Where(s => s.Id == suggestionId)
                .AnyAsync(s => s.Attachments.Any(a => a.FileId == fileId)
                    || s.Assignments.Any(a => a.UnitId == unitId && a.State != AssignmentState.Returned && a.Replies.Any(r => r.LetterFileId == fileId)), ct);
            return visible ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
        }
    }
}
