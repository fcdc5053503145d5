using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Supervision;

/// <summary>The refusals of supervision: each with a stable code (<c>Supervision.{name}</c>), its field and the Chinese message.</summary>
public static class SupervisionMessages
{
    private const string Area = "Supervision";

    // The plan.
    public static Refusal YearOutOfRange { get; } = Refusal.Define(Area, "请填写正确的年度（2000—2100）。", nameof(SupervisionPlanDraft.Year));
    public static Refusal AdoptedInFuture { get; } = Refusal.Define(Area, "通过日期不能晚于今天。", nameof(PlanAdoption.AdoptedOn));
    public static Refusal AmendmentInFuture { get; } = Refusal.Define(Area, "调整日期不能晚于今天。", nameof(PlanAdoption.AdoptedOn));
    public static Refusal AmendmentBeforeAdoption { get; } = Refusal.Define(Area, "计划调整的日期不能早于计划通过的日期。", nameof(PlanAdoption.AdoptedOn));
    public static Refusal PlanHasNoTopics { get; } = Refusal.Define(Area, "计划中还没有议题，不能登记通过。");
    public static Refusal AlreadyPublished { get; } = Refusal.Define(Area, "已经公开。");
    public static Refusal NotPublished { get; } = Refusal.Define(Area, "尚未公开。");
    public static Refusal AmendmentRequired { get; } = Refusal.Define(Area, "计划已通过：新增或取消议题须依据一次计划调整，请先登记计划调整再选择。", nameof(SupervisionTopicDraft.AmendmentId));
    public static Refusal UnknownAmendment { get; } = Refusal.Define(Area, "所选的计划调整不属于本年度计划。", nameof(SupervisionTopicDraft.AmendmentId));
    public static Refusal TopicOfAnotherYear { get; } = Refusal.Define(Area, "议题不属于这个年度的计划。");

    // The topic.
    public static Refusal ReportingUnitRequired { get; } = Refusal.Define(Area, "请选择报告单位（一府一委两院或其工作部门）。", nameof(SupervisionTopicDraft.ReportingUnitId));
    public static Refusal CommitteeRequired { get; } = Refusal.Define(Area, "请选择负责的专门委员会或工作委员会。", nameof(SupervisionTopicDraft.CommitteeId));
    public static Refusal LawRequired { get; } = Refusal.Define(Area, "执法检查须写明检查的法律或法规名称。", nameof(SupervisionTopicDraft.LawName));
    public static Refusal PlannedMonthOutOfRange { get; } = Refusal.Define(Area, "计划月份须在 1 到 12 之间。", nameof(SupervisionTopicDraft.PlannedMonth));
    public static Refusal MeetingOfAnotherYear { get; } = Refusal.Define(Area, "所选常委会会议不在计划年度内。", nameof(SupervisionTopicDraft.MeetingId));
    public static Refusal DuplicateDeputy { get; } = Refusal.Define(Area, "参加的代表重复列出了，请删去重复的一项。", nameof(SupervisionTopicDraft.DeputyIds));
    public static Refusal DuplicateSource { get; } = Refusal.Define(Area, "来源建议重复列出了，请删去重复的一项。", nameof(SupervisionTopicDraft.SourceSuggestionIds));

    // Before the meeting.
    public static Refusal ActivityEndBeforeStart { get; } = Refusal.Define(Area, "结束日期不能早于开始日期。", nameof(ActivityDraft.EndOn));
    public static Refusal ActivityOutsideYear { get; } = Refusal.Define(Area, "活动日期须在计划年度内或前一年内。", nameof(ActivityDraft.StartOn));
    public static Refusal InquiryOnlyForInquiry { get; } = Refusal.Define(Area, "只有专题询问可以登记询问问答。");

