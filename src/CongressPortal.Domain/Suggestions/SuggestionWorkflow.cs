using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using A = CongressPortal.Domain.Suggestions.AssignmentState;
using static CongressPortal.Domain.Suggestions.SuggestionAction;
using S = CongressPortal.Domain.Suggestions.SuggestionStatus;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Every action on a suggestion. Each is one method of <see cref="Suggestion"/>.</summary>
public enum SuggestionAction
{
    Edit,
    Accept,
    ConvertToLetter,
    Merge,
    Withdraw,
    Assign,
    CorrectAssignment,
    AcceptAssignment,
    RequestReturn,
    ApproveReturn,
    RefuseReturn,
    RequestExtension,
    ApproveExtension,
    RefuseExtension,
    LogContact,
    SendOpinion,
    Reply,
    CorrectReply,
    ReviewReply,
    Rate,
    Close,
    CloseWithExplanation,
    MarkKey,
    UnmarkKey,
    ChangeTheme,
    UpdateCommitment,
    AddAttachment,
    Remind,
    ConfirmCoSigning,
    DeclineCoSigning,
    GiveUnitContact,
}

/// <summary>
/// The two transition tables of a suggestion (docs/workflows/suggestion.md): the suggestion's status, and each unit's
/// assignment state. An action on an assignment must be allowed by both. The tables say who may act from which state
/// and where the move leads; <see cref="Suggestion"/>'s guards add which unit, which deputy and which deadline.
/// </summary>
public static class SuggestionWorkflow
{
    private static readonly SuggestionStatus[] Open = [S.Accepted, S.Handling, S.Replied, S.Rehandling];
    private static readonly SuggestionStatus[] Running = [S.Handling, S.Rehandling];
    private static readonly SuggestionStatus[] Answered = [S.Handling, S.Replied, S.Rehandling];

    /// <summary>The suggestion's status: registration, review, assignment, handling, rating, closing.</summary>
    public static WorkflowTable<SuggestionStatus, SuggestionAction> Table { get; } =
        new WorkflowTable<SuggestionStatus, SuggestionAction>("建议", SuggestionLabels.For, ActionLabel)
            .Allow(Staff, Edit, [S.Submitted, S.Accepted])
            .Allow(Staff, SuggestionAction.Accept, S.Submitted, S.Accepted)
            .Allow(Staff, ConvertToLetter, [S.Submitted, S.Accepted], S.Letter)
            .Allow(Staff, Merge, [S.Submitted, S.Accepted], S.Merged)
            .Allow(Staff, Withdraw, [S.Submitted, S.Accepted, S.Handling], S.Withdrawn)
            .Allow(Staff, Assign, S.Accepted, S.Handling)
            .Allow(Staff, CorrectAssignment, Running)
            // After the lead replied without a co-unit's opinion, staff may still replace that co-unit or add one (the
            // suggestion stays 已答复 and cannot close until the opinion comes), or add a unit that must answer itself.
            .Allow(Staff, CorrectAssignment, S.Replied, null, "替换或增加协办单位")
            .Allow(Staff, CorrectAssignment, S.Replied, S.Handling, "增加须答复的承办单位")
            .Allow(HandlingUnit, AcceptAssignment, Answered)
            .Allow(HandlingUnit, RequestReturn, Answered)
            .Allow(Staff, ApproveReturn, Answered)
            .Allow(Staff, RefuseReturn, Answered)
            .Allow(HandlingUnit, RequestExtension, S.Handling)
            .Allow(Staff, ApproveExtension, S.Handling)
            .Allow(Staff, RefuseExtension, S.Handling)
            .Allow(HandlingUnit, LogContact, Answered)
            // A co-unit's opinion is still taken after the lead replied without it: the suggestion cannot close until it has.
            .Allow(HandlingUnit, SendOpinion, Answered)
            .Allow(HandlingUnit, SuggestionAction.Reply, S.Handling, S.Replied, "每个答复单位都已答复")
            .Allow(HandlingUnit, SuggestionAction.Reply, S.Handling, S.Handling, "还有答复单位未答复")
            .Allow(HandlingUnit, SuggestionAction.Reply, S.Rehandling, S.Replied, "每个答复单位都已答复")
            .Allow(HandlingUnit, SuggestionAction.Reply, S.Rehandling, S.Rehandling, "还有单位在重新办理")
            .Allow(HandlingUnit, SuggestionAction.Reply, S.Rehandling, S.Handling, "无单位在重新办理，还有答复单位未答复")
            .Allow(HandlingUnit, CorrectReply, Answered)
            .Allow(Staff, ReviewReply, [.. Answered, S.Closed])
            .Allow(Deputy, Rate, [S.Handling, S.Replied], null, "满意或基本满意")
            .Allow(Deputy, Rate, [S.Handling, S.Replied], S.Rehandling, "不满意")
            .Allow(Deputy, Rate, S.Rehandling, null, "另一单位仍在重新办理")
            .Allow(Staff, Close, S.Replied, S.Closed)
            .Allow(Staff, CloseWithExplanation, S.Rehandling, S.Closed, "代表两次评价不满意")
            .Allow(Staff, MarkKey, Open)
            .Allow(Staff, UnmarkKey, Open)
            .Allow(Staff, ChangeTheme, Open)
            .Allow(HandlingUnit, UpdateCommitment, [.. Answered, S.Closed])
            .Allow(Staff, AddAttachment, [S.Submitted, .. Open])
            .Allow(Deputy, AddAttachment, S.Submitted, null, "本人网上提交、尚未审查")
            .Allow(Staff, Remind, Answered)
            // 附议确认: a co-signer the lead named online answers on their desk before staff review it (S1a).
            .Allow(Deputy, ConfirmCoSigning, S.Submitted)
            .Allow(Deputy, DeclineCoSigning, S.Submitted)
            // 联系人: from the assignment on, so the deputy can reach the unit before it replies (S37a).
            .Allow(HandlingUnit, GiveUnitContact, Answered);

