using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Legislation.LegislationAction;
using S = CongressPortal.Domain.Legislation.LegislationStatus;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// The transition table of a legislation record (docs/workflows/legislation-record.md): drafted with consultations,
/// read at standing-committee meetings (初审 → 二审 → 三审), passed, submitted to the province, approved, promulgated by
/// a numbered 公告. Research records (立法调研) are concluded instead. <see cref="LegislationRecord"/>'s guards add the
/// order of readings, research records having none, the dates, and the four-month approval limit's warning.
/// </summary>
public static class LegislationWorkflow
{
    private static readonly S[] BeforeVote = [S.Drafting, S.InDeliberation];

    public static WorkflowTable<S, LegislationAction> Table { get; } =
        new WorkflowTable<S, LegislationAction>("立法项目", StatusLabel, ActionLabel)
            .Allow(Staff, Edit, BeforeVote)
            .Allow(Staff, RecordConsultation, BeforeVote)
            .Allow(Staff, RecordReading, S.Drafting, S.InDeliberation, "首次审议（初审）")
            .Allow(Staff, RecordReading, S.InDeliberation, null, "二审、三审")
            .Allow(Staff, Pass, S.InDeliberation, S.Passed)
            .Allow(Staff, SubmitForApproval, S.Passed, S.AwaitingApproval)
            .Allow(Staff, Approve, S.AwaitingApproval, S.Approved)
            .Allow(Staff, Promulgate, S.Approved, S.Promulgated)
            .Allow(Staff, ConcludeResearch, S.Drafting, S.Concluded, "立法调研项目")
            .Allow(Staff, Withdraw, BeforeVote, S.Withdrawn);

    public static string StatusLabel(S status) => status switch
    {
        S.Drafting => "起草中",
        S.InDeliberation => "审议中",
        S.Passed => "已表决通过",
        S.AwaitingApproval => "报批中",
        S.Approved => "已批准",
        S.Promulgated => "已公布",
        S.Concluded => "调研完成",
        S.Withdrawn => "已终止",
        _ => status.ToString(),
    };

    public static string ActionLabel(LegislationAction action) => action switch
    {
        Edit => "修改项目信息",
        RecordConsultation => "登记听证会、论证会",
        RecordReading => "登记审议",
        Pass => "登记表决通过",
        SubmitForApproval => "报请批准",
        Approve => "登记批准",
        Promulgate => "登记公布",
        ConcludeResearch => "调研结束",
        Withdraw => "终止项目",
        _ => action.ToString(),
    };

    public static string KindLabel(LegislationKind kind) => kind switch
    {
        LegislationKind.Enact => "制定",
        LegislationKind.Amend => "修改",
        LegislationKind.Revise => "修正",
        LegislationKind.Repeal => "废止",
        LegislationKind.Research => "立法调研",
        _ => kind.ToString(),
    };

    public static string ReadingLabel(ReadingStage stage) => stage switch
    {
        ReadingStage.First => "初审",
        ReadingStage.Second => "二审",
        ReadingStage.Third => "三审",
        _ => stage.ToString(),
    };

    public static string ConsultationLabel(ConsultationKind kind) => kind switch
    {
        ConsultationKind.Hearing => "听证会",
        ConsultationKind.ExpertMeeting => "论证会",
        ConsultationKind.Forum => "座谈会",
        ConsultationKind.Research => "立法调研",
        _ => kind.ToString(),
    };

    public static string FieldLabel(LegislativeField field) => field switch
    {
        LegislativeField.UrbanRural => "城乡建设与管理",
        LegislativeField.Ecology => "生态文明建设",
        LegislativeField.Heritage => "历史文化保护",
        LegislativeField.GrassrootsGovernance => "基层治理",
        _ => field.ToString(),
    };

    public static string PlanKindLabel(LegislationPlanKind kind) => kind switch
    {
        LegislationPlanKind.Programme => "立法规划",
        LegislationPlanKind.Annual => "年度立法计划",
        _ => kind.ToString(),
    };

    public static string ItemKindLabel(PlanItemKind kind) => kind switch
    {
        PlanItemKind.Deliberation => "审议项目",
        PlanItemKind.Preparatory => "预备项目",
        PlanItemKind.Research => "调研项目",
        _ => kind.ToString(),
    };

    public static string EventLabel(LegislationEventKind kind) => kind switch
    {
        LegislationEventKind.Created => "立项",
        LegislationEventKind.Edited => "修改项目信息",
        LegislationEventKind.Consultation => "听证会、论证会",
        LegislationEventKind.Reading => "审议",
        LegislationEventKind.Passed => "表决通过",
        LegislationEventKind.SubmittedForApproval => "报请批准",
        LegislationEventKind.Approved => "批准",
        LegislationEventKind.Promulgated => "公布",
        LegislationEventKind.Concluded => "调研结束",
        LegislationEventKind.Withdrawn => "终止",
        _ => kind.ToString(),
    };
}

