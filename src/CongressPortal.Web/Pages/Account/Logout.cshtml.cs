using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<AppUser> signIn, SignInAudit audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.SignedOutAsync(User);
        // The session row ended here is the sign-out event, not an edit (ADR 0023).
        using (SignInAudit.Quiet()) await signIn.SignOutAsync();
        TempData["StatusMessage"] = "您已安全退出。";
        return RedirectToPage("/Index");
    }
}
