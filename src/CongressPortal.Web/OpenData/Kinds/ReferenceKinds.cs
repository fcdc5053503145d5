using System.ComponentModel;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("人民代表大会的一届。")]
public sealed record TermDocument : ApiObject
{
    [Description("届次序号，如 16。")] public required int Number { get; init; }
    [Description("名称，如“第十六届”。")] public required string Name { get; init; }
    [Description("本届开始日期。")] public required DateOnly StartDate { get; init; }
    [Description("本届结束日期；尚未结束时为 null。")] public DateOnly? EndDate { get; init; }
}

public sealed class TermsKind : OpenDataKind
{
    public override string Name => "terms";
    public override string TypeName => "term";
    public override string Title => "届次";
    public override string Description => "人民代表大会的各届：序号、名称和起止日期。";
    public override Type DocumentType => typeof(TermDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<Term>(t => t.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Terms.Select(t => t.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(ct);
        return terms.ToDictionary(t => t.Id, t => (ApiObject)new TermDocument
        {
            Id = OpenDataLinks.Of(Name, t.Id), Type = TypeName,
            Number = t.Number, Name = t.Name, StartDate = t.StartDate, EndDate = t.EndDate,
        });
    }
}

[Description("人民代表大会的一次会议（会次）。")]
public sealed record SessionDocument : ApiObject
{
    [ApiLink, Description("所属届次。")] public required string Term { get; init; }
    [Description("本届第几次会议。")] public required int Number { get; init; }
    [Description("名称，如“第十六届人民代表大会第三次会议”。")] public required string Name { get; init; }
    [Description("开幕日期。")] public required DateOnly StartDate { get; init; }
    [Description("闭幕日期；未定时为 null。")] public DateOnly? EndDate { get; init; }
}

public sealed class SessionsKind : OpenDataKind
{
    public override string Name => "sessions";
    public override string TypeName => "session";
    public override string Title => "会次";
    public override string Description => "人民代表大会各次会议：所属届次、名称和会期。";
    public override Type DocumentType => typeof(SessionDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<CongressSession>(s => s.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Sessions.Select(s => s.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.TermId, TermNumber = s.Term.Number, s.Number, s.StartDate, s.EndDate })
            .ToListAsync(ct);
        return sessions.ToDictionary(s => s.Id, s => (ApiObject)new SessionDocument
        {
            Id = OpenDataLinks.Of(Name, s.Id), Type = TypeName,
            Term = OpenDataLinks.Of("terms", s.TermId), Number = s.Number, Name = CongressSession.FormatName(s.TermNumber, s.Number),
            StartDate = s.StartDate, EndDate = s.EndDate,
        });
    }
}

[Description("人大专门委员会、常委会工作委员会或办事机构。")]
public sealed record CommitteeDocument : ApiObject
{
    [Description("全称。")] public required string Name { get; init; }
    [Description("简称；没有时为 null。")] public string? ShortName { get; init; }
    [Description("类别：special 专门委员会，working 常委会工作委员会，office 办事机构。")] public required CommitteeKind Kind { get; init; }
    [Description("是否仍在设。")] public required bool Active { get; init; }
}

public sealed class CommitteesKind : OpenDataKind
{
    public override string Name => "committees";
    public override string TypeName => "committee";
    public override string Title => "委员会";
    public override string Description => "人大专门委员会、常委会工作委员会和办事机构：名称、类别、是否仍在设。";
    public override Type DocumentType => typeof(CommitteeDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<Committee>(c => c.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Committees.Select(c => c.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var committees = await db.Committees.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        return committees.ToDictionary(c => c.Id, c => (ApiObject)new CommitteeDocument
        {
            Id = OpenDataLinks.Of(Name, c.Id), Type = TypeName,
            Name = c.Name, ShortName = c.ShortName, Kind = c.Kind, Active = c.IsActive,
        });
    }
}

[Description("代表建议的承办单位。联系人和电话不公开。")]
public sealed record UnitDocument : ApiObject
{
    [Description("全称。")] public required string Name { get; init; }
    [Description("简称；没有时为 null。")] public string? ShortName { get; init; }
    [Description("类别：government_department 市政府工作部门，district_government 区县政府，supervision_or_judicial 监察和司法机关，other 其他。")]
    public required HandlingUnitKind Kind { get; init; }
    [Description("是否仍承办建议。")] public required bool Active { get; init; }
}

public sealed class UnitsKind : OpenDataKind
{
    public override string Name => "units";
    public override string TypeName => "unit";
    public override string Title => "承办单位";
    public override string Description => "代表建议的承办单位：名称、类别、是否仍在承办。联系人和电话不公开。";
    public override Type DocumentType => typeof(UnitDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<HandlingUnit>(u => u.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.HandlingUnits.Select(u => u.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        // Only these columns are read: the unit's contact person and phone never leave the database here.
        var units = await db.HandlingUnits.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ShortName, u.Kind, u.IsActive }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u => (ApiObject)new UnitDocument
        {
            Id = OpenDataLinks.Of(Name, u.Id), Type = TypeName,
            Name = u.Name, ShortName = u.ShortName, Kind = u.Kind, Active = u.IsActive,
        });
    }
}

[Description("代表团（按选举单位组成）。")]
public sealed record DelegationDocument : ApiObject
{
    [ApiLink, Description("所属届次。")] public required string Term { get; init; }
    [Description("名称。")] public required string Name { get; init; }
    [Description("是否仍在设。")] public required bool Active { get; init; }
}

public sealed class DelegationsKind : OpenDataKind
{
    public override string Name => "delegations";
    public override string TypeName => "delegation";
    public override string Title => "代表团";
    public override string Description => "各届代表团：名称和所属届次。";
    public override Type DocumentType => typeof(DelegationDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } = [OpenDataSource.Of<Delegation>(d => d.Id)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Delegations.Select(d => d.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var delegations = await db.Delegations.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(ct);
        return delegations.ToDictionary(d => d.Id, d => (ApiObject)new DelegationDocument
        {
            Id = OpenDataLinks.Of(Name, d.Id), Type = TypeName,
            Term = OpenDataLinks.Of("terms", d.TermId), Name = d.Name, Active = d.IsActive,
        });
    }
}
