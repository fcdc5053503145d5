using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Notices;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Notices;

/// <summary>
/// Writes a new notice (no id: it starts as a draft) or changes the title and body of one (a published notice keeps its
/// date). The form carries the version it showed: a notice someone changed meanwhile is not overwritten, and the
/// conflict panel shows what they saved.
/// </summary>
public sealed class EditModel(NoticeStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public NoticeCommand Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is not { } id) return Page();
        var notice = await store.FindAsync(id, ct);
        if (notice is null) return NotFound();
        Input = new NoticeCommand { Title = notice.Title, Body = notice.Body, Version = notice.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = Id is { } id
            ? await store.EditAsync(id, Input.Version, Input.Title, Input.Body, User.AsStaff(), ct)
            : await store.CreateAsync(Input.Title, Input.Body, User.AsStaff(), ct);
        if (result.IsSuccess)
        {
            TempData["StatusMessage"] = Id is null ? "通知公告已保存为草稿，发布后公众才能看到。" : "已保存对通知公告的修改。";
            return RedirectToPage("Details", new { id = result.Value });
        }
        Conflict = result.ShowOnEditForm(ModelState, Input);
        return Page();
    }

    public sealed record NoticeCommand
    {
        [Required(ErrorMessage = "请填写标题"), StringLength(Notice.TitleMaxLength, ErrorMessage = "标题不能超过200个字"), Display(Name = "标题")]
        public string? Title { get; init; }

        [Required(ErrorMessage = "请填写正文"), StringLength(Notice.BodyMaxLength, ErrorMessage = "正文不能超过20000个字"), Display(Name = "正文")]
        public string? Body { get; init; }

        /// <summary>The row version the edit form was loaded with (0 for a new notice).</summary>
        public uint Version { get; init; }
    }
}
