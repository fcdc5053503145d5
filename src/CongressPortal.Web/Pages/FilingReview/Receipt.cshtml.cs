using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.FilingReview;

/// <summary>
/// The receipt after sending a review request: the code, shown once (read from TempData, so a reload or a shared link
/// shows no code, and the code is never part of an address).
/// </summary>
public sealed class ReceiptModel : PageModel
{
    public string? Code { get; private set; }

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Code = TempData[SubmitModel.ReceiptKey] as string;
    }
}
