using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>A file written from a session's proposals: its bytes, type and name.</summary>
public sealed record PaperworkFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// A page that answers with a document of one session's proposals (<c>?session=</c>; without it, the latest session),
/// 404 for an unknown session. The paperwork holds unpublished proposals and reasons: no copy in browser or proxy caches.
/// </summary>
public abstract class SessionPaperworkPage : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")] public int? Session { get; set; }

    protected abstract Task<PaperworkFile?> WriteAsync(int? session, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var file = await WriteAsync(Session, ct);
        if (file is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
