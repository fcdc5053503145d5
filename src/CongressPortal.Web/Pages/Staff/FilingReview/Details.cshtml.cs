using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// One filed document: its registration, whether it was filed late, every date of its review (the history), the deadline
/// running now, the review requests that name it, and only the forms <see cref="NormativeDocumentFiling.AvailableActions"/>
/// allows — 形式审查通过, 退回补正, 登记重新报送, 审查完毕, 提出纠正意见, 登记制定机关回复. Each form posts the version the page
/// showed: of two staff acting at once the second sees the conflict and the page as it now stands.
/// </summary>
public sealed class DetailsModel(FilingReviewStore store) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public NormativeDocumentFiling Filing { get; private set; } = null!;

    public AvailableActions<FilingAction> Actions { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public sealed record RequestRow(int Id, string DocumentTitle, ReviewRequestStatus Status, DateTimeOffset SubmittedAt);

    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];

    public ReturnCommand Return { get; private set; } = new();

    public ConcludeCommand Conclude { get; private set; } = new();

    public CorrectionCommand Correction { get; private set; } = new();

    public ReplyCommand Reply { get; private set; } = new();

    public static class Forms
    {
        public const string CheckFormat = "CheckFormat";
        public const string Return = "Return";
        public const string Resubmit = "Resubmit";
        public const string Conclude = "Conclude";
        public const string Correction = "Correction";
        public const string Reply = "Reply";
    }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var filing = await store.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == Id, ct);
        if (filing is null) return NotFound();
        Filing = filing;
        Actions = filing.AvailableActions(User.AsStaff());
        Today = store.Today;
        Requests = await store.Requests.AsNoTracking().Where(r => r.FilingId == Id).OrderBy(r => r.SubmittedAt)
            .Select(r => new RequestRow(r.Id, r.DocumentTitle, r.Status, r.SubmittedAt)).ToListAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostCheckFormatAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.CheckFormat, null, () => store.ActAsync(Id, version, (f, _, now) => f.CheckFormat(User.AsStaff(), now), null, ct),
            "已登记形式审查通过，进入审查。", ct);

    public Task<IActionResult> OnPostReturnAsync(uint version, [Bind(Prefix = Forms.Return)] ReturnCommand input, CancellationToken ct)
    {
        Return = input;
        return ActAsync(Forms.Return, input, () => store.ActAsync(Id, version, (f, _, now) => f.ReturnForCompletion(input.Reason, User.AsStaff(), now), null, ct),
            "已退回补正。", ct);
    }

    public Task<IActionResult> OnPostResubmitAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Resubmit, null, () => store.ActAsync(Id, version, (f, calendar, now) => f.Resubmit(User.AsStaff(), now, calendar), null, ct),
            "已登记重新报送，形式审查和审查期限重新计算。", ct);

    public Task<IActionResult> OnPostConcludeAsync(uint version, [Bind(Prefix = Forms.Conclude)] ConcludeCommand input, CancellationToken ct)
    {
        Conclude = input;
        return ActAsync(Forms.Conclude, input, () => store.ActAsync(Id, version,
            (f, _, now) => f.ConcludeReview(new FilingConclusion(input.Result!.Value, input.Opinion ?? ""), User.AsStaff(), now), null, ct), "已登记审查完毕。", ct);
    }

    public Task<IActionResult> OnPostCorrectionAsync(uint version, [Bind(Prefix = Forms.Correction)] CorrectionCommand input, CancellationToken ct)
    {
        Correction = input;
        return ActAsync(Forms.Correction, input, () => store.ActAsync(Id, version,
            (f, calendar, now) => f.RequestCorrection(input.Opinion, User.AsStaff(), now, calendar), null, ct), "已登记纠正意见，制定机关应在30日内回复。", ct);
    }

    public Task<IActionResult> OnPostReplyAsync(uint version, [Bind(Prefix = Forms.Reply)] ReplyCommand input, CancellationToken ct)
    {
        Reply = input;
        return ActAsync(Forms.Reply, input, () => store.ActAsync(Id, version,
            (f, _, now) => f.RecordReply(new FilingReply(input.Result!.Value, input.ReplyText ?? ""), User.AsStaff(), now), null, ct), "已登记制定机关回复，审查完毕。", ct);
    }

    public sealed record ReturnCommand
    {
        [Display(Name = "退回补正的理由")]
        public string? Reason { get; init; }
    }

    public sealed record ConcludeCommand
    {
        [Required(ErrorMessage = "请选择审查结果"), Display(Name = "审查结果")]
        public FilingReviewResult? Result { get; init; }

        [Display(Name = "审查意见")]
        public string? Opinion { get; init; }
    }

    public sealed record CorrectionCommand
    {
        [Display(Name = "纠正意见")]
        public string? Opinion { get; init; }
    }

    public sealed record ReplyCommand
    {
        [Required(ErrorMessage = "请选择制定机关是否已经纠正"), Display(Name = "纠正情况")]
        public FilingReviewResult? Result { get; init; }

        [Display(Name = "回复内容")]
        public string? ReplyText { get; init; }
    }
}
