namespace CongressPortal.Domain.Legislation;

/// <summary>The fields in which a city with districts may make local regulations (立法法第八十一条).</summary>
public enum LegislativeField
{
    /// <summary>城乡建设与管理.</summary>
    UrbanRural,

    /// <summary>生态文明建设.</summary>
    Ecology,

    /// <summary>历史文化保护.</summary>
    Heritage,

    /// <summary>基层治理.</summary>
    GrassrootsGovernance,
}

/// <summary>The five-year 立法规划 or the annual 立法计划.</summary>
public enum LegislationPlanKind
{
    Programme,
    Annual,
}

/// <summary>A legislative plan: drafted by staff, adopted by the council of chairpersons (主任会议) or a meeting, published.</summary>
public enum LegislationPlanStatus
{
    Draft,
    Adopted,
    Published,
}

public enum LegislationPlanAction
{
    Edit,
    AddItem,
    EditItem,
    CancelItem,
    Adopt,
    Publish,
    Unpublish,
    Amend,
}

/// <summary>The kind of an item of a plan (DOMAIN.md §6).</summary>
public enum PlanItemKind
{
    /// <summary>审议项目: to be deliberated this year, with its drafting body and target meeting.</summary>
    Deliberation,

    /// <summary>预备项目: in preparation, deliberated when ready.</summary>
    Preparatory,

    /// <summary>调研项目: research only; has no readings.</summary>
    Research,
}

/// <summary>What a legislation record does to the library.</summary>
public enum LegislationKind
{
    /// <summary>制定: a new regulation.</summary>
    Enact,

    /// <summary>修改: an amendment by decision (修改决定), giving a new version.</summary>
    Amend,

    /// <summary>修正: a revision of the whole text (修订/修正), giving a new version.</summary>
    Revise,

    /// <summary>废止: the repeal of a regulation.</summary>
    Repeal,

    /// <summary>立法调研: research only, no readings, concluded with a report.</summary>
    Research,
}

/// <summary>A legislation record's states (docs/workflows/legislation-record.md).</summary>
public enum LegislationStatus
{
    /// <summary>起草中: drafting, consultations, before the first reading.</summary>
    Drafting,

    /// <summary>审议中: one or more readings held.</summary>
    InDeliberation,

    /// <summary>已表决通过.</summary>
    Passed,

    /// <summary>报批中: submitted to the provincial standing committee, which approves within four months.</summary>
    AwaitingApproval,

    /// <summary>已批准.</summary>
    Approved,

    /// <summary>已公布: promulgated by a numbered 公告, in force from its date; the library has the version.</summary>
    Promulgated,

    /// <summary>调研完成 (research records only).</summary>
    Concluded,

    /// <summary>已终止: withdrawn or shelved, with the reason.</summary>
    Withdrawn,
}

public enum LegislationAction
{
    Edit,
    RecordConsultation,
    RecordReading,
    Pass,
    SubmitForApproval,
    Approve,
    Promulgate,
    ConcludeResearch,
    Withdraw,
}

/// <summary>初审, 二审, 三审.</summary>
public enum ReadingStage
{
    First = 1,
    Second = 2,
    Third = 3,
}

/// <summary>Meetings held on a draft besides the readings.</summary>
public enum ConsultationKind
{
    /// <summary>听证会.</summary>
    Hearing,

    /// <summary>论证会 (experts).</summary>
    ExpertMeeting,

    /// <summary>座谈会.</summary>
    Forum,

    /// <summary>立法调研.</summary>
    Research,
}

/// <summary>Where a regulation is in the library's own life: entered but not public yet, public, repealed.</summary>
public enum RegulationState
{
    Draft,
    Published,
    Repealed,
}

public enum RegulationAction
{
    EditVersion,
    Publish,
    AddVersion,
    Repeal,
}

/// <summary>The legal status the public sees, computed from the dates (never stored): 现行有效 / 已修改 / 已废止 / 尚未施行.</summary>
public enum RegulationStatus
{
    InForce,
    Amended,
    Repealed,
    NotYetInForce,
}

/// <summary>The bodies whose normative documents are filed with the standing committee (备案审查).</summary>
public enum FilingBody
{
    /// <summary>市人民政府.</summary>
    Government,

    /// <summary>市监察委员会.</summary>
    SupervisionCommission,

    /// <summary>市中级人民法院.</summary>
    Court,

    /// <summary>市人民检察院.</summary>
    Procuratorate,
}

public enum NormativeDocumentKind
{
    /// <summary>政府规章.</summary>
    GovernmentRule,

    /// <summary>行政规范性文件.</summary>
    AdministrativeNormative,

    /// <summary>监察规范性文件.</summary>
    SupervisionNormative,

    /// <summary>司法规范性文件 (court and procuratorate).</summary>
    JudicialNormative,
}

/// <summary>A filed document's review (docs/workflows/filing-review.md).</summary>
public enum FilingStatus
{
    /// <summary>已登记，待形式审查 (10 days).</summary>
    Registered,

    /// <summary>退回补正: the format check found the filing incomplete.</summary>
    Returned,

    /// <summary>审查中 (3 months from filing).</summary>
    UnderReview,

    /// <summary>已提出纠正意见，待回复 (30 days).</summary>
    CorrectionRequested,

    /// <summary>审查完毕.</summary>
    Closed,
}

public enum FilingAction
{
    Edit,
    CheckFormat,
    ReturnForCompletion,
    Resubmit,
    ConcludeReview,
    RequestCorrection,
    RecordReply,
}

/// <summary>The outcome of a review.</summary>
public enum FilingReviewResult
{
    /// <summary>未发现问题.</summary>
    NoProblem,

    /// <summary>经沟通，制定机关已自行纠正.</summary>
    CorrectedAfterContact,

    /// <summary>提出纠正意见后已纠正.</summary>
    Corrected,

    /// <summary>提出纠正意见，制定机关未纠正（提请常委会处理）.</summary>
    NotCorrected,
}

/// <summary>A citizen's 审查建议: received, under review, answered.</summary>
public enum ReviewRequestStatus
{
    Received,
    UnderReview,
    Answered,
}

public enum ReviewRequestAction
{
    Accept,
    Answer,
}

/// <summary>What the requester is told.</summary>
public enum ReviewRequestResult
{
    /// <summary>经审查，未发现问题.</summary>
    NoProblem,

    /// <summary>经审查，已督促制定机关纠正.</summary>
    Corrected,

    /// <summary>不属于本级人大常委会审查范围.</summary>
    OutOfScope,

    /// <summary>已移送有关机关处理.</summary>
    Transferred,
}
