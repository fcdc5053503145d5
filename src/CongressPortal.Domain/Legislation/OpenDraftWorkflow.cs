using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using A = CongressPortal.Domain.Legislation.DraftAction;
using C = CongressPortal.Domain.Legislation.DraftCommentAction;
using P = CongressPortal.Domain.Legislation.DraftPhase;
using S = CongressPortal.Domain.Legislation.DraftCommentStatus;

namespace CongressPortal.Domain.Legislation;

/// <summary>The phase of a draft for comment. Stored as prepared, open, closed (early) or outcome published; an open draft past its closing instant is closed (<see cref="OpenDraft.PhaseOf"/>).</summary>
public enum DraftPhase
{
    Prepared,
    Open,
    Closed,
    OutcomePublished,
}

public enum DraftAction
{
    Edit,
    Publish,
    Extend,
    CloseEarly,
    Comment,
    RecordPointComment,
    Moderate,
    PublishOutcome,
    WithdrawOutcome,
}

public enum DraftDeadlineChangeKind
{
    Extended,
    ClosedEarly,
}

public enum DraftCommentSource
{
    Online,
    ContactPoint,
}

public enum DraftCommentStatus
{
    Received,
    Valid,
    Duplicate,
    OffTopic,
    Abusive,
    Adopted,
    PartlyAdopted,
    NotAdopted,
}

public enum DraftCommentAction
{
    MarkValid,
    MarkDuplicate,
    MarkOffTopic,
    MarkAbusive,
    Adopt,
    AdoptInPart,
    NotAdopt,
}

/// <summary>What staff find when they check a comment.</summary>
public enum DraftCommentCheck
{
    Valid,
    Duplicate,
    OffTopic,
    Abusive,
}

public enum AdoptionDecision
{
    Adopted,
    PartlyAdopted,
    NotAdopted,
}

/// <summary>
/// The table of a draft for comment (docs/workflows/open-draft.md): prepared, published (open), closed — by the clock at the
/// end of the last day or early with a reason — and the outcome published. <see cref="OpenDraft"/>'s guards add the 30-day
/// minimum, the later last day of an extension, and that every comment is checked and decided before the outcome.
/// </summary>
public static class OpenDraftWorkflow
{
    public static WorkflowTable<P, A> Table { get; } =
        new WorkflowTable<P, A>("征求意见稿", PhaseLabel, ActionLabel)
            .Allow(Staff, A.Edit, P.Prepared)
            .Allow(Staff, A.Publish, P.Prepared, P.Open)
            .Allow(Staff, A.Extend, P.Open)
            .Allow(Staff, A.CloseEarly, P.Open, P.Closed)
            .Allow(Public, A.Comment, P.Open)
            .Allow(Staff, A.RecordPointComment, [P.Open, P.Closed])
            .Allow(Staff, A.Moderate, [P.Open, P.Closed])
            .Allow(Staff, A.PublishOutcome, P.Closed, P.OutcomePublished)
            .Allow(Staff, A.WithdrawOutcome, P.OutcomePublished, P.Closed);

    public static string PhaseLabel(P phase) => phase switch
    {
        P.Prepared => "准备中",
        P.Open => "征求意见中",
        P.Closed => "征求意见已结束",
        P.OutcomePublished => "已公布采纳情况",
        _ => phase.ToString(),
    };

    public static string ActionLabel(A action) => action switch
    {
        A.Edit => "修改",
        A.Publish => "发布征求意见",
        A.Extend => "延长征求意见期限",
        A.CloseEarly => "提前结束征求意见",
        A.Comment => "提出意见",
        A.RecordPointComment => "录入联系点收集的意见",
        A.Moderate => "审核意见",
        A.PublishOutcome => "公布采纳情况",
        A.WithdrawOutcome => "撤回采纳情况",
        _ => action.ToString(),
    };

    public static string ChangeLabel(DraftDeadlineChangeKind kind) => kind switch
    {
        DraftDeadlineChangeKind.Extended => "延长期限",
        DraftDeadlineChangeKind.ClosedEarly => "提前结束",
        _ => kind.ToString(),
    };

    public static string SourceLabel(DraftCommentSource source) => source switch
    {
        DraftCommentSource.Online => "网上提交",
        DraftCommentSource.ContactPoint => "基层立法联系点",
        _ => source.ToString(),
    };
}

/// <summary>
/// The table of a comment (docs/workflows/draft-comment.md): checked by staff (有效, 重复, 与草案无关, 不当言论, and corrected
/// from one to another), then a valid comment decided (采纳, 部分采纳, 未采纳), a decision changeable until the outcome is
/// published. <see cref="DraftComment"/> adds the draft's phase and the reason.
/// </summary>
public static class DraftCommentWorkflow
{
    private static readonly S[] Decided = [S.Adopted, S.PartlyAdopted, S.NotAdopted];

    public static WorkflowTable<S, C> Table { get; } =
        new WorkflowTable<S, C>("意见", StatusLabel, ActionLabel)
            .Allow(Staff, C.MarkValid, [S.Received, S.Duplicate, S.OffTopic, S.Abusive], S.Valid)
            .Allow(Staff, C.MarkDuplicate, [S.Received, S.Valid, S.OffTopic, S.Abusive, .. Decided], S.Duplicate)
            .Allow(Staff, C.MarkOffTopic, [S.Received, S.Valid, S.Duplicate, S.Abusive, .. Decided], S.OffTopic)
            .Allow(Staff, C.MarkAbusive, [S.Received, S.Valid, S.Duplicate, S.OffTopic, .. Decided], S.Abusive)
            .Allow(Staff, C.Adopt, [S.Valid, S.PartlyAdopted, S.NotAdopted], S.Adopted)
            .Allow(Staff, C.AdoptInPart, [S.Valid, S.Adopted, S.NotAdopted], S.PartlyAdopted)
            .Allow(Staff, C.NotAdopt, [S.Valid, S.Adopted, S.PartlyAdopted], S.NotAdopted);

    public static string StatusLabel(S status) => status switch
    {
        S.Received => "待审核",
        S.Valid => "有效，待研究",
        S.Duplicate => "重复意见",
        S.OffTopic => "与草案无关",
        S.Abusive => "不当言论",
        S.Adopted => "已采纳",
        S.PartlyAdopted => "部分采纳",
        S.NotAdopted => "未采纳",
        _ => status.ToString(),
    };

    public static string ActionLabel(C action) => action switch
    {
        C.MarkValid => "审核为有效意见",
        C.MarkDuplicate => "标记为重复意见",
        C.MarkOffTopic => "标记为与草案无关",
        C.MarkAbusive => "标记为不当言论",
        C.Adopt => "采纳",
        C.AdoptInPart => "部分采纳",
        C.NotAdopt => "不予采纳",
        _ => action.ToString(),
    };

    public static string CheckLabel(DraftCommentCheck check) => check switch
    {
        DraftCommentCheck.Valid => "有效",
        DraftCommentCheck.Duplicate => "重复",
        DraftCommentCheck.OffTopic => "与草案无关",
        DraftCommentCheck.Abusive => "不当言论",
        _ => check.ToString(),
    };

    public static string DecisionLabel(AdoptionDecision decision) => decision switch
    {
        AdoptionDecision.Adopted => "采纳",
        AdoptionDecision.PartlyAdopted => "部分采纳",
        AdoptionDecision.NotAdopted => "未采纳",
        _ => decision.ToString(),
    };
}
