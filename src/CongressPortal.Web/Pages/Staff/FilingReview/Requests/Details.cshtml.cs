using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview.Requests;

/// <summary>
/// One 审查建议 for staff: the document named, the reasons, the name and the contact (staff only: never on a public page),
/// and the forms <see cref="ReviewRequest.AvailableActions"/> allows — 受理审查 (optionally naming the filed document) and
/// 答复 with a result and a text the requester reads with their receipt code.
/// </summary>
public sealed class DetailsModel(FilingReviewStore store) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public ReviewRequest Item { get; private set; } = null!;

    public AvailableActions<ReviewRequestAction> Actions { get; private set; } = null!;

    /// <summary>The filed document the request names, if any: id and title.</summary>
    public (int Id, string Title)? Filing { get; private set; }

    public IReadOnlyList<SelectListItem> Filings { get; private set; } = [];

    public AcceptCommand Accept { get; private set; } = new();

    public AnswerCommand Answer { get; private set; } = new();

    public static class Forms
    {
        public const string Accept = "Accept";
        public const string Answer = "Answer";
    }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var request = await store.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == Id, ct);
        if (request is null) return NotFound();
        Item = request;
        Actions = request.AvailableActions(User.AsStaff());
        if (request.FilingId is { } filingId)
        {
            var title = await store.Filings.AsNoTracking().Where(f => f.Id == filingId).Select(f => f.Title).FirstOrDefaultAsync(ct);
            if (title is not null) Filing = (filingId, title);
        }
        if (Actions.Can(ReviewRequestAction.Accept))
        {
            var chosen = Failed(Forms.Accept) ? Accept.FilingId : request.FilingId;
            var filings = await store.Filings.AsNoTracking().OrderByDescending(f => f.FiledOn).Take(500).Select(f => new { f.Id, f.Title, f.DocumentNumber }).ToListAsync(ct);
            Filings = [.. filings.Select(f => new SelectListItem($"{f.Title}（{f.DocumentNumber}）", f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Id == chosen))];
        }
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(uint version, [Bind(Prefix = Forms.Accept)] AcceptCommand input, CancellationToken ct)
    {
        Accept = input;
        return ActAsync(Forms.Accept, input, () => store.AcceptRequestAsync(Id, version, input.FilingId, User.AsStaff(), ct), "已受理审查建议。", ct);
    }

    public Task<IActionResult> OnPostAnswerAsync(uint version, [Bind(Prefix = Forms.Answer)] AnswerCommand input, CancellationToken ct)
    {
        Answer = input;
        return ActAsync(Forms.Answer, input, () => store.RequestActAsync(Id, version,
            (r, now) => r.Answer(new ReviewAnswer(input.Result!.Value, input.AnswerText ?? ""), User.AsStaff(), now), ct), "已答复。建议人可凭回执码查看答复。", ct);
    }

    public sealed record AcceptCommand
    {
        [Display(Name = "对应的备案文件")]
        public int? FilingId { get; init; }
    }

    public sealed record AnswerCommand
    {
        [Required(ErrorMessage = "请选择答复结果"), Display(Name = "答复结果")]
        public ReviewRequestResult? Result { get; init; }

        [Display(Name = "答复内容")]
        public string? AnswerText { get; init; }
    }
}
