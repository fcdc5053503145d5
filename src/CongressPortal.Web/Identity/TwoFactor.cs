using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Identity;

/// <summary>Security:TwoFactor:RequiredRoles: the roles that must sign in with an authenticator (default Admin, Auditor).</summary>
public sealed class TwoFactorOptions
{
    /// <summary>The name under which <see cref="PortalAuthenticatorTokenProvider"/> is registered with Identity.</summary>
    public const string ProviderName = "PortalAuthenticator";

    /// <summary>How long the step between the password and the code (or the enrolment) may take.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromMinutes(5);

    public const int RecoveryCodeCount = 10;

    public string[]? RequiredRoles { get; set; }

    /// <summary>The name the authenticator app shows above the account's codes.</summary>
    public string Issuer { get; set; } = "示例市人大常委会";

    public TwoFactorRule Rule => new(RequiredRoles is { Length: > 0 } roles ? roles : null);
}

/// <summary>Whether an account must have a second factor, for the sign-in manager and the claims factory.</summary>
public sealed class TwoFactorRequirement(IOptions<TwoFactorOptions> options, UserManager<AppUser> users)
{
    public bool IsRequired(IEnumerable<string> roles) => options.Value.Rule.IsRequired(roles);

    /// <summary>An account whose roles require a second factor it has not set up yet.</summary>
    public async Task<bool> MustEnrolAsync(AppUser user) =>
        !await users.GetTwoFactorEnabledAsync(user) && IsRequired(await users.GetRolesAsync(user));
}

/// <summary>
/// Identity's authenticator codes, checked against the injected clock (<see cref="TimeProvider"/>) and one step either side
/// instead of Identity's two (RFC 6238 recommends at most one), with the portal's <see cref="Totp"/>.
/// </summary>
public sealed class PortalAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app generates the codes, never the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        return !string.IsNullOrWhiteSpace(key) && Totp.Matches(Totp.FromBase32(key), token, clock.GetUtcNow());
    }
}

/// <summary>
/// An account signed in with a role that requires a second factor it does not have (a role given while signed in, a
/// session from before this rule, a reset): a claim at sign-in and at every security-stamp refresh; while it is there,
/// every page but the enrolment, the password change and logout sends the user to set up the authenticator first.
/// </summary>
public sealed class TwoFactorRequiredFilter() : RequiredStepFilter(Claim, "/Account/TwoFactor/Enrol")
{
    public const string Claim = "two_factor_missing";
}

/// <summary>
/// Recovery codes are kept as SHA-256 hashes, not as Identity stores them (the codes in clear, joined by semicolons): a
/// copy of the database or a backup does not hand out a second factor. Codes are random (50 bits), so no salt is needed.
/// </summary>
public static class RecoveryCodeHash
{
    public static string Of(string code)
    {
        var normalised = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
