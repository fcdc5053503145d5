using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin.Users;

/// <summary>An administrator sets a temporary password for someone who forgot theirs.</summary>
public sealed class ResetPasswordModel(ResetPasswordModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public string UserName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var name = await handler.UserNameAsync(id, ct);
        if (name is null) return NotFound();
        UserName = name;
        Input = new Command { Id = id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = await handler.UserNameAsync(Input.Id, ct);
        if (name is null) return NotFound();
        UserName = name;
        if (!ModelState.IsValid) return Page();
        var result = await handler.HandleAsync(Input, ct);
        if (!result.IsSuccess)
        {
            result.AddTo(ModelState, typeof(Command));
            return Page();
        }
        TempData["StatusMessage"] = $"已为账号“{name}”设置新的临时密码，该账号已登录的会话已全部失效。请通过安全渠道告知本人，并提醒其登录后立即修改密码。";
        return RedirectToPage("Edit", new { id = Input.Id });
    }

    public sealed record Command
    {
        [ValidateNever] public string Id { get; init; } = "";

        /// <summary>Identity's password rules name the field <c>Password</c>.</summary>
        [Required(ErrorMessage = "请输入新密码"), StringLength(128, ErrorMessage = "密码不能超过128个字符"), Display(Name = "新密码"), DataType(DataType.Password)]
        [ForField("Password")]
        public string NewPassword { get; init; } = "";

        [Required(ErrorMessage = "请再次输入新密码"), Display(Name = "确认新密码"), DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
        public string ConfirmPassword { get; init; } = "";
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, SessionRegistry sessions)
    {
        public Task<string?> UserNameAsync(string? id, CancellationToken ct) =>
            db.Users.Where(u => u.Id == id).Select(u => u.UserName).SingleOrDefaultAsync(ct);

        public async Task<AccountResult> HandleAsync(Command input, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(input.Id);
            if (user is null) return AccountResult.Failed([AccountMessages.AccountNotFound]);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Reset with a token rather than remove-and-add: one call that validates the new password
            // first and changes nothing when it is refused; it also renews the security stamp.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, input.NewPassword);
            if (!result.Succeeded) return AccountResult.Failed([.. AccountRules.Refusals(result)]);
            // A locked-out user who forgot the password should be able to use the new one at once.
            result = await users.SetLockoutEndDateAsync(user, null);
            if (result.Succeeded) result = await users.ResetAccessFailedCountAsync(user);
            if (!result.Succeeded) return AccountResult.Failed([.. AccountRules.Refusals(result)]);
            await transaction.CommitAsync(ct);
            await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordReset, ct);
            return AccountResult.Ok(user.Id);
        }
    }
}
