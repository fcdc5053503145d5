using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Identity;

/// <summary>Adds the display name, the deputy / unit links, an expired password and a missing second factor as claims when a principal is built.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, PasswordAge passwordAge, TwoFactorRequirement twoFactor)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        if (user.DeputyId is { } deputyId) identity.AddClaim(new Claim(PortalClaims.DeputyId, deputyId.ToString(CultureInfo.InvariantCulture)));
        if (user.HandlingUnitId is { } unitId) identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture)));
        if (passwordAge.IsExpired(user, identity.FindAll(identity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(PasswordExpiredFilter.Claim, "true"));
        }
        if (!user.TwoFactorEnabled && twoFactor.IsRequired(identity.FindAll(identity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(TwoFactorRequiredFilter.Claim, "true"));
        }
        return identity;
    }
}
