using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Pages.Staff.Supervision.Topics;

/// <summary>
/// One supervision topic for staff, the whole closed loop on one page: the facts and sources, the activities before the
/// meeting, the meeting, 审议意见 and 问题清单, 交办 with the computed due date, the body's reports round by round, the
/// committee's evaluation with an optional 满意度测评, 销号 problem by problem, 回头看, publication, and the key suggestions
/// bundled with it. Only the forms <see cref="SupervisionTopic.AvailableActions"/> allows are shown; each posts the version
/// the page showed, so of two staff acting at once the second gets the conflict and the page as it now stands. The data
/// work and the post handlers are in Details.Handler.cs; each group of forms is a partial view (_Details*.cshtml).
/// </summary>
public sealed partial class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    /// <summary>Blank problem rows the opinions form offers beyond those already written (more with <c>?rows=</c>).</summary>
    public const int BlankProblemRows = 3;

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    /// <summary>Extra blank problem rows asked for ("再添加几行"): the form works without JavaScript.</summary>
    [BindProperty(SupportsGet = true, Name = "rows")] public int? ExtraRows { get; set; }

    public TopicView View { get; private set; } = null!;

    public ActivityCommand Activity { get; private set; } = new();

    public InquiryCommand Inquiry { get; private set; } = new();

    public DeliberationCommand Deliberation { get; private set; } = new();

    public OpinionsCommand Opinions { get; private set; } = new();

    public ReasonCommand Conclude { get; private set; } = new();

    public CancelCommand Cancel { get; private set; } = new();

    public EvaluationCommand Evaluate { get; private set; } = new();

    public CloseCommand Close { get; private set; } = new();

    public FollowUpCommand FollowUp { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (view is null) return NotFound();
        View = view;
        var t = view.Topic;
        var today = view.Today;
        if (!Failed(Forms.Activity)) Activity = new ActivityCommand { StartOn = today };
        if (!Failed(Forms.Deliberation)) Deliberation = new DeliberationCommand { HeardOn = today, MeetingId = t.MeetingId, ReportText = t.ReportText };
        var rows = Math.Clamp(ExtraRows ?? 0, 0, 50) + BlankProblemRows;
        if (!Failed(Forms.Opinions))
        {
            Opinions = new OpinionsCommand
            {
                OpinionsText = t.OpinionsText,
                // The problems written so far, then blank rows for more, each defaulting to the reporting body.
                Problems = [.. t.Problems.OrderBy(p => p.Number).Select(p => new ProblemRow { Text = p.Text, UnitId = p.UnitId }),
                    .. Enumerable.Range(0, rows).Select(_ => new ProblemRow { UnitId = t.ReportingUnitId })],
            };
        }
        if (!Failed(Forms.Evaluate)) Evaluate = new EvaluationCommand { EvaluatedOn = today };
        if (!Failed(Forms.Close)) Close = new CloseCommand { RectifiedOn = today };
        if (!Failed(Forms.FollowUp)) FollowUp = new FollowUpCommand { HeldOn = today };
        return Page();
    }

    /// <summary>The values a problem's 销号 form shows: what was typed when this very form failed, else the defaults.</summary>
    public CloseCommand CloseFor(int number) =>
        Failed(Forms.Close) && Close.Number == number ? Close : new CloseCommand { Number = number, RectifiedOn = View.Today };

    public string? CloseErrorFor(int number, string field) =>
        Failed(Forms.Close) && Close.Number == number ? ErrorFor(field is "" ? Forms.Close : $"{Forms.Close}.{field}") : null;

    public static class Forms
    {
        public const string Activity = "Activity";
        public const string Inquiry = "Inquiry";
        public const string Deliberation = "Deliberation";
        public const string Opinions = "Opinions";
        public const string Assign = "Assign";
        public const string Conclude = "Conclude";
        public const string Cancel = "Cancel";
        public const string Evaluate = "Evaluate";
        public const string Close = "Close";
        public const string FollowUp = "FollowUp";
        public const string Publish = "Publish";
        public const string Unpublish = "Unpublish";
    }

    public sealed record ActivityCommand
    {
        [Required(ErrorMessage = "请选择活动类型"), Display(Name = "活动类型")]
        public SupervisionActivityKind? Kind { get; init; }

        [Required(ErrorMessage = "请填写开始日期"), Display(Name = "开始日期")]
        public DateOnly? StartOn { get; init; }

        [Display(Name = "结束日期")]
        public DateOnly? EndOn { get; init; }

        [Required(ErrorMessage = "请填写地点"), Display(Name = "地点")]
        public string? Place { get; init; }

        [Display(Name = "活动内容")]
        public string? Description { get; init; }

        public ActivityDraft ToDraft() => new(Kind!.Value, StartOn!.Value, EndOn, Place ?? "", Description);
    }

    public sealed record InquiryCommand
    {
        [Required(ErrorMessage = "请填写询问的问题"), Display(Name = "询问的问题")]
        public string? Question { get; init; }

        [Required(ErrorMessage = "请填写询问人"), Display(Name = "询问人")]
        public string? AskedBy { get; init; }

        [Required(ErrorMessage = "请填写应询人"), Display(Name = "应询人")]
        public string? AnsweredBy { get; init; }

        [Display(Name = "回答要点")]
        public string? Answer { get; init; }

        public InquiryDraft ToDraft() => new(Question ?? "", AskedBy ?? "", AnsweredBy ?? "", Answer);
    }

    public sealed record DeliberationCommand
    {
        [Required(ErrorMessage = "请填写审议日期"), Display(Name = "审议日期")]
        public DateOnly? HeardOn { get; init; }

        [Display(Name = "常委会会议")]
        public int? MeetingId { get; init; }

        [Display(Name = "报告全文（会议听取的报告）")]
        public string? ReportText { get; init; }

        public DeliberationDraft ToDraft() => new(HeardOn!.Value, MeetingId, ReportText);
    }

    public sealed record ProblemRow
    {
        public string? Text { get; init; }

        public int? UnitId { get; init; }
    }

    public sealed record OpinionsCommand
    {
        [Display(Name = "审议意见")]
        public string? OpinionsText { get; init; }

        /// <summary>The problem rows as posted, blank rows included (they are dropped before the domain numbers the rest).</summary>
        [Display(Name = "问题清单")]
        public List<ProblemRow> Problems { get; init; } = [];

        public OpinionsDraft ToDraft() => new(OpinionsText ?? "",
            [.. Problems.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p => new ProblemDraft(p.Text!, p.UnitId))]);
    }

    public sealed record ReasonCommand
    {
        [Display(Name = "办结说明")]
        public string? Reason { get; init; }
    }

    public sealed record CancelCommand
    {
        [Display(Name = "取消理由")]
        public string? Reason { get; init; }

        [Display(Name = "依据的计划调整")]
        public int? AmendmentId { get; init; }
    }

    public sealed record EvaluationCommand
    {
        [Required(ErrorMessage = "请填写评价日期"), Display(Name = "评价日期")]
        public DateOnly? EvaluatedOn { get; init; }

        [Display(Name = "评价意见")]
        public string? Evaluation { get; init; }

        /// <summary>满意 votes; the three counts left blank mean no 测评 was held.</summary>
        [Display(Name = "满意"), ForField(nameof(EvaluationDraft.Vote))]
        public int? Satisfied { get; init; }

        [Display(Name = "基本满意")]
        public int? BasicallySatisfied { get; init; }

        [Display(Name = "不满意")]
        public int? Unsatisfied { get; init; }

        public bool HasVote => Satisfied is not null || BasicallySatisfied is not null || Unsatisfied is not null;

        public EvaluationDraft ToDraft() => new(EvaluatedOn!.Value, Evaluation ?? "",
            HasVote ? new SatisfactionVote(Satisfied ?? 0, BasicallySatisfied ?? 0, Unsatisfied ?? 0) : null);
    }

    public sealed record CloseCommand
    {
        public int Number { get; init; }

        [Required(ErrorMessage = "请填写整改完成日期"), Display(Name = "整改完成日期")]
        public DateOnly? RectifiedOn { get; init; }

        [Display(Name = "佐证材料说明")]
        public string? Evidence { get; init; }

        public ProblemClosure ToClosure() => new(RectifiedOn!.Value, Evidence ?? "");
    }

    public sealed record FollowUpCommand
    {
        [Required(ErrorMessage = "请填写回头看日期"), Display(Name = "回头看日期")]
        public DateOnly? HeldOn { get; init; }

        [Display(Name = "回头看情况")]
        public string? Findings { get; init; }

        [Display(Name = "重新打开的问题")]
        public List<int> ReopenNumbers { get; init; } = [];

        public FollowUpDraft ToDraft() => new(HeldOn!.Value, Findings ?? "", ReopenNumbers);
    }
}
