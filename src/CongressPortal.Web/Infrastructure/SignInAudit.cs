using System.Security.Claims;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Sign-ins and sign-outs as events in the audit log (登录, 登录失败, 账号锁定, 退出登录) — who, when, from where and why
/// it failed — instead of the account edits (failed-attempt count, lockout end, sign-in time) Identity's bookkeeping saves.
/// </summary>
public sealed class SignInAudit(AppDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const string EntityType = nameof(AppUser);
    public const string ReasonField = "Reason";
    public const string AttemptedNameField = "AttemptedUserName";

    public const string UnknownUser = "用户名不存在";
    public const string WrongPassword = "密码错误";
    public const string Disabled = "账号已停用";
    public const string StillLockedOut = "账号已锁定";
    public const string NotAllowed = "账号不允许登录";
    public const string LockedNow = "连续多次密码错误，账号被锁定";

    // Two factors (ADR 0024).
    public const string SecondFactorField = "SecondFactor";
    public const string RemainingCodesField = "RemainingRecoveryCodes";
    public const string ByAuthenticator = "验证器动态码";
    public const string ByRecoveryCode = "恢复码";
    public const string WrongCode = "验证码错误";
    public const string WrongRecoveryCode = "恢复码错误";
    public const string LockedNowByCode = "连续多次验证码错误，账号被锁定";

    /// <summary>Identity's own saves during a sign-in are not logged as account edits (see <see cref="AuditInterceptor.SignInScope"/>).</summary>
    public static IDisposable Quiet() => AuditInterceptor.SignInScope();

    /// <summary>A user name that names no account: the actor is anonymous; the name typed is kept (shortened) as what was tried.</summary>
    public Task UnknownUserAsync(string attemptedName, CancellationToken ct = default) =>
        WriteAsync(null, HttpAuditActor.Anonymous, "", AuditAction.SignInFailed, new()
        {
            [AttemptedNameField] = new(null, Shorten(attemptedName.Trim())),
            [ReasonField] = new(null, UnknownUser),
        }, ct);

    /// <summary>
    /// The outcome of a password sign-in, with the reason the person signing in is not told (ADR 0022: every failure answers
    /// alike): <paramref name="wasLockedOut"/>, the account was locked before this attempt; <paramref name="lockedNow"/>, this
    /// wrong password locked it.
    /// </summary>
    public Task PasswordSignInAsync(AppUser user, Microsoft.AspNetCore.Identity.SignInResult result, bool wasLockedOut, bool lockedNow, CancellationToken ct = default)
    {
        var (action, reason) = result switch
        {
            { Succeeded: true } => (AuditAction.SignedIn, null),
            _ when lockedNow => (AuditAction.LockedOut, LockedNow),
            _ when wasLockedOut => (AuditAction.SignInFailed, StillLockedOut),
            _ when user.IsDisabled => (AuditAction.SignInFailed, Disabled),
            { IsNotAllowed: true } or { RequiresTwoFactor: true } => (AuditAction.SignInFailed, NotAllowed),
            _ => (AuditAction.SignInFailed, WrongPassword),
        };
        return WriteAsync(user.Id, Name(user), user.Id, action, reason is null ? new() : Reason(reason), ct);
    }

    /// <summary>
    /// The outcome of the second step (a code from the authenticator, or a recovery code): 登录 with the factor used, or
    /// 登录失败 / 账号锁定 with the reason. The code typed is never written.
    /// </summary>
    public Task SecondStepAsync(AppUser user, Microsoft.AspNetCore.Identity.SignInResult result, bool recoveryCode, bool wasLockedOut, bool lockedNow, CancellationToken ct = default)
    {
        var (action, changes) = result switch
        {
            { Succeeded: true } => (AuditAction.SignedIn, Field(SecondFactorField, recoveryCode ? ByRecoveryCode : ByAuthenticator)),
            _ when lockedNow => (AuditAction.LockedOut, Reason(LockedNowByCode)),
            _ when wasLockedOut => (AuditAction.SignInFailed, Reason(StillLockedOut)),
            _ when user.IsDisabled => (AuditAction.SignInFailed, Reason(Disabled)),
            { IsNotAllowed: true } => (AuditAction.SignInFailed, Reason(NotAllowed)),
            _ => (AuditAction.SignInFailed, Reason(recoveryCode ? WrongRecoveryCode : WrongCode)),
        };
        return WriteAsync(user.Id, Name(user), user.Id, action, changes, ct);
    }

    /// <summary>The account set up its authenticator (at its first sign-in, or from its own 两步验证 page).</summary>
    public Task EnrolledAsync(AppUser user, CancellationToken ct = default) =>
        WriteAsync(user.Id, Name(user), user.Id, AuditAction.TwoFactorEnrolled, new(), ct);

    public Task RecoveryCodesRegeneratedAsync(AppUser user, CancellationToken ct = default) =>
        WriteAsync(user.Id, Name(user), user.Id, AuditAction.RecoveryCodesRegenerated, new(), ct);

    /// <summary>A recovery code was spent to sign in; how many are left.</summary>
    public Task RecoveryCodeUsedAsync(AppUser user, int remaining, CancellationToken ct = default) =>
        WriteAsync(user.Id, Name(user), user.Id, AuditAction.RecoveryCodeUsed, Field(RemainingCodesField, remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);

    /// <summary>The administrator of this request reset <paramref name="user"/>'s second factor.</summary>
    public Task TwoFactorResetAsync(AppUser user, CancellationToken ct = default) =>
        WriteAsync(actor.UserId, actor.UserName, user.Id, AuditAction.TwoFactorReset, new(), ct);

    /// <summary>The signed-in user of this request signs out (called before the cookie is removed, while the user is still known).</summary>
    public Task SignedOutAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? Task.CompletedTask : WriteAsync(id, actor.UserName, id, AuditAction.SignedOut, new(), ct);
    }

    private static Dictionary<string, AuditInterceptor.Change> Reason(string reason) => Field(ReasonField, reason);

    private static Dictionary<string, AuditInterceptor.Change> Field(string field, string value) => new() { [field] = new(null, value) };

    private static string Shorten(string name) => name.Length > 64 ? name[..64] + "…" : name;

    private static string Name(AppUser user) => HttpAuditActor.Describe(user.DisplayName, user.UserName);

    private async Task WriteAsync(string? userId, string userName, string key, AuditAction action, Dictionary<string, AuditInterceptor.Change> changes, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = userId,
            UserName = userName,
            IpAddress = actor.IpAddress,
            EntityType = EntityType,
            EntityKey = key,
            Action = action,
            Changes = AuditInterceptor.Serialize(changes),
        });
        await db.SaveChangesAsync(ct);
    }
}
