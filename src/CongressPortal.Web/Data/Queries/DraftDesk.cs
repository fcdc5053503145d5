using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The staff side of drafts for comment (Pages/Staff/Drafts, the legislation record and reading pages, the workspace): the
/// list by phase with figures, one draft with its record and reading, the drafts of a record or a reading, and the actions
/// at the version the page showed. The phase is computed from the clock in SQL with the rule of <see cref="OpenDraft.PhaseOf"/>.
/// </summary>
public static class DraftDesk
{
    /// <summary>Drafts in <paramref name="phase"/> at <paramref name="now"/>.</summary>
    public static IQueryable<OpenDraft> InPhase(IQueryable<OpenDraft> drafts, DraftPhase phase, DateTimeOffset now) => phase switch
    {
        DraftPhase.Open => DraftStore.OpenAt(drafts, now),
        DraftPhase.Closed => DraftStore.ClosedAt(drafts, now),
        _ => drafts.Where(d => d.Status == phase),
    };

    /// <summary>How many comments no one has checked yet (待审核), from the tallies the database keeps.</summary>
    public static Task<int> AwaitingCheckAsync(IQueryable<DraftCommentTally> tallies, CancellationToken ct) =>
        tallies.Where(t => t.Status == DraftCommentStatus.Received).SumAsync(t => t.Count, ct);

    /// <summary>One line of the staff list: the draft, its record, its period and its figures.</summary>
    public sealed record DraftRow(int Id, string Title, DraftPhase Phase, int RecordId, string RecordTitle, DateTimeOffset CreatedAt,
        DateTimeOffset? OpenedAt, DateOnly LastDay, int? DaysLeft, DraftCommentFigures Figures);

    /// <summary>The list: rows newest first, and how many drafts are in each phase now.</summary>
    public sealed record DraftList(IReadOnlyList<DraftRow> Rows, IReadOnlyDictionary<DraftPhase, int> Counts);

    /// <summary>A draft with what its staff page shows besides it: the record's title, the reading, the figures.</summary>
    public sealed record DraftView(OpenDraft Draft, string RecordTitle, ReadingStage Stage, DraftPhase Phase, int? DaysLeft,
        DraftCommentFigures Figures, IReadOnlyList<(string Anchor, DraftCommentFigures Figures)> ByArticle);

    public sealed class Handler(AppDbContext db, DraftStore store)
    {
        public DateTimeOffset Now => store.Now;

        public DateOnly Today => store.Today;

        public async Task<DraftList> ListAsync(DraftPhase? phase, CancellationToken ct)
        {
            var now = store.Now;
            var drafts = db.OpenDrafts.AsNoTracking();
            var filtered = phase is { } p ? InPhase(drafts, p, now) : drafts;
            var rows = await (from d in filtered
                              join r in db.LegislationRecords.AsNoTracking() on d.RecordId equals r.Id
                              orderby d.CreatedAt descending, d.Id descending
                              select new { d.Id, d.Title, d.Status, d.ClosesAt, d.RecordId, RecordTitle = r.Title, d.CreatedAt, d.OpenedAt, d.LastDay })
                .Take(500).ToListAsync(ct);
            var figures = await store.FiguresAsync(rows.Select(r => r.Id).ToList(), ct);
            var counts = new Dictionary<DraftPhase, int>();
            foreach (var each in Enum.GetValues<DraftPhase>()) counts[each] = await InPhase(drafts, each, now).CountAsync(ct);
            return new DraftList(
                [.. rows.Select(r =>
                {
                    var current = OpenDraft.PhaseOf(r.Status, r.ClosesAt, now);
                    return new DraftRow(r.Id, r.Title, current, r.RecordId, r.RecordTitle, r.CreatedAt, r.OpenedAt, r.LastDay,
                        DaysLeft(current, r.LastDay, now), figures.GetValueOrDefault(r.Id, DraftCommentFigures.None));
                })],
                counts);
        }

        /// <summary>A draft with its deadline changes and notes, its record and reading, and its figures; null when there is none.</summary>
        public async Task<DraftView?> LoadAsync(int id, CancellationToken ct)
        {
            var draft = await db.OpenDrafts.AsNoTracking().Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes).FirstOrDefaultAsync(d => d.Id == id, ct);
            if (draft is null) return null;
            var source = await (from r in db.LegislationRecords.AsNoTracking()
                                from x in r.Readings
                                where r.Id == draft.RecordId && x.Id == draft.ReadingId
                                select new { r.Title, x.Stage }).FirstOrDefaultAsync(ct);
            var now = store.Now;
            var byArticle = await store.FiguresByArticleAsync(id, ct);
            var ordered = byArticle.OrderBy(a => a.Key.Length == 0 ? -1 : draft.ArticleAnchors.IndexOf(a.Key)).Select(a => (a.Key, a.Value)).ToList();
            return new DraftView(draft, source?.Title ?? "", source?.Stage ?? ReadingStage.First, draft.Phase(now), draft.DaysLeft(now),
                await store.FiguresAsync(id, ct), ordered);
        }