    /// <summary>
    /// One unit's part (交办记录). New assignments start 待签收 (<see cref="AwaitingAcceptance"/>). Actions here are also
    /// checked against <see cref="Table"/> for the suggestion's status.
    /// </summary>
    public static WorkflowTable<AssignmentState, SuggestionAction> AssignmentTable { get; } =
        new WorkflowTable<AssignmentState, SuggestionAction>("本单位承办", SuggestionLabels.For, ActionLabel)
            .Allow(Staff, CorrectAssignment, [A.AwaitingAcceptance, A.Accepted, A.ReturnRequested], A.Reassigned)
            .Allow(HandlingUnit, AcceptAssignment, A.AwaitingAcceptance, A.Accepted)
            .Allow(HandlingUnit, RequestReturn, [A.AwaitingAcceptance, A.Accepted], A.ReturnRequested)
            .Allow(Staff, ApproveReturn, A.ReturnRequested, A.Returned)
            .Allow(Staff, RefuseReturn, A.ReturnRequested, A.Accepted)
            .Allow(HandlingUnit, RequestExtension, A.Accepted)
            .Allow(Staff, ApproveExtension, A.Accepted)
            .Allow(Staff, RefuseExtension, A.Accepted)
            .Allow(HandlingUnit, LogContact, [A.Accepted, A.OpinionSent, A.Replied, A.Rehandling])
            .Allow(HandlingUnit, SendOpinion, A.Accepted, A.OpinionSent)
            .Allow(HandlingUnit, SuggestionAction.Reply, [A.Accepted, A.Rehandling], A.Replied)
            .Allow(HandlingUnit, CorrectReply, A.Replied)
            .Allow(Staff, ReviewReply, [A.Replied, A.Rehandling])
            .Allow(Deputy, Rate, A.Replied, null, "满意或基本满意")
            .Allow(Deputy, Rate, A.Replied, A.Rehandling, "不满意")
            // Closing after a second 不满意 ends the round that was never answered.
            .Allow(Staff, CloseWithExplanation, A.Rehandling, A.Replied, "代表两次评价不满意")
            .Allow(HandlingUnit, UpdateCommitment, [A.Replied, A.Rehandling])
            // 催办: only a part that still owes its reply or opinion.
            .Allow(Staff, Remind, [A.AwaitingAcceptance, A.Accepted, A.ReturnRequested, A.Rehandling])
            .Allow(HandlingUnit, GiveUnitContact, [A.AwaitingAcceptance, A.Accepted, A.ReturnRequested, A.OpinionSent, A.Replied, A.Rehandling]);

    /// <summary>
    /// The actions taken on one unit's part; the others concern the suggestion as a whole. 说明情况后办结 acts on the
    /// suggestion: its row in <see cref="AssignmentTable"/> records what happens to the part being re-handled.
    /// </summary>
    public static IReadOnlySet<SuggestionAction> AssignmentActions { get; } =
        AssignmentTable.Actions.Where(a => a != CloseWithExplanation).ToHashSet();

    public static string ActionLabel(SuggestionAction action) => action switch
    {
        Edit => "修改建议",
        SuggestionAction.Accept => "审查立案",
        ConvertToLetter => "转为来信",
        Merge => "并案",
        Withdraw => "登记撤回",
        Assign => "交办",
        CorrectAssignment => "调整交办",
        AcceptAssignment => "签收",
        RequestReturn => "申请退回",
        ApproveReturn => "同意退回",
        RefuseReturn => "不同意退回",
        RequestExtension => "申请延期",
        ApproveExtension => "同意延期",
        RefuseExtension => "不同意延期",
        LogContact => "登记联系代表情况",
        SendOpinion => "送协办意见",
        SuggestionAction.Reply => "答复",
        CorrectReply => "修改答复",
        ReviewReply => "审核答复",
        Rate => "评价答复",
        Close => "办结",
        CloseWithExplanation => "说明情况后办结",
        MarkKey => "设置重点督办",
        UnmarkKey => "取消重点督办",
        ChangeTheme => "调整打捆主题",
        UpdateCommitment => "更新承诺事项进展",
        AddAttachment => "上传附件",
        Remind => "催办",
        ConfirmCoSigning => "确认附议",
        DeclineCoSigning => "谢绝附议",
        GiveUnitContact => "确定本单位联系人",
        _ => action.ToString(),
    };
}
