using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace CongressPortal.Web.Identity;

/// <summary>One policy per role, applied per folder in <see cref="Infrastructure.PortalPages"/>.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Deputy = "Deputy";
    public const string HandlingUnit = "HandlingUnit";
    public const string Admin = "Admin";
    public const string Auditor = "Auditor";

    /// <summary>Reference data (docs/domain/bodies-and-calendar.md) is kept by staff; administrators may maintain it too (docs/domain/README.md#roles).</summary>
    public const string ReferenceData = "ReferenceData";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole(PortalRole.Staff));
        options.AddPolicy(Deputy, p => p.RequireRole(PortalRole.Deputy).RequireClaim(PortalClaims.DeputyId));
        options.AddPolicy(HandlingUnit, p => p.RequireRole(PortalRole.HandlingUnit).RequireClaim(PortalClaims.UnitId));
        options.AddPolicy(Admin, p => p.RequireRole(PortalRole.Admin));
        options.AddPolicy(Auditor, p => p.RequireRole(PortalRole.Auditor));
        options.AddPolicy(ReferenceData, p => p.RequireRole(PortalRole.Staff, PortalRole.Admin));
    }
}
