using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>A contact point's comments: on how many drafts, how many collected, how many valid and adopted (partly adopted included).</summary>
public sealed record PointFigures(int Drafts, int Collected, int Valid, int Adopted)
{
    public static PointFigures None { get; } = new(0, 0, 0, 0);
}

/// <summary>A row of the registry: the point and its figures.</summary>
public sealed record ContactPointRow(int Id, string Name, string District, string? HostOrganisation, bool IsActive, PointFigures Figures);

/// <summary>A point's comments on one draft: the draft and the figures of those comments.</summary>
public sealed record PointDraftRow(int DraftId, string Title, DraftCommentFigures Figures);

/// <summary>
/// The registry of 基层立法联系点 (DOMAIN.md §6) for the staff pages: the points with their figures (one grouped query over
/// their comments), creation and editing at the version the page showed (a duplicate name is refused next to the name),
/// activation, and a point's figures per draft.
/// </summary>
public sealed class ContactPointStore(AppDbContext db, TimeProvider clock)
{
    public const string PointConflict = "操作未成功：在您操作期间，其他人已修改了这个基层立法联系点。页面已显示最新情况，请核对后再操作。";
    public const string PointNotFound = "找不到这个基层立法联系点。";

    /// <summary>Where the forms show a duplicate name (the unique index cannot name a draft field).</summary>
    public const string NameKey = "Input.Name";

    private static Concurrency.UniqueField DuplicateName => new(NameKey, DraftMessages.DuplicatePointName.Message);

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public IQueryable<LegislativeContactPoint> Points => db.LegislativeContactPoints;

    /// <summary>The points (all, or only active or inactive ones) by district and name, with their figures.</summary>
    public async Task<IReadOnlyList<ContactPointRow>> ListAsync(bool? active, CancellationToken ct)
    {
        var points = db.LegislativeContactPoints.AsNoTracking();
        if (active is { } only) points = points.Where(p => p.IsActive == only);
        var rows = await points.OrderBy(p => p.District).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.District, p.HostOrganisation, p.IsActive }).ToListAsync(ct);
        var figures = await FiguresAsync(null, ct);
        return [.. rows.Select(p => new ContactPointRow(p.Id, p.Name, p.District, p.HostOrganisation, p.IsActive, figures.GetValueOrDefault(p.Id) ?? PointFigures.None))];
    }

    /// <summary>The figures of every point (or one), from one query grouped by point, draft and status.</summary>
    public async Task<IReadOnlyDictionary<int, PointFigures>> FiguresAsync(int? pointId, CancellationToken ct)
    {
        var counts = await ByDraftAsync(pointId, ct);
        return counts.GroupBy(c => c.PointId).ToDictionary(g => g.Key, g =>
        {
            var all = g.Aggregate(DraftCommentFigures.None, (sum, c) => sum + c.Figures);
            return new PointFigures(g.Select(c => c.DraftId).Distinct().Count(), all.Total, all.Counted, all.AdoptedTotal);
        });
    }

    /// <summary>One point's figures per draft, newest draft first.</summary>
    public async Task<IReadOnlyList<PointDraftRow>> DraftsOfAsync(int pointId, CancellationToken ct)
    {
        var counts = await ByDraftAsync(pointId, ct);
        var ids = counts.Select(c => c.DraftId).Distinct().ToList();
        var titles = await db.OpenDrafts.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Title, ct);
        return [.. counts.OrderByDescending(c => c.DraftId).Select(c => new PointDraftRow(c.DraftId, titles.GetValueOrDefault(c.DraftId) ?? "", c.Figures))];
    }

    private async Task<IReadOnlyList<(int PointId, int DraftId, DraftCommentFigures Figures)>> ByDraftAsync(int? pointId, CancellationToken ct)
    {
        var comments = db.DraftComments.AsNoTracking().Where(c => c.ContactPointId != null);
        if (pointId is { } id) comments = comments.Where(c => c.ContactPointId == id);
        var counts = await comments.GroupBy(c => new { PointId = c.ContactPointId!.Value, c.DraftId, c.Status })
            .Select(g => new { g.Key.PointId, g.Key.DraftId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return [.. counts.GroupBy(c => (c.PointId, c.DraftId))
            .Select(g => (g.Key.PointId, g.Key.DraftId, DraftCommentFigures.From(g.Select(c => (c.Status, c.Count)))))];
    }

    /// <summary>Active points for the entry of collected comments.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ActiveAsync(CancellationToken ct)
    {
        var points = await db.LegislativeContactPoints.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.District).ThenBy(p => p.Name)
            .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        return [.. points.Select(p => (p.Id, p.Name))];
    }

    public Task<LegislativeContactPoint?> FindAsync(int id, CancellationToken ct) =>
        db.LegislativeContactPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<CommandResult<int>> CreateAsync(ContactPointDetails details, Actor actor, CancellationToken ct) =>
        db.CreateAsync(() =>
        {
            var point = LegislativeContactPoint.Create(details, actor, clock.GetUtcNow());
            db.LegislativeContactPoints.Add(point);
            return point.Id;
        }, DuplicateName, ct);

    public Task<CommandResult<int>> UpdateAsync(int id, uint version, ContactPointDetails details, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (p, now) => p.Update(details, actor, now), token => SnapshotAsync(id, token), ct);

    public Task<CommandResult<int>> SetActiveAsync(int id, uint version, bool active, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, (p, now) => p.SetActive(active, actor, now), null, ct);

    private Task<CommandResult<int>> ActAsync(int id, uint version, Action<LegislativeContactPoint, DateTimeOffset> action,
        Func<CancellationToken, Task<Concurrency.Snapshot?>>? current, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.RunAsync(db.LegislativeContactPoints, id, version, point =>
        {
            action(point, now);
            return point.Id;
        }, new CommandOptions { NotFound = PointNotFound, ConflictMessage = PointConflict, Current = current, Unique = DuplicateName }, ct);
    }

    /// <summary>The point as saved now, for the edit form's conflict panel.</summary>
    public async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
    {
        var p = await FindAsync(id, ct);
        return p is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
        {
            ["联系点名称"] = p.Name,
            ["所在旗县区"] = p.District,
            ["地址"] = p.Address,
            ["依托单位"] = p.HostOrganisation,
            ["联系人"] = p.ContactPerson,
            ["联系电话"] = p.Phone,
            ["设立日期"] = p.EstablishedOn is { } on ? Display.Date(on) : null,
            ["状态"] = p.IsActive ? "在用" : "已停用",
        }, p.Version);
    }
}
