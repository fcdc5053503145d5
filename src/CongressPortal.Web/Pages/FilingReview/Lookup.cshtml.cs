using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.FilingReview;

/// <summary>
/// 查询审查建议: the receipt code is posted (never put in an address), and the answer is shown in the response: the status,
/// and once answered the result and the answer's text — never the contact or the name. A code that is not one, or not
/// found, gets the same 未找到 as any other. Posts are limited per address (<see cref="ServiceRegistration.PublicLookupRateLimit"/>),
/// so codes cannot be guessed in bulk.
/// </summary>
[EnableRateLimiting(ServiceRegistration.PublicLookupRateLimit)]
public sealed class LookupModel(FilingReviewStore store) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请填写回执码"), StringLength(40, ErrorMessage = "回执码为12位字母和数字"), Display(Name = "回执码")]
    public string? Code { get; set; }

    public ReviewRequestLookup? Found { get; private set; }

    public bool Searched { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        if (!ModelState.IsValid) return Page();
        Searched = true;
        Found = await store.LookupAsync(Code, ct);
        return Page();
    }
}
