using Microsoft.AspNetCore.Identity;

namespace CongressPortal.Web.Identity;

/// <summary>At least three of four character classes (等保 2.0: 口令复杂度), and none of the passwords everybody tries first.</summary>
public sealed class PortalPasswordValidator : IPasswordValidator<AppUser>
{
    // Common passwords and the patterns Chinese users favour; compared case-insensitively after trimming.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password123", "password@123", "Password@123", "P@ssw0rd", "P@ssw0rd123", "P@ssword123",
        "Passw0rd!", "Admin@123", "Admin@123456", "admin123456", "Abc@123456", "Abcd@123456", "abc123456789",
        "Aa123456789!", "Qwerty@123456", "qwerty123456", "Qwer1234!@#$", "1qaz@WSX3edc", "1qaz2wsx3edc", "Zxcvbnm@123",
        "123456789012", "1234567890ab", "Welcome@2024", "Welcome@2025", "Welcome@2026", "Root@1234567", "Test@1234567",
        "Huawei@12345", "Woaini@1314520", "woaini1314520", "5201314@Abc", "Changeme@123", "Portal@123456",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = new List<IdentityError>();
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var classes = (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0)
            + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3)
        {
            errors.Add(new IdentityError { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类。" });
        }
        if (Common.Contains(password.Trim()))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = "该密码过于常见，容易被猜中，请换一个。" });
        }
        if (user.UserName is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}

/// <summary>Identity's messages in Chinese.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "操作失败，请稍后重试。" };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "该账号已被他人修改，请刷新后重试。" };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "当前密码不正确。" };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = "用户名只能包含字母、数字和 - . _ @。" };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"用户名“{userName}”已被使用。" };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"电子邮箱“{email}”已被使用。" };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = "电子邮箱格式不正确。" };
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"密码至少需要{length}个字符。" };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"密码至少需要{uniqueChars}个不同的字符。" };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = "该账号已拥有此角色。" };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = "该账号没有此角色。" };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "该账号未启用锁定。" };
}
