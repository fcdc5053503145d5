using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Drafts;

/// <summary>
/// The receipt after commenting on a draft: the code, shown once (read from TempData, so a reload or a shared link shows no
/// code, and the code is never part of an address), and what happens next.
/// </summary>
public sealed class ReceiptModel : PageModel
{
    public string? Code { get; private set; }

    /// <summary>The draft commented on, for the link back to it.</summary>
    public int? DraftId { get; private set; }

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Code = TempData[CommentModel.ReceiptKey] as string;
        DraftId = TempData[CommentModel.ReceiptDraftKey] as int?;
    }
}
