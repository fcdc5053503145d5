using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 录入联系点收集的意见: staff enter the comments a 基层立法联系点 collected on the draft (an active point, the article, the
/// comment, who gave it and a contact if any, the day collected — not after today). They start checked (有效). "保存并继续录入"
/// comes back with the same point and article for the next one. The comments already entered are listed by point.
/// </summary>
public sealed class PointCommentsModel(DraftModeration moderation, ContactPointStore points, DraftStore drafts) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public PointCommentCommand Input { get; set; } = new();

    /// <summary>The point and article to keep after "保存并继续录入".</summary>
    [BindProperty(SupportsGet = true, Name = "point")] public int? KeepPoint { get; set; }

    [BindProperty(SupportsGet = true, Name = "article")] public string? KeepArticle { get; set; }

    public ModerationDraft Draft { get; private set; } = null!;

    /// <summary>Why comments cannot be entered now (before publication, after the outcome), or null.</summary>
    public string? Closed { get; private set; }

    public IReadOnlyList<(int Id, string Name)> ActivePoints { get; private set; } = [];

    public sealed record EnteredRow(int Id, int PointId, string PointName, string? ArticleAnchor, string Body, string? Name, DateOnly? CollectedOn, DraftCommentStatus Status);

    public IReadOnlyList<EnteredRow> Entered { get; private set; } = [];

    public DateOnly Today => points.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input = new PointCommentCommand { ContactPointId = KeepPoint, ArticleAnchor = KeepArticle, CollectedOn = Today };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(bool next, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await drafts.RecordPointCommentAsync(Id, Input.ToDraft(), User.AsStaff(), ct);
            if (result.IsNotFound) return NotFound();
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已录入第{result.Value}号意见。";
                return next
                    ? RedirectToPage(new { id = Id, point = Input.ContactPointId, article = Input.ArticleAnchor })
                    : RedirectToPage(new { id = Id });
            }
            result.AddTo(ModelState, typeof(PointCommentCommand), "Input");
        }
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var draft = await moderation.DraftAsync(Id, ct);
        if (draft is null) return NotFound();
        Draft = draft;
        Closed = draft.Window.Check(DraftAction.RecordPointComment, User.AsStaff(), moderation.Now)?.Message;
        ActivePoints = await points.ActiveAsync(ct);
        Entered = await (from c in drafts.Comments.AsNoTracking()
                         join p in drafts.ContactPoints.AsNoTracking() on c.ContactPointId equals p.Id
                         where c.DraftId == Id
                         orderby p.Name, c.Id
                         select new EnteredRow(c.Id, p.Id, p.Name, c.ArticleAnchor, c.Body, c.Name, c.CollectedOn, c.Status)).ToListAsync(ct);
        return Page();
    }

    /// <summary>A collected comment, named like <see cref="PointCommentDraft"/>.</summary>
    public sealed record PointCommentCommand
    {
        [Required(ErrorMessage = "请选择收集意见的基层立法联系点"), Display(Name = "基层立法联系点")]
        public int? ContactPointId { get; init; }

        [Display(Name = "条款")]
        public string? ArticleAnchor { get; init; }

        [Display(Name = "意见内容")]
        public string? Body { get; init; }

        [Display(Name = "意见提出人")]
        public string? Name { get; init; }

        [Display(Name = "联系方式")]
        public string? Contact { get; init; }

        [Required(ErrorMessage = "请填写收集日期"), Display(Name = "收集日期")]
        public DateOnly? CollectedOn { get; init; }

        public PointCommentDraft ToDraft() => new(ContactPointId ?? 0, ArticleAnchor, Body, Name, Contact, CollectedOn!.Value);
    }
}
