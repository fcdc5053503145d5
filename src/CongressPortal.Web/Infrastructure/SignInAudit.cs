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

    /// <summary>The signed-in user of this request signs out (called before the cookie is removed, while the user is still known).</summary>
    public Task SignedOutAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? Task.CompletedTask : WriteAsync(id, actor.UserName, id, AuditAction.SignedOut, new(), ct);
    }

    private static Dictionary<string, AuditInterceptor.Change> Reason(string reason) => new() { [ReasonField] = new(null, reason) };

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
