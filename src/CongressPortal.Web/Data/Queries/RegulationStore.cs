using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The regulation library as staff keep it: every regulation, drafts included, filtered for the staff list; entering a
/// regulation with its first version, correcting the version not yet published, publishing it, adding an amended version
/// and recording the repeal — each at the row version the page showed, through <see cref="AggregateCommands"/>. A 公告
/// number is checked against every version and repeal before saving (<see cref="RegulationLibrary.AnnouncementInUseAsync"/>);
/// the unique indexes are the last word and answer with the same refusal. Saving a regulation evicts its public pages
/// from the output cache (the cache interceptor does it).
/// </summary>
public sealed class RegulationStore(AppDbContext db, TimeProvider clock)
{
    public const string NotFound = "找不到这部法规。";
    public const string Conflict = "操作未成功：在您操作期间，其他人已修改了这部法规。页面已显示最新情况，请核对后再操作。";

    /// <summary>Marks a unique violation of a save, turned into <see cref="LegislationMessages.DuplicateAnnouncement"/>.</summary>
    private const string DuplicateKey = "Regulation.Duplicate";

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    // ---------------------------------------------------------------- scopes

    /// <summary>Every regulation, drafts included: what staff see.</summary>
    public IQueryable<Regulation> All => db.Regulations;

    public static IQueryable<Regulation> WithVersions(IQueryable<Regulation> scope) => scope.Include(r => r.Versions);

