using System.ComponentModel;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData.Kinds;

[Description("代表联络站（代表之家、代表工作室）：地址、开放时间、进站代表、接待安排和今后五周的接待公告。")]
public sealed record StationDocument : ApiObject
{
    [Description("名称。")] public required string Name { get; init; }
    [Description("类别：station 代表联络站，home 代表之家，studio 代表工作室。")] public required StationKind Kind { get; init; }
    [Description("所在区县和街道（乡镇）。")] public required string Area { get; init; }
    [Description("地址。")] public required string Address { get; init; }
    [Description("纬度（WGS-84）；未登记时为 null。")] public double? Latitude { get; init; }
    [Description("经度（WGS-84）；未登记时为 null。")] public double? Longitude { get; init; }
    [Description("开放时间；未登记时为 null。")] public string? OpeningHours { get; init; }
    [Description("联络站的办公电话；未登记时为 null。")] public string? ContactPhone { get; init; }
    [Description("联络员姓名；未登记时为 null。")] public string? LiaisonOfficer { get; init; }
    [Description("联络员的办公电话；未登记时为 null。")] public string? LiaisonOfficerPhone { get; init; }
    [Description("简介；没有时为 null。")] public string? Introduction { get; init; }
    [Description("现任进站代表（在任的），站长、副站长在前。")] public required IReadOnlyList<StationMemberDocument> Members { get; init; }
    [Description("固定接待安排，如“每月第一个星期三 9:00—11:30”。")] public required IReadOnlyList<string> Schedules { get; init; }
    [Description("今后五周的接待公告（代表接待群众的日期、时间和值班代表），每小时更新。")]
    public required IReadOnlyList<StationReceptionDocument> UpcomingReceptions { get; init; }
}

[Description("一位进站代表。")]
public sealed record StationMemberDocument
{
    [ApiLink, Description("代表（市人大代表才有地址；其他层级的代表为 null）。")] public string? Deputy { get; init; }
    [Description("姓名。")] public required string Name { get; init; }
    [Description("代表层级：national 全国，provincial 省，municipal 市，district 区县，township 乡镇。")] public required DeputyLevel Level { get; init; }
    [Description("职务：head 站长，deputy_head 副站长，member 进站代表。")] public required StationRole Role { get; init; }
}

[Description("一次接待公告。")]
public sealed record StationReceptionDocument
{
    [Description("接待日期。")] public required DateOnly Date { get; init; }
    [Description("开始时间（北京时间）。")] public required TimeOnly Start { get; init; }
    [Description("结束时间（北京时间）。")] public required TimeOnly End { get; init; }
    [Description("值班代表的姓名。")] public required IReadOnlyList<string> Deputies { get; init; }
}

/// <summary>
/// Active liaison stations as their public page shows them. The upcoming receptions depend on the date, the working
/// calendar and the deputies' status (other records than the station's): the kind is re-projected every hour, and a
/// document changes (a new <c>modified</c>) only when its content did.
/// </summary>
public sealed class StationsKind(TimeProvider clock) : OpenDataKind
{
    public override string Name => "stations";
    public override string TypeName => "station";
    public override string Title => "代表联络站";
    public override string Description => "在用的代表联络站、代表之家和代表工作室：地址、坐标、开放时间、办公电话、进站代表、固定接待安排和今后五周的接待公告（每小时更新）。"
        + "停用的联络站在列表中成为墓碑。来访群众的任何信息都不公开。";
    public override TimeSpan? RefreshEvery => TimeSpan.FromHours(1);
    public override Type DocumentType => typeof(StationDocument);
    public override IReadOnlyList<OpenDataSource> Sources { get; } =
        [OpenDataSource.Of<LiaisonStation>(s => s.Id), OpenDataSource.Of<ReceptionSchedule>(s => s.StationId)];
    public override IQueryable<int> PublicIds(AppDbContext db) => db.Stations.Where(s => s.IsActive).Select(s => s.Id);

    public override async Task<IReadOnlyDictionary<int, ApiObject>> ProjectAsync(AppDbContext db, IReadOnlyList<int> ids, OpenDataLinks links, CancellationToken ct)
    {
        var stations = await (
                from s in db.Stations.AsNoTracking()
                join area in db.Areas on s.AreaId equals area.Id
                join parent in db.Areas on area.ParentId equals parent.Id into parents
                from district in parents.DefaultIfEmpty()
                where ids.Contains(s.Id) && s.IsActive
                select new
                {
                    s.Id, s.Name, s.Kind, AreaName = district == null ? area.Name : district.Name + area.Name, s.Address, s.Latitude, s.Longitude,
                    s.OpeningHours, s.ContactPhone, s.LiaisonOfficer, s.LiaisonOfficerPhone, s.Introduction,
                })
            .ToListAsync(ct);
        if (stations.Count == 0) return new Dictionary<int, ApiObject>();
        var found = stations.Select(s => s.Id).ToList();
        var members = (await db.Stations.AsNoTracking()
                .Where(s => found.Contains(s.Id))
                .SelectMany(s => s.Members.Where(m => m.To == null))
                .Join(db.Deputies.Where(d => d.Status == DeputyStatus.Serving), m => m.DeputyId, d => d.Id, (m, d) => new { m.StationId, d.Id, d.Name, d.Level, m.Role })
                .OrderBy(x => x.Role).ThenBy(x => EF.Functions.Collate(x.Name, AppDbContext.StrokeCollation)).ThenBy(x => x.Id)
                .ToListAsync(ct))
            .ToLookup(m => m.StationId);
        var today = ChinaTime.Today(clock.GetUtcNow());
        var schedules = (await db.ReceptionSchedules.AsNoTracking()
                .Where(r => found.Contains(r.StationId) && r.IsActive && (r.ValidTo == null || r.ValidTo >= today))
                .OrderBy(r => r.Id)
                .ToListAsync(ct))
            .ToLookup(r => r.StationId);
        var upcoming = (await new ReceptionNoticeQueries(db, new WorkingCalendarProvider(db), clock).UpcomingAsync(found, ct: ct))
            .ToLookup(n => n.StationId);
        return stations.ToDictionary(s => s.Id, s => (ApiObject)new StationDocument
        {
            Id = OpenDataLinks.Of(Name, s.Id), Type = TypeName, Web = links.Page("/Stations/Details", new { id = s.Id }),
            Name = s.Name, Kind = s.Kind, Area = s.AreaName, Address = s.Address, Latitude = s.Latitude, Longitude = s.Longitude,
            OpeningHours = s.OpeningHours, ContactPhone = s.ContactPhone, LiaisonOfficer = s.LiaisonOfficer,
            LiaisonOfficerPhone = s.LiaisonOfficerPhone, Introduction = s.Introduction,
            Members = [.. members[s.Id].Select(m => new StationMemberDocument
            {
                Deputy = m.Level == DeputyLevel.Municipal ? OpenDataLinks.Of("deputies", m.Id) : null, Name = m.Name, Level = m.Level, Role = m.Role,
            })],
            Schedules = [.. schedules[s.Id].Select(r => r.Describe())],
            UpcomingReceptions = [.. upcoming[s.Id].OrderBy(n => n.Date).ThenBy(n => n.Start).Select(n => new StationReceptionDocument
            {
                Date = n.Date, Start = n.Start, End = n.End, Deputies = [.. n.Deputies.Select(d => d.Name)],
            })],
        });
    }
}
