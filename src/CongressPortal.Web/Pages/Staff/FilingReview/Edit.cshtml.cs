using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// 修改登记信息 while the filing is not yet under a correction opinion or closed: body, kind, name, number, publication date,
/// summary. The filing date stays the day of registration. The form carries the version it showed: a filing someone changed
/// meanwhile is not overwritten, and the conflict panel shows what they saved.
/// </summary>
public sealed class EditModel(FilingReviewStore store) : PageModel, IFilingFormPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public FilingCommand Input { get; set; } = new();

    public NormativeDocumentFiling Filing { get; private set; } = null!;

    /// <summary>Why the filing cannot be edited now (null: it can).</summary>
    public string? NotEditable { get; private set; }

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input = FilingCommand.From(Filing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await store.ActAsync(Id, Input.Version, (f, calendar, now) => f.Edit(Input.ToDraft(), User.AsStaff(), now, calendar),
            token => store.SnapshotAsync(Id, token), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = "已保存对登记信息的修改。";
            return RedirectToPage("Details", new { id = Id });
        }
        Conflict = result.ShowOnEditForm(ModelState, Input);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var filing = await store.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Id, ct);
        if (filing is null) return false;
        Filing = filing;
        NotEditable = filing.Check(FilingAction.Edit, User.AsStaff())?.Message;
        return true;
    }
}
