using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Notices;

/// <summary>An Atom feed of the newest published notices; a withdrawn notice leaves it.</summary>
[OutputCache(PolicyName = PublicPageCache.Notices)]
public sealed class FeedModel(NoticeStore store, TimeProvider clock) : PageModel
{
    public const int Entries = 30;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var notices = await store.LatestWithTextAsync(Entries, ct);
        var list = Url.PublicPageLink("/Notices/Index");
        var head = new AtomFeed.Head("示例市人大常委会通知公告", null, list, Url.PublicPageLink("/Notices/Feed"), list,
            notices.Count == 0 ? clock.GetUtcNow() : notices.Max(n => n.UpdatedAt));
        var xml = await AtomFeed.WriteAsync(head, notices.Select(n =>
        {
            var link = Url.PublicPageLink("/Notices/Details", values: new { id = n.Id });
            return new AtomFeed.Entry(n.Title, link, n.PublishedAt, n.UpdatedAt, link, n.Summary);
        }));
        return Content(xml, "application/atom+xml; charset=utf-8");
    }
}
