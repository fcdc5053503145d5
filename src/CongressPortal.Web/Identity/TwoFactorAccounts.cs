using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Identity;

/// <summary>
/// Everything done with an account's second factor (ADR 0024): the second step of a sign-in, setting up the authenticator,
/// new recovery codes, and an administrator's reset. Identity does the work (its authenticator key, recovery-code store and
/// two-factor cookie); this class adds the portal's rules — lockout for recovery codes too, sign-in audit events instead of
/// account edits, the sign-in time, and sessions ended by a reset. No key or code is ever logged.
/// </summary>
public sealed class TwoFactorAccounts(
    UserManager<AppUser> users,
    PortalSignInManager signIn,
    SignInAudit audit,
    SessionRegistry sessions,
    AppDbContext db,
    TimeProvider clock)
{
    public const string WrongCode = "验证码不正确，请输入验证器应用上当前显示的6位数字。";
    public const string WrongRecoveryCode = "恢复码不正确或已经用过。";
    public const string LockedOut = "验证失败次数过多，账号已被锁定30分钟。请稍后再试，或联系系统管理员。";
    public const string Expired = "登录已超过5分钟未完成，请重新输入用户名和密码。";

    /// <summary>The second step: a code from the authenticator, or a recovery code. Returns the message to show, or null when signed in.</summary>
    public async Task<string?> SecondStepAsync(AppUser user, string code, bool recoveryCode)
    {
        if (await users.IsLockedOutAsync(user))
        {
            await audit.SecondStepAsync(user, SignInResult.LockedOut, recoveryCode, wasLockedOut: true, lockedNow: false);
            return LockedOut;
        }
        SignInResult result;
        // Identity's saves (failed count, lockout, the spent code) and the sign-in time are not account edits (ADR 0023).
        using (SignInAudit.Quiet())
        {
            if (recoveryCode)
            {
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim());
                // Identity does not count wrong recovery codes towards the lockout (they are random); here every wrong answer counts.
                if (!result.Succeeded && !result.IsLockedOut && !result.IsNotAllowed) await users.AccessFailedAsync(user);
            }
            else
            {
                result = await signIn.TwoFactorAuthenticatorSignInAsync(Totp.Clean(code), isPersistent: false, rememberClient: false);
            }
            if (result.Succeeded) await SignedInNowAsync(user);
        }
        var lockedNow = !result.Succeeded && await users.IsLockedOutAsync(user);
        await audit.SecondStepAsync(user, result, recoveryCode, wasLockedOut: false, lockedNow);
        if (result.Succeeded && recoveryCode) await audit.RecoveryCodeUsedAsync(user, await users.CountRecoveryCodesAsync(user));
        if (result.Succeeded) return null;
        if (lockedNow || result.IsLockedOut) return LockedOut;
        return recoveryCode ? WrongRecoveryCode : WrongCode;
    }

    /// <summary>The account's authenticator key, made now if it has none (kept until confirmed, so a second visit shows the same).</summary>
    public async Task<string> KeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key)) return key;
        await users.ResetAuthenticatorKeyAsync(user);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>
    /// Turns the second factor on once the first code from the app is right; returns the new recovery codes (to be shown
    /// once), or null for a wrong code. A sign-in held for enrolment (<paramref name="pending"/>) completes now, with its
    /// session; a signed-in user's cookie is refreshed (the key changed the security stamp).
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnrolAsync(AppUser user, string code, bool pending)
    {
        if (!await users.VerifyTwoFactorTokenAsync(user, TwoFactorOptions.ProviderName, Totp.Clean(code))) return null;
        IReadOnlyList<string> codes;
        using (SignInAudit.Quiet())
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorOptions.RecoveryCodeCount) ?? []];
            if (pending)
            {
                await signIn.CompleteEnrolmentAsync(user);
                await SignedInNowAsync(user);
            }
            else
            {
                await signIn.RefreshSignInAsync(user);
            }
        }
        await audit.EnrolledAsync(user);
        if (pending) await audit.SecondStepAsync(user, SignInResult.Success, recoveryCode: false, wasLockedOut: false, lockedNow: false);
        return codes;
    }

    /// <summary>New recovery codes after a right code from the app (the old ones stop working); null for a wrong code, which counts towards the lockout.</summary>
    public async Task<IReadOnlyList<string>?> RegenerateCodesAsync(AppUser user, string code)
    {
        IReadOnlyList<string> codes;
        using (SignInAudit.Quiet())
        {
            if (!await users.VerifyTwoFactorTokenAsync(user, TwoFactorOptions.ProviderName, Totp.Clean(code)))
            {
                await users.AccessFailedAsync(user);
                return null;
            }
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorOptions.RecoveryCodeCount) ?? []];
        }
        await audit.RecoveryCodesRegeneratedAsync(user);
        return codes;
    }

    /// <summary>
    /// An administrator's reset: the key and the codes are gone, the account sets up an authenticator again at its next
    /// sign-in (if its role requires one), and every session of the account ends now.
    /// </summary>
    public async Task ResetAsync(AppUser user, CancellationToken ct)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            using (SignInAudit.Quiet())
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "AuthenticatorKey");
                await users.RemoveAuthenticationTokenAsync(user, StoreProvider, "RecoveryCodes");
                await users.UpdateSecurityStampAsync(user);
            }
            await audit.TwoFactorResetAsync(user, ct);
            await transaction.CommitAsync(ct);
        }
        await sessions.EndAllAsync(user.Id, SessionEndReason.TwoFactorReset, ct);
    }

    /// <summary>Identity's name for its own tokens (the authenticator key, the recovery codes).</summary>
    private const string StoreProvider = "[AspNetUserStore]";

    private async Task SignedInNowAsync(AppUser user)
    {
        user.LastSignInAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
    }
}
