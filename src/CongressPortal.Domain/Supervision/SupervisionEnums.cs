namespace CongressPortal.Domain.Supervision;

/// <summary>The forms of supervision a topic takes (DOMAIN.md §5).</summary>
public enum SupervisionForm
{
    /// <summary>听取审议专项工作报告.</summary>
    SpecialWorkReport,

    /// <summary>计划、预算、决算、审计.</summary>
    PlanBudgetAudit,

    /// <summary>国有资产管理.</summary>
    StateAssets,

    /// <summary>政府债务.</summary>
    GovernmentDebt,

    /// <summary>执法检查: names the law or regulation checked.</summary>
    LawEnforcementInspection,

    /// <summary>专题询问: records the questions, who asked and who answered.</summary>
    SpecialInquiry,

    /// <summary>工作评议.</summary>
    WorkAppraisal,

    /// <summary>专题调研.</summary>
    SpecialResearch,

    /// <summary>视察.</summary>
    Inspection,

    /// <summary>满意度测评.</summary>
    SatisfactionAppraisal,
}

/// <summary>The annual supervision plan: drafted, adopted at a standing-committee meeting, published (监督法第六十三条).</summary>
public enum SupervisionPlanStatus
{
    Draft,
    Adopted,
    Published,
}

public enum SupervisionPlanAction
{
    Edit,
    Adopt,
    Publish,
    Unpublish,
    Amend,
    AddTopic,
}

/// <summary>Where a supervision topic stands in the closed loop from the meeting to 销号 (docs/workflows/supervision-topic.md).</summary>
public enum SupervisionTopicStatus
{
    /// <summary>计划中: in the plan, activities before the meeting.</summary>
    Planned,

    /// <summary>已审议: heard at the meeting; the opinions and the problem list are being written.</summary>
    Deliberated,

    /// <summary>已交办: the opinions and problems are with the body, whose handling report is due.</summary>
    Assigned,

    /// <summary>已报告: the body filed its 研究处理情况报告; the committee evaluates it.</summary>
    Reported,

    /// <summary>不满意·重新报告: the 满意度测评 fell below the threshold; the body rectifies and reports again.</summary>
    Rework,

    /// <summary>跟踪整改: the report was accepted; problems are closed (销号) one by one.</summary>
    Rectifying,

    /// <summary>已办结: every problem closed, or the topic ended without a problem list.</summary>
    Closed,

    /// <summary>已取消: dropped from the plan by an amendment.</summary>
    Cancelled,
}

public enum SupervisionTopicAction
{
    Edit,
    AddActivity,
    RecordInquiry,
    Cancel,
    RecordDeliberation,
    EditOpinions,
    Assign,
    Conclude,
    FileReport,
    Evaluate,
    UpdateProgress,
    CloseProblem,
    FollowUp,
    Publish,
    Unpublish,
}

/// <summary>One problem of the list (问题清单): open, closed (销号), reopened by a 回头看.</summary>
public enum SupervisionProblemStatus
{
    Open,
    Closed,
    Reopened,
}

public enum SupervisionProblemAction
{
    ReportProgress,
    Close,
    Reopen,
}

/// <summary>The body's statement on one problem in its handling report.</summary>
public enum ProblemProgress
{
    /// <summary>已整改.</summary>
    Rectified,

    /// <summary>正在整改.</summary>
    InProgress,

    /// <summary>尚未整改，已列入计划.</summary>
    Planned,
}

/// <summary>Activities before the meeting: research trips, inspections, forums.</summary>
public enum SupervisionActivityKind
{
    /// <summary>调研.</summary>
    Research,

    /// <summary>执法检查.</summary>
    LawInspection,

    /// <summary>视察.</summary>
    Visit,

    /// <summary>座谈会.</summary>
    Forum,

    /// <summary>暗访.</summary>
    UnannouncedVisit,

    /// <summary>其他.</summary>
    Other,
}

public enum SupervisionEventKind
{
    Created,
    Edited,
    ActivityAdded,
    InquiryRecorded,
    Cancelled,
    Deliberated,
    OpinionsEdited,
    Assigned,
    Concluded,
    ReportFiled,
    Evaluated,
    ReworkRequested,
    ProgressUpdated,
    ProblemClosed,
    FollowedUp,
    ProblemReopened,
    Published,
    Unpublished,
}
