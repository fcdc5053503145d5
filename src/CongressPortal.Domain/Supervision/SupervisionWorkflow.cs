using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Supervision.SupervisionTopicAction;
using S = CongressPortal.Domain.Supervision.SupervisionTopicStatus;

namespace CongressPortal.Domain.Supervision;

/// <summary>
/// The transition table of a supervision topic (docs/workflows/supervision-topic.md): staff plan it, record the meeting,
/// write the opinions and the problem list and send them (交办); the reporting body files its handling report; staff
/// evaluate it, optionally with a 满意度测评 that sends it back; problems are closed (销号) one by one; a 回头看 can
/// reopen them. <see cref="SupervisionTopic"/>'s guards add what the table cannot say: which body, a problem list to send,
/// a status for every problem.
/// </summary>
public static class SupervisionTopicWorkflow
{
    private static readonly S[] BeforeMeetingEnds = [S.Planned, S.Deliberated];
    private static readonly S[] WithBody = [S.Assigned, S.Rework];
    private static readonly S[] Heard = [S.Deliberated, S.Assigned, S.Reported, S.Rework, S.Rectifying, S.Closed];

    public static WorkflowTable<S, SupervisionTopicAction> Table { get; } =
        new WorkflowTable<S, SupervisionTopicAction>("监督议题", StatusLabel, ActionLabel)
            .Allow(Staff, Edit, [S.Planned, S.Deliberated])
            .Allow(Staff, AddActivity, BeforeMeetingEnds)
            .Allow(Staff, RecordInquiry, BeforeMeetingEnds)
            .Allow(Staff, Cancel, S.Planned, S.Cancelled)
            .Allow(Staff, RecordDeliberation, S.Planned, S.Deliberated)
            .Allow(Staff, EditOpinions, S.Deliberated)
            .Allow(Staff, Assign, S.Deliberated, S.Assigned)
            .Allow(Staff, Conclude, S.Deliberated, S.Closed)
            .Allow(HandlingUnit, FileReport, WithBody, S.Reported)
            .Allow(Staff, Evaluate, S.Reported, S.Rework, "满意度测评低于设定的满意率")
            .Allow(Staff, Evaluate, S.Reported, S.Rectifying, "未测评，或测评达到设定的满意率")
            .Allow(HandlingUnit, UpdateProgress, S.Rectifying)
            .Allow(Staff, CloseProblem, S.Rectifying, S.Closed, "最后一个未销号的问题")
            .Allow(Staff, CloseProblem, S.Rectifying, null, "仍有未销号的问题")
            .Allow(Staff, FollowUp, S.Rectifying)
            .Allow(Staff, FollowUp, S.Closed, null, "回头看未发现问题反弹")
            .Allow(Staff, FollowUp, S.Closed, S.Rectifying, "回头看重新打开了问题")
            .Allow(Staff, Publish, Heard)
            .Allow(Staff, Unpublish, Heard);

    public static string StatusLabel(S status) => status switch
    {
        S.Planned => "计划中",
        S.Deliberated => "已审议",
        S.Assigned => "已交办",
        S.Reported => "已报告待评价",
        S.Rework => "不满意·重新报告",
        S.Rectifying => "跟踪整改",
        S.Closed => "已办结",
        S.Cancelled => "已取消",
        _ => status.ToString(),
    };

    public static string ActionLabel(SupervisionTopicAction action) => action switch
    {
        Edit => "修改议题",
        AddActivity => "登记会前活动",
        RecordInquiry => "登记询问",
        Cancel => "取消议题",
        RecordDeliberation => "登记会议审议",
        EditOpinions => "填写审议意见和问题清单",
        Assign => "交办",
        Conclude => "不交办，办结",
        FileReport => "报送研究处理情况报告",
        Evaluate => "登记评价",
        UpdateProgress => "报送整改进展",
        CloseProblem => "问题销号",
        FollowUp => "登记回头看",
        Publish => "公开",
        Unpublish => "撤销公开",
        _ => action.ToString(),
    };

    public static string FormLabel(SupervisionForm form) => form switch
    {
        SupervisionForm.SpecialWorkReport => "听取审议专项工作报告",
        SupervisionForm.PlanBudgetAudit => "计划、预算、决算、审计",
        SupervisionForm.StateAssets => "国有资产管理",
        SupervisionForm.GovernmentDebt => "政府债务",
        SupervisionForm.LawEnforcementInspection => "执法检查",
        SupervisionForm.SpecialInquiry => "专题询问",
        SupervisionForm.WorkAppraisal => "工作评议",
        SupervisionForm.SpecialResearch => "专题调研",
        SupervisionForm.Inspection => "视察",
        SupervisionForm.SatisfactionAppraisal => "满意度测评",
        _ => form.ToString(),
    };

    public static string ActivityLabel(SupervisionActivityKind kind) => kind switch
    {
        SupervisionActivityKind.Research => "调研",
        SupervisionActivityKind.LawInspection => "执法检查",
        SupervisionActivityKind.Visit => "视察",
        SupervisionActivityKind.Forum => "座谈会",
        SupervisionActivityKind.UnannouncedVisit => "暗访",
        SupervisionActivityKind.Other => "其他",
        _ => kind.ToString(),
    };

