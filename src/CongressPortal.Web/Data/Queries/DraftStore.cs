using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>What the writer of a comment reads with their receipt code: never the contact or the name. The decision and its
/// reason only once the draft's outcome is published.</summary>
public sealed record DraftCommentLookup(int DraftId, string DraftTitle, string? ArticleAnchor, DateTimeOffset SubmittedAt, DraftCommentStatus Status,
    bool OutcomePublished, string? DecisionReason)
{
    /// <summary>The status the writer is told: before the outcome only whether the comment was received and checked.</summary>
    public string PublicStatus => !OutcomePublished
        ? Status == DraftCommentStatus.Received ? "已收到，等待审核" : "已审核，正在研究处理"
        : Status switch
        {
            DraftCommentStatus.Adopted => "已采纳",
            DraftCommentStatus.PartlyAdopted => "部分采纳",
            DraftCommentStatus.NotAdopted => "未采纳",
            DraftCommentStatus.Duplicate => "与其他意见重复，已合并研究",
            DraftCommentStatus.OffTopic => "与草案内容无关，未作为对草案的意见",
            DraftCommentStatus.Abusive => "含有不当言论，未予采用",
            _ => "已审核",
        };
}

/// <summary>
/// Drafts for comment (docs/domain/legislation.md, "Open drafts") for the pages: preparing one from a reading, one action
/// on a draft at the version the page showed, a comment from the public as a small insert (the draft's window is read,
/// never its text), the lookup by receipt code, and the figures by status and by article. Moderation lists, exports and
/// the contact points' figures build on <see cref="Comments"/> and <see cref="FiguresAsync"/>.
/// </summary>
public sealed class DraftStore(AppDbContext db, TimeProvider clock, DraftWindowCache windows)
{
    public const string DraftConflict = "操作未成功：在您操作期间，其他人已修改了这件征求意见稿。页面已显示最新情况，请核对后再操作。";
    public const string DraftNotFound = "找不到这件征求意见稿。";

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public IQueryable<OpenDraft> Drafts => db.OpenDrafts;

    public IQueryable<DraftComment> Comments => db.DraftComments;

    public IQueryable<LegislativeContactPoint> ContactPoints => db.LegislativeContactPoints;

    /// <summary>Drafts the public may see: published ones (a prepared draft is staff-only).</summary>
    public static IQueryable<OpenDraft> Published(IQueryable<OpenDraft> drafts) => drafts.Where(d => d.Status != DraftPhase.Prepared);

    /// <summary>Drafts open for comment at <paramref name="now"/> (the same rule as <see cref="OpenDraft.PhaseOf"/>).</summary>
    public static IQueryable<OpenDraft> OpenAt(IQueryable<OpenDraft> drafts, DateTimeOffset now) =>
        drafts.Where(d => d.Status == DraftPhase.Open && d.ClosesAt > now);

    /// <summary>Drafts whose period is over at <paramref name="now"/> and whose outcome is not published yet.</summary>
    public static IQueryable<OpenDraft> ClosedAt(IQueryable<OpenDraft> drafts, DateTimeOffset now) =>
        drafts.Where(d => d.Status == DraftPhase.Closed || (d.Status == DraftPhase.Open && d.ClosesAt <= now));

    /// <summary>The few facts a comment or a check needs; null when there is no such draft.</summary>
    public async Task<DraftWindow?> WindowAsync(int draftId, CancellationToken ct)
    {
        // Columns first, the record after: EF compiles a projection into a constructor that takes the anchors array
        // anew on every execution (a dynamic method each time), which cost a submission more than its insert.
        var row = await db.OpenDrafts.AsNoTracking().Where(d => d.Id == draftId)
            .Select(d => new { d.Id, d.Status, d.ClosesAt, d.ArticleAnchors })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new DraftWindow(row.Id, row.Status, row.ClosesAt, row.ArticleAnchors);
    }

    // ---------------------------------------------------------------- the draft

