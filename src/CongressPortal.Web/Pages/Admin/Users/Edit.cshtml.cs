using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

/// <summary>One account: its display name, roles and links, and the actions on it (disable, enable, unlock).</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public Account Current { get; private set; } = null!;

    public AccountFieldsView Fields { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?>? ConflictValues { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var account = await handler.LoadAsync(id, ct);
        if (account is null) return NotFound();
        Input = new Command
        {
            Id = account.Id,
            ConcurrencyStamp = account.ConcurrencyStamp,
            DisplayName = account.DisplayName,
            Roles = account.Roles,
            DeputyId = account.DeputyId,
            HandlingUnitId = account.HandlingUnitId,
        };
        return await ShowAsync(account, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var account = await handler.LoadAsync(Input.Id, ct);
        if (account is null) return NotFound();
        if (!ModelState.IsValid) return await ShowAsync(account, ct);
        var result = await handler.UpdateAsync(Input, User.GetUserId(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "账号信息已保存。";
            return RedirectToPage("Edit", new { id = Input.Id });
        }
        result.AddTo(ModelState, Input.GetType(), "Input");
        if (result.ConflictValues is not null)
        {
            // Show what the other administrator saved; a second save, after checking, overwrites it.
            ConflictValues = result.ConflictValues;
            ModelState.Remove($"{nameof(Input)}.{nameof(Command.ConcurrencyStamp)}");
            Input = Input with { ConcurrencyStamp = account.ConcurrencyStamp };
        }
        return await ShowAsync(account, ct);
    }

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct) => ActAsync(id, h => h.SetDisabledAsync(id, true, User.GetUserId(), ct), "账号已停用：不能再登录，已登录的会话已全部失效。");

    /// <summary>全部下线: every open session of the account ends at once, on every node (ADR 0022); the account stays usable.</summary>
    public Task<IActionResult> OnPostSignOutEverywhereAsync(string id, CancellationToken ct) => ActAsync(id, h => h.SignOutEverywhereAsync(id, ct), "该账号已在所有设备上退出登录。");

    /// <summary>重置两步验证: the key and recovery codes go, every session ends, and the account sets up its authenticator again (ADR 0024).</summary>
    public Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken ct) => ActAsync(id, h => h.ResetTwoFactorAsync(id, User.GetUserId(), ct), "已重置该账号的两步验证，其已登录的会话已全部失效；下次登录时须重新设置。");

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct) => ActAsync(id, h => h.SetDisabledAsync(id, false, User.GetUserId(), ct), "账号已启用。");

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) => ActAsync(id, h => h.UnlockAsync(id, ct), "账号已解除锁定。");

    private async Task<IActionResult> ActAsync(string id, Func<Handler, Task<CommandResult<string>>> action, string done)
    {
        var result = await action(handler);
        if (result.IsNotFound) return NotFound();
        TempData[result.IsSuccess ? "StatusMessage" : "ErrorMessage"] = result.IsSuccess ? done : result.Error;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult> ShowAsync(Account account, CancellationToken ct)
    {
        Current = account;
        Fields = await handler.FieldsAsync(Input, ct);
        return Page();
    }

    public sealed record Command
    {
        // Hidden fields: a missing id answers 404, a missing stamp counts as a conflict; no English "required" message.
        [ValidateNever] public string Id { get; init; } = "";

        /// <summary>The account's stamp when the form was opened: a save refuses if someone saved in between.</summary>
        [ValidateNever] public string ConcurrencyStamp { get; init; } = "";

        [Required(ErrorMessage = "请填写显示名称"), StringLength(50, ErrorMessage = "显示名称不能超过50个字"), Display(Name = "显示名称")]
        public string DisplayName { get; init; } = "";

        /// <summary>The ticked role boxes. No default value: the model binder fills a null collection, not a preset empty one.</summary>
        public IReadOnlyList<string>? Roles { get; init; }

        public int? DeputyId { get; init; }

        public int? HandlingUnitId { get; init; }
    }

    public sealed record Account(
        string Id,
        string UserName,
        string DisplayName,
        string ConcurrencyStamp,
        IReadOnlyList<string> Roles,
        int? DeputyId,
        string? DeputyLabel,
        int? HandlingUnitId,
        string? UnitName,
        bool IsDisabled,
        DateTimeOffset? LockedUntil,
        int FailedSignIns,
        int OpenSessions,
        bool TwoFactorEnabled,
        DateTimeOffset CreatedAt,
        DateTimeOffset? LastSignInAt);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionRegistry sessions, TwoFactorAccounts twoFactor, TimeProvider clock)
    {
        public async Task<Account?> LoadAsync(string? id, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(id)) return null;
            // Sessions older than the absolute limit have ended whatever their row says (idle ones cannot be told apart).
            var since = clock.GetUtcNow() - SessionCookie.AbsoluteTimeout;
            var account = await db.Users.AsNoTracking()
                .Where(u => u.Id == id)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.DisplayName,
                    u.ConcurrencyStamp,
                    RoleIds = db.UserRoles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToList(),
                    u.DeputyId,
                    DeputyLabel = u.Deputy == null ? null : u.Deputy.Name + "（代表证号 " + u.Deputy.Number + "）",
                    u.HandlingUnitId,
                    UnitName = u.HandlingUnit == null ? null : u.HandlingUnit.Name,
                    u.IsDisabled,
                    u.LockoutEnd,
                    u.AccessFailedCount,
                    u.CreatedAt,
                    OpenSessions = db.UserSessions.Count(s => s.UserId == u.Id && s.EndedAt == null && s.StartedAt >= since),
                    u.TwoFactorEnabled,
                    u.LastSignInAt,
                })
                .SingleOrDefaultAsync(ct);
            if (account is null) return null;
            var roleNames = await db.Roles.Where(r => account.RoleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync(ct);
            return new Account(
                account.Id,
                account.UserName ?? "",
                account.DisplayName,
                account.ConcurrencyStamp ?? "",
                PortalRole.All.Where(roleNames.Contains).ToList(),
                account.DeputyId,
                account.DeputyLabel,
                account.HandlingUnitId,
                account.UnitName,
                account.IsDisabled,
                // Identity reckons lockout with the system clock, so the page does too.
                account.LockoutEnd > DateTimeOffset.UtcNow ? account.LockoutEnd : null,
                account.AccessFailedCount,
                account.OpenSessions,
                account.TwoFactorEnabled,
                account.CreatedAt,
                account.LastSignInAt);
        }

        public async Task<AccountFieldsView> FieldsAsync(Command input, CancellationToken ct) => new(
            input.Roles ?? [],
            input.DeputyId,
            input.HandlingUnitId,
            await AccountRules.DeputyChoicesAsync(db, input.DeputyId, ct),
            await AccountRules.UnitChoicesAsync(db, input.HandlingUnitId, ct));

        public async Task<CommandResult<string>> UpdateAsync(Command input, string actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(input.Id);
            if (user is null) return CommandResult<string>.NotFound(AccountMessages.AccountNotFound.Message);
            // Optimistic concurrency in two steps: a save since the form was opened shows here; a save
            // between this load and the update makes UpdateAsync fail on the stamp it loaded. Setting the
            // entity's original stamp instead would not work: UserStore.UpdateAsync re-attaches the user,
            // which accepts pending changes and would also wipe the old values from the audit row.
            if (!string.Equals(user.ConcurrencyStamp, input.ConcurrencyStamp, StringComparison.Ordinal))
            {
                return CommandResult<string>.Conflict(await TheirValuesAsync(user.Id, ct));
            }
            var roles = AccountRules.Normalize(input.Roles);
            if (AccountRules.CheckRoles(roles, input.DeputyId, input.HandlingUnitId) is { } roleRefusal)
            {
                return CommandResult<string>.Refused(roleRefusal);
            }
            if (user.Id == actingUserId && !roles!.Contains(PortalRole.Admin))
            {
                return CommandResult<string>.Refused(AccountMessages.CannotDropOwnAdmin);
            }
            if ((await AccountRules.CheckLinksAsync(db, user.Id, input.DeputyId, input.HandlingUnitId, ct)).FirstOrDefault() is { } linkRefusal)
            {
                return CommandResult<string>.Refused(linkRefusal);
            }

            var currentRoles = await users.GetRolesAsync(user);
            var removed = currentRoles.Except(roles!).ToList();
            var added = roles!.Except(currentRoles).ToList();
            var accessChanged = removed.Count > 0 || added.Count > 0 || user.DeputyId != input.DeputyId || user.HandlingUnitId != input.HandlingUnitId;

            user.DisplayName = input.DisplayName.Trim();
            user.DeputyId = input.DeputyId;
            user.HandlingUnitId = input.HandlingUnitId;

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            IdentityResult result;
            try
            {
                result = await users.UpdateAsync(user);
                if (result.Succeeded && removed.Count > 0) result = await users.RemoveFromRolesAsync(user, removed);
                if (result.Succeeded && added.Count > 0) result = await users.AddToRolesAsync(user, added);
                // A new security stamp ends the account's open sessions within a minute (the validation
                // interval), so its next sign-in carries the new roles and links.
                if (result.Succeeded && accessChanged) result = await users.UpdateSecurityStampAsync(user);
            }
            catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
            {
                // The user name is not edited here: the one account per deputy is what was hit.
                return CommandResult<string>.Refused(AccountMessages.TakenMeanwhile.On(nameof(Command.DeputyId)));
            }
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
                {
                    return CommandResult<string>.Conflict(await TheirValuesAsync(user.Id, ct));
                }
                return CommandResult<string>.Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            await transaction.CommitAsync(ct);
            // Editing one's own account: keep this session, with the new stamp and claims.
            if (user.Id == actingUserId && accessChanged) await signIn.RefreshSignInAsync(user);
            return CommandResult<string>.Ok(user.Id);
        }

        private async Task<IReadOnlyDictionary<string, string?>?> TheirValuesAsync(string id, CancellationToken ct)
        {
            var theirs = await LoadAsync(id, ct);
            if (theirs is null) return null;
            return new Dictionary<string, string?>
            {
                ["显示名称"] = theirs.DisplayName,
                ["角色"] = AccountRules.RoleNames(theirs.Roles),
                ["关联代表"] = theirs.DeputyLabel ?? "（不关联）",
                ["关联承办单位"] = theirs.UnitName ?? "（不关联）",
                ["状态"] = theirs.IsDisabled ? "已停用" : "正常",
            };
        }

        public async Task<CommandResult<string>> SetDisabledAsync(string id, bool disabled, string actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return CommandResult<string>.NotFound(AccountMessages.AccountNotFound.Message);
            if (disabled && user.Id == actingUserId) return CommandResult<string>.Refused(AccountMessages.CannotDisableSelf);
            user.IsDisabled = disabled;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.UpdateAsync(user);
            // PortalSignInManager refuses a disabled account at the next security-stamp check; a new stamp makes that check fail anyway.
            if (result.Succeeded && disabled) result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded) return CommandResult<string>.Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
            await transaction.CommitAsync(ct);
            if (disabled) await sessions.EndAllAsync(user.Id, SessionEndReason.AccountDisabled, ct);
            return CommandResult<string>.Ok(user.Id);
        }

        public async Task<CommandResult<string>> SignOutEverywhereAsync(string id, CancellationToken ct)
        {
            if (!await db.Users.AnyAsync(u => u.Id == id, ct)) return CommandResult<string>.NotFound(AccountMessages.AccountNotFound.Message);
            await sessions.EndAllAsync(id, SessionEndReason.SignedOutEverywhere, ct);
            return CommandResult<string>.Ok(id);
        }

        public async Task<CommandResult<string>> ResetTwoFactorAsync(string id, string actingUserId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return CommandResult<string>.NotFound(AccountMessages.AccountNotFound.Message);
            if (user.Id == actingUserId) return CommandResult<string>.Refused(AccountMessages.CannotResetOwnTwoFactor);
            await twoFactor.ResetAsync(user, ct);
            return CommandResult<string>.Ok(user.Id);
        }

        public async Task<CommandResult<string>> UnlockAsync(string id, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null) return CommandResult<string>.NotFound(AccountMessages.AccountNotFound.Message);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
            if (!result.Succeeded) return CommandResult<string>.Fail(string.Join(" ", result.Errors.Select(e => e.Description)));
            await transaction.CommitAsync(ct);
            return CommandResult<string>.Ok(user.Id);
        }
    }
}
