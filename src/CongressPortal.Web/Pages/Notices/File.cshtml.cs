using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Notices;

/// <summary>An attachment of a published notice; of a draft, a withdrawn notice or another notice it is not found.</summary>
public sealed class FileModel(NoticeStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var file = await store.PublicFileAsync(id, fileId, ct);
        if (file is null) return NotFound();
        // Public, but withdrawn at any moment: no copy in shared caches.
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, file.ContentType, file.FileName);
    }
}
