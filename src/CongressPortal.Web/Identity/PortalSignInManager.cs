using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Identity;

/// <summary>
/// Sign-in and sign-out the portal's way: disabled accounts are refused (at sign-in and at every security-stamp check);
/// a failed sign-in tells nothing about the account — unknown, wrong password, disabled or locked all fail alike and cost
/// the same password hashing, and only the right password earns the reason (ADR 0022); signing out ends the session row.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    SessionRegistry sessions,
    TwoFactorRequirement twoFactor)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash of a password nobody knows, made once with the configured hasher, checked when the name is unknown.</summary>
    private static string? s_dummyHash;

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(AppUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);

    /// <summary>For a name no account has: the same password hashing as a wrong password, and the same answer.</summary>
    public Task<SignInResult> UnknownUserAsync(string password)
    {
        var dummy = new AppUser { UserName = "" };
        var hash = s_dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, hash, password);
        return Task.FromResult(SignInResult.Failed);
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure) =>
        await UserManager.FindByNameAsync(userName) is { } user
            ? await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure)
            : await UnknownUserAsync(password);

    /// <summary>
    /// The password is checked first, whatever the account's state, so every failure costs the same; a disabled or locked
    /// account is reported (NotAllowed, LockedOut) only to someone who knows its password. A wrong password counts towards
    /// the lockout, which the caller learns only with the right password.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var right = await UserManager.CheckPasswordAsync(user, password);
        var disabled = !await CanSignInAsync(user);
        var locked = UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user);
        if (!right)
        {
            if (lockoutOnFailure && !disabled && !locked && UserManager.SupportsUserLockout) await UserManager.AccessFailedAsync(user);
            return SignInResult.Failed;
        }
        if (disabled) return SignInResult.NotAllowed;
        if (locked) return SignInResult.LockedOut;
        if (UserManager.SupportsUserLockout && await UserManager.GetAccessFailedCountAsync(user) > 0) await UserManager.ResetAccessFailedCountAsync(user);
        return SignInResult.Success;
    }

    /// <summary>On the pending two-factor cookie: the account must set up its authenticator before the sign-in completes.</summary>
    public const string EnrolmentClaim = "portal.enrol_authenticator";

    /// <summary>
    /// After the right password: an account with an authenticator gets Identity's second step; an account whose role requires
    /// one and that has none yet gets the same pending state (Identity's short-lived two-factor cookie, no session), marked
    /// for enrolment. Either way the session row is written only once the second factor is in (ADR 0024).
    /// </summary>
    protected override async Task<SignInResult> SignInOrTwoFactorAsync(AppUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (!bypassTwoFactor && await twoFactor.MustEnrolAsync(user))
        {
            var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
            identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
            identity.AddClaim(new Claim(EnrolmentClaim, "true"));
            await Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
            return SignInResult.TwoFactorRequired;
        }
        return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
    }

    /// <summary>The account between its password and its second factor, and whether it is there to enrol; null when none.</summary>
    public async Task<(AppUser User, bool MustEnrol)?> PendingAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        if (result.Principal?.FindFirstValue(ClaimTypes.Name) is not { } id || await UserManager.FindByIdAsync(id) is not { } user) return null;
        return (user, result.Principal.HasClaim(EnrolmentClaim, "true"));
    }

    /// <summary>Completes a sign-in held for enrolment, once the authenticator is confirmed: the session begins now.</summary>
    public async Task CompleteEnrolmentAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
    }

    /// <summary>Ends this browser's session row (on every node), then removes the cookie.</summary>
    public override async Task SignOutAsync()
    {
        // The request's authentication result, not a new AuthenticateAsync: the security-stamp validator signs out from
        // inside authentication (when there is no result yet, and the session is being refused anyway).
        if (SessionCookie.SessionId(CurrentProperties()) is { } id) await sessions.EndAsync(id, SessionEndReason.SignedOut);
        await base.SignOutAsync();
    }

    private AuthenticationProperties? CurrentProperties() =>
        Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties;

    /// <summary>
    /// Ends every session of the account — this one too, so a copy of its cookie taken earlier opens nothing — and signs
    /// this browser in again in a new session (keeping the time of the original sign-in for the 8-hour limit).
    /// </summary>
    public async Task RenewSessionAsync(AppUser user, SessionEndReason reason)
    {
        ArgumentNullException.ThrowIfNull(user);
        var properties = new AuthenticationProperties(new Dictionary<string, string?>(CurrentProperties()?.Items ?? new Dictionary<string, string?>()));
        properties.Items.Remove(SessionCookie.SessionIdKey);
        await sessions.EndAllAsync(user.Id, reason);
        await SignInWithClaimsAsync(user, properties, []);
    }
}