    // The meeting and the opinions.
    public static Refusal HeardInFuture { get; } = Refusal.Define(Area, "审议日期不能晚于今天。", nameof(DeliberationDraft.HeardOn));
    public static Refusal HeardOutsideYear { get; } = Refusal.Define(Area, "审议日期须在计划年度内。", nameof(DeliberationDraft.HeardOn));
    public static Refusal NoProblems { get; } = Refusal.Define(Area, "问题清单至少要有一个问题才能交办；不形成问题清单的，可直接办结。", nameof(OpinionsDraft.Problems));
    public static Refusal OpinionsRequired { get; } = Refusal.Define(Area, "请填写审议意见。", nameof(OpinionsDraft.OpinionsText));
    public static Refusal ProblemTextRequired(int number) => new("Supervision.ProblemTextRequired", $"第{number}个问题：请填写问题内容。", nameof(OpinionsDraft.Problems));
    public static Refusal TooManyProblems { get; } = Refusal.Define(Area, "一个议题的问题清单最多 200 个问题。", nameof(OpinionsDraft.Problems));
    public static Refusal ConcludeReasonRequired { get; } = Refusal.Define(Area, "请说明不交办、直接办结的理由。", "Reason");
    public static Refusal ConcludeWithProblems { get; } = Refusal.Define(Area, "已有问题清单的议题须交办，不能直接办结。");
    public static Refusal CancelReasonRequired { get; } = Refusal.Define(Area, "请填写取消议题的理由。", "Reason");

    // The body's report.
    public static Refusal OnlyReportingUnit { get; } = Refusal.Define(Area, "只有报告单位可以报送研究处理情况报告。");
    public static Refusal NotYourProblem { get; } = Refusal.Define(Area, "这个问题不由本单位整改。");
    public static Refusal ReportTextRequired { get; } = Refusal.Define(Area, "请填写研究处理情况报告。", nameof(HandlingReportDraft.ReportText));
    public static Refusal ProgressMissing(int number) => new("Supervision.ProgressMissing", $"第{number}个问题还没有填写整改情况：报告须逐项说明每个问题的整改情况。", nameof(HandlingReportDraft.Entries));
    public static Refusal EvidenceMissing(int number) => new("Supervision.EvidenceMissing", $"第{number}个问题：请填写整改措施和佐证。", nameof(HandlingReportDraft.Entries));
    public static Refusal UnknownProblem(int number) => new("Supervision.UnknownProblem", $"问题清单中没有第{number}个问题。", nameof(HandlingReportDraft.Entries));

    // The evaluation.
    public static Refusal EvaluationRequired { get; } = Refusal.Define(Area, "请填写常委会（专门委员会）的评价意见。", nameof(EvaluationDraft.Evaluation));
    public static Refusal EvaluatedInFuture { get; } = Refusal.Define(Area, "评价日期不能晚于今天。", nameof(EvaluationDraft.EvaluatedOn));
    public static Refusal EvaluatedBeforeReport { get; } = Refusal.Define(Area, "评价日期不能早于报告报送的日期。", nameof(EvaluationDraft.EvaluatedOn));
    public static Refusal VotesNegative { get; } = Refusal.Define(Area, "测评票数不能为负数。", nameof(EvaluationDraft.Vote));
    public static Refusal VotesTooMany { get; } = Refusal.Define(Area, $"每一项测评票数不能超过 {SupervisionTopic.MaximumVotes} 票（常委会组成人员的人数）。", nameof(EvaluationDraft.Vote));
    public static Refusal VotesEmpty { get; } = Refusal.Define(Area, "测评至少要有一票；未测评的请不要填写票数。", nameof(EvaluationDraft.Vote));

    // 销号 and 回头看.
    public static Refusal CloseEvidenceRequired { get; } = Refusal.Define(Area, "销号须填写整改完成的佐证材料说明。", nameof(ProblemClosure.Evidence));
    public static Refusal RectifiedInFuture { get; } = Refusal.Define(Area, "整改完成日期不能晚于今天。", nameof(ProblemClosure.RectifiedOn));
    public static Refusal RectifiedBeforeAssignment { get; } = Refusal.Define(Area, "整改完成日期不能早于交办日期。", nameof(ProblemClosure.RectifiedOn));
    public static Refusal ProblemNotFound { get; } = Refusal.Define(Area, "找不到这个问题。");
    public static Refusal FindingsRequired { get; } = Refusal.Define(Area, "请填写回头看发现的情况。", nameof(FollowUpDraft.Findings));
    public static Refusal FollowUpInFuture { get; } = Refusal.Define(Area, "回头看日期不能晚于今天。", nameof(FollowUpDraft.HeldOn));
    public static Refusal FollowUpBeforeAssignment { get; } = Refusal.Define(Area, "回头看日期不能早于交办日期。", nameof(FollowUpDraft.HeldOn));
    public static Refusal ReopenOnlyClosed(int number) => new("Supervision.ReopenOnlyClosed", $"第{number}个问题尚未销号，不需要重新打开。", nameof(FollowUpDraft.ReopenNumbers));
}
