using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Notices;

/// <summary>
/// A notice for staff: its state, the body as the public will read it, its attachments, and the forms
/// <see cref="Notice.AvailableActions"/> allows now (publish, withdraw with a reason, attach or remove a file). Each form
/// posts the row version the page showed, so of two staff acting at once the second is told and nothing is overwritten.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class DetailsModel(NoticeStore store) : ActionFormsPage
{
    public const string PublishForm = "Publish";
    public const string WithdrawForm = "Withdraw";
    public const string AttachForm = "Attach";
    public const string RemoveForm = "Remove";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Notice Notice { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public AvailableActions<NoticeAction> Actions { get; private set; } = AvailableActions<NoticeAction>.None;

    public WithdrawCommand Withdraw { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var notice = await store.FindAsync(Id, ct);
        if (notice is null) return NotFound();
        Notice = notice;
        BodyHtml = SafeMarkdown.ToHtml(notice.Body);
        Actions = notice.AvailableActions(User.AsStaff());
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(PublishForm, null, () => store.PublishAsync(Id, version, User.AsStaff(), ct), "通知公告已发布，公众现在可以看到。", ct);

    public Task<IActionResult> OnPostWithdrawAsync([Bind(Prefix = WithdrawForm)] WithdrawCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(WithdrawForm, input, () => store.WithdrawAsync(Id, input.Version, input.Reason, User.AsStaff(), ct), "通知公告已撤回，公众已看不到。", ct);
    }

    public Task<IActionResult> OnPostAttachAsync([Bind(Prefix = AttachForm)] AttachCommand input, CancellationToken ct)
    {
        if (input.File is not { Length: > 0 }) ModelState.AddModelError($"{AttachForm}.{nameof(AttachCommand.File)}", "请选择要上传的附件。");
        return ActAsync(AttachForm, input, () => store.AttachAsync(Id, input.Version, input.File!.FileName,
            () => Uploads.ReadAsync(input.File, ct), User.AsStaff(), ct), "附件已上传。", ct);
    }

    public Task<IActionResult> OnPostRemoveAsync(uint version, int attachmentId, CancellationToken ct) =>
        ActAsync<object>(RemoveForm, null, () => store.RemoveAttachmentAsync(Id, version, attachmentId, User.AsStaff(), ct), "附件已删除。", ct);

    public sealed record WithdrawCommand
    {
        [Required(ErrorMessage = "请填写撤回的理由。"), StringLength(Notice.ReasonMaxLength, ErrorMessage = "撤回理由不能超过500个字。"), Display(Name = "撤回理由")]
        public string? Reason { get; init; }

        public uint Version { get; init; }
    }

    public sealed record AttachCommand
    {
        [Display(Name = "附件")] public IFormFile? File { get; init; }

        public uint Version { get; init; }
    }
}
