using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// A public page where someone types the receipt code they were given (a review request, a comment on a draft) and reads
/// what they may know of it. The code is posted, never put in an address, and the answer is not kept by browsers; a code
/// that is not one, or not found, gets the same 未找到 as any other. Pages derive from it and put
/// <c>[EnableRateLimiting(ServiceRegistration.PublicLookupRateLimit)]</c> on themselves, so codes cannot be guessed in bulk.
/// </summary>
public abstract class ReceiptLookupPage<TFound> : PageModel where TFound : class
{
    [BindProperty, Required(ErrorMessage = "请填写回执码"), StringLength(40, ErrorMessage = "回执码为12位字母和数字"), Display(Name = "回执码")]
    public string? Code { get; set; }

    public TFound? Found { get; private set; }

    public bool Searched { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (!ModelState.IsValid) return Page();
        Searched = true;
        Found = await FindAsync(Code, ct);
        return Page();
    }

    /// <summary>What the code's owner may read, or null for anything else.</summary>
    protected abstract Task<TFound?> FindAsync(string? code, CancellationToken ct);
}
