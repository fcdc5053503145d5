using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure.Word;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// The reply-letter template (.docx) of the unit's part in a suggestion, pre-filled with the header block real letters
/// carry (建议编号, 领衔代表, 标题, 办理结果 to tick, 是否同意公开, 签发人, 联系人及电话, 抄送) and the opening of the body.
/// A suggestion not assigned to the unit is not found, as on the rest of the desk.
/// </summary>
public sealed class ReplyTemplateModel(SuggestionStore store, SuggestionPaperwork paperwork) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var unitId = User.GetUnitId()!.Value;
        var template = await paperwork.ReplyTemplateAsync(store.ForUnit(unitId), Id, unitId, ct);
        if (template is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(SuggestionDocuments.ReplyTemplate(template), OfficialDocument.ContentType, SuggestionDocuments.ReplyFileName(template.Number));
    }
}
