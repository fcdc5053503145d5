using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

/// <summary>A message for one form field ("" for the form as a whole).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// What the create and reset-password handlers return. Identity reports several problems at once (a taken
/// user name and a weak password), each of which belongs next to its own field, which a single
/// <see cref="Infrastructure.CommandResult{T}"/> error cannot carry.
/// </summary>
public sealed record AccountResult(string? UserId, IReadOnlyList<FieldError> Errors)
{
    public bool IsSuccess => Errors.Count == 0;

    public static AccountResult Ok(string userId) => new(userId, []);

    public static AccountResult Failed(IReadOnlyList<FieldError> errors) => new(null, errors);
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
    public const string RolesField = "Input.Roles";
    public const string DeputyField = "Input.DeputyId";
    public const string UnitField = "Input.HandlingUnitId";
    public const string UserNameField = "Input.UserName";

    public const string UnknownRole = "所选角色无效，请重新选择。";
    public const string DeputyNotFound = "所选代表不存在。";
    public const string UnitNotFound = "所选承办单位不存在。";
    public const string UnitInactive = "所选承办单位已停用，不能关联新账号。";
    public const string AccountNotFound = "账号不存在或已被删除。";

    public const string TakenMeanwhile = "保存失败：用户名或所选代表刚刚已被其他账号使用，请核对后重试。";

    public static string DeputyTaken(string userName) => $"该代表已关联账号“{userName}”，一名代表只能有一个账号。";

    /// <summary>The posted roles in the portal's order; null when one of them is not a portal role.</summary>
    public static IReadOnlyList<string>? Normalize(IEnumerable<string>? posted)
    {
        var roles = (posted ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Any(r => !PortalRole.All.Contains(r))) return null;
        return PortalRole.All.Where(roles.Contains).ToList();
    }

    /// <summary>The domain's rules on roles and links, as a message next to the field it concerns.</summary>
    public static FieldError? CheckRoles(IReadOnlyList<string>? roles, int? deputyId, int? unitId)
    {
        if (roles is null) return new FieldError(RolesField, UnknownRole);
        try
        {
            PortalRole.Validate(roles, deputyId, unitId);
            return null;
        }
        catch (DomainRuleException exception)
        {
            // The refusal names the field of the account form it concerns (Roles, DeputyId, HandlingUnitId).
            return new FieldError(exception.Field is { } field ? $"Input.{field}" : RolesField, exception.Message);
        }
    }

    /// <summary>The linked deputy exists and has no other account; the linked unit exists and is active (unless already linked).</summary>
    public static async Task<List<FieldError>> CheckLinksAsync(AppDbContext db, string? userId, int? deputyId, int? unitId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (deputyId is { } deputy)
        {
            if (!await db.Deputies.AnyAsync(d => d.Id == deputy, ct))
            {
                errors.Add(new FieldError(DeputyField, DeputyNotFound));
            }
            else if (await db.Users.Where(u => u.DeputyId == deputy && u.Id != userId).Select(u => u.UserName).FirstOrDefaultAsync(ct) is { } other)
            {
                errors.Add(new FieldError(DeputyField, DeputyTaken(other)));
            }
        }
        if (unitId is { } unit)
        {
            var active = await db.HandlingUnits.Where(u => u.Id == unit).Select(u => (bool?)u.IsActive).SingleOrDefaultAsync(ct);
            var alreadyLinked = userId is not null && await db.Users.AnyAsync(u => u.Id == userId && u.HandlingUnitId == unit, ct);
            if (active is null) errors.Add(new FieldError(UnitField, UnitNotFound));
            else if (active == false && !alreadyLinked) errors.Add(new FieldError(UnitField, UnitInactive));
        }
        return errors;
    }

    /// <summary>Runs Identity's user and password validators up front, so every problem is reported at once.</summary>
    public static async Task<List<FieldError>> ValidateIdentityAsync(UserManager<AppUser> users, AppUser user, string? password, string passwordField)
    {
        var errors = new List<FieldError>();
        foreach (var validator in users.UserValidators)
        {
            errors.AddRange(ToFieldErrors(await validator.ValidateAsync(users, user), passwordField));
        }
        if (password is not null)
        {
            foreach (var validator in users.PasswordValidators)
            {
                errors.AddRange(ToFieldErrors(await validator.ValidateAsync(users, user, password), passwordField));
            }
        }
        return errors;
    }

    /// <summary>Identity's errors next to the field they concern: user-name errors by the user name, password errors by the password.</summary>
    public static IEnumerable<FieldError> ToFieldErrors(IdentityResult result, string passwordField) =>
        result.Errors.Select(e => new FieldError(
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField
                : e.Code.Contains("UserName", StringComparison.Ordinal) ? UserNameField
                : "",
            e.Description));

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