    public Task<Regulation?> LoadAsync(int id, CancellationToken ct) =>
        WithVersions(All).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The staff list's filters: the library state, the field, words of a title (any version's), only those with a version to publish.</summary>
    public sealed record Filter(RegulationState? State, LegislativeField? Field, string? Title, bool PendingOnly);

    /// <summary>
    /// A regulation in the staff list. <see cref="Library"/> is the row as the public library sees it (null before the
    /// first version is published), from which <see cref="RegulationLibrary.StatusOf"/> gives the public status.
    /// </summary>
    public sealed record Row(int Id, string Title, LegislativeField Field, RegulationState State, int Versions, bool HasPending, DateOnly? LastPromulgatedOn,
        DateTimeOffset UpdatedAt, RegulationLibrary.Row? Library);

    public static IQueryable<Regulation> Filtered(IQueryable<Regulation> regulations, Filter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.State is { } state) regulations = regulations.Where(r => r.State == state);
        if (filter.Field is { } field) regulations = regulations.Where(r => r.Field == field);
        if (filter.PendingOnly) regulations = regulations.Where(r => r.Versions.Any(v => v.PublishedAt == null));
        if (filter.Title?.Trim() is { Length: > 0 } words)
        {
            var pattern = "%" + words.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            regulations = regulations.Where(r => EF.Functions.ILike(r.Title, pattern) || r.Versions.Any(v => EF.Functions.ILike(v.Title, pattern)));
        }
        return regulations;
    }

    /// <summary>One page of the staff list: regulations with a version to publish first, then the most recently changed.</summary>
    public async Task<(IReadOnlyList<Row> Rows, int Total)> ListAsync(Filter filter, int page, int pageSize, CancellationToken ct)
    {
        var query = Filtered(All.AsNoTracking(), filter);
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderByDescending(r => r.Versions.Any(v => v.PublishedAt == null)).ThenByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .Select(r => new
            {
                r.Id, r.Title, r.Field, r.State, r.FirstEffectiveOn, r.LastPromulgatedOn, r.PublishedVersionCount, r.RepealedOn, r.UpdatedAt,
                Versions = r.Versions.Count,
                HasPending = r.Versions.Any(v => v.PublishedAt == null),
                Latest = r.Versions.Where(v => v.IsLatest).Select(v => new { v.AnnouncementNumber, v.ArticleCount }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return (rows.Select(r => new Row(r.Id, r.Title, r.Field, r.State, r.Versions, r.HasPending, r.LastPromulgatedOn, r.UpdatedAt,
            r.PublishedVersionCount == 0 || r.Latest is null ? null
                : new RegulationLibrary.Row(r.Id, r.Title, r.Field, r.FirstEffectiveOn, r.LastPromulgatedOn, r.PublishedVersionCount, r.RepealedOn,
                    r.Latest.AnnouncementNumber, r.Latest.ArticleCount))).ToList(), total);
    }

    // ---------------------------------------------------------------- commands

    /// <summary>Enters a regulation with its first version, not yet public (an existing regulation imported, or one just promulgated).</summary>
    public async Task<CommandResult<int>> CreateAsync(LegislativeField field, RegulationVersionDraft draft, StatuteText text, int? recordId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var result = await db.CreateAsync(async () =>
        {
            await RequireFreeAsync(draft.AnnouncementNumber, null, ct);
            var regulation = Regulation.Create(field, draft, text, recordId, actor, clock.GetUtcNow());
            db.Regulations.Add(regulation);
            return regulation.Id;
        }, Duplicate, ct);
        return AsDuplicate(result);
    }

    /// <summary>Corrects the version not yet published: its facts, its text and (before the first publication) the field.</summary>
    public Task<CommandResult<int>> EditPendingVersionAsync(int id, uint version, LegislativeField field, RegulationVersionDraft draft, StatuteText text, Actor actor,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct) =>
        ActAsync(id, version, async (regulation, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            await RequireFreeAsync(draft.AnnouncementNumber, regulation.PendingVersion?.Id, ct);
            regulation.EditPendingVersion(draft, text, field, actor, now);
        }, current, ct);

    /// <summary>Publishes the pending version to the library.</summary>
    public Task<CommandResult<int>> PublishAsync(int id, uint version, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (regulation, now) =>
        {
            regulation.Publish(actor, now);
            return Task.CompletedTask;
        }, null, ct);

    /// <summary>Adds an amended version (修改 or 修正), pending until staff publish it.</summary>
    public Task<CommandResult<int>> AddVersionAsync(int id, uint version, RegulationVersionDraft draft, StatuteText text, int? recordId, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (regulation, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            await RequireFreeAsync(draft.AnnouncementNumber, null, ct);
            regulation.AddVersion(draft, text, recordId, actor, now);
        }, null, ct);

    /// <summary>Records the repeal (废止) by its 公告.</summary>
    public Task<CommandResult<int>> RepealAsync(int id, uint version, RepealDraft draft, int? recordId, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (regulation, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            await RequireFreeAsync(draft.AnnouncementNumber, null, ct);
            regulation.Repeal(draft, recordId, actor, now);
        }, null, ct);

    /// <summary>
    /// One action on a regulation with its versions at the version the page showed: a refusal, a lost race (with the
    /// other person's values when <paramref name="current"/> is given), a duplicate 公告 or a missing regulation comes
    /// back as a result, and nothing is saved then.
    /// </summary>
    public async Task<CommandResult<int>> ActAsync(int id, uint version, Func<Regulation, DateTimeOffset, Task> action,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        var result = await db.RunAsync(WithVersions(All), id, version, async regulation =>
        {
            await action(regulation, now);
            return regulation.Id;
        }, new CommandOptions { NotFound = NotFound, ConflictMessage = Conflict, Current = current, Unique = Duplicate }, ct);
        return AsDuplicate(result);
    }

    /// <summary>The pending version as saved now, for an edit form's conflict panel (null: the regulation is gone).</summary>
    public async Task<Concurrency.Snapshot?> PendingSnapshotAsync(int id, CancellationToken ct)
    {
        var regulation = await LoadAsync(id, ct);
        if (regulation is null) return null;
        var pending = regulation.PendingVersion;
        return new Concurrency.Snapshot(new Dictionary<string, string?>
        {
            ["状态"] = RegulationWorkflow.StatusLabel(regulation.State),
            ["领域"] = LegislationWorkflow.FieldLabel(regulation.Field),
            ["法规名称"] = pending?.Title,
            ["公告编号"] = pending?.AnnouncementNumber,
            ["通过日期"] = Display.Date(pending?.PassedOn),
            ["批准日期"] = Display.Date(pending?.ApprovedOn),
            ["公布日期"] = Display.Date(pending?.PromulgatedOn),
            ["施行日期"] = Display.Date(pending?.EffectiveOn),
            ["修改说明"] = pending?.ChangeSummary,
            ["条文"] = pending is null ? null : $"{pending.ArticleCount} 条",
        }, regulation.Version);
    }

    private static readonly Concurrency.UniqueField Duplicate = new(DuplicateKey, LegislationMessages.DuplicateAnnouncement.Message);

    /// <summary>A unique violation of the 公告 indexes is the same refusal as the check before saving, so the page puts it next to the field.</summary>
    private static CommandResult<int> AsDuplicate(CommandResult<int> result) =>
        !result.IsSuccess && result.Field == DuplicateKey ? CommandResult<int>.Refused(LegislationMessages.DuplicateAnnouncement) : result;

    /// <summary>Refuses a 公告 number any version or repeal already has (the version being corrected aside).</summary>
    private async Task RequireFreeAsync(string? number, int? exceptVersionId, CancellationToken ct)
    {
        if (await RegulationLibrary.AnnouncementInUseAsync(db, number, exceptVersionId, null, ct))
            throw LegislationMessages.DuplicateAnnouncement.ToException();
    }
}
