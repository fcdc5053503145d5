using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 《…》公开征求意见采纳情况 as a .docx (<see cref="DraftAdoptionSummary"/>): the period, the figures, each article's comments
/// and adoptions in the order of the text, and the overall summary. Usable as a working draft before the outcome is
/// published (the adopted comments' reasons stand in for the notes). Never a contact. Staff only; not cached.
/// </summary>
public sealed class SummaryModel(DraftModeration moderation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var draft = await moderation.FullDraftAsync(Id, ct);
        if (draft is null) return NotFound();
        var rows = await moderation.ExportRowsAsync(Id, ct);
        Response.Headers.CacheControl = "no-store";
        return File(DraftAdoptionSummary.Write(draft, rows), OfficialDocument.ContentType, DraftAdoptionSummary.FileName(draft.Title));
    }
}
