using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>What the moderation list is narrowed to: one article ("" for the draft as a whole), a status, a source, a contact point.</summary>
public sealed record ModerationFilter(string? Article = null, DraftCommentStatus? Status = null, DraftCommentSource? Source = null, int? PointId = null)
{
    /// <summary>The anchor a comment on the draft as a whole has in the filter (its label in <see cref="Infrastructure.DraftDisplay.Article"/>).</summary>
    public const string WholeDraft = "草案整体";
}

/// <summary>The draft as the moderation pages show it: title, phase facts and the window a check needs.</summary>
public sealed record ModerationDraft(int Id, int RecordId, string Title, DraftPhase Status, DateOnly LastDay, DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosesAt, IReadOnlyList<string> ArticleAnchors)
{
    public DraftWindow Window => new(Id, Status, ClosesAt, ArticleAnchors);
}

/// <summary>An article's comments: all of them and those waiting for a check. <see cref="Anchor"/> is "" for the draft as a whole.</summary>
public sealed record ArticleCount(string Anchor, int Total, int Pending);

/// <summary>One page of the moderation list: the comments (with the names of their contact points) and how many match in all.</summary>
public sealed record ModerationPage(IReadOnlyList<DraftComment> Comments, IReadOnlyDictionary<int, string> PointNames, int Total, int Page, int Pages);

/// <summary>One comment of a batch that could not be acted on: its number and why.</summary>
public sealed record BatchProblem(int CommentId, string Message);

/// <summary>
/// The outcome of a batch: applied to every ticked comment, or to none. <see cref="FormRefusal"/> is a refusal of what the
/// user typed (the reason), shown next to its field; <see cref="Problems"/> names each comment that stopped the batch.
/// </summary>
public sealed record BatchResult(int Applied, IReadOnlyList<BatchProblem> Problems, Refusal? FormRefusal, bool Conflict)
{
    public bool IsSuccess => Applied > 0 && Problems.Count == 0 && FormRefusal is null;
}

/// <summary>A row of the export and of the adoption summary: everything about a comment except its contact, which is never read here.</summary>
public sealed record ExportedComment(int Id, string? ArticleAnchor, string Body, string? Name, DraftCommentSource Source, string? PointName,
    DateOnly? CollectedOn, DateTimeOffset SubmittedAt, DraftCommentStatus Status, string? CheckedBy, DateTimeOffset? CheckedAt,
    string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionReason);

