using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Suggestions;

/// <summary>
/// Downloads a file of one of the deputy's own suggestions: an attachment or a unit's reply letter. A file of any
/// other suggestion, or a file that is not this suggestion's, answers 404.
/// </summary>
public sealed class FileModel(FileModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int suggestion, CancellationToken ct)
    {
        var file = await handler.HandleAsync(id, suggestion, User.GetDeputyId()!.Value, ct);
        if (file is null) return NotFound();
        Uploads.NoSniff(Response);
        Response.Headers.CacheControl = "private, no-cache";
        return Uploads.Serve(file);
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public async Task<StoredFile?> HandleAsync(int fileId, int suggestionId, int deputyId, CancellationToken ct)
        {
            var belongs = await store.ForDeputy(deputyId).AnyAsync(s => s.Id == suggestionId
                && (s.Attachments.Any(a => a.FileId == fileId)
                    || s.Assignments.Any(a => a.Replies.Any(r => r.LetterFileId == fileId))), ct);
            return belongs ? await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, ct) : null;
        }
    }
}
