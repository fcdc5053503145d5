namespace CongressPortal.Domain.Common;

/// <summary>The portal's roles and the rules on combining them (docs/domain/README.md#roles).</summary>
public static class PortalRole
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Deputy = "Deputy";
    public const string HandlingUnit = "HandlingUnit";
    public const string Auditor = "Auditor";

    /// <summary>Anyone, signed in or not: used in workflow tables for what the public may do (comment on an open draft). Not an account role.</summary>
    public const string Public = "Public";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Deputy, HandlingUnit, Auditor];

    public static string DisplayName(string role) => role switch
    {
        Admin => "系统管理员",
        Staff => "工作人员",
        Deputy => "人大代表",
        HandlingUnit => "承办单位",
        Auditor => "审计员",
        Public => "公众",
        _ => role,
    };

    /// <summary>
    /// Checks a set of roles and links for an account. 网络安全等级保护 2.0 三级 requires separate duties:
    /// the one who manages accounts is not the one who reads the audit trail.
    /// </summary>
    public static void Validate(IReadOnlyCollection<string> roles, int? deputyId, int? unitId)
    {
        if (roles.Count == 0) throw new DomainRuleException(DomainMessages.AtLeastOneRole);
        if (roles.Contains(Admin) && roles.Contains(Auditor)) throw new DomainRuleException(DomainMessages.AdminAndAuditorExclusive);
        if (roles.Contains(Deputy) && deputyId is null) throw new DomainRuleException(DomainMessages.DeputyRoleNeedsDeputy);
        if (!roles.Contains(Deputy) && deputyId is not null) throw new DomainRuleException(DomainMessages.DeputyLinkNeedsRole);
        if (roles.Contains(HandlingUnit) && unitId is null) throw new DomainRuleException(DomainMessages.UnitRoleNeedsUnit);
        if (!roles.Contains(HandlingUnit) && unitId is not null) throw new DomainRuleException(DomainMessages.UnitLinkNeedsRole);
    }
}
