using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using CongressPortal.Web.Pages.Staff.Shared;

namespace CongressPortal.Web.Pages.Staff.Legislation.Records;

/// <summary>
/// One legislation record: its facts, readings (each with its meeting, date and text), consultations, the approval clock
/// and history, and a form for every action <see cref="LegislationRecord.AvailableActions"/> offers now. Readings and the
/// vote name a standing-committee meeting; their date is the meeting's. 公布 writes the regulation library too.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes, ValueCountLimit = StatuteInput.FormValueCountLimit)]
public sealed class DetailsModel(LegislationStore store, LegislationChoices.Handler choices) : ActionFormsPage
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public RecordView View { get; private set; } = null!;

    public ConsultationCommand Consultation { get; private set; } = new();

    public ReadingCommand Reading { get; private set; } = new();

    public PassCommand PassForm { get; private set; } = new();

    public ApprovalCommand Approval { get; private set; } = new();

    public PromulgationCommand Promulgation { get; private set; } = new();

    public ReasonCommand Conclude { get; private set; } = new();

    public ReasonCommand Withdraw { get; private set; } = new();

    /// <summary>The form whose text was just detected: shown as posted, like a failed one.</summary>
    private string? _detected;

    private bool Keep(string form) => Failed(form) || _detected == form;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    /// <summary>
    /// "识别结构", "更新预览", "重新识别" of the reading's or the vote's text: nothing is saved, the form comes back with the
    /// lines detected and everything typed. The form posted is the one whose fields came.
    /// </summary>
    public async Task<IActionResult> OnPostDetectAsync([Bind(Prefix = Forms.Reading)] ReadingCommand reading, [Bind(Prefix = Forms.Pass)] PassCommand pass, CancellationToken ct)
    {
        var isPass = Request.Form.Keys.Any(k => k.StartsWith(Forms.Pass + ".", StringComparison.Ordinal));
        StatuteInput.SetAsideErrors(ModelState);
        var form = isPass ? Forms.Pass : Forms.Reading;
        var input = isPass ? pass.Text : reading.Text;
        if (await input.DetectAsync(HttpContext.GetZipLimits(), ct) is { } refusal) input.AddTo(ModelState, refusal, $"{form}.{nameof(ReadingCommand.Text)}");
        ModelState.Remove($"{form}.{nameof(ReadingCommand.Text)}.{nameof(StatuteInput.LineText)}");
        ModelState.Remove($"{form}.{nameof(ReadingCommand.Text)}.{nameof(StatuteInput.LineKind)}");
        ModelState.Remove($"{form}.{nameof(ReadingCommand.Text)}.{nameof(StatuteInput.Pasted)}");
        if (isPass) PassForm = pass;
        else Reading = reading;
        _detected = form;
        return await ShowAsync(ct);
    }

    /// <summary>The text of a form resolved, then the command; a text that cannot be made is refused next to it.</summary>
    private static Task<CommandResult<int>> WithText(StatuteInput input, Func<StatuteText, Task<CommandResult<int>>> act)
    {
        StatuteText text;
        try
        {
            text = input.Resolve();
        }
        catch (DomainRuleException refused)
        {
            return Task.FromResult(CommandResult<int>.Refused(refused.Refusal));
        }
        return act(text);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var record = await store.LoadRecordAsync(Id, ct);
        if (record is null) return NotFound();
        var today = store.Today;
        var meetings = await choices.MeetingNamesAsync(record.Readings.Select(r => (int?)r.MeetingId).Append(record.PassedMeetingId), ct);
        var committees = await choices.CommitteeNamesAsync(ct);
        var regulations = await choices.RegulationNamesAsync([record.RegulationId], ct);
        var item = record.PlanItemId is { } itemId ? await store.ItemLinkAsync(itemId, ct) : null;
        View = new RecordView(
            record,
            record.AvailableActions(User.AsStaff()),
            record.CommitteeId is { } c ? committees.GetValueOrDefault(c) : null,
            record.RegulationId is { } r ? regulations.GetValueOrDefault(r) : null,
            item,
            [.. record.Readings.OrderBy(x => x.Stage).Select(x => new ReadingRow(x.Id, x.Stage, meetings.GetValueOrDefault(x.MeetingId, ""), x.HeldOn, x.DraftTitle, x.ArticleCount))],
            record.PassedMeetingId is { } pm ? meetings.GetValueOrDefault(pm) : null,
            record.ApprovalClockOn(today),
            record.ApprovalDueOn is { } due ? Deadline.DaysLeft(due, today, LegislationRecord.ApprovalWarningDays) : null,
            today.AddMonths(LegislationRecord.ApprovalMonths),
            await choices.MeetingsAsync(today.Year, null, ct),
            today);
        if (!Keep(Forms.Consultation)) Consultation = new ConsultationCommand { HeldOn = today };
        if (!Keep(Forms.Reading)) Reading = new ReadingCommand { Stage = record.NextReading ?? ReadingStage.First, DraftTitle = $"{record.Title}（草案）" };
        if (!Keep(Forms.Approve)) Approval = new ApprovalCommand { ApprovedOn = today };
        if (!Keep(Forms.Promulgate)) Promulgation = new PromulgationCommand { PromulgatedOn = today, EffectiveOn = today };
        return Page();
    }

    public Task<IActionResult> OnPostConsultationAsync(uint version, [Bind(Prefix = Forms.Consultation)] ConsultationCommand input, CancellationToken ct)
    {
        Consultation = input;
        return ActAsync(Forms.Consultation, input, () => store.ActAsync(Id, version, (r, now) => r.RecordConsultation(input.ToDraft(), User.AsStaff(), now), ct),
            "已登记。", ct);
    }

    public Task<IActionResult> OnPostReadingAsync(uint version, [Bind(Prefix = Forms.Reading)] ReadingCommand input, CancellationToken ct)
    {
        Reading = input;
        return ActAsync(Forms.Reading, input, () => WithText(input.Text, text => store.RecordReadingAsync(Id, version, input.ToDraft(), text, User.AsStaff(), ct)),
            "已登记审议。", ct);
    }

    public Task<IActionResult> OnPostPassAsync(uint version, [Bind(Prefix = Forms.Pass)] PassCommand input, CancellationToken ct)
    {
        PassForm = input;
        return ActAsync(Forms.Pass, input, () => WithText(input.Text, text => store.PassAsync(Id, version, input.ToDraft(), text.Lines.Count == 0 ? null : text, User.AsStaff(), ct)), "已登记表决通过。", ct);
    }

    public Task<IActionResult> OnPostSubmitAsync(uint version, CancellationToken ct) =>
        ActAsync<object>(Forms.Submit, null, () => store.ActAsync(Id, version, (r, now) => r.SubmitForApproval(User.AsStaff(), now), ct),
            "已报请省人大常委会批准，四个月期限自今天起算。", ct);

    public Task<IActionResult> OnPostApproveAsync(uint version, [Bind(Prefix = Forms.Approve)] ApprovalCommand input, CancellationToken ct)
    {
        Approval = input;
        return ActAsync(Forms.Approve, input, () => store.ActAsync(Id, version, (r, now) => r.Approve(input.ToDraft(), User.AsStaff(), now), ct), "已登记批准。", ct);
    }

    public Task<IActionResult> OnPostPromulgateAsync(uint version, [Bind(Prefix = Forms.Promulgate)] PromulgationCommand input, CancellationToken ct)
    {
        Promulgation = input;
        return ActAsync(Forms.Promulgate, input, () => store.PromulgateAsync(Id, version, input.ToDraft(), User.AsStaff(), ct),
            "已登记公布。法规库中的新版本（或废止）有待法规库管理人员核对后公开。", ct);
    }

    public Task<IActionResult> OnPostConcludeAsync(uint version, [Bind(Prefix = Forms.Conclude)] ReasonCommand input, CancellationToken ct)
    {
        Conclude = input;
        return ActAsync(Forms.Conclude, input, () => store.ActAsync(Id, version, (r, now) => r.ConcludeResearch(input.Reason, User.AsStaff(), now), ct), "已登记调研结束。", ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(uint version, [Bind(Prefix = Forms.Withdraw)] ReasonCommand input, CancellationToken ct)
    {
        Withdraw = input;
        return ActAsync(Forms.Withdraw, input, () => store.ActAsync(Id, version, (r, now) => r.Withdraw(input.Reason, User.AsStaff(), now), ct), "已终止项目。", ct);
    }

    public static class Forms
    {
        public const string Consultation = "Consultation";
        public const string Reading = "Reading";
        public const string Pass = "PassForm";
        public const string Submit = "Submit";
        public const string Approve = "Approval";
        public const string Promulgate = "Promulgation";
        public const string Conclude = "Conclude";
        public const string Withdraw = "Withdraw";
    }

    public sealed record ReadingRow(int Id, ReadingStage Stage, string Meeting, DateOnly HeldOn, string? DraftTitle, int Articles);

    public sealed record RecordView(
        LegislationRecord Record,
        AvailableActions<LegislationAction> Actions,
        string? Committee,
        string? Regulation,
        LegislationStore.ItemLink? Item,
        IReadOnlyList<ReadingRow> Readings,
        string? PassedMeeting,
        ApprovalClock Clock,
        Deadline? ApprovalDeadline,
        DateOnly DueIfSubmittedToday,
        IReadOnlyList<SelectListItem> Meetings,
        DateOnly Today);
}

/// <summary>A hearing, expert meeting, forum or research visit (named like <see cref="ConsultationDraft"/>).</summary>
public sealed record ConsultationCommand
{
    [Display(Name = "形式")]
    public ConsultationKind Kind { get; init; }

    [Required(ErrorMessage = "请填写日期"), Display(Name = "日期")]
    public DateOnly? HeldOn { get; init; }

    [Display(Name = "地点")]
    public string? Place { get; init; }

    [Required(ErrorMessage = "请填写情况摘要"), Display(Name = "情况摘要")]
    public string? Summary { get; init; }

    public ConsultationDraft ToDraft() => new(Kind, HeldOn!.Value, Place, Summary ?? "");
}

/// <summary>A reading (named like <see cref="ReadingDraft"/>), with the draft's text.</summary>
public sealed record ReadingCommand
{
    [Display(Name = "审议次序")]
    public ReadingStage Stage { get; init; } = ReadingStage.First;

    [Required(ErrorMessage = "请选择常委会会议"), Display(Name = "常委会会议")]
    public int? MeetingId { get; init; }

    [Display(Name = "草案名称")]
    public string? DraftTitle { get; init; }

    [Display(Name = "说明")]
    public string? Explanation { get; init; }

    [Display(Name = "草案文本")]
    public StatuteInput Text { get; init; } = new();

    public ReadingDraft ToDraft() => new(Stage, MeetingId, DraftTitle, Explanation);
}

/// <summary>表决通过 (named like <see cref="PassDraft"/>), with the text as passed when it differs from the last reading's.</summary>
public sealed record PassCommand
{
    [Required(ErrorMessage = "请选择常委会会议"), Display(Name = "常委会会议")]
    public int? MeetingId { get; init; }

    [Display(Name = "赞成")]
    public int? VotesFor { get; init; }

    [Display(Name = "反对")]
    public int? VotesAgainst { get; init; }

    [Display(Name = "弃权")]
    public int? Abstentions { get; init; }

    [Display(Name = "表决通过的文本（与最后一次审议稿不同时导入）")]
    public StatuteInput Text { get; init; } = new();

    public PassDraft ToDraft() => new(MeetingId, VotesFor, VotesAgainst, Abstentions);
}

/// <summary>批准 (named like <see cref="ApprovalDraft"/>).</summary>
public sealed record ApprovalCommand
{
    [Required(ErrorMessage = "请填写批准日期"), Display(Name = "批准日期")]
    public DateOnly? ApprovedOn { get; init; }

    [Display(Name = "批准决定")]
    public string? Resolution { get; init; }

    public ApprovalDraft ToDraft() => new(ApprovedOn!.Value, Resolution);
}

/// <summary>公布 (named like <see cref="PromulgationDraft"/>).</summary>
public sealed record PromulgationCommand
{
    [Required(ErrorMessage = "请填写公告编号"), Display(Name = "公告编号")]
    public string? AnnouncementNumber { get; init; }

    [Required(ErrorMessage = "请填写公布日期"), Display(Name = "公布日期")]
    public DateOnly? PromulgatedOn { get; init; }

    [Required(ErrorMessage = "请填写施行日期"), Display(Name = "施行日期")]
    public DateOnly? EffectiveOn { get; init; }

    public PromulgationDraft ToDraft() => new(AnnouncementNumber ?? "", PromulgatedOn!.Value, EffectiveOn!.Value);
}

/// <summary>调研成果 or 终止理由.</summary>
public sealed record ReasonCommand
{
    [Required(ErrorMessage = "请填写"), Display(Name = "说明")]
    public string? Reason { get; init; }
}