    public static string ProgressLabel(ProblemProgress progress) => progress switch
    {
        ProblemProgress.Rectified => "已整改",
        ProblemProgress.InProgress => "正在整改",
        ProblemProgress.Planned => "已列入计划",
        _ => progress.ToString(),
    };

    public static string EventLabel(SupervisionEventKind kind) => kind switch
    {
        SupervisionEventKind.Created => "列入计划",
        SupervisionEventKind.Edited => "修改议题",
        SupervisionEventKind.ActivityAdded => "登记会前活动",
        SupervisionEventKind.InquiryRecorded => "登记询问",
        SupervisionEventKind.Cancelled => "取消议题",
        SupervisionEventKind.Deliberated => "会议审议",
        SupervisionEventKind.OpinionsEdited => "审议意见和问题清单",
        SupervisionEventKind.Assigned => "交办",
        SupervisionEventKind.Concluded => "办结",
        SupervisionEventKind.ReportFiled => "报送研究处理情况报告",
        SupervisionEventKind.Evaluated => "评价",
        SupervisionEventKind.ReworkRequested => "测评不满意，重新报告",
        SupervisionEventKind.ProgressUpdated => "报送整改进展",
        SupervisionEventKind.ProblemClosed => "问题销号",
        SupervisionEventKind.FollowedUp => "回头看",
        SupervisionEventKind.ProblemReopened => "问题重新打开",
        SupervisionEventKind.Published => "公开",
        SupervisionEventKind.Unpublished => "撤销公开",
        _ => kind.ToString(),
    };
}

/// <summary>The transition table of one problem of the list (docs/workflows/supervision-topic.md#problems).</summary>
public static class SupervisionProblemWorkflow
{
    private static readonly SupervisionProblemStatus[] NotClosed = [SupervisionProblemStatus.Open, SupervisionProblemStatus.Reopened];

    public static WorkflowTable<SupervisionProblemStatus, SupervisionProblemAction> Table { get; } =
        new WorkflowTable<SupervisionProblemStatus, SupervisionProblemAction>("问题", StatusLabel, ActionLabel)
            .Allow(HandlingUnit, SupervisionProblemAction.ReportProgress, NotClosed)
            .Allow(Staff, SupervisionProblemAction.Close, NotClosed, SupervisionProblemStatus.Closed)
            .Allow(Staff, SupervisionProblemAction.Reopen, SupervisionProblemStatus.Closed, SupervisionProblemStatus.Reopened);

    public static string StatusLabel(SupervisionProblemStatus status) => status switch
    {
        SupervisionProblemStatus.Open => "整改中",
        SupervisionProblemStatus.Closed => "已销号",
        SupervisionProblemStatus.Reopened => "回头看后重新整改",
        _ => status.ToString(),
    };

    public static string ActionLabel(SupervisionProblemAction action) => action switch
    {
        SupervisionProblemAction.ReportProgress => "报送整改情况",
        SupervisionProblemAction.Close => "销号",
        SupervisionProblemAction.Reopen => "重新打开",
        _ => action.ToString(),
    };
}

/// <summary>The transition table of the annual supervision plan (docs/workflows/supervision-plan.md).</summary>
public static class SupervisionPlanWorkflow
{
    public static WorkflowTable<SupervisionPlanStatus, SupervisionPlanAction> Table { get; } =
        new WorkflowTable<SupervisionPlanStatus, SupervisionPlanAction>("监督工作计划", StatusLabel, ActionLabel)
            .Allow(Staff, SupervisionPlanAction.Edit, SupervisionPlanStatus.Draft)
            .Allow(Staff, SupervisionPlanAction.AddTopic, [SupervisionPlanStatus.Draft, SupervisionPlanStatus.Adopted, SupervisionPlanStatus.Published])
            .Allow(Staff, SupervisionPlanAction.Adopt, SupervisionPlanStatus.Draft, SupervisionPlanStatus.Adopted)
            .Allow(Staff, SupervisionPlanAction.Publish, SupervisionPlanStatus.Adopted, SupervisionPlanStatus.Published)
            .Allow(Staff, SupervisionPlanAction.Unpublish, SupervisionPlanStatus.Published, SupervisionPlanStatus.Adopted)
            .Allow(Staff, SupervisionPlanAction.Amend, [SupervisionPlanStatus.Adopted, SupervisionPlanStatus.Published]);

    public static string StatusLabel(SupervisionPlanStatus status) => status switch
    {
        SupervisionPlanStatus.Draft => "草案",
        SupervisionPlanStatus.Adopted => "已通过",
        SupervisionPlanStatus.Published => "已公布",
        _ => status.ToString(),
    };

    public static string ActionLabel(SupervisionPlanAction action) => action switch
    {
        SupervisionPlanAction.Edit => "修改计划",
        SupervisionPlanAction.Adopt => "登记通过",
        SupervisionPlanAction.Publish => "公布",
        SupervisionPlanAction.Unpublish => "撤销公布",
        SupervisionPlanAction.Amend => "登记计划调整",
        SupervisionPlanAction.AddTopic => "新增议题",
        _ => action.ToString(),
    };
}
