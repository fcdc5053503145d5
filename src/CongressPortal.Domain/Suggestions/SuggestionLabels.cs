namespace CongressPortal.Domain.Suggestions;

/// <summary>The Chinese words for the suggestion enums, used by every page and export.</summary>
public static class SuggestionLabels
{
    public static string For(SuggestionSource source) => source switch
    {
        SuggestionSource.DuringSession => "会议期间",
        SuggestionSource.BetweenSessions => "闭会期间",
        _ => source.ToString(),
    };

    public static string For(SuggestionStatus status) => status switch
    {
        SuggestionStatus.Submitted => "待审查",
        SuggestionStatus.Accepted => "待交办",
        SuggestionStatus.Handling => "办理中",
        SuggestionStatus.Replied => "已答复",
        SuggestionStatus.Rehandling => "重新办理",
        SuggestionStatus.Closed => "已办结",
        SuggestionStatus.Letter => "转为来信",
        SuggestionStatus.Merged => "已并案",
        SuggestionStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };

    public static string For(HandlingMode mode) => mode switch
    {
        HandlingMode.Split => "分别办理",
        HandlingMode.Joint => "会同办理",
        _ => mode.ToString(),
    };

    public static string For(AssignmentRole role) => role switch
    {
        AssignmentRole.Split => "承办",
        AssignmentRole.Lead => "主办",
        AssignmentRole.CoHandling => "协办",
        _ => role.ToString(),
    };

    public static string For(AssignmentState state) => state switch
    {
        AssignmentState.AwaitingAcceptance => "待签收",
        AssignmentState.Accepted => "办理中",
        AssignmentState.ReturnRequested => "申请退回",
        AssignmentState.Returned => "已退回",
        AssignmentState.Replied => "已答复",
        AssignmentState.OpinionSent => "已送协办意见",
        AssignmentState.Rehandling => "重新办理",
        AssignmentState.Reassigned => "已改交",
        _ => state.ToString(),
    };

    public static string For(ExtensionState state) => state switch
    {
        ExtensionState.None => "无",
        ExtensionState.Requested => "申请延期待批",
        ExtensionState.Approved => "已同意延期",
        ExtensionState.Refused => "未同意延期",
        ExtensionState.Lapsed => "已答复，延期申请不再审批",
        _ => state.ToString(),
    };

    public static string For(ContactStage stage) => stage switch
    {
        ContactStage.Before => "办前",
        ContactStage.During => "办中",
        ContactStage.After => "办后",
        _ => stage.ToString(),
    };

    public static string For(ContactForm form) => form switch
    {
        ContactForm.InPerson => "面谈",
        ContactForm.Phone => "电话",
        ContactForm.Meeting => "座谈",
        ContactForm.OnSite => "实地",
        _ => form.ToString(),
    };

    public static string For(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
        _ => satisfaction.ToString(),
    };

    public static string For(SuggestionEventKind kind) => kind switch
    {
        SuggestionEventKind.Registered => "登记",
        SuggestionEventKind.Submitted => "代表网上提交",
        SuggestionEventKind.Edited => "修改",
        SuggestionEventKind.Accepted => "审查立案",
        SuggestionEventKind.ConvertedToLetter => "转为来信",
        SuggestionEventKind.Merged => "并入本件",
        SuggestionEventKind.MergedInto => "并案",
        SuggestionEventKind.Withdrawn => "撤回",
        SuggestionEventKind.Assigned => "交办",
        SuggestionEventKind.AssignmentAccepted => "签收",
        SuggestionEventKind.ReturnRequested => "申请退回",
        SuggestionEventKind.ReturnApproved => "同意退回并改交",
        SuggestionEventKind.ReturnRefused => "不同意退回",
        SuggestionEventKind.ExtensionRequested => "申请延期",
        SuggestionEventKind.ExtensionApproved => "同意延期",
        SuggestionEventKind.ExtensionRefused => "不同意延期",
        SuggestionEventKind.ContactLogged => "联系代表",
        SuggestionEventKind.OpinionSent => "送协办意见",
        SuggestionEventKind.Replied => "答复",
        SuggestionEventKind.Rated => "代表评价",
        SuggestionEventKind.RehandlingStarted => "重新办理",
        SuggestionEventKind.Closed => "办结",
        SuggestionEventKind.MarkedKey => "列为重点督办",
        SuggestionEventKind.UnmarkedKey => "取消重点督办",
        SuggestionEventKind.ThemeChanged => "调整打捆主题",
        SuggestionEventKind.CommitmentUpdated => "承诺事项进展",
        SuggestionEventKind.AttachmentAdded => "上传附件",
        SuggestionEventKind.AttachmentRemoved => "删除附件",
        SuggestionEventKind.AssignmentCorrected => "调整交办",
        SuggestionEventKind.ReplyCorrected => "修改答复",
        SuggestionEventKind.ReplyReviewed => "审核答复",
        SuggestionEventKind.ClosedWithExplanation => "说明情况后办结",
        SuggestionEventKind.UnitReassigned => "改交其他单位",
        SuggestionEventKind.Reminded => "催办",
        SuggestionEventKind.ReminderIssued => "系统提醒",
        SuggestionEventKind.CoSigningConfirmed => "确认附议",
        SuggestionEventKind.CoSigningDeclined => "谢绝附议",
        SuggestionEventKind.CoSigningLapsed => "未确认的附议代表不列入",
        SuggestionEventKind.UnitContactGiven => "承办单位确定联系人",
        SuggestionEventKind.DuplicateDismissed => "确认不是重复",
        _ => kind.ToString(),
    };

    /// <summary>How a deputy came to be on the suggestion: 待确认, 已确认 (online), or entered by staff from the paper form.</summary>
    public static string For(SuggestionDeputy deputy)
    {
        ArgumentNullException.ThrowIfNull(deputy);
        if (deputy.IsPending) return "待确认";
        return deputy.RecordedByStaff ? "工作人员据纸质建议登记" : deputy.Role == SuggestionDeputyRole.CoSigner ? "已确认" : "";
    }
}
