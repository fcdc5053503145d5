using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Notices;

/// <summary>An attachment of a published notice; of a draft, a withdrawn notice or another notice it is not found.</summary>
public sealed class FileModel(NoticeStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var file = await store.PublicFileAsync(id, fileId, ct);
        // Public, but withdrawn at any moment: served as every stored file is, with no copy in any cache.
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }
}
