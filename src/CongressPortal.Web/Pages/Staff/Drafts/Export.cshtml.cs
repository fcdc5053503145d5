using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// All of a draft's comments as an .xlsx (<c>{标题}意见汇总.xlsx</c>): number, article, comment, name, source and point, dates,
/// status, who checked and decided, the reason. Never the commenter's contact. Staff only; not cached anywhere.
/// </summary>
public sealed class ExportModel(DraftModeration moderation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var draft = await moderation.DraftAsync(Id, ct);
        if (draft is null) return NotFound();
        var rows = await moderation.ExportRowsAsync(Id, ct);
        Response.Headers.CacheControl = "no-store";
        return File(DraftCommentSheet.Write(draft.Title, rows), XlsxFile.ContentType, DraftCommentSheet.FileName(draft.Title));
    }
}
