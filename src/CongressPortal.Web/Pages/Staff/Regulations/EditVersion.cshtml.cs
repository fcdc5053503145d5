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
/// 修改未公开的版本: corrects the version not yet published — its title, 公告, dates, what changed and its text (re-imported
/// or with kinds corrected line by line); before the regulation is first published, also its field. A published version
/// never changes. The form carries the row version it showed: a regulation someone changed meanwhile is not
/// overwritten, and the conflict panel shows what they saved.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes, ValueCountLimit = StatuteInput.FormValueCountLimit)]
public sealed class EditVersionModel(RegulationStore store) : PageModel
{
    public const string Prefix = "Input";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public VersionCommand Input { get; set; } = new();

    public Regulation Regulation { get; private set; } = null!;

    /// <summary>The version being corrected (null: there is none to correct).</summary>
    public RegulationVersion? Pending { get; private set; }

    /// <summary>Why the version cannot be corrected now (null: it can).</summary>
    public string? NotEditable { get; private set; }

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    /// <summary>The first version is always 制定; a later one 修改 or 修正.</summary>
    public bool IsFirst => Pending?.Number == 1;

    public IReadOnlyList<SelectListItem> Fields => RegulationChoices.Fields(Input.Field);

    public IReadOnlyList<SelectListItem> Kinds => RegulationChoices.LaterKinds(Input.Kind);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Pending is not null) Input = VersionCommand.From(Regulation, Pending);
        return Page();
    }

    /// <summary>“识别结构”, “更新预览”, “重新识别”: nothing is saved, everything typed comes back.</summary>
    public async Task<IActionResult> OnPostDetectAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        StatuteInput.SetAsideErrors(ModelState);
        if (await Input.Text.DetectAsync(HttpContext.GetZipLimits(), ct) is { } refusal) Input.Text.AddTo(ModelState, refusal, VersionCommand.TextKey(Prefix));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid || Input.ResolveText(ModelState, Prefix) is not { } text) return Page();
        // The field is asked for only until the regulation is first published; the stored one counts otherwise.
        var field = Regulation.IsPublished ? Regulation.Field : Input.Field ?? Regulation.Field;
        var kind = IsFirst ? LegislationKind.Enact : Input.Kind;
        var result = await store.EditPendingVersionAsync(Id, Input.Version, field, Input.ToDraft(kind, text), text, User.AsStaff(),
            token => store.PendingSnapshotAsync(Id, token), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已保存对未公开版本的修改。";
            return RedirectToPage("Details", new { id = Id });
        }
        Conflict = result.ShowOnEditForm(ModelState, Input, Prefix);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var regulation = await store.LoadAsync(Id, ct);
        if (regulation is null) return false;
        Regulation = regulation;
        Pending = regulation.PendingVersion;
        NotEditable = regulation.Check(RegulationAction.EditVersion, User.AsStaff())?.Message;
        return true;
    }
}