/// <summary>
/// The staff side of a draft's comments (docs/domain/legislation.md, "Open drafts"): the moderation list by article with
/// counts from the tallies the database keeps (draft_comment_tallies), the batch check and decision
/// (all ticked comments or none), and the rows of the Excel export and the Word adoption summary. The contact is read only
/// for the moderation list (staff see it); the export rows do not even select it.
/// </summary>
public sealed class DraftModeration(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public const string BatchConflict = "以下意见在您操作期间已被其他人处理，本次批量操作没有修改任何意见。页面已显示最新情况，请核对后重新勾选：";

    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<ModerationDraft?> DraftAsync(int draftId, CancellationToken ct) =>
        db.OpenDrafts.AsNoTracking().Where(d => d.Id == draftId)
            .Select(d => new ModerationDraft(d.Id, d.RecordId, d.Title, d.Status, d.LastDay, d.OpenedAt, d.ClosesAt, d.ArticleAnchors))
            .FirstOrDefaultAsync(ct);

    /// <summary>Each article's comments (all, and waiting for a check) in the order of the text, the draft as a whole first; one grouped query.</summary>
    public async Task<IReadOnlyList<ArticleCount>> ArticleCountsAsync(ModerationDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var counts = await db.DraftCommentTallies.AsNoTracking().Where(t => t.DraftId == draft.Id)
            .GroupBy(t => t.ArticleAnchor)
            .Select(g => new { Anchor = g.Key, Total = g.Sum(t => t.Count), Pending = g.Where(t => t.Status == DraftCommentStatus.Received).Sum(t => t.Count) })
            .ToListAsync(ct);
        var by = counts.ToDictionary(c => c.Anchor, c => new ArticleCount(c.Anchor, c.Total, c.Pending));
        return [.. draft.ArticleAnchors.Prepend("").Select(a => by.GetValueOrDefault(a) ?? new ArticleCount(a, 0, 0))];
    }

    public static IQueryable<DraftComment> Filter(IQueryable<DraftComment> comments, int draftId, ModerationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        comments = comments.Where(c => c.DraftId == draftId);
        if (filter.Article == ModerationFilter.WholeDraft) comments = comments.Where(c => c.ArticleAnchor == null);
        else if (!string.IsNullOrEmpty(filter.Article)) comments = comments.Where(c => c.ArticleAnchor == filter.Article);
        if (filter.Status is { } status) comments = comments.Where(c => c.Status == status);
        if (filter.Source is { } source) comments = comments.Where(c => c.Source == source);
        if (filter.PointId is { } point) comments = comments.Where(c => c.ContactPointId == point);
        return comments;
    }

    /// <summary>A page of the list (<paramref name="page"/> from 1, oldest first), 50 comments, with the names of their contact points.</summary>
    public async Task<ModerationPage> PageAsync(int draftId, ModerationFilter filter, int page, CancellationToken ct)
    {
        var query = Filter(db.DraftComments.AsNoTracking(), draftId, filter);
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var comments = await query.OrderBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var pointIds = comments.Where(c => c.ContactPointId != null).Select(c => c.ContactPointId!.Value).Distinct().ToList();
        var names = pointIds.Count == 0
            ? new Dictionary<int, string>()
            : await db.LegislativeContactPoints.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new ModerationPage(comments, names, total, page, pages);
    }

    /// <summary>Whether any comment of the draft waits for a check (the list then opens on those).</summary>
    public Task<bool> AnyPendingAsync(int draftId, CancellationToken ct) =>
        db.DraftCommentTallies.AsNoTracking().AnyAsync(t => t.DraftId == draftId && t.Status == DraftCommentStatus.Received && t.Count > 0, ct);

    /// <summary>The list's status filter when none is chosen: 待审核 while any comment waits for a check, else everything.</summary>
    public async Task<DraftCommentStatus?> DefaultStatusAsync(int draftId, CancellationToken ct) =>
        await AnyPendingAsync(draftId, ct) ? DraftCommentStatus.Received : null;

    /// <summary>The contact points of the draft's comments, for the filter.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> PointsOfAsync(int draftId, CancellationToken ct)
    {
        var points = await (from p in db.LegislativeContactPoints.AsNoTracking()
                            where db.DraftComments.Any(c => c.DraftId == draftId && c.ContactPointId == p.Id)
                            orderby p.Name
                            select new { p.Id, p.Name }).ToListAsync(ct);
        return [.. points.Select(p => (p.Id, p.Name))];
    }

    /// <summary>
    /// One action on every ticked comment, at the versions the page showed, in one transaction: applied to all of them, or
    /// to none when any is refused (with its reason), gone, or changed by someone else meanwhile.
    /// </summary>
    public async Task<BatchResult> BatchAsync(int draftId, DraftCommentAction action, string? reason, IReadOnlyDictionary<int, uint> versions, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var window = await db.OpenDrafts.AsNoTracking().Where(d => d.Id == draftId)
            .Select(d => new DraftWindow(d.Id, d.Status, d.ClosesAt, d.ArticleAnchors)).FirstOrDefaultAsync(ct);
        if (window is null || versions.Count == 0) return new BatchResult(0, [], null, false);
        var ids = versions.Keys.ToList();
        var comments = await db.DraftComments.Where(c => c.DraftId == draftId && ids.Contains(c.Id)).ToListAsync(ct);
        var problems = ids.Where(id => comments.All(c => c.Id != id)).Select(id => new BatchProblem(id, "找不到这条意见。")).ToList();
        var changed = comments.Where(c => c.Version != versions[c.Id]).Select(c => c.Id).ToList();
        if (changed.Count > 0) return Undo(new BatchResult(0, [.. changed.Order().Select(id => new BatchProblem(id, BatchConflict))], null, true));
        var now = clock.GetUtcNow();
        foreach (var comment in comments.OrderBy(c => c.Id))
        {
            db.Entry(comment).Property(c => c.Version).OriginalValue = versions[comment.Id];
            try
            {
                Apply(comment, window, action, reason, actor, now);
            }
            catch (DomainRuleException refused) when (refused.Refusal.Field is { Length: > 0 })
            {
                // A refusal of what was typed (the reason) is the same for every comment: shown once, next to the field.
                return Undo(new BatchResult(0, [], refused.Refusal, false));
            }
            catch (DomainRuleException refused)
            {
                problems.Add(new BatchProblem(comment.Id, refused.Refusal.Message));
            }
        }
        if (problems.Count > 0) return Undo(new BatchResult(0, problems, null, false));
        try
        {
            await db.SaveChangesAsync(ct);
            return new BatchResult(comments.Count, [], null, false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.DraftComments.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Version }).ToListAsync(ct);
            var raced = stored.Where(c => c.Version != versions[c.Id]).Select(c => c.Id).Order().ToList();
            return new BatchResult(0, [.. (raced.Count > 0 ? raced : ids).Select(id => new BatchProblem(id, BatchConflict))], null, true);
        }
    }

    private BatchResult Undo(BatchResult result)
    {
        // Drops whatever the refused batch had begun to change, and the audit rows queued for it.
        db.ChangeTracker.Clear();
        return result;
    }

    private static void Apply(DraftComment comment, DraftWindow window, DraftCommentAction action, string? reason, Actor actor, DateTimeOffset now)
    {
        switch (action)
        {
            case DraftCommentAction.MarkValid: comment.Check(window, DraftCommentCheck.Valid, actor, now); break;
            case DraftCommentAction.MarkDuplicate: comment.Check(window, DraftCommentCheck.Duplicate, actor, now); break;
            case DraftCommentAction.MarkOffTopic: comment.Check(window, DraftCommentCheck.OffTopic, actor, now); break;
            case DraftCommentAction.MarkAbusive: comment.Check(window, DraftCommentCheck.Abusive, actor, now); break;
            case DraftCommentAction.Adopt: comment.Decide(window, AdoptionDecision.Adopted, reason, actor, now); break;
            case DraftCommentAction.AdoptInPart: comment.Decide(window, AdoptionDecision.PartlyAdopted, reason, actor, now); break;
            case DraftCommentAction.NotAdopt: comment.Decide(window, AdoptionDecision.NotAdopted, reason, actor, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>Every comment of the draft in the order received, for the export and the summary: the contact is not selected.</summary>
    public async Task<IReadOnlyList<ExportedComment>> ExportRowsAsync(int draftId, CancellationToken ct) =>
        await (from c in db.DraftComments.AsNoTracking()
               where c.DraftId == draftId
               join p in db.LegislativeContactPoints.AsNoTracking() on c.ContactPointId equals p.Id into points
               from p in points.DefaultIfEmpty()
               orderby c.Id
               select new ExportedComment(c.Id, c.ArticleAnchor, c.Body, c.Name, c.Source, p == null ? null : p.Name, c.CollectedOn, c.SubmittedAt,
                   c.Status, c.CheckedBy, c.CheckedAt, c.DecidedBy, c.DecidedAt, c.DecisionReason)).ToListAsync(ct);

    /// <summary>What the adoption summary needs beyond the comments: the draft's text, notes, summary and deadline changes.</summary>
    public Task<OpenDraft?> FullDraftAsync(int draftId, CancellationToken ct) =>
        db.OpenDrafts.AsNoTracking().Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes).FirstOrDefaultAsync(d => d.Id == draftId, ct);

    /// <summary>The reasons of the adopted and partly adopted comments, per article anchor ("" for the draft as a whole), oldest first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> AdoptedReasons(IEnumerable<ExportedComment> comments) =>
        comments.Where(c => c.Status is DraftCommentStatus.Adopted or DraftCommentStatus.PartlyAdopted && !string.IsNullOrWhiteSpace(c.DecisionReason))
            .GroupBy(c => c.ArticleAnchor ?? "")
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.DecisionReason!).Distinct()]);
}
