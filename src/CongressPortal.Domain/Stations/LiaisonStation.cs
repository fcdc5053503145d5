using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Stations;

/// <summary>A liaison station (代表联络站 / 代表之家 / 代表工作室) and the deputies of any level assigned to it.</summary>
public sealed class LiaisonStation
{
    private readonly List<StationMember> _members = [];

    private LiaisonStation() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public StationKind Kind { get; private set; }
    public int AreaId { get; private set; }
    public string Address { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? OpeningHours { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? LiaisonOfficer { get; private set; }
    public string? LiaisonOfficerPhone { get; private set; }
    public string? Introduction { get; private set; }
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public IReadOnlyList<StationMember> Members => _members.AsReadOnly();

    public static LiaisonStation Create(StationDetails details)
    {
        var station = new LiaisonStation();
        station.Update(details);
        return station;
    }

    public void Update(StationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Latitude.HasValue != details.Longitude.HasValue) throw new DomainRuleException(StationMessages.CoordinatesPair);
        if (details.Latitude is < -90 or > 90 || details.Longitude is < -180 or > 180) throw new DomainRuleException(StationMessages.CoordinatesInvalid);
        Name = Text.Required(details.Name, nameof(details.Name), "名称", 100);
        Kind = details.Kind;
        AreaId = Text.Positive(details.AreaId, nameof(details.AreaId), "所在区域");
        Address = Text.Required(details.Address, nameof(details.Address), "地址", 200);
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        OpeningHours = Text.Optional(details.OpeningHours, nameof(details.OpeningHours), "开放时间", 100);
        ContactPhone = Text.Optional(details.ContactPhone, nameof(details.ContactPhone), "联系电话", 30);
        LiaisonOfficer = Text.Optional(details.LiaisonOfficer, nameof(details.LiaisonOfficer), "联络员", 50);
        LiaisonOfficerPhone = Text.Optional(details.LiaisonOfficerPhone, nameof(details.LiaisonOfficerPhone), "联络员电话", 30);
        Introduction = Text.Optional(details.Introduction, nameof(details.Introduction), "简介", 2000);
    }

    public void SetActive(bool active) => IsActive = active;

    public void AssignDeputy(int deputyId, StationRole role, DateOnly from)
    {
        if (_members.Any(m => m.DeputyId == deputyId && m.IsCurrent)) throw new DomainRuleException(StationMessages.AlreadyAssigned);
        _members.Add(new StationMember(deputyId, role, from));
    }

    public void ChangeRole(int deputyId, StationRole role) => Current(deputyId).ChangeRole(role);

    public void EndAssignment(int deputyId, DateOnly to) => Current(deputyId).End(to);

    public IEnumerable<StationMember> CurrentMembers => _members.Where(m => m.IsCurrent);

    private StationMember Current(int deputyId) =>
        _members.FirstOrDefault(m => m.DeputyId == deputyId && m.IsCurrent) ?? throw new DomainRuleException(StationMessages.NotAssigned);
}

public sealed record StationDetails(
    string Name,
    StationKind Kind,
    int AreaId,
    string Address,
    double? Latitude = null,
    double? Longitude = null,
    string? OpeningHours = null,
    string? ContactPhone = null,
    string? LiaisonOfficer = null,
    string? LiaisonOfficerPhone = null,
    string? Introduction = null);

/// <summary>A deputy assigned to a station (进站代表) with a role and the dates of the assignment.</summary>
public sealed class StationMember
{
    private StationMember() { }

    internal StationMember(int deputyId, StationRole role, DateOnly from)
    {
        DeputyId = deputyId;
        Role = role;
        From = from;
    }

    public int Id { get; private set; }
    public int StationId { get; private set; }
    public int DeputyId { get; private set; }
    public StationRole Role { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    public bool IsCurrent => To is null;

    internal void ChangeRole(StationRole role) => Role = role;

    internal void End(DateOnly to)
    {
        if (to < From) throw new DomainRuleException(StationMessages.AssignmentEndBeforeStart);
        To = to;
    }
}
