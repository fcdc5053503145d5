using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 交办通知 (.docx) to one unit for one assignment date (<c>?unitId=&amp;on=yyyy-MM-dd</c>): the office's letter with the
/// statutory deadlines and its contact, and the list of the suggestions given to the unit that day (the 交办会's batch).
/// 404 for an unknown unit or a day nothing was given to it. Not cached: it lists unpublished suggestions.
/// </summary>
public sealed class NoticeModel(SuggestionPaperwork paperwork) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? On { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (UnitId is not { } unitId || On is not { } on) return NotFound();
        return await NoticeFile.SendAsync(this, paperwork, unitId, on, ct);
    }
}

/// <summary>The notice as a download, for staff (any unit) and for a unit (its own).</summary>
public static class NoticeFile
{
    public static async Task<IActionResult> SendAsync(PageModel page, SuggestionPaperwork paperwork, int unitId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(paperwork);
        var notice = await paperwork.NoticeAsync(unitId, on, ct);
        if (notice is null) return page.NotFound();
        page.Response.Headers.CacheControl = "no-store";
        return page.File(SuggestionDocuments.Notice(notice), OfficialDocument.ContentType, SuggestionDocuments.NoticeFileName(notice.Unit, on));
    }
}