/// <summary>The table of a legislative plan (docs/workflows/legislation-plan.md), as for the supervision plan.</summary>
public static class LegislationPlanWorkflow
{
    private static readonly LegislationPlanStatus[] Any = [LegislationPlanStatus.Draft, LegislationPlanStatus.Adopted, LegislationPlanStatus.Published];

    public static WorkflowTable<LegislationPlanStatus, LegislationPlanAction> Table { get; } =
        new WorkflowTable<LegislationPlanStatus, LegislationPlanAction>("立法计划", StatusLabel, ActionLabel)
            .Allow(Staff, LegislationPlanAction.Edit, Any)
            .Allow(Staff, LegislationPlanAction.AddItem, Any, null, "通过后须依据一次计划调整")
            .Allow(Staff, LegislationPlanAction.EditItem, Any)
            .Allow(Staff, LegislationPlanAction.CancelItem, Any, null, "通过后须依据一次计划调整")
            .Allow(Staff, LegislationPlanAction.Adopt, LegislationPlanStatus.Draft, LegislationPlanStatus.Adopted)
            .Allow(Staff, LegislationPlanAction.Publish, LegislationPlanStatus.Adopted, LegislationPlanStatus.Published)
            .Allow(Staff, LegislationPlanAction.Unpublish, LegislationPlanStatus.Published, LegislationPlanStatus.Adopted)
            .Allow(Staff, LegislationPlanAction.Amend, [LegislationPlanStatus.Adopted, LegislationPlanStatus.Published]);

    public static string StatusLabel(LegislationPlanStatus status) => status switch
    {
        LegislationPlanStatus.Draft => "草案",
        LegislationPlanStatus.Adopted => "已通过",
        LegislationPlanStatus.Published => "已公布",
        _ => status.ToString(),
    };

    public static string ActionLabel(LegislationPlanAction action) => action switch
    {
        LegislationPlanAction.Edit => "修改计划",
        LegislationPlanAction.AddItem => "增加项目",
        LegislationPlanAction.EditItem => "修改项目",
        LegislationPlanAction.CancelItem => "取消项目",
        LegislationPlanAction.Adopt => "登记通过",
        LegislationPlanAction.Publish => "公布",
        LegislationPlanAction.Unpublish => "撤销公布",
        LegislationPlanAction.Amend => "登记计划调整",
        _ => action.ToString(),
    };
}

/// <summary>
/// The table of a regulation in the library (docs/workflows/regulation.md): entered (imported or promulgated from a
/// record) as a draft staff check, published, given new versions by amendments, repealed. Only a version not yet
/// published can be edited; a published version never changes.
/// </summary>
public static class RegulationWorkflow
{
    public static WorkflowTable<RegulationState, RegulationAction> Table { get; } =
        new WorkflowTable<RegulationState, RegulationAction>("法规", StatusLabel, ActionLabel)
            .Allow(Staff, RegulationAction.EditVersion, [RegulationState.Draft, RegulationState.Published], null, "有尚未公开的版本")
            .Allow(Staff, RegulationAction.Publish, RegulationState.Draft, RegulationState.Published)
            .Allow(Staff, RegulationAction.Publish, RegulationState.Published, null, "公开新的修改版本")
            .Allow(Staff, RegulationAction.AddVersion, RegulationState.Published, null, "没有尚未公开的版本")
            .Allow(Staff, RegulationAction.Repeal, RegulationState.Published, RegulationState.Repealed);

    public static string StatusLabel(RegulationState state) => state switch
    {
        RegulationState.Draft => "未公开",
        RegulationState.Published => "已公开",
        RegulationState.Repealed => "已废止",
        _ => state.ToString(),
    };

    public static string ActionLabel(RegulationAction action) => action switch
    {
        RegulationAction.EditVersion => "修改未公开的版本",
        RegulationAction.Publish => "公开到法规库",
        RegulationAction.AddVersion => "登记修改后的新版本",
        RegulationAction.Repeal => "登记废止",
        _ => action.ToString(),
    };

    public static string LibraryStatusLabel(RegulationStatus status) => status switch
    {
        RegulationStatus.InForce => "现行有效",
        RegulationStatus.Amended => "已修改",
        RegulationStatus.Repealed => "已废止",
        RegulationStatus.NotYetInForce => "尚未施行",
        _ => status.ToString(),
    };
}

