using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CongressPortal.Web.Pages.Account.TwoFactor;

/// <summary>
/// Setting up the authenticator app (ADR 0024): a QR code drawn here (no outside service), the key written out for typing,
/// and the first code to confirm; then the recovery codes, shown once. Two ways in: right after the password, for an
/// account whose role requires two factors (the sign-in completes here), or signed in, from the 两步验证 page.
/// </summary>
[EnableRateLimiting(ServiceRegistration.LoginRateLimit)]
public sealed class EnrolModel(PortalSignInManager signIn, UserManager<AppUser> users, TwoFactorAccounts twoFactor, IOptions<TwoFactorOptions> options) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The sign-in is held until the authenticator is confirmed (not signed in yet).</summary>
    public bool DuringSignIn { get; private set; }

    public string QrCodeDataUri { get; private set; } = "";

    public string GroupedKey { get; private set; } = "";

    /// <summary>Set once the code was right: shown now and never again.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => DuringSignIn && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Page(DuringSignIn ? "/Account/Workspace" : "/Account/TwoFactor/Index")!;

    public async Task<IActionResult> OnGetAsync()
    {
        var (user, refusal) = await AccountAsync(posting: false);
        if (user is null) return refusal!;
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, refusal) = await AccountAsync(posting: true);
        if (user is null) return refusal!;
        var codes = string.IsNullOrWhiteSpace(Input.Code) ? null : await twoFactor.EnrolAsync(user, Input.Code, pending: DuringSignIn);
        if (codes is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Command.Code)}",
                string.IsNullOrWhiteSpace(Input.Code) ? "请输入验证器应用显示的6位验证码" : TwoFactorAccounts.WrongCode);
            await ShowKeyAsync(user);
            return Page();
        }
        RecoveryCodes = codes;
        return Page();
    }

    /// <summary>
    /// The account being set up: the signed-in user, or the one whose sign-in waits for it; a refusal otherwise (an account
    /// that already has an authenticator, or no sign-in in progress — five minutes passed).
    /// </summary>
    private async Task<(AppUser? User, IActionResult? Refusal)> AccountAsync(bool posting)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var signedIn = await users.GetUserAsync(User);
            if (signedIn is null) return (null, Challenge());
            return signedIn.TwoFactorEnabled ? (null, RedirectToPage("/Account/TwoFactor/Index")) : (signedIn, null);
        }
        var pending = await signIn.PendingAsync();
        if (pending is { MustEnrol: true })
        {
            DuringSignIn = true;
            return (pending.Value.User, null);
        }
        if (pending is not null) return (null, RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl }));
        if (posting) TempData["ErrorMessage"] = TwoFactorAccounts.Expired;
        return (null, RedirectToPage("/Account/Login", new { ReturnUrl }));
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await twoFactor.KeyAsync(user);
        GroupedKey = Totp.Grouped(key);
        var issuer = options.Value.Issuer;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits={Totp.Digits}";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    public sealed record Command
    {
        [Display(Name = "6位验证码"), StringLength(32, ErrorMessage = "验证码过长")]
        public string Code { get; init; } = "";
    }
}
