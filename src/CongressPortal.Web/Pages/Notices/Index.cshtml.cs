using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Notices;

/// <summary>The published 通知公告, newest first, twenty to a page (<c>?p=2</c>).</summary>
[OutputCache(PolicyName = PublicPageCache.Notices)]
public sealed class IndexModel(NoticeStore store) : PageModel
{
    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public NoticePage Notices { get; private set; } = new([], 1, 1);

    public async Task OnGetAsync(CancellationToken ct) => Notices = await store.PublishedPageAsync(PageNumber, ct);
}
