using System.Runtime.CompilerServices;
using System.Security.Claims;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Identity;

/// <summary>Security:PasswordExpiry:Days:{role}: days a password may be kept; 0 turns the limit off for that role.</summary>
public sealed class PasswordExpiryOptions
{
    public Dictionary<string, int> Days { get; } = new(PasswordExpiry.DefaultDays);

    public PasswordExpiry Policy => new(Days);
}

/// <summary>
/// Passwords that passed the validators in this request. Identity also re-hashes an unchanged password (after a hasher
/// upgrade) without validating it; that must neither enter the history nor restart the password's age.
/// </summary>
public sealed class NewPasswords
{
    private readonly ConditionalWeakTable<AppUser, object> _validated = new();

    public void Validated(AppUser user) => _validated.AddOrUpdate(user, this);

    public bool Take(AppUser user) => _validated.Remove(user);
}

/// <summary>No reuse of the last <see cref="Remembered"/> passwords (the current one included; 等保 2.0 口令管理).</summary>
public sealed class PasswordHistoryValidator(AppDbContext db, NewPasswords newPasswords) : IPasswordValidator<AppUser>
{
    public const int Remembered = 5;

    public const string Reused = "不能使用最近5次用过的密码，请换一个新密码。";

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password)) return IdentityResult.Success;
        var earlier = await db.PasswordHistory.Where(p => p.UserId == user.Id)
            .OrderByDescending(p => p.ReplacedAt).ThenByDescending(p => p.Id)
            .Select(p => p.PasswordHash).Take(Remembered - 1).ToListAsync();
        if (user.PasswordHash is { } current) earlier.Insert(0, current);
        if (earlier.Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed))
        {
            return IdentityResult.Failed(new IdentityError { Code = "PasswordReused", Description = Reused });
        }
        newPasswords.Validated(user);
        return IdentityResult.Success;
    }
}

/// <summary>
/// Identity's store, plus: a new password (one that passed the validators) puts the old hash into <c>password_history</c>,
/// keeps only the last ones there, and records when it was set — whichever page set it (change, reset, creation); and
/// two-factor recovery codes are kept hashed.
/// </summary>
public sealed class PortalUserStore(AppDbContext context, NewPasswords newPasswords, TimeProvider clock, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, IdentityRole, AppDbContext>(context, describer)
{
    public override async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (passwordHash is not null && newPasswords.Take(user))
        {
            var now = clock.GetUtcNow();
            if (user.PasswordHash is { } old)
            {
                Context.PasswordHistory.Add(PasswordHistoryEntry.Replaced(user.Id, old, now));
                var beyond = await Context.PasswordHistory.Where(p => p.UserId == user.Id)
                    .OrderByDescending(p => p.ReplacedAt).ThenByDescending(p => p.Id)
                    .Skip(PasswordHistoryValidator.Remembered - 2).ToListAsync(cancellationToken);
                Context.PasswordHistory.RemoveRange(beyond);
            }
            user.PasswordChangedAt = now;
        }
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
    }

    /// <summary>Recovery codes are stored hashed (<see cref="RecoveryCodeHash"/>); Identity never needs them back.</summary>
    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        base.ReplaceCodesAsync(user, recoveryCodes.Select(RecoveryCodeHash.Of), cancellationToken);

    /// <summary>Spends a code: its hash leaves the list (not through <see cref="ReplaceCodesAsync"/>, which would hash the hashes).</summary>
    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        var hash = RecoveryCodeHash.Of(code ?? "");
        var stored = (await GetTokenAsync(user, TokenProvider, RecoveryCodesToken, cancellationToken) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (!stored.Contains(hash, StringComparer.Ordinal)) return false;
        await SetTokenAsync(user, TokenProvider, RecoveryCodesToken, string.Join(";", stored.Where(s => s != hash)), cancellationToken);
        return true;
    }

    /// <summary>Where Identity's store keeps its own tokens.</summary>
    private const string TokenProvider = "[AspNetUserStore]";
    private const string RecoveryCodesToken = "RecoveryCodes";
}

/// <summary>
/// A step the user must take before anything else, marked by a claim set at sign-in and at every security-stamp refresh:
/// while the claim is there, every page but <paramref name="target"/>, the password change, logout and the error page sends
/// the user to <paramref name="target"/>.
/// </summary>
public abstract class RequiredStepFilter(string claim, string target) : IAsyncPageFilter
{
    private readonly HashSet<string> _allowed = new(StringComparer.OrdinalIgnoreCase) { target, "/Account/ChangePassword", "/Account/Logout", "/Error" };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.User.HasClaim(claim, "true") && !_allowed.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectToPageResult(target);
            return;
        }
        await next();
    }
}

/// <summary>An expired password (<see cref="PasswordExpiry"/>): every page but the change-password page and logout sends the user to change it first.</summary>
public sealed class PasswordExpiredFilter() : RequiredStepFilter(Claim, "/Account/ChangePassword")
{
    public const string Claim = "password_expired";

    public static bool IsExpired(ClaimsPrincipal user) => user.HasClaim(Claim, "true");
}

/// <summary>Whether the account's password has expired, for the claims factory.</summary>
public sealed class PasswordAge(IOptions<PasswordExpiryOptions> options, TimeProvider clock)
{
    public bool IsExpired(AppUser user, IEnumerable<string> roles) =>
        options.Value.Policy.IsExpired(user.PasswordChangedAt, roles, clock.GetUtcNow());

    public TimeSpan? MaxAge(IEnumerable<string> roles) => options.Value.Policy.MaxAge(roles);
}