/// <summary>The table of a filed normative document (docs/workflows/filing-review.md).</summary>
public static class FilingWorkflow
{
    public static WorkflowTable<FilingStatus, FilingAction> Table { get; } =
        new WorkflowTable<FilingStatus, FilingAction>("备案文件", StatusLabel, ActionLabel)
            .Allow(Staff, FilingAction.Edit, [FilingStatus.Registered, FilingStatus.Returned, FilingStatus.UnderReview])
            .Allow(Staff, FilingAction.CheckFormat, FilingStatus.Registered, FilingStatus.UnderReview)
            .Allow(Staff, FilingAction.ReturnForCompletion, FilingStatus.Registered, FilingStatus.Returned)
            .Allow(Staff, FilingAction.Resubmit, FilingStatus.Returned, FilingStatus.Registered)
            .Allow(Staff, FilingAction.ConcludeReview, FilingStatus.UnderReview, FilingStatus.Closed)
            .Allow(Staff, FilingAction.RequestCorrection, FilingStatus.UnderReview, FilingStatus.CorrectionRequested)
            .Allow(Staff, FilingAction.RecordReply, FilingStatus.CorrectionRequested, FilingStatus.Closed);

    public static string StatusLabel(FilingStatus status) => status switch
    {
        FilingStatus.Registered => "待形式审查",
        FilingStatus.Returned => "退回补正",
        FilingStatus.UnderReview => "审查中",
        FilingStatus.CorrectionRequested => "已提出纠正意见",
        FilingStatus.Closed => "审查完毕",
        _ => status.ToString(),
    };

    public static string ActionLabel(FilingAction action) => action switch
    {
        FilingAction.Edit => "修改登记信息",
        FilingAction.CheckFormat => "形式审查通过",
        FilingAction.ReturnForCompletion => "退回补正",
        FilingAction.Resubmit => "登记重新报送",
        FilingAction.ConcludeReview => "审查完毕",
        FilingAction.RequestCorrection => "提出纠正意见",
        FilingAction.RecordReply => "登记制定机关回复",
        _ => action.ToString(),
    };

    public static string BodyLabel(FilingBody body) => body switch
    {
        FilingBody.Government => "市人民政府",
        FilingBody.SupervisionCommission => "市监察委员会",
        FilingBody.Court => "市中级人民法院",
        FilingBody.Procuratorate => "市人民检察院",
        _ => body.ToString(),
    };

    public static string DocumentKindLabel(NormativeDocumentKind kind) => kind switch
    {
        NormativeDocumentKind.GovernmentRule => "政府规章",
        NormativeDocumentKind.AdministrativeNormative => "行政规范性文件",
        NormativeDocumentKind.SupervisionNormative => "监察规范性文件",
        NormativeDocumentKind.JudicialNormative => "司法规范性文件",
        _ => kind.ToString(),
    };

    public static string ResultLabel(FilingReviewResult result) => result switch
    {
        FilingReviewResult.NoProblem => "未发现问题",
        FilingReviewResult.CorrectedAfterContact => "经沟通，制定机关已自行纠正",
        FilingReviewResult.Corrected => "提出纠正意见后已纠正",
        FilingReviewResult.NotCorrected => "未纠正，提请常委会处理",
        _ => result.ToString(),
    };
}

/// <summary>The table of a citizen's review request (审查建议).</summary>
public static class ReviewRequestWorkflow
{
    public static WorkflowTable<ReviewRequestStatus, ReviewRequestAction> Table { get; } =
        new WorkflowTable<ReviewRequestStatus, ReviewRequestAction>("审查建议", StatusLabel, ActionLabel)
            .Allow(Staff, ReviewRequestAction.Accept, ReviewRequestStatus.Received, ReviewRequestStatus.UnderReview)
            .Allow(Staff, ReviewRequestAction.Answer, [ReviewRequestStatus.Received, ReviewRequestStatus.UnderReview], ReviewRequestStatus.Answered);

    public static string StatusLabel(ReviewRequestStatus status) => status switch
    {
        ReviewRequestStatus.Received => "已收到",
        ReviewRequestStatus.UnderReview => "审查中",
        ReviewRequestStatus.Answered => "已答复",
        _ => status.ToString(),
    };

    public static string ActionLabel(ReviewRequestAction action) => action switch
    {
        ReviewRequestAction.Accept => "受理审查",
        ReviewRequestAction.Answer => "答复",
        _ => action.ToString(),
    };

    public static string ResultLabel(ReviewRequestResult result) => result switch
    {
        ReviewRequestResult.NoProblem => "经审查，未发现问题",
        ReviewRequestResult.Corrected => "经审查，已督促制定机关纠正",
        ReviewRequestResult.OutOfScope => "不属于本级人大常委会审查范围",
        ReviewRequestResult.Transferred => "已移送有关机关处理",
        _ => result.ToString(),
    };
}