    /// <summary>Prepares a draft from a reading of a record; refused (at its field) when the period or the text is not right.</summary>
    public async Task<CommandResult<int>> PrepareAsync(int recordId, int readingId, OpenDraftDetails details, Actor actor, CancellationToken ct)
    {
        var record = await db.LegislationRecords.Include(r => r.Readings).AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, ct);
        if (record is null) return CommandResult<int>.NotFound("找不到这个立法项目。");
        return await db.CreateAsync(() =>
        {
            var draft = OpenDraft.Prepare(record, readingId, details, actor, clock.GetUtcNow());
            db.OpenDrafts.Add(draft);
            return draft.Id;
        }, null, ct);
    }

    /// <summary>One action on a draft at the version the page showed, at the server's time.</summary>
    public Task<CommandResult<int>> ActAsync(int id, uint version, Action<OpenDraft, DateTimeOffset> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        return db.RunAsync(db.OpenDrafts.Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes), id, version, draft =>
        {
            action(draft, now);
            return draft.Id;
        }, new CommandOptions { NotFound = DraftNotFound, ConflictMessage = DraftConflict }, ct);
    }

    /// <summary>Publishes the outcome with the figures counted now (every comment checked, every valid one decided).</summary>
    public async Task<CommandResult<int>> PublishOutcomeAsync(int id, uint version, DraftOutcome outcome, Actor actor, CancellationToken ct)
    {
        var figures = await FiguresAsync(id, ct);
        return await ActAsync(id, version, (draft, now) => draft.PublishOutcome(outcome, figures, actor, now), ct);
    }

    // ---------------------------------------------------------------- comments

    /// <summary>
    /// Stores a comment from the public with a fresh receipt code and returns the code. Reads only the draft's window (status,
    /// closing instant, anchors) and inserts one row: the form's refusal (closed, unknown article, a field) names its field.
    /// </summary>
    public async Task<CommandResult<string>> SubmitCommentAsync(int draftId, DraftCommentDraft comment, CancellationToken ct)
    {
        // This node's copy of the window (a staff change to the draft clears it at once; the deadline is checked against
        // the clock below whatever is kept).
        var window = await windows.GetAsync(draftId, () => WindowAsync(draftId, ct));
        if (window is null || window.Status == DraftPhase.Prepared) return CommandResult<string>.NotFound(DraftNotFound);
        // One round trip for the save: the comment's insert and its audit row go as one batch, which PostgreSQL runs as one
        // implicit transaction (both or neither), so EF's BEGIN … COMMIT around it would only add a round trip. The context
        // is leased for this request and goes back to its pool with the default restored.
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        for (var attempt = 0; ; attempt++)
        {
            var code = ReceiptCode.New();
            // AddAsync: the hi-lo key generator fetches its next block from the database without blocking a thread
            // (Add would wait for it synchronously while every other submission spins on the generator's lock).
            var result = await db.CreateAsync(async () =>
            {
                await db.DraftComments.AddAsync(DraftComment.Submit(window, comment, code, clock.GetUtcNow()), ct);
                return code;
            }, new Concurrency.UniqueField("", Concurrency.Duplicate), ct);
            if (result.IsSuccess || result.Refusal is not null || attempt >= 3) return result;
        }
    }

    /// <summary>Enters a comment a contact point collected; the point must exist and be active.</summary>
    public async Task<CommandResult<int>> RecordPointCommentAsync(int draftId, PointCommentDraft comment, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var window = await WindowAsync(draftId, ct);
        if (window is null) return CommandResult<int>.NotFound(DraftNotFound);
        if (comment.ContactPointId > 0)
        {
            var active = await db.LegislativeContactPoints.Where(p => p.Id == comment.ContactPointId).Select(p => (bool?)p.IsActive).FirstOrDefaultAsync(ct);
            if (active is null) return CommandResult<int>.Refused(DraftMessages.ContactPointRequired);
            if (active == false) return CommandResult<int>.Refused(DraftMessages.ContactPointInactive);
        }
        return await db.CreateAsync(() =>
        {
            var recorded = DraftComment.Record(window, comment, actor, clock.GetUtcNow());
            db.DraftComments.Add(recorded);
            return recorded;
        }, null, ct) is var result && result.IsSuccess
            ? CommandResult<int>.Ok(result.Value!.Id)
            : result.Refusal is { } refusal ? CommandResult<int>.Refused(refusal) : CommandResult<int>.Fail(result.Error, result.Field);
    }

    /// <summary>What the code's owner may read; null for a code that is not one or not found (the page says only 未找到).</summary>
    public async Task<DraftCommentLookup?> LookupAsync(string? typed, CancellationToken ct)
    {
        var code = ReceiptCode.Normalize(typed);
        if (code is null) return null;
        var found = await (from c in db.DraftComments.AsNoTracking()
                           join d in db.OpenDrafts.AsNoTracking() on c.DraftId equals d.Id
                           where c.ReceiptCode == code
                           select new { d.Id, d.Title, c.ArticleAnchor, c.SubmittedAt, CommentStatus = c.Status, DraftStatus = d.Status, c.DecisionReason })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var published = found.DraftStatus == DraftPhase.OutcomePublished;
        return new DraftCommentLookup(found.Id, found.Title, found.ArticleAnchor, found.SubmittedAt, found.CommentStatus, published,
            published ? found.DecisionReason : null);
    }

    // ---------------------------------------------------------------- figures

    /// <summary>A draft's comments counted by status (from the tallies the database keeps with every comment).</summary>
    public async Task<DraftCommentFigures> FiguresAsync(int draftId, CancellationToken ct)
    {
        var counts = await db.DraftCommentTallies.AsNoTracking().Where(t => t.DraftId == draftId)
            .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Sum(t => t.Count) }).ToListAsync(ct);
        return DraftCommentFigures.From(counts.Select(c => (c.Status, c.Count)));
    }

    /// <summary>Figures of many drafts at once (lists), by draft id; a draft without comments is absent.</summary>
    public async Task<IReadOnlyDictionary<int, DraftCommentFigures>> FiguresAsync(IReadOnlyCollection<int> draftIds, CancellationToken ct)
    {
        var counts = await db.DraftCommentTallies.AsNoTracking().Where(t => draftIds.Contains(t.DraftId) && t.Count > 0)
            .GroupBy(t => new { t.DraftId, t.Status }).Select(g => new { g.Key.DraftId, g.Key.Status, Count = g.Sum(t => t.Count) }).ToListAsync(ct);
        return counts.GroupBy(c => c.DraftId).ToDictionary(g => g.Key, g => DraftCommentFigures.From(g.Select(c => (c.Status, c.Count))));
    }

    /// <summary>A draft's figures per article anchor ("" for comments on the draft as a whole); an article without comments is absent.</summary>
    public async Task<IReadOnlyDictionary<string, DraftCommentFigures>> FiguresByArticleAsync(int draftId, CancellationToken ct) =>
        (await FiguresByArticleAsync(db, [draftId], ct)).GetValueOrDefault(draftId) ?? new Dictionary<string, DraftCommentFigures>();

    /// <summary>The figures per article anchor of several drafts (the open data API), by draft id; a draft without comments is absent.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, DraftCommentFigures>>> FiguresByArticleAsync(AppDbContext db,
        IReadOnlyCollection<int> draftIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.DraftCommentTallies.AsNoTracking().Where(t => draftIds.Contains(t.DraftId) && t.Count > 0)
            .Select(t => new { t.DraftId, t.ArticleAnchor, t.Status, t.Count }).ToListAsync(ct);
        return counts.GroupBy(c => c.DraftId).ToDictionary(d => d.Key, d => (IReadOnlyDictionary<string, DraftCommentFigures>)d.GroupBy(c => c.ArticleAnchor)
            .ToDictionary(g => g.Key, g => DraftCommentFigures.From(g.Select(c => (c.Status, c.Count)))));
    }

    /// <summary>
    /// A year's public comment for the work report and the statistics: drafts published that year, and their comments
    /// (checked ones only: received, adopted including partly).
    /// </summary>
    public async Task<(int Drafts, DraftCommentFigures Comments)> YearFiguresAsync(int year, CancellationToken ct)
    {
        // Npgsql writes only UTC offsets to timestamptz parameters.
        var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var to = new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
        var ids = await db.OpenDrafts.AsNoTracking().Where(d => d.OpenedAt >= from && d.OpenedAt < to).Select(d => d.Id).ToListAsync(ct);
        var figures = await FiguresAsync(ids, ct);
        return (ids.Count, figures.Values.Aggregate(DraftCommentFigures.None, (a, b) => a + b));
    }
}
