using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Regulations;

/// <summary>
/// An Atom feed of the library's changes: each published version (制定, 修改, 修正) and each repeal is an entry with its
/// 公告 and dates, the newest <see cref="Handler.MaxEntries"/> first by the time the portal published them.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Regulations)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var links = new FeedLinks(Url.PublicPageLink("/Regulations/Index"), Url.PublicPageLink("/Regulations/Feed"),
            (id, version) => Url.PublicPageLink("/Regulations/Details", values: new { id, version }));
        var xml = await handler.BuildAsync(links, ct);
        return Content(xml, "application/atom+xml; charset=utf-8");
    }

    /// <summary>Absolute addresses of the library, the feed itself and a regulation (at a version, or as it stands).</summary>
    public sealed record FeedLinks(string Library, string Feed, Func<int, int?, string> Regulation);

    /// <summary>One change: a version published (<see cref="Version"/> set) or the repeal.</summary>
    public sealed record Change(int RegulationId, int? Version, string Title, LegislationKind Kind, string AnnouncementNumber, DateOnly? PromulgatedOn, DateOnly? EffectiveOn, DateTimeOffset PublishedAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public const int MaxEntries = 50;

        public async Task<IReadOnlyList<Change>> ChangesAsync(CancellationToken ct)
        {
            var versions = await (from v in db.RegulationVersions.AsNoTracking()
                                  join r in db.Regulations.AsNoTracking().Published() on v.RegulationId equals r.Id
                                  where v.PublishedAt != null
                                  orderby v.PublishedAt descending, v.Id descending
                                  select new Change(r.Id, v.Number, v.Title, v.Kind, v.AnnouncementNumber, v.PromulgatedOn, v.EffectiveOn, v.PublishedAt!.Value))
                .Take(MaxEntries).ToListAsync(ct);
            var repeals = await db.Regulations.AsNoTracking().Published()
                .Where(r => r.RepealAnnouncementNumber != null && r.LastPublishedAt != null)
                .OrderByDescending(r => r.LastPublishedAt).ThenByDescending(r => r.Id)
                .Select(r => new Change(r.Id, null, r.Title, LegislationKind.Repeal, r.RepealAnnouncementNumber!, r.RepealPromulgatedOn, r.RepealedOn, r.LastPublishedAt!.Value))
                .Take(MaxEntries).ToListAsync(ct);
            return [.. versions.Concat(repeals).OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Version is null).Take(MaxEntries)];
        }

        public async Task<string> BuildAsync(FeedLinks links, CancellationToken ct)
        {
            var changes = await ChangesAsync(ct);
            var head = new AtomFeed.Head("示例市法规库更新", "新制定、修改和废止的地方性法规", links.Library, links.Feed, links.Library,
                changes.Count == 0 ? clock.GetUtcNow() : changes.Max(c => c.PublishedAt));
            return await AtomFeed.WriteAsync(head, changes.Select(change =>
            {
                var url = links.Regulation(change.RegulationId, change.Version);
                // A version's address names it; the repeal has one entry per regulation.
                var id = change.Version is null ? url + "#repeal" : url;
                return new AtomFeed.Entry($"{change.Title}（{LegislationWorkflow.KindLabel(change.Kind)}）", id, change.PublishedAt, change.PublishedAt, url, Summary(change));
            }));
        }

        private static string Summary(Change change) => change.Version is null
            ? $"{change.AnnouncementNumber}，{Display.Date(change.PromulgatedOn)}公布，自{Display.Date(change.EffectiveOn)}起废止。"
            : $"{LegislationDisplay.VersionName(change.Version.Value, change.Kind)}：{change.AnnouncementNumber}，{Display.Date(change.PromulgatedOn)}公布，自{Display.Date(change.EffectiveOn)}起施行。";
    }
}
