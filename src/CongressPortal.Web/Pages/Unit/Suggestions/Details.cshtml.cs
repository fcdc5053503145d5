using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Unit.Suggestions;

/// <summary>
/// One suggestion as the handling unit sees it: the suggestion itself (deputies by name only), the unit's own part with
/// its deadlines, its contacts, opinions, replies, the deputy's ratings and its commitments; a lead unit also sees the
/// co-units' opinions. Which forms appear is the domain's answer (<see cref="Suggestion.AvailableActions"/>); every action
/// posts the version the page showed and runs within the unit's scope, so another unit's suggestion is "not found" (404)
/// and a stale page gets a conflict message. The data work is in <see cref="Handler"/> (Details.Handler.cs).
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed partial class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    public const int CommitmentRows = 3;
    public const string ReselectLetter = "请重新选择答复函文件：出于安全原因，浏览器不会保留已选择的文件。";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public UnitSuggestionView View { get; private set; } = null!;

    public ReasonCommand Return { get; private set; } = new();

    public ReasonCommand Extension { get; private set; } = new();

    public ContactCommand Contact { get; private set; } = new();

    public UnitContactCommand UnitContact { get; private set; } = new();

    public OpinionCommand Opinion { get; private set; } = new();

    public ReplyCommand Reply { get; private set; } = new();

    public ReplyCommand Correction { get; private set; } = new();

    /// <summary>The progress update that failed, to show its values and message on that commitment's form only.</summary>
    public ProgressCommand? Progress { get; private set; }

    /// <summary>A reply post failed after a file was chosen: the user must choose it again.</summary>
    public bool MustReselectLetter { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Accept, null, () => handler.AcceptAsync(UnitId, Id, version, User.AsUnit(), ct), "已签收。请在答复期限内办理，并与代表沟通联系。", ct);

    public Task<IActionResult> OnPostReturnAsync(uint version, [Bind(Prefix = Forms.Return)] ReasonCommand input, CancellationToken ct)
    {
        Return = input;
        return ActAsync(Forms.Return, input, () => handler.RequestReturnAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已提交退回申请，等待市人大常委会代表工作机构审批。", ct);
    }

    public Task<IActionResult> OnPostExtensionAsync(uint version, [Bind(Prefix = Forms.Extension)] ReasonCommand input, CancellationToken ct)
    {
        Extension = input;
        return ActAsync(Forms.Extension, input, () => handler.RequestExtensionAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已提交延期申请，等待市人大常委会代表工作机构审批。", ct);
    }

    public Task<IActionResult> OnPostContactAsync(uint version, [Bind(Prefix = Forms.Contact)] ContactCommand input, CancellationToken ct)
    {
        Contact = input;
        return ActAsync(Forms.Contact, input, () => handler.LogContactAsync(UnitId, Id, version, input, User.AsUnit(), ct), "已登记联系代表情况。", ct);
    }

    public Task<IActionResult> OnPostUnitContactAsync(uint version, [Bind(Prefix = Forms.UnitContact)] UnitContactCommand input, CancellationToken ct)
    {
        UnitContact = input;
        return ActAsync(Forms.UnitContact, input, () => handler.GiveContactAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "已保存本单位联系人，代表可以在其建议页面看到。", ct);
    }

    public Task<IActionResult> OnPostOpinionAsync(uint version, [Bind(Prefix = Forms.Opinion)] OpinionCommand input, CancellationToken ct)
    {
        Opinion = input;
        return ActAsync(Forms.Opinion, input, () => handler.SendOpinionAsync(UnitId, Id, version, input, User.AsUnit(), ct), "协办意见已送主办单位。", ct);
    }

    public Task<IActionResult> OnPostReplyAsync(uint version, [Bind(Prefix = Forms.Reply)] ReplyCommand input, CancellationToken ct)
    {
        Reply = input;
        CheckCommitmentRows(Forms.Reply, input);
        MustReselectLetter = input.Letter is { Length: > 0 };
        return ActAsync(Forms.Reply, input, () => handler.ReplyAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "答复已提交，等待代表评价。代表工作机构审核后在门户网站公开。", ct);
    }

    public Task<IActionResult> OnPostCorrectAsync(uint version, [Bind(Prefix = Forms.Correction)] ReplyCommand input, CancellationToken ct)
    {
        Correction = input;
        CheckCommitmentRows(Forms.Correction, input);
        if (string.IsNullOrWhiteSpace(input.Reason)) ModelState.AddModelError($"{Forms.Correction}.{nameof(ReplyCommand.Reason)}", SuggestionMessages.CorrectionReasonRequired.Message);
        MustReselectLetter = input.Letter is { Length: > 0 };
        return ActAsync(Forms.Correction, input, () => handler.CorrectReplyAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            "答复已修改，原稿已保留。", ct);
    }

    public Task<IActionResult> OnPostProgressAsync(uint version, [Bind(Prefix = Forms.Progress)] ProgressCommand input, CancellationToken ct)
    {
        Progress = input;
        return ActAsync(Forms.Progress, input, () => handler.UpdateCommitmentAsync(UnitId, Id, version, input, User.AsUnit(), ct),
            input.Percent == 100 ? "已记录进展：该承诺事项已完成。" : $"已记录承诺事项进展（{input.Percent}%）。", ct);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    private int UnitId => User.GetUnitId()!.Value;

    /// <summary>A commitment row needs both its text and its date; the domain checks the rest.</summary>
    private void CheckCommitmentRows(string form, ReplyCommand input)
    {
        for (var i = 0; i < input.Commitments.Count; i++)
        {
            var row = input.Commitments[i];
            var prefix = $"{form}.{nameof(ReplyCommand.Commitments)}[{i}]";
            if (string.IsNullOrWhiteSpace(row.Description) && row.PlannedOn is not null)
                ModelState.AddModelError($"{prefix}.{nameof(CommitmentRow.Description)}", "请填写承诺事项，或清空这一行的计划完成日期。");
            if (!string.IsNullOrWhiteSpace(row.Description) && row.PlannedOn is null)
                ModelState.AddModelError($"{prefix}.{nameof(CommitmentRow.PlannedOn)}", "请填写计划完成日期。");
        }
    }

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(UnitId, Id, User.AsUnit(), fileId => Url.Page("/Unit/Suggestions/File", new { suggestion = Id, id = fileId })!, ct);
        if (view is null) return NotFound();
        View = view;
        // Defaults for the forms that were not posted; a posted form keeps what the user typed.
        if (!Failed(Forms.Contact))
        {
            Contact = new ContactCommand
            {
                Stage = view.Mine.Replies.Count > 0 ? ContactStage.After : view.Mine.Contacts.Count > 0 ? ContactStage.During : ContactStage.Before,
                Date = view.Today,
                Form = ContactForm.InPerson,
            };
        }
        if (!Failed(Forms.UnitContact))
        {
            // The person named for this suggestion, or the unit's registered contact as a starting point.
            UnitContact = new UnitContactCommand { Name = view.OwnContact.Name, Phone = view.OwnContact.Phone, Email = view.OwnContact.Email };
        }
        if (!Failed(Forms.Reply)) Reply = new ReplyCommand { SignedOn = view.Today, IsPublishable = true };
        Reply = WithCommitmentRows(Reply);
        if (!Failed(Forms.Correction) && view.Mine.LatestReply is { } latest)
        {
            Correction = new ReplyCommand
            {
                ClassificationCode = latest.Classification,
                Text = latest.Text,
                Signer = latest.Signer,
                SignedOn = latest.SignedOn,
                IsPublishable = latest.IsPublishable,
                MissingOpinionsNote = latest.MissingOpinionsNote,
                Commitments = [.. latest.Commitments.OrderBy(c => c.Id).Select(c => new CommitmentRow { Description = c.Description, PlannedOn = c.PlannedOn })],
            };
        }
        Correction = WithCommitmentRows(Correction);
        return Page();
    }

    private static ReplyCommand WithCommitmentRows(ReplyCommand command) => command.Commitments.Count >= CommitmentRows
        ? command
        : command with { Commitments = [.. command.Commitments, .. Enumerable.Range(0, CommitmentRows - command.Commitments.Count).Select(_ => new CommitmentRow())] };

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under that key.</summary>
    public static class Forms
    {
        public const string Accept = "Accept";
        public const string Return = "Return";
        public const string Extension = "Extension";
        public const string Contact = "Contact";
        public const string UnitContact = "UnitContact";
        public const string Opinion = "Opinion";
        public const string Reply = "Reply";
        public const string Correction = "Correction";
        public const string Progress = "Progress";
    }

    public sealed record ReasonCommand
    {
        [Required(ErrorMessage = "请填写理由"), StringLength(500, ErrorMessage = "理由不能超过500个字"), Display(Name = "理由")]
        public string? Reason { get; init; }
    }

    public sealed record ContactCommand
    {
        [Required(ErrorMessage = "请选择联系阶段"), Display(Name = "阶段")]
        public ContactStage? Stage { get; init; }

        [Required(ErrorMessage = "请填写联系日期"), Display(Name = "联系日期")]
        public DateOnly? Date { get; init; }

        [Required(ErrorMessage = "请选择联系方式"), Display(Name = "方式")]
        public ContactForm? Form { get; init; }

        [StringLength(1000, ErrorMessage = "联系情况不能超过1000个字"), Display(Name = "联系情况")]
        public string? Notes { get; init; }
    }

    /// <summary>The unit's contact person for this suggestion (S37a); the domain checks the phone and e-mail.</summary>
    public sealed record UnitContactCommand
    {
        [Required(ErrorMessage = "请填写联系人"), StringLength(50, ErrorMessage = "联系人不能超过50个字"), Display(Name = "联系人")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "请填写联系电话"), StringLength(30, ErrorMessage = "联系电话不能超过30个字符"), Display(Name = "联系电话")]
        public string? Phone { get; init; }

        [StringLength(100, ErrorMessage = "电子邮箱不能超过100个字符"), Display(Name = "电子邮箱（选填）")]
        public string? Email { get; init; }
    }

    public sealed record OpinionCommand
    {
        [Required(ErrorMessage = "请填写协办意见"), StringLength(5000, ErrorMessage = "协办意见不能超过5000个字"), Display(Name = "协办意见")]
        public string? Text { get; init; }
    }

    public sealed record CommitmentRow
    {
        [StringLength(500, ErrorMessage = "承诺事项不能超过500个字"), Display(Name = "承诺事项")]
        public string? Description { get; init; }

        [Display(Name = "计划完成日期")]
        public DateOnly? PlannedOn { get; init; }
    }

    /// <summary>A reply, or a correction of one (then with its <see cref="Reason"/>). Fields are named as the domain's <see cref="ReplyDraft"/>.</summary>
    public sealed record ReplyCommand
    {
        [Required(ErrorMessage = "请选择答复分类"), Display(Name = "答复分类")]
        public string? ClassificationCode { get; init; }

        [Required(ErrorMessage = "请填写答复内容"), StringLength(20000, ErrorMessage = "答复内容不能超过20000个字"), Display(Name = "答复内容")]
        public string? Text { get; init; }

        [Required(ErrorMessage = "请填写签发人"), StringLength(50, ErrorMessage = "签发人不能超过50个字"), Display(Name = "签发人")]
        public string? Signer { get; init; }

        [Required(ErrorMessage = "请填写答复函签发日期"), Display(Name = "答复函签发日期")]
        public DateOnly? SignedOn { get; init; }

        [Display(Name = "同意公开答复内容")]
        public bool IsPublishable { get; init; }

        /// <summary>The signed letter; never shown back (browsers do not keep a chosen file), only its errors.</summary>
        [ForField(nameof(ReplyDraft.LetterFileId)), Display(Name = "盖章的答复函")]
        public IFormFile? Letter { get; init; }

        [StringLength(1000, ErrorMessage = "说明不能超过1000个字"), Display(Name = "协办意见缺失的说明")]
        public string? MissingOpinionsNote { get; init; }

        [StringLength(500, ErrorMessage = "修改原因不能超过500个字"), Display(Name = "修改原因")]
        public string? Reason { get; init; }

        public List<CommitmentRow> Commitments { get; init; } = [];
    }

    public sealed record ProgressCommand
    {
        public int CommitmentId { get; init; }

        [Required(ErrorMessage = "请填写完成进度"), Range(0, 100, ErrorMessage = "完成进度须在 0 到 100 之间"), Display(Name = "完成进度（%）")]
        public int? Percent { get; init; }

        [Required(ErrorMessage = "请填写进展情况"), StringLength(1000, ErrorMessage = "进展情况不能超过1000个字"), Display(Name = "进展情况")]
        public string? Note { get; init; }

        [Required(ErrorMessage = "请填写进展日期"), Display(Name = "进展日期")]
        public DateOnly? On { get; init; }
    }
}
