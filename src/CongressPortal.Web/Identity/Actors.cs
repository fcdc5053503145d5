using System.Security.Claims;
using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Identity;

/// <summary>The workflow actor for the signed-in user, in the role of the area the page belongs to.</summary>
public static class Actors
{
    public static Actor AsStaff(this ClaimsPrincipal user) => Actor.Staff(user.GetDisplayName());

    public static Actor AsUnit(this ClaimsPrincipal user) =>
        Actor.Unit(user.GetUnitId() ?? throw new InvalidOperationException("The account has no handling unit."), user.GetDisplayName());

    public static Actor AsDeputy(this ClaimsPrincipal user) =>
        Actor.Deputy(user.GetDeputyId() ?? throw new InvalidOperationException("The account has no deputy."), user.GetDisplayName());
}
