using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Account.TwoFactor;

/// <summary>
/// The signed-in user's 两步验证: whether it is on, whether the role requires it, how many recovery codes remain, and new
/// recovery codes after a code from the app (the old ones stop working). Turning it on goes through <see cref="EnrolModel"/>.
/// </summary>
public sealed class IndexModel(UserManager<AppUser> users, TwoFactorAccounts twoFactor, TwoFactorRequirement requirement) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RemainingCodes { get; private set; }

    /// <summary>Set after a regeneration: shown now and never again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await ShowAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRegenerateAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage("/Account/TwoFactor/Enrol");
        var codes = string.IsNullOrWhiteSpace(Input.Code) ? null : await twoFactor.RegenerateCodesAsync(user, Input.Code);
        if (codes is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Command.Code)}",
                string.IsNullOrWhiteSpace(Input.Code) ? "请输入验证器应用显示的6位验证码" : TwoFactorAccounts.WrongCode);
        }
        RecoveryCodes = codes;
        await ShowAsync(user);
        return Page();
    }

    private async Task ShowAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = requirement.IsRequired(await users.GetRolesAsync(user));
        RemainingCodes = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }

    public sealed record Command
    {
        [Display(Name = "6位验证码"), StringLength(32, ErrorMessage = "验证码过长")]
        public string Code { get; init; } = "";
    }
}
