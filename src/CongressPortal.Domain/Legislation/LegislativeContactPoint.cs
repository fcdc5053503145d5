using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>What staff keep about a 基层立法联系点.</summary>
public sealed record ContactPointDetails(string? Name, string? District, string? Address, string? HostOrganisation, string? ContactPerson,
    string? Phone, DateOnly? EstablishedOn);

/// <summary>
/// A 基层立法联系点 (grassroots legislative contact point, DOMAIN.md §6): a named place — a sub-district office, a village, a
/// company, a law firm — that collects citizens' comments on drafts for the standing committee. Staff keep the registry;
/// a point that stops working is deactivated, never deleted, so its comments keep their tag.
/// </summary>
public sealed class LegislativeContactPoint
{
    private LegislativeContactPoint() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>旗县区: the district or county it is in.</summary>
    public string District { get; private set; } = "";
    public string? Address { get; private set; }

    /// <summary>依托单位: the body it is based at.</summary>
    public string? HostOrganisation { get; private set; }
    public string? ContactPerson { get; private set; }

    /// <summary>The point's office phone (not a citizen's contact).</summary>
    public string? Phone { get; private set; }
    public DateOnly? EstablishedOn { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static LegislativeContactPoint Create(ContactPointDetails details, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, "登记基层立法联系点");
        var point = new LegislativeContactPoint { IsActive = true, CreatedAt = now.ToUniversalTime() };
        point.Apply(details, now);
        return point;
    }

    public void Update(ContactPointDetails details, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, "修改基层立法联系点");
        Apply(details, now);
    }

    /// <summary>Stops (or resumes) listing the point for new comments; its collected comments stay tagged with it.</summary>
    public void SetActive(bool active, Actor actor, DateTimeOffset now)
    {
        RequireStaff(actor, active ? "恢复基层立法联系点" : "停用基层立法联系点");
        IsActive = active;
        UpdatedAt = now.ToUniversalTime();
    }

    private void Apply(ContactPointDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = Text.Required(details.Name, nameof(ContactPointDetails.Name), "联系点名称", 100);
        District = Text.Required(details.District, nameof(ContactPointDetails.District), "所在旗县区", 50);
        Address = Text.Optional(details.Address, nameof(ContactPointDetails.Address), "地址", 200);
        HostOrganisation = Text.Optional(details.HostOrganisation, nameof(ContactPointDetails.HostOrganisation), "依托单位", 100);
        ContactPerson = Text.Optional(details.ContactPerson, nameof(ContactPointDetails.ContactPerson), "联系人", 50);
        Phone = Text.Optional(details.Phone, nameof(ContactPointDetails.Phone), "联系电话", 50);
        if (Phone is not null && !ContactFormat.LooksValid(Phone)) throw DraftMessages.PointPhoneInvalid.ToException();
        if (details.EstablishedOn > ChinaTime.Today(now)) throw DraftMessages.EstablishedInFuture.ToException();
        EstablishedOn = details.EstablishedOn;
        UpdatedAt = now.ToUniversalTime();
    }

    private static void RequireStaff(Actor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole(action, PortalRole.DisplayName(PortalRole.Staff)).ToException();
    }
}
