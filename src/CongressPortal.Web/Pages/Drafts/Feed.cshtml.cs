using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// An Atom feed of the drafts published for comment, the newest <see cref="Handler.MaxEntries"/> first by the day they were
/// opened: each with its comment period as the public pages show it (the last day after any extension, an early close, whether
/// the outcome is published). Comments and commenters never appear. Nothing in it moves with the clock, so it lives as long as
/// the <see cref="PublicPageCache.Drafts"/> tag allows.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Drafts)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Content(await handler.BuildAsync(Url.FeedLinks("/Drafts/Index", PublicFeeds.Drafts.Page, "/Drafts/Details"), ct), PublicFeeds.ContentType);

    /// <param name="OutcomePublishedAt">Set while the outcome (意见采纳情况) is published; a withdrawal clears it.</param>
    public sealed record Row(int Id, string Title, DateTimeOffset OpenedAt, DateOnly LastDay, DateTimeOffset? ClosedEarlyAt, DateTimeOffset? OutcomePublishedAt, DateTimeOffset UpdatedAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public const int MaxEntries = 50;

        public Task<List<Row>> RowsAsync(CancellationToken ct) =>
            DraftStore.Published(db.OpenDrafts.AsNoTracking())
                .Where(d => d.OpenedAt != null)
                .OrderByDescending(d => d.OpenedAt).ThenByDescending(d => d.Id)
                .Take(MaxEntries)
                .Select(d => new Row(d.Id, d.Title, d.OpenedAt!.Value, d.LastDay, d.ClosedEarlyAt, d.OutcomePublishedAt, d.UpdatedAt))
                .ToListAsync(ct);

        public async Task<string> BuildAsync(AtomFeed.Links links, CancellationToken ct)
        {
            var rows = await RowsAsync(ct);
            var head = links.Head("示例市立法征求意见", "市人大常委会公开征求意见的法规草案", rows.Count == 0 ? clock.GetUtcNow() : rows.Max(d => d.UpdatedAt));
            return await AtomFeed.WriteAsync(head, rows.Select(d =>
            {
                var url = links.Record(d.Id);
                return new AtomFeed.Entry(d.Title, url, d.OpenedAt, d.UpdatedAt, url, Summary(d));
            }));
        }

        /// <summary>征求意见期 as the list shows it, and whether the outcome (意见采纳情况) is out.</summary>
        public static string Summary(Row draft)
        {
            ArgumentNullException.ThrowIfNull(draft);
            var period = draft.ClosedEarlyAt is { } early
                ? $"征求意见期：{Display.Date(draft.OpenedAt)}至{Display.Date(early)}（提前结束）。"
                : $"征求意见期：{Display.Date(draft.OpenedAt)}至{Display.Date(draft.LastDay)}。";
            return draft.OutcomePublishedAt is { } outcome ? $"{period}{Display.Date(outcome)}公布了意见采纳情况。" : period;
        }
    }
}
