using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Notices;

/// <summary>An attachment of a notice in any state, for staff; a file not attached to that notice is not found.</summary>
public sealed class FileModel(NoticeStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var file = await store.StaffFileAsync(id, fileId, ct);
        return file is null ? NotFound() : Uploads.Serve(Response, file);
    }
}
