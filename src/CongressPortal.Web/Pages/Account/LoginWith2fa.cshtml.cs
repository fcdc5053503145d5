using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.Account;

/// <summary>
/// The second step of a sign-in (ADR 0024): the code from the authenticator app, or with <c>?recovery=true</c> one of the
/// recovery codes. Reached only through Identity's five-minute two-factor cookie, which the right password set.
/// </summary>
[EnableRateLimiting(ServiceRegistration.LoginRateLimit)]
public sealed class LoginWith2faModel(PortalSignInManager signIn, TwoFactorAccounts twoFactor) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>A recovery code instead of the app's code.</summary>
    [BindProperty(SupportsGet = true)] public bool Recovery { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true) return RedirectToPage("/Account/Workspace");
        var pending = await PendingAsync();
        return pending is { User.TwoFactorEnabled: true } ? Page() : Expired(pending);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var pending = await PendingAsync();
        if (pending is not { User.TwoFactorEnabled: true }) return Expired(pending);
        var field = $"{nameof(Input)}.{nameof(Command.Code)}";
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError(field, Recovery ? "请输入恢复码" : "请输入6位验证码");
            return Page();
        }
        if (await twoFactor.SecondStepAsync(pending.Value.User, Input.Code, Recovery) is { } error)
        {
            ModelState.AddModelError(field, error);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page("/Account/Workspace")!);
    }

    private Task<(AppUser User, bool MustEnrol)?> PendingAsync() => signIn.PendingAsync();

    /// <summary>No pending sign-in (five minutes passed, or none began): back to the password; one still to enrol goes there.</summary>
    private RedirectToPageResult Expired((AppUser User, bool MustEnrol)? pending)
    {
        if (pending is { MustEnrol: true }) return RedirectToPage("/Account/TwoFactor/Enrol", new { ReturnUrl });
        TempData["ErrorMessage"] = TwoFactorAccounts.Expired;
        return RedirectToPage("/Account/Login", new { ReturnUrl });
    }

    public sealed record Command
    {
        [Display(Name = "验证码"), StringLength(32, ErrorMessage = "验证码过长")]
        public string Code { get; init; } = "";
    }
}
