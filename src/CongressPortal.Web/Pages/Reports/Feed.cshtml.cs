using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>An Atom feed of the published reports: one entry per report, updated when a correction is published.</summary>
[OutputCache(PolicyName = PublicPageCache.Reports)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var links = new FeedLinks(Url.PublicPageLink("/Reports/Index"), Url.PublicPageLink("/Reports/Feed"),
            year => Url.PublicPageLink("/Reports/Details", values: new { year }));
        var xml = await handler.BuildAsync(links, ct);
        return Content(xml, "application/atom+xml; charset=utf-8");
    }

    /// <summary>Absolute addresses of the list, the feed itself and each year's report, on the public host (Portal:PublicBaseUrl).</summary>
    public sealed record FeedLinks(string Reports, string Feed, Func<int, string> Report);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<string> BuildAsync(FeedLinks links, CancellationToken ct)
        {
            var reports = await PublishedReports.LatestAsync(db, ct);
            var head = new AtomFeed.Head("市人大常委会工作报告", null, links.Reports, links.Feed, links.Reports,
                reports.Count == 0 ? clock.GetUtcNow() : reports.Max(r => r.LastPublishedAt));
            return await AtomFeed.WriteAsync(head, reports.Select(report => new AtomFeed.Entry(
                $"{report.Year}年 {report.Title}", links.Report(report.Year), report.FirstPublishedAt, report.LastPublishedAt, links.Report(report.Year),
                report.LastPublishedAt > report.FirstPublishedAt
                    ? $"{report.Year}年市人大常委会工作报告全文（已更正）。"
                    : $"{report.Year}年市人大常委会工作报告全文。")));
        }
    }
}
