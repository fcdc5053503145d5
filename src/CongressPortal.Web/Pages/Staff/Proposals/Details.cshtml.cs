using System.ComponentModel.DataAnnotations;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// Everything about one proposal for staff: number, proposers and their signatures, 案由 / 案据 / 方案, files, timeline,
/// and the forms of what staff may do now (<see cref="Domain.Proposals.Proposal.AvailableActions"/>): the presidium's
/// decision (列入会议议程, 交专门委员会审议, 不列入, 作为建议处理), the committee's report, the result, a withdrawal,
/// publication and files. Each form posts the version the page showed: of two staff deciding at once, the second gets
/// <see cref="Data.Queries.ProposalStore.ActionConflict"/> and the page as it now stands. The data work is in Details.Handler.cs.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed partial class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    public const string NoFiles = "请选择要上传的文件。";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public ProposalView View { get; private set; } = null!;

    public DecisionCommand PutOnAgenda { get; private set; } = new();

    public ReferCommand Refer { get; private set; } = new();

    public DecisionCommand LeaveOff { get; private set; } = new();

    public ConvertCommand Convert { get; private set; } = new();

    public ReportCommand Report { get; private set; } = new();

    public ResultCommand Result { get; private set; } = new();

    public WithdrawCommand Withdraw { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, User.AsStaff(), fileId => Url.Page("/Staff/Proposals/File", new { proposal = Id, id = fileId })!, ct);
        if (view is null) return NotFound();
        View = view;
        // Defaults for the forms that were not posted: decided today; a posted form keeps what the user typed.
        var today = view.Today;
        if (!Failed(Forms.PutOnAgenda)) PutOnAgenda = new DecisionCommand { DecidedOn = today };
        if (!Failed(Forms.Refer)) Refer = new ReferCommand { DecidedOn = today, DueOn = view.LatestDueIfDecidedToday };
        if (!Failed(Forms.LeaveOff)) LeaveOff = new DecisionCommand { DecidedOn = today };
        if (!Failed(Forms.Convert)) Convert = new ConvertCommand { DecidedOn = today };
        if (!Failed(Forms.Report)) Report = new ReportCommand { ReportedOn = today };
        if (!Failed(Forms.Result)) Result = new ResultCommand { ResultOn = today };
        return Page();
    }

    public Task<IActionResult> OnPostPutOnAgendaAsync(uint version, [Bind(Prefix = Forms.PutOnAgenda)] DecisionCommand input, CancellationToken ct)
    {
        PutOnAgenda = input;
        return ActAsync(Forms.PutOnAgenda, input, () => handler.PutOnAgendaAsync(Id, version, input, User.AsStaff(), ct), "已登记主席团决定：列入会议议程。", ct);
    }

    public Task<IActionResult> OnPostReferAsync(uint version, [Bind(Prefix = Forms.Refer)] ReferCommand input, CancellationToken ct)
    {
        Refer = input;
        return ActAsync(Forms.Refer, input, () => handler.ReferAsync(Id, version, input, User.AsStaff(), ct), "已登记主席团决定：交专门委员会审议。", ct);
    }

    public Task<IActionResult> OnPostLeaveOffAsync(uint version, [Bind(Prefix = Forms.LeaveOff)] DecisionCommand input, CancellationToken ct)
    {
        LeaveOff = input;
        return ActAsync(Forms.LeaveOff, input, () => handler.LeaveOffAsync(Id, version, input, User.AsStaff(), ct), "已登记主席团决定：不列入会议议程。", ct);
    }

    public Task<IActionResult> OnPostConvertAsync(uint version, [Bind(Prefix = Forms.Convert)] ConvertCommand input, CancellationToken ct)
    {
        Convert = input;
        return ActAsync(Forms.Convert, input, () => handler.ConvertAsync(Id, version, input, User.AsStaff(), ct), "已登记主席团决定：作为建议处理，并已登记为代表建议。", ct);
    }

    public Task<IActionResult> OnPostReportAsync(uint version, [Bind(Prefix = Forms.Report)] ReportCommand input, CancellationToken ct)
    {
        Report = input;
        return ActAsync(Forms.Report, input, () => handler.ReportAsync(Id, version, input, User.AsStaff(), ct), "已登记专门委员会的审议结果报告。", ct);
    }

    public Task<IActionResult> OnPostResultAsync(uint version, [Bind(Prefix = Forms.Result)] ResultCommand input, CancellationToken ct)
    {
        Result = input;
        return ActAsync(Forms.Result, input, () => handler.ResultAsync(Id, version, input, User.AsStaff(), ct), "已登记审议结果，议案办结。", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(uint version, [Bind(Prefix = Forms.Withdraw)] WithdrawCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(Forms.Withdraw, input, () => handler.WithdrawAsync(Id, version, input, User.AsStaff(), ct), "已登记领衔代表撤回议案。", ct);
    }

    public Task<IActionResult> OnPostPublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Publish, null, () => handler.PublishAsync(Id, version, User.AsStaff(), ct), "议案已在门户网站公开。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Unpublish, null, () => handler.UnpublishAsync(Id, version, User.AsStaff(), ct), "已撤销公开。", ct);

    public Task<IActionResult> OnPostUploadAsync(uint version, [Bind(Prefix = Forms.Upload)] UploadCommand input, CancellationToken ct)
    {
        var chosen = input.Files.Where(f => f.Length > 0).ToList();
        if (chosen.Count == 0) ModelState.AddModelError($"{Forms.Upload}.{nameof(UploadCommand.Files)}", NoFiles);
        return ActAsync(Forms.Upload, input, () => handler.UploadAsync(Id, version, chosen, User.AsStaff(), ct), $"已上传 {chosen.Count} 个附件。", ct);
    }

    public Task<IActionResult> OnPostSupervisionAsync(uint version, [Bind(Prefix = Forms.Supervision)] SupervisionLinkCommand input, CancellationToken ct) =>
        ActAsync(Forms.Supervision, input, () => handler.LinkSupervisionAsync(Id, version, input.TopicId, User.AsStaff(), ct),
            input.TopicId is null ? "已取消与监督议题的关联。" : "已关联监督议题。", ct);

    public Task<IActionResult> OnPostLegislationAsync(uint version, [Bind(Prefix = Forms.Legislation)] LegislationLinkCommand input, CancellationToken ct) =>
        ActAsync(Forms.Legislation, input, () => handler.LinkLegislationAsync(Id, version, input.ItemId, User.AsStaff(), ct),
            input.ItemId is null ? "已取消与立法计划项目的关联。" : "已关联立法计划项目。", ct);

    /// <summary>The legislative plan item the proposal fed (立法法第五十六条); none clears the link.</summary>
    public sealed record LegislationLinkCommand
    {
        [Display(Name = "关联立法计划项目")]
        public int? ItemId { get; init; }
    }

    /// <summary>The supervision topic the proposal led to (P10); none clears the link.</summary>
    public sealed record SupervisionLinkCommand
    {
        [Display(Name = "关联监督议题")]
        public int? TopicId { get; init; }
    }

    /// <summary>The forms of the page: each posts under its own prefix, and its form-level message is kept under its name.</summary>
    public static class Forms
    {
        public const string PutOnAgenda = "PutOnAgenda";
        public const string Refer = "Refer";
        public const string LeaveOff = "LeaveOff";
        public const string Convert = "Convert";
        public const string Report = "Report";
        public const string Result = "Result";
        public const string Withdraw = "Withdraw";
        public const string Publish = "Publish";
        public const string Unpublish = "Unpublish";
        public const string Upload = "Upload";
        public const string Supervision = "Supervision";
        public const string Legislation = "Legislation";
    }

    /// <summary>The presidium's decision: its date and why (named like <see cref="Domain.Proposals.DecisionDraft"/>).</summary>
    public record DecisionCommand
    {
        [Required(ErrorMessage = "请填写决定日期"), Display(Name = "决定日期")]
        public DateOnly? DecidedOn { get; init; }

        [Required(ErrorMessage = "请填写决定的理由或说明"), StringLength(2000, ErrorMessage = "说明不能超过2000个字"), Display(Name = "理由或说明")]
        public string? Reason { get; init; }

        public Domain.Proposals.DecisionDraft ToDraft() => new(DecidedOn!.Value, Reason ?? "");
    }

    public sealed record ReferCommand : DecisionCommand
    {
        [Required(ErrorMessage = "请选择专门委员会"), Display(Name = "专门委员会")]
        public int? CommitteeId { get; init; }

        [Required(ErrorMessage = "请填写审议结果报告的期限"), Display(Name = "报告期限")]
        public DateOnly? DueOn { get; init; }
    }

    public sealed record ConvertCommand : DecisionCommand
    {
        [Required(ErrorMessage = "请选择建议类别"), Display(Name = "建议类别")]
        public int? CategoryId { get; init; }
    }

    public sealed record ReportCommand
    {
        [Required(ErrorMessage = "请填写报告日期"), Display(Name = "报告日期")]
        public DateOnly? ReportedOn { get; init; }

        [Required(ErrorMessage = "请填写审议结果报告"), Display(Name = "审议结果报告")]
        public string? ReportText { get; init; }
    }

    public sealed record ResultCommand
    {
        [Required(ErrorMessage = "请填写日期"), Display(Name = "日期")]
        public DateOnly? ResultOn { get; init; }

        [Required(ErrorMessage = "请填写审议结果"), Display(Name = "审议结果")]
        public string? ResultText { get; init; }

        [Display(Name = "常委会会议")]
        public int? MeetingId { get; init; }
    }

    public sealed record WithdrawCommand
    {
        [Required(ErrorMessage = "请填写撤回说明"), StringLength(500, ErrorMessage = "撤回说明不能超过500个字"), Display(Name = "撤回说明")]
        public string? Reason { get; init; }
    }

    public sealed record UploadCommand
    {
        [Display(Name = "附件")]
        public List<IFormFile> Files { get; init; } = [];
    }
}
