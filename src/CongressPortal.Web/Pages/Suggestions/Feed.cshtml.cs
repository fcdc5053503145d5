using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// An Atom feed of the suggestions whose reply the public may read (<see cref="PublicSuggestions.Disclosed"/>), the newest
/// <see cref="Handler.MaxEntries"/> first by when staff published the reply the details page shows: number, title and answering
/// units, linking to the details page. A suggestion answered again (another unit, a new round after 不满意) moves up with its
/// newest published reply; one whose shown reply is superseded by an unpublished one leaves.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SuggestionPages)]
public sealed class FeedModel(FeedModel.Handler handler) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        Content(await handler.BuildAsync(Url.FeedLinks("/Suggestions/Index", PublicFeeds.Replies.Page, "/Suggestions/Details"), ct), PublicFeeds.ContentType);

    /// <param name="FirstPublishedAt">When its first reply was published (an earlier round's, perhaps).</param>
    /// <param name="PublishedAt">When the newest of them was: the entry's time and order.</param>
    public sealed record Row(int Id, string Number, string Title, IReadOnlyList<string> Units, DateTimeOffset FirstPublishedAt, DateTimeOffset PublishedAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public const int MaxEntries = 50;

        /// <summary>
        /// The replies the details page shows, with their suggestion: per answering unit of a disclosed suggestion, its latest
        /// reviewed reply when staff published it. Read from the reply side, "no later reviewed round" rather than "the maximum
        /// round": PostgreSQL then walks the index of published replies by date backwards and stops at the limit (a few ms at
        /// 300,000 suggestions); the maximum's equality was estimated so selective that it joined and sorted every published reply
        /// (seconds). docs/architecture.md, "Atom feeds".
        /// </summary>
        private IQueryable<ShownReply> ShownReplies() =>
            from r in db.Set<SuggestionReply>().AsNoTracking()
            join a in db.Set<SuggestionAssignment>().AsNoTracking().Where(SuggestionAssignment.Answering) on r.AssignmentId equals a.Id
            join s in db.Suggestions.AsNoTracking().Disclosed() on a.SuggestionId equals s.Id
            where r.IsPublished && r.ReviewedAt != null
                && !db.Set<SuggestionReply>().Any(later => later.AssignmentId == a.Id && later.ReviewedAt != null && later.Round > r.Round)
            select new ShownReply { SuggestionId = s.Id, ReviewedAt = r.ReviewedAt!.Value };

        private sealed class ShownReply
        {
            public int SuggestionId { get; init; }

            public DateTimeOffset ReviewedAt { get; init; }
        }

        public async Task<IReadOnlyList<Row>> RowsAsync(CancellationToken ct)
        {
            // Newest replies first, read backwards from the index of published replies by date (ix_suggestion_replies_published_by_date)
            // and stopping at the limit, never a maximum over every disclosed suggestion; a suggestion answered by several units
            // comes several times, so read further until enough different suggestions are found.
            var newest = ShownReplies()
                .OrderByDescending(r => r.ReviewedAt).ThenByDescending(r => r.SuggestionId);
            var take = MaxEntries * 2;
            List<(int Id, DateTimeOffset At)> latest;
            while (true)
            {
                var read = await newest.Take(take).Select(r => new { r.SuggestionId, r.ReviewedAt }).ToListAsync(ct);
                latest = [.. read.DistinctBy(r => r.SuggestionId).Take(MaxEntries).Select(r => (r.SuggestionId, r.ReviewedAt))];
                if (latest.Count == MaxEntries || read.Count < take) break;
                take *= 2;
            }
            var ids = latest.ConvertAll(r => r.Id);
            var details = await db.Suggestions.AsNoTracking().Where(s => ids.Contains(s.Id))
                .Select(s => new
                {
                    s.Id, s.Number, s.Title,
                    Units = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).OrderBy(a => a.Id)
                        .Select(a => db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).First())
                        .ToList(),
                })
                .ToDictionaryAsync(s => s.Id, ct);
            // The entry was first published with the suggestion's first published reply, in whichever round.
            var first = await db.Suggestions.AsNoTracking().Where(s => ids.Contains(s.Id))
                .Select(s => new
                {
                    s.Id,
                    At = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).SelectMany(a => a.Replies)
                        .Where(r => r.IsPublished && r.ReviewedAt != null).Min(r => r.ReviewedAt),
                })
                .ToDictionaryAsync(r => r.Id, r => r.At, ct);
            return latest.ConvertAll(r =>
            {
                var s = details[r.Id];
                return new Row(s.Id, s.Number, s.Title, s.Units, first.GetValueOrDefault(r.Id) ?? r.At, r.At);
            });
        }

        public async Task<string> BuildAsync(AtomFeed.Links links, CancellationToken ct)
        {
            var rows = await RowsAsync(ct);
            var head = links.Head("示例市人大代表建议答复公开", "承办单位对市人大代表建议的答复，经审核公开", rows.Count == 0 ? clock.GetUtcNow() : rows[0].PublishedAt);
            return await AtomFeed.WriteAsync(head, rows.Select(s =>
            {
                var url = links.Record(s.Id);
                return new AtomFeed.Entry($"{s.Title}（{s.Number}）", url, s.FirstPublishedAt, s.PublishedAt, url,
                    $"建议编号：{s.Number}。承办单位：{string.Join("、", s.Units)}。答复已于{Display.Date(s.PublishedAt)}公开。");
            }));
        }
    }
}
