using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Identity;

/// <summary>Adds the display name and the deputy / unit links as claims when a principal is built.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.DeputyId is { } deputyId) identity.AddClaim(new Claim(PortalClaims.DeputyId, deputyId.ToString(CultureInfo.InvariantCulture)));
        if (user.HandlingUnitId is { } unitId) identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
