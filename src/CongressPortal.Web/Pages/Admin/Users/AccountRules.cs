using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

/// <summary>
/// What the create and reset-password handlers return. Identity reports several problems at once (a taken
/// user name and a weak password), each of which belongs next to its own field, which a single
/// <see cref="CommandResult{T}"/> cannot carry: so a list of refusals, each naming its field.
/// </summary>
public sealed record AccountResult(string? UserId, IReadOnlyList<Refusal> Refusals)
{
    public bool IsSuccess => Refusals.Count == 0;

    public static AccountResult Ok(string userId) => new(userId, []);

    public static AccountResult Failed(IReadOnlyList<Refusal> refusals) => new(null, refusals);

    /// <summary>Each refusal next to the field of <paramref name="formType"/> it names (under <c>Input</c>), or at the top of the form.</summary>
    public void AddTo(ModelStateDictionary modelState, Type formType)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var refusal in Refusals) modelState.AddModelError(Forms.KeyFor(refusal, formType, "Input"), refusal.Message);
    }
}

/// <summary>The refusals of account administration (beyond the domain's rules on roles in <see cref="DomainMessages"/>).</summary>
public static class AccountMessages
{
    private const string Area = "Account";

    public static Refusal UnknownRole { get; } = Refusal.Define(Area, "所选角色无效，请重新选择。", "Roles");
    public static Refusal DeputyNotFound { get; } = Refusal.Define(Area, "所选代表不存在。", "DeputyId");
    public static Refusal UnitNotFound { get; } = Refusal.Define(Area, "所选承办单位不存在。", "HandlingUnitId");
    public static Refusal UnitInactive { get; } = Refusal.Define(Area, "所选承办单位已停用，不能关联新账号。", "HandlingUnitId");
    public static Refusal AccountNotFound { get; } = Refusal.Define(Area, "账号不存在或已被删除。");

    /// <summary>A unique index (user name, or the one account per deputy) was hit by a save made a moment earlier.</summary>
    public static Refusal TakenMeanwhile { get; } = Refusal.Define(Area, "保存失败：用户名或所选代表刚刚已被其他账号使用，请核对后重试。");

    public static Refusal CannotDropOwnAdmin { get; } = Refusal.Define(Area, "不能取消自己的“系统管理员”角色：否则将无人能管理您的账号。如确需调整，请由另一名系统管理员操作。", "Roles");
    public static Refusal CannotResetOwnTwoFactor { get; } = Refusal.Define(Area, "不能重置自己的两步验证。如手机丢失，请由另一名系统管理员操作。");
    public static Refusal CannotDisableSelf { get; } = Refusal.Define(Area, "不能停用自己正在使用的账号。如确需停用，请由另一名系统管理员操作。");

    public static Refusal DeputyTaken(string userName) => new($"{Area}.{nameof(DeputyTaken)}", $"该代表已关联账号“{userName}”，一名代表只能有一个账号。", "DeputyId");

    /// <summary>
    /// One of Identity's errors, by its stable code: a password rule names the password, a user-name rule the user name.
    /// Forms whose password input has another name mark it <c>[ForField("Password")]</c>.
    /// </summary>
    public static Refusal FromIdentity(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password"
            : error.Code.Contains("UserName", StringComparison.Ordinal) ? "UserName"
            : null;
        return new Refusal($"Identity.{error.Code}", error.Description, field);
    }
}

/// <summary>A choice in a select list: a deputy or a handling unit.</summary>
public sealed record Choice(int Id, string Label);

/// <summary>The role and link fields shared by the create and edit forms.</summary>
public sealed record AccountFieldsView(
    IReadOnlyCollection<string> Roles,
    int? DeputyId,
    int? HandlingUnitId,
    IReadOnlyList<Choice> Deputies,
    IReadOnlyList<Choice> Units);

/// <summary>The checks the create and edit handlers share: roles and links (PortalRole.Validate), and Identity's own validators.</summary>
public static class AccountRules
{
    /// <summary>The posted roles in the portal's order; null when one of them is not a portal role.</summary>
    public static IReadOnlyList<string>? Normalize(IEnumerable<string>? posted)
    {
        var roles = (posted ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Any(r => !PortalRole.All.Contains(r))) return null;
        return PortalRole.All.Where(roles.Contains).ToList();
    }

