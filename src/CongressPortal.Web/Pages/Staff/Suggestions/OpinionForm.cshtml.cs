using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// 代表建议办理情况征询意见表 (.docx) of a suggestion, pre-filled from the records: the suggestion, its deputies and units,
/// each answering unit's latest reply and classification, the 三见面 questions and 满意/基本满意/不满意 to tick per unit, and
/// the deputy's signature line. Staff print it for a deputy who rates on paper.
/// </summary>
public sealed class OpinionFormModel(SuggestionPaperwork paperwork) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => OpinionFormFile.SendAsync(this, paperwork, paperwork.All, Id, ct);
}

/// <summary>The opinion form as a download, for staff (any suggestion) and a deputy (their own).</summary>
public static class OpinionFormFile
{
    public static async Task<IActionResult> SendAsync(PageModel page, SuggestionPaperwork paperwork, IQueryable<Suggestion> scope, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(paperwork);
        var form = await paperwork.OpinionFormAsync(scope, id, ct);
        if (form is null) return page.NotFound();
        page.Response.Headers.CacheControl = "no-store";
        return page.File(SuggestionDocuments.OpinionForm(form), OfficialDocument.ContentType, SuggestionDocuments.OpinionFileName(form.Number));
    }
}