        /// <summary>A record's drafts, oldest first, with their figures (the record page's 公开征求意见 section).</summary>
        public async Task<IReadOnlyList<DraftRow>> ForRecordAsync(int recordId, CancellationToken ct)
        {
            var now = store.Now;
            var rows = await db.OpenDrafts.AsNoTracking().Where(d => d.RecordId == recordId).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.Title, d.Status, d.ClosesAt, d.CreatedAt, d.OpenedAt, d.LastDay }).ToListAsync(ct);
            var figures = await store.FiguresAsync(rows.Select(r => r.Id).ToList(), ct);
            return [.. rows.Select(r =>
            {
                var current = OpenDraft.PhaseOf(r.Status, r.ClosesAt, now);
                return new DraftRow(r.Id, r.Title, current, recordId, "", r.CreatedAt, r.OpenedAt, r.LastDay, DaysLeft(current, r.LastDay, now),
                    figures.GetValueOrDefault(r.Id, DraftCommentFigures.None));
            })];
        }

        /// <summary>The draft made from a reading, if one was (newest first).</summary>
        public Task<int?> ForReadingAsync(int readingId, CancellationToken ct) =>
            db.OpenDrafts.AsNoTracking().Where(d => d.ReadingId == readingId).OrderByDescending(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);

        /// <summary>The workspace card: drafts open for comment now, and comments waiting for a check.</summary>
        public async Task<(int Open, int AwaitingCheck)> WorkspaceCountsAsync(CancellationToken ct) =>
            (await DraftStore.OpenAt(db.OpenDrafts.AsNoTracking(), store.Now).CountAsync(ct), await AwaitingCheckAsync(db.DraftCommentTallies.AsNoTracking(), ct));

        /// <summary>The reading a new draft is prepared from, with its record; null when the record has no such reading.</summary>
        public Task<LegislationStore.ReadingText?> ReadingAsync(int recordId, int readingId, CancellationToken ct) =>
            (from r in db.LegislationRecords.AsNoTracking()
             from x in r.Readings
             where r.Id == recordId && x.Id == readingId
             select new LegislationStore.ReadingText(r.Id, r.Title, x.Stage, "", x.HeldOn, x.DraftTitle ?? r.Title, x.Explanation, x.TextJson))
            .FirstOrDefaultAsync(ct);

        /// <summary>
        /// One action at the version the page showed. Someone who acted since the page was shown is told so (the conflict)
        /// rather than refused an action the draft's new phase no longer allows; the race between two saves is still caught
        /// by the row version when saving.
        /// </summary>
        public async Task<CommandResult<int>> ActAsync(int id, uint version, Action<OpenDraft, DateTimeOffset> action, CancellationToken ct) =>
            await StaleAsync(id, version, ct) ?? await store.ActAsync(id, version, action, ct);

        public async Task<CommandResult<int>> PublishOutcomeAsync(int id, uint version, DraftOutcome outcome, Actor actor, CancellationToken ct) =>
            await StaleAsync(id, version, ct) ?? await store.PublishOutcomeAsync(id, version, outcome, actor, ct);

        /// <summary>修改 while prepared; a lost race comes back with what the other person saved.</summary>
        public Task<CommandResult<int>> EditAsync(int id, uint version, OpenDraftDetails details, Actor actor, CancellationToken ct)
        {
            var now = store.Now;
            return db.RunAsync(db.OpenDrafts, id, version, draft =>
            {
                draft.Edit(details, actor, now);
                return draft.Id;
            }, new CommandOptions { NotFound = DraftStore.DraftNotFound, ConflictMessage = DraftStore.DraftConflict, Current = token => SnapshotAsync(id, token) }, ct);
        }

        /// <summary>The draft as saved now, for the edit form's conflict panel.</summary>
        public async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
        {
            var d = await db.OpenDrafts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            return d is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
            {
                ["状态"] = OpenDraftWorkflow.PhaseLabel(d.Phase(store.Now)),
                ["草案名称"] = d.Title,
                ["起草说明"] = d.Explanation,
                ["征求意见截止日期"] = Display.Date(d.LastDay),
            }, d.Version);
        }

        private async Task<CommandResult<int>?> StaleAsync(int id, uint version, CancellationToken ct)
        {
            var stored = await db.OpenDrafts.AsNoTracking().Where(d => d.Id == id).Select(d => (uint?)d.Version).FirstOrDefaultAsync(ct);
            if (stored is null) return CommandResult<int>.NotFound(DraftStore.DraftNotFound);
            return stored == version ? null : CommandResult<int>.Conflict(null, null, DraftStore.DraftConflict);
        }

        private static int? DaysLeft(DraftPhase phase, DateOnly lastDay, DateTimeOffset now) =>
            phase == DraftPhase.Open ? lastDay.DayNumber - ChinaTime.Today(now).DayNumber : null;
    }
}
