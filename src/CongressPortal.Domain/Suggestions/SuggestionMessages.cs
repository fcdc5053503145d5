namespace CongressPortal.Domain.Suggestions;

/// <summary>The Chinese messages of the suggestions workflow.</summary>
public static class SuggestionMessages
{
    public const string SessionRequired = "会议期间提出的建议须选择所属会议。";
    public const string LeadDeputyRequired = "请选择领衔代表。";
    public const string LeadNotCoSigner = "领衔代表不必再列为附议代表。";
    public const string ReceivedInFuture = "收到日期不能晚于今天。";
    public const string UnknownClassification = "请选择有效的答复分类。";
    public const string ReasonRequired = "请填写理由。";
    public const string MergeIntoSelf = "不能与自身并案。";
    public const string MergeTargetClosed = "并入的建议须处于待审查、待交办或办理中状态。";
    public const string NeedUnits = "请选择承办单位。";
    public const string DuplicateUnits = "同一承办单位不能重复交办。";
    public const string JointNeedsLeadAndCo = "会同办理须有一个主办单位和至少一个协办单位。";
    public const string NotAssignedToUnit = "该建议未交本单位办理。";
    public const string AssignmentNotFound = "找不到该承办记录。";
    public const string AlreadyAccepted = "本单位已签收该建议。";
    public const string ReturnWindowPassed = "已超过申请退回的时限，请与代表工作机构联系。";
    public const string ReturnNotAfterReply = "已答复的建议不能申请退回。";
    public const string NoReturnPending = "该承办单位没有待审批的退回申请。";
    public const string ReplacementAlreadyAssigned = "改交的单位已承办该建议，请选择其他单位。";
    public const string ExtensionNotForCoUnit = "协办单位不答复代表，无需申请延期。";
    public const string ExtensionOnlyOnce = "每件建议只能申请一次延期。";
    public const string NoExtensionPending = "该承办单位没有待审批的延期申请。";
    public const string MustAcceptFirst = "请先签收该建议。";
    public const string ContactDateInvalid = "联系日期须在交办之后且不晚于今天。";
    public const string OnlyCoUnitSendsOpinion = "只有协办单位需要送协办意见。";
    public const string OnlyAnsweringUnitReplies = "协办单位请向主办单位送协办意见，由主办单位统一答复。";
    public const string AlreadyReplied = "本单位已答复，等待代表评价。";
    public const string ReplyDateInvalid = "答复日期须在交办之后且不晚于今天。";
    public const string CommitmentsRequired = "该答复分类须列出承诺事项及计划完成日期。";
    public const string CommitmentDateInvalid = "承诺事项的计划完成日期须晚于答复日期。";
    public const string OnlyLeadDeputyRates = "只有领衔代表可以评价答复。";
    public const string ReplyNotFound = "找不到该答复。";
    public const string AlreadyRated = "该答复已评价。";
    public const string RatingWindowPassed = "已超过评价期限。";
    public const string UnsatisfiedNeedsComment = "选择“不满意”时请写明意见，以便承办单位重新办理。";
    public const string CannotCloseYet = "还有答复未评价且未过评价期限，或代表不满意需重新办理，暂不能办结。";
    public const string CommitmentNotFound = "找不到该承诺事项。";
    public const string ProgressBackwards = "进展百分比不能低于上次填报。";
    public const string ProgressRange = "进展须在 0 到 100 之间。";
    public const string CommitmentDone = "该承诺事项已完成。";
    public const string UpdateDateInvalid = "进展日期不能早于答复日期或晚于今天。";
    public const string ThemeNameRequired = "请填写主题名称。";
    public const string OnlyOwnSubmission = "代表只能以本人为领衔代表提交建议。";
    public const string NumberScopeFixed = "编号已按来源和会议生成，不能修改来源或所属会议；如登记有误，请转为来信后重新登记。";

    public static string WrongRole(string action, string role) => $"“{action}”只能由{role}办理。";

    public static string WrongStatus(string action, string status) => $"建议当前为“{status}”，不能{action}。";

    public static string OutOfRange(string field, int min, int max) => $"{field}须在 {min} 到 {max} 之间。";

    public static string PatternNeedsSequence(string field) => $"{field}须包含序号占位符，如 {{NNN}}。";
}