    /// <summary>The domain's rules on roles and links; the refusal names the field it concerns (Roles, DeputyId, HandlingUnitId).</summary>
    public static Refusal? CheckRoles(IReadOnlyList<string>? roles, int? deputyId, int? unitId)
    {
        if (roles is null) return AccountMessages.UnknownRole;
        try
        {
            PortalRole.Validate(roles, deputyId, unitId);
            return null;
        }
        catch (DomainRuleException exception)
        {
            return exception.Refusal;
        }
    }

    /// <summary>The linked deputy exists and has no other account; the linked unit exists and is active (unless already linked).</summary>
    public static async Task<List<Refusal>> CheckLinksAsync(AppDbContext db, string? userId, int? deputyId, int? unitId, CancellationToken ct)
    {
        var refusals = new List<Refusal>();
        if (deputyId is { } deputy)
        {
            if (!await db.Deputies.AnyAsync(d => d.Id == deputy, ct))
            {
                refusals.Add(AccountMessages.DeputyNotFound);
            }
            else if (await db.Users.Where(u => u.DeputyId == deputy && u.Id != userId).Select(u => u.UserName).FirstOrDefaultAsync(ct) is { } other)
            {
                refusals.Add(AccountMessages.DeputyTaken(other));
            }
        }
        if (unitId is { } unit)
        {
            var active = await db.HandlingUnits.Where(u => u.Id == unit).Select(u => (bool?)u.IsActive).SingleOrDefaultAsync(ct);
            var alreadyLinked = userId is not null && await db.Users.AnyAsync(u => u.Id == userId && u.HandlingUnitId == unit, ct);
            if (active is null) refusals.Add(AccountMessages.UnitNotFound);
            else if (active == false && !alreadyLinked) refusals.Add(AccountMessages.UnitInactive);
        }
        return refusals;
    }

    /// <summary>Runs Identity's user and password validators up front, so every problem is reported at once.</summary>
    public static async Task<List<Refusal>> ValidateIdentityAsync(UserManager<AppUser> users, AppUser user, string? password)
    {
        var refusals = new List<Refusal>();
        foreach (var validator in users.UserValidators)
        {
            refusals.AddRange(Refusals(await validator.ValidateAsync(users, user)));
        }
        if (password is not null)
        {
            foreach (var validator in users.PasswordValidators)
            {
                refusals.AddRange(Refusals(await validator.ValidateAsync(users, user, password)));
            }
        }
        return refusals;
    }

    /// <summary>Identity's errors as refusals naming the field they concern.</summary>
    public static IEnumerable<Refusal> Refusals(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(AccountMessages.FromIdentity);
    }

    /// <summary>Deputies to link: name and number, those without an account (plus the one already linked).</summary>
    public static Task<List<Choice>> DeputyChoicesAsync(AppDbContext db, int? current, CancellationToken ct) =>
        db.Deputies
            .Where(d => d.Id == current || !db.Users.Any(u => u.DeputyId == d.Id))
            .OrderBy(d => d.Number)
            .Select(d => new Choice(d.Id, d.Name + "（代表证号 " + d.Number + "）"))
            .ToListAsync(ct);

    /// <summary>Active handling units (plus the one already linked, even if it has since been deactivated).</summary>
    public static Task<List<Choice>> UnitChoicesAsync(AppDbContext db, int? current, CancellationToken ct) =>
        db.HandlingUnits
            .Where(u => u.IsActive || u.Id == current)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new Choice(u.Id, u.IsActive ? u.Name : u.Name + "（已停用）"))
            .ToListAsync(ct);

    /// <summary>Role names in Chinese, in the portal's order.</summary>
    public static string RoleNames(IEnumerable<string> roles) =>
        string.Join("、", PortalRole.All.Where(roles.Contains).Select(PortalRole.DisplayName));
}
