using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// One draft for comment: where its period stands (open with the deadline and days left, extended with the reason, closed,
/// closed early with the reason), the 起草说明, the text by chapter and article with a link under each article to comment on
/// it while comment is open, and once the outcome is published the 意见采纳情况: the figures of checked comments, the
/// summary and a table by article with each article's note. No comment's text, name or contact is ever shown here. A
/// prepared draft answers 404. Served from the output cache; a cached page that shows the form links lives no longer than
/// the closing instant, and saving the draft (extension, early close, outcome) evicts it.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Drafts)]
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public DraftView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await handler.LoadAsync(Id, ct) is not { } view) return NotFound();
        View = view;
        PublicPageCache.ExpireBy(HttpContext, view.AcceptsComments ? view.ClosesAt : null, view.Now);
        return Page();
    }

    /// <summary>An extension of the period as the public reads it: the new last day and why.</summary>
    public sealed record Extension(DateOnly ToLastDay, string Reason);

    /// <summary>One row of the adoption table: an article ("" for the draft as a whole), its checked comments, its note.</summary>
    public sealed record ArticleOutcome(string Anchor, DraftCommentFigures Figures, string? Note);

    public sealed record Outcome(DateTimeOffset? PublishedAt, string Summary, DraftCommentFigures Figures, IReadOnlyList<ArticleOutcome> Articles);

    public sealed record DraftView(
        DateTimeOffset Now,
        int Id,
        string Title,
        string? RecordTitle,
        DraftPhase Phase,
        string? Explanation,
        StatuteText Text,
        DateTimeOffset? OpenedAt,
        DateOnly LastDay,
        DateTimeOffset? ClosesAt,
        bool AcceptsComments,
        int? DaysLeft,
        DateTimeOffset? ClosedEarlyAt,
        string? ClosedEarlyReason,
        IReadOnlyList<Extension> Extensions,
        Outcome? Outcome);

    public sealed class Handler(AppDbContext db, DraftStore store)
    {
        public async Task<DraftView?> LoadAsync(int id, CancellationToken ct)
        {
            var draft = await DraftStore.Published(db.OpenDrafts.AsNoTracking().Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes))
                .SingleOrDefaultAsync(d => d.Id == id, ct);
            if (draft is null) return null;
            var now = store.Now;
            var record = await db.LegislationRecords.AsNoTracking().Where(r => r.Id == draft.RecordId).Select(r => r.Title).FirstOrDefaultAsync(ct);
            var extensions = draft.DeadlineChanges.Where(c => c.Kind == DraftDeadlineChangeKind.Extended).OrderBy(c => c.At)
                .Select(c => new Extension(c.ToLastDay, c.Reason)).ToList();
            return new DraftView(now, draft.Id, draft.Title, record, draft.Phase(now), draft.Explanation, draft.Text(), draft.OpenedAt, draft.LastDay,
                draft.ClosesAt, draft.AcceptsCommentsAt(now), draft.DaysLeft(now), draft.ClosedEarlyAt, draft.ClosedEarlyReason, extensions,
                draft.OutcomePublishedAt is null ? null : await OutcomeAsync(draft, ct));
        }

        /// <summary>The published outcome: figures count checked comments only; the table lists the draft as a whole first, then
        /// the articles in order, each that received a checked comment or has a note.</summary>
        private async Task<Outcome> OutcomeAsync(OpenDraft draft, CancellationToken ct)
        {
            var byArticle = await store.FiguresByArticleAsync(draft.Id, ct);
            var notes = draft.ArticleNotes.ToDictionary(n => n.ArticleAnchor, n => n.Note);
            var rows = draft.ArticleAnchors.Prepend("")
                .Select(anchor => new ArticleOutcome(anchor, byArticle.GetValueOrDefault(anchor, DraftCommentFigures.None), notes.GetValueOrDefault(anchor)))
                .Where(row => row.Figures.Checked > 0 || row.Note is not null)
                .ToList();
            var total = byArticle.Values.Aggregate(DraftCommentFigures.None, (a, b) => a + b);
            return new Outcome(draft.OutcomePublishedAt, draft.OutcomeSummary ?? "", total, rows);
        }
    }
}
