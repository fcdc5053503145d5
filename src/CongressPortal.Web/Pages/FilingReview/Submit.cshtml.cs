using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CongressPortal.Web.Pages.FilingReview;

/// <summary>
/// 提出审查建议: the document's name (free text, with the filed documents' titles offered), the reasons, an optional name
/// and a contact that only staff see. Posts are limited per address (<see cref="ServiceRegistration.PublicFormRateLimit"/>).
/// A refused post shows every message next to its field with everything typed kept. After sending, the receipt code is
/// shown once on <see cref="ReceiptModel"/> through TempData, never in an address that could be logged. A filled honeypot
/// field (a robot) is answered like a success and nothing is stored.
/// </summary>
[EnableRateLimiting(ServiceRegistration.PublicFormRateLimit)]
public sealed class SubmitModel(FilingReviewStore store, ILogger<SubmitModel> logger) : PageModel
{
    public const string ReceiptKey = "FilingReview.ReceiptCode";

    [BindProperty] public RequestCommand Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    [BindProperty] public string? Website { get; set; }

    public IReadOnlyList<string> Titles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Titles = await store.FiledTitlesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            logger.LogInformation("A review request with the honeypot filled was dropped");
            TempData[ReceiptKey] = Domain.Common.ReceiptCode.New();
            return RedirectToPage("Receipt");
        }
        if (ModelState.IsValid)
        {
            var result = await store.SubmitRequestAsync(Input.ToDraft(), ct);
            if (result.IsSuccess)
            {
                TempData[ReceiptKey] = result.Value;
                return RedirectToPage("Receipt");
            }
            result.AddTo(ModelState, typeof(RequestCommand), "Input");
        }
        Titles = await store.FiledTitlesAsync(ct);
        return Page();
    }

    public sealed record RequestCommand
    {
        [Required(ErrorMessage = "请填写建议审查的文件名称"), StringLength(200, ErrorMessage = "文件名称不能超过200个字"), Display(Name = "建议审查的文件名称")]
        public string? DocumentTitle { get; init; }

        [Required(ErrorMessage = "请填写建议审查的理由"), StringLength(ReviewRequest.MaxReasonsLength, ErrorMessage = "审查建议的理由不能超过5000个字"), Display(Name = "建议审查的理由")]
        public string? Reasons { get; init; }

        [StringLength(50, ErrorMessage = "姓名不能超过50个字"), Display(Name = "姓名（选填）")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "请填写联系方式，以便告知审查结果（不会公开）"), StringLength(100, ErrorMessage = "联系方式不能超过100个字"), Display(Name = "联系方式")]
        public string? Contact { get; init; }

        public ReviewRequestDraft ToDraft() => new(DocumentTitle ?? "", null, Reasons ?? "", Name, Contact ?? "");
    }
}
