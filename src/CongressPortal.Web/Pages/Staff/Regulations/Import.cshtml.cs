using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Staff.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Regulations;

/// <summary>
/// 录入已有法规: a regulation the city made before the portal, entered with its field, title, 公告, dates and full text
/// (pasted or read from Word, its structure detected and corrected by staff). It is saved as a draft — its first version
/// waits on the regulation's page to be checked and published.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes, ValueCountLimit = StatuteInput.FormValueCountLimit)]
public sealed class ImportModel(RegulationStore store) : PageModel
{
    public const string Prefix = "Input";

    public const string FieldRequired = "请选择立法领域";

    [BindProperty] public VersionCommand Input { get; set; } = new() { Kind = LegislationKind.Enact };

    public IReadOnlyList<SelectListItem> Fields => RegulationChoices.Fields(Input.Field);

    public void OnGet()
    {
    }

    /// <summary>“识别结构”, “更新预览”, “重新识别”: nothing is saved, everything typed comes back.</summary>
    public async Task<IActionResult> OnPostDetectAsync(CancellationToken ct)
    {
        StatuteInput.SetAsideErrors(ModelState);
        if (await Input.Text.DetectAsync(HttpContext.GetZipLimits(), ct) is { } refusal) Input.Text.AddTo(ModelState, refusal, VersionCommand.TextKey(Prefix));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Field is null) ModelState.AddModelError($"{Prefix}.{nameof(VersionCommand.Field)}", FieldRequired);
        if (!ModelState.IsValid || Input.ResolveText(ModelState, Prefix) is not { } text) return Page();
        var result = await store.CreateAsync(Input.Field!.Value, Input.ToDraft(LegislationKind.Enact, text), text, null, User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已录入法规（未公开）。请核对条文和日期后公开到法规库。";
            return RedirectToPage("Details", new { id = result.Value });
        }
        result.AddTo(ModelState, typeof(VersionCommand), Prefix);
        return Page();
    }
}
