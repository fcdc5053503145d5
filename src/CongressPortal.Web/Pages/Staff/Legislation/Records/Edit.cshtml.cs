using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Legislation.Records;

/// <summary>修改项目信息 before the vote. The form carries the version it showed; a record someone changed meanwhile is not overwritten.</summary>
public sealed class EditModel(LegislationChoices.Handler choices, LegislationStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public RecordCommand Input { get; set; } = new();

    [BindProperty] public uint Version { get; set; }

    public RecordChoices Choices { get; private set; } = null!;

    public LegislationRecord Record { get; private set; } = null!;

    /// <summary>Why the record cannot be edited now (null: it can).</summary>
    public string? NotEditable { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var record = await store.LoadRecordAsync(Id, ct);
        if (record is null) return NotFound();
        Record = record;
        Input = RecordCommand.From(record);
        Version = record.Version;
        NotEditable = record.Check(LegislationAction.Edit, User.AsStaff())?.Message;
        Choices = await choices.RecordChoicesAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var record = await store.LoadRecordAsync(Id, ct);
        if (record is null) return NotFound();
        Record = record;
        if (ModelState.IsValid)
        {
            var result = await store.EditRecordAsync(Id, Version, Input.ToDraft(), User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已保存对立法项目的修改。";
                return RedirectToPage("Details", new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            result.AddTo(ModelState, typeof(RecordCommand), "Input");
            // The page now shows the record as saved by the other person; a new save is checked against that version.
            if (result.IsConflict)
            {
                ModelState.Remove(nameof(Version));
                Version = record.Version;
            }
        }
        Choices = await choices.RecordChoicesAsync(Input, ct);
        return Page();
    }
}
