using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Notices;

/// <summary>A published notice with its attachments; a draft, a withdrawn or an unknown notice is not found.</summary>
[OutputCache(PolicyName = PublicPageCache.Notices)]
public sealed class DetailsModel(NoticeStore store) : PageModel
{
    public PublicNotice Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var notice = await store.PublishedAsync(id, ct);
        if (notice is null) return NotFound();
        Notice = notice;
        return Page();
    }
}
