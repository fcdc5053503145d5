using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.Account;

[EnableRateLimiting(ServiceRegistration.LoginRateLimit)]
public sealed class LoginModel(LoginModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(SafeReturnUrl());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var (error, secondStep) = await handler.HandleAsync(Input);
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            return Page();
        }
        if (secondStep is not null) return RedirectToPage(secondStep, new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page("/Account/Workspace")!;

    public sealed record Command
    {
        [Required(ErrorMessage = "请输入用户名"), Display(Name = "用户名"), StringLength(256)]
        public string UserName { get; init; } = "";

        [Required(ErrorMessage = "请输入密码"), Display(Name = "密码"), DataType(DataType.Password), StringLength(256)]
        public string Password { get; init; } = "";
    }

    public sealed class Handler(PortalSignInManager signIn, UserManager<AppUser> users, TimeProvider clock, SignInAudit audit)
    {
        /// <summary>The one answer to every failure: unknown name, wrong password, and a disabled or locked account (ADR 0022).</summary>
        public const string WrongCredentials = "用户名或密码不正确。";

        /// <summary>Shown only to someone who typed the right password of a locked account.</summary>
        public const string LockedOut = "登录失败次数过多，账号已被锁定30分钟。请稍后再试，或联系系统管理员。";

        /// <summary>Shown only to someone who typed the right password of a disabled account.</summary>
        public const string Disabled = "该账号已被停用，请联系系统管理员。";

        /// <summary>
        /// Signs in: returns the message to show, or the page of the second step (a code, or setting up the authenticator)
        /// when the password was right and the account has or needs a second factor (ADR 0024), or neither on success.
        /// </summary>
        public async Task<(string? Error, string? SecondStep)> HandleAsync(Command input)
        {
            var user = await users.FindByNameAsync(input.UserName.Trim());
            if (user is null)
            {
                // An unknown name costs the same hashing as a wrong password and gets the same answer (ADR 0022).
                await signIn.UnknownUserAsync(input.Password);
                await audit.UnknownUserAsync(input.UserName);
                return (WrongCredentials, null);
            }
            var wasLockedOut = await users.IsLockedOutAsync(user);
            Microsoft.AspNetCore.Identity.SignInResult result;
            // Identity's saves here (failed count, lockout end) and the sign-in time are not account edits: the event is logged
            // below (ADR 0023).
            using (SignInAudit.Quiet())
            {
                // lockoutOnFailure: five wrong passwords lock the account for 30 minutes; only the right password learns it.
                result = await signIn.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    user.LastSignInAt = clock.GetUtcNow();
                    await users.UpdateAsync(user);
                }
            }
            // The sign-in is not complete until the second factor: the second step writes the event (登录 or 登录失败).
            if (result.RequiresTwoFactor) return (null, user.TwoFactorEnabled ? "/Account/LoginWith2fa" : "/Account/TwoFactor/Enrol");
            await audit.PasswordSignInAsync(user, result, wasLockedOut, lockedNow: !wasLockedOut && await users.IsLockedOutAsync(user));
            if (result.IsLockedOut) return (LockedOut, null);
            if (result.IsNotAllowed) return (Disabled, null);
            if (!result.Succeeded) return (WrongCredentials, null);
            return (null, null);
        }
    }
}
