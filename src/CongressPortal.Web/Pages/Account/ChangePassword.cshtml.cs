using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Account;

public sealed class ChangePasswordModel(ChangePasswordModel.Handler handler, PasswordAge passwordAge) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>When the password has expired, the limit it passed (in days), for the notice above the form.</summary>
    public int? ExpiredAfterDays => PasswordExpiredFilter.IsExpired(User)
        ? (int?)passwordAge.MaxAge(User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value))?.TotalDays
        : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var errors = await handler.HandleAsync(User, Input);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
            return Page();
        }
        TempData["StatusMessage"] = "密码已修改。";
        return RedirectToPage("/Account/Workspace");
    }

    public sealed record Command
    {
        [Required(ErrorMessage = "请输入当前密码"), Display(Name = "当前密码"), DataType(DataType.Password)]
        public string CurrentPassword { get; init; } = "";

        [Required(ErrorMessage = "请输入新密码"), Display(Name = "新密码"), DataType(DataType.Password), StringLength(128, ErrorMessage = "密码不能超过128个字符")]
        public string NewPassword { get; init; } = "";

        [Required(ErrorMessage = "请再次输入新密码"), Display(Name = "确认新密码"), DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
        public string ConfirmPassword { get; init; } = "";
    }

    public sealed class Handler(UserManager<AppUser> users, PortalSignInManager signIn)
    {
        public async Task<IReadOnlyList<(string Field, string Message)>> HandleAsync(System.Security.Claims.ClaimsPrincipal principal, Command input)
        {
            var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("Signed-in user not found.");
            var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
            if (!result.Succeeded)
            {
                return result.Errors
                    .Select(e => (e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", e.Description))
                    .ToList();
            }
            // Every session of the account ends, this one's earlier cookie included; this browser goes on in a new session.
            await signIn.RenewSessionAsync(user, SessionEndReason.PasswordChanged);
            return [];
        }
    }
}
