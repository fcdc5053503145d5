using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// 立法征求意见 for the public: the drafts open for comment now (soonest deadline first, with the days left), those whose
/// period has ended while their comments are studied, and those whose outcome is published with its public figures (checked
/// comments only). Prepared drafts never show. Served from the output cache, evicted when a draft changes, and kept no
/// longer than the earliest closing instant among the open drafts, so a draft never shows open after its deadline.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Drafts)]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Result View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        View = await handler.HandleAsync(ct);
        PublicPageCache.ExpireBy(HttpContext, View.Open.Min(d => d.ClosesAt), View.Now);
    }

    /// <summary>A draft as the list shows it; <see cref="DaysLeft"/> only while open, <see cref="Figures"/> only once the outcome is published.</summary>
    public sealed record Row(int Id, string Title, string? RecordTitle, DateTimeOffset? OpenedAt, DateOnly LastDay, DateTimeOffset? ClosesAt,
        DateTimeOffset? ClosedEarlyAt, DateTimeOffset? OutcomePublishedAt)
    {
        public int? DaysLeft { get; init; }

        public DraftCommentFigures? Figures { get; init; }
    }

    public sealed record Result(DateTimeOffset Now, IReadOnlyList<Row> Open, IReadOnlyList<Row> Closed, IReadOnlyList<Row> Published);

    public sealed class Handler(AppDbContext db, DraftStore store)
    {
        public async Task<Result> HandleAsync(CancellationToken ct)
        {
            var now = store.Now;
            var open = await RowsAsync(DraftStore.OpenAt(db.OpenDrafts, now).OrderBy(d => d.ClosesAt).ThenBy(d => d.Id), ct);
            var closed = await RowsAsync(DraftStore.ClosedAt(db.OpenDrafts, now).OrderByDescending(d => d.ClosesAt).ThenByDescending(d => d.Id), ct);
            var published = await RowsAsync(PublicDrafts.WithOutcome(db.OpenDrafts).OrderByDescending(d => d.OutcomePublishedAt).ThenByDescending(d => d.Id), ct);
            var figures = await store.FiguresAsync([.. published.Select(d => d.Id)], ct);
            return new Result(now,
                [.. open.Select(d => d with { DaysLeft = PublicDrafts.DaysLeft(d.LastDay, now) })],
                closed,
                [.. published.Select(d => d with { Figures = figures.GetValueOrDefault(d.Id, DraftCommentFigures.None) })]);
        }

        private Task<List<Row>> RowsAsync(IQueryable<OpenDraft> drafts, CancellationToken ct) =>
            (from d in drafts.AsNoTracking()
             join r in db.LegislationRecords.AsNoTracking() on d.RecordId equals r.Id into records
             from r in records.DefaultIfEmpty()
             select new Row(d.Id, d.Title, r == null ? null : r.Title, d.OpenedAt, d.LastDay, d.ClosesAt, d.ClosedEarlyAt, d.OutcomePublishedAt))
            .ToListAsync(ct);
    }
}
