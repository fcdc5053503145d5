using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Stations;

/// <summary>
/// An Atom feed of the reception notices (代表接待日公告) the station pages show: the station, the day and hours, the deputies on
/// duty by name, and the station's address — nothing of visitors, no telephone numbers. Notices are computed from the schedules,
/// not stored: a reception is announced when it enters the <see cref="ReceptionNotices.HorizonDays"/>-day horizon, at midnight
/// in China, which is its entry's publication time; so the newest first are the furthest ahead, <see cref="Handler.MaxEntries"/>
/// of them. The feed is kept no longer than the next start or end of a reception it lists (an ended one leaves it) or midnight.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.StationPages)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (xml, changesAt, now) = await handler.BuildAsync(Url.FeedLinks("/Stations/Index", PublicFeeds.Receptions.Page, "/Stations/Details"), ct);
        PublicPageCache.ExpireBy(HttpContext, changesAt, now);
        return Content(xml, PublicFeeds.ContentType);
    }

    public sealed class Handler(ReceptionNoticeQueries notices)
    {
        public const int MaxEntries = 50;

        /// <summary>When a reception on <paramref name="date"/> was first announced: midnight in China, the horizon before.</summary>
        public static DateTimeOffset AnnouncedAt(DateOnly date) => ChinaTime.At(date.AddDays(-ReceptionNotices.HorizonDays), TimeOnly.MinValue);

        public async Task<IReadOnlyList<ReceptionNoticeQueries.NoticeView>> NoticesAsync(CancellationToken ct) =>
            [.. (await notices.UpcomingAsync(ct: ct))
                .OrderByDescending(n => n.Date).ThenByDescending(n => n.Start).ThenBy(n => n.StationId)
                .Take(MaxEntries)];

        /// <returns>The feed, when it next changes with the clock, and the time it was built at.</returns>
        public async Task<(string Xml, DateTimeOffset? ChangesAt, DateTimeOffset Now)> BuildAsync(AtomFeed.Links links, CancellationToken ct)
        {
            var now = notices.Now;
            var listed = await NoticesAsync(ct);
            var head = links.Head("示例市代表联络站接待日公告", "人大代表在联络站接待群众的日期、时间、地点和接待代表",
                listed.Count == 0 ? now : listed.Max(n => AnnouncedAt(n.Date)));
            var xml = await AtomFeed.WriteAsync(head, listed.Select(n =>
            {
                var url = links.Record(n.StationId);
                var announced = AnnouncedAt(n.Date);
                // One entry per station, day and starting time: the page has no anchor per row, the id only has to be stable.
                var id = string.Create(CultureInfo.InvariantCulture, $"{url}#reception-{n.Date:yyyy-MM-dd}-{n.Start:HHmm}");
                return new AtomFeed.Entry($"{n.StationName} {NoticeText.Day(n.Date)} {NoticeText.Time(n.Start, n.End)} 代表接待日", id, announced, announced, url,
                    $"{NoticeText.Day(n.Date)}{NoticeText.Time(n.Start, n.End)}，{n.StationName}（{n.Address}），接待代表：{NoticeText.Deputies(n)}。");
            }));
            return (xml, ReceptionNoticeQueries.NextChange(listed, now), now);
        }
    }
}
