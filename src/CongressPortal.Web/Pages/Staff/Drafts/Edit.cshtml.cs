using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 修改 a draft before it is published: title, 起草说明, last day. The form carries the version it showed: a draft someone
/// changed meanwhile is not overwritten, and the conflict panel shows what they saved.
/// </summary>
public sealed class EditModel(DraftDesk.Handler desk) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public DraftCommand Input { get; set; } = new();

    public OpenDraft Draft { get; private set; } = null!;

    /// <summary>Why the draft cannot be edited now (null: it can).</summary>
    public string? NotEditable { get; private set; }

    public DateOnly Earliest { get; private set; }

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = DraftCommand.From(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await desk.EditAsync(Id, Input.Version, Input.ToDetails(), User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已保存对征求意见稿的修改。";
            return RedirectToPage("Details", new { id = Id });
        }
        Conflict = result.ShowOnEditForm(ModelState, Input);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var view = await desk.LoadAsync(Id, ct);
        if (view is null) return false;
        Draft = view.Draft;
        NotEditable = Draft.Check(DraftAction.Edit, User.AsStaff(), desk.Now)?.Message;
        Earliest = OpenDraft.EarliestLastDay(desk.Today);
        return true;
    }
}
