namespace CongressPortal.Domain.Common;

/// <summary>Who does something: the role, and the deputy or unit the account speaks for.</summary>
public sealed record Actor(string Role, string Name, int? DeputyId = null, int? UnitId = null)
{
    public static Actor Staff(string name) => new(PortalRole.Staff, name);

    public static Actor Unit(int unitId, string name) => new(PortalRole.HandlingUnit, name, UnitId: unitId);

    public static Actor Deputy(int deputyId, string name) => new(PortalRole.Deputy, name, DeputyId: deputyId);
}
