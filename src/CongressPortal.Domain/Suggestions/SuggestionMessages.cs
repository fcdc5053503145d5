using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// The refusals and warnings of the suggestions workflow: each with a stable code (<c>Suggestion.{name}</c>), the field
/// of the draft or command it concerns, and the Chinese message.
/// </summary>
public static class SuggestionMessages
{
    private const string Area = "Suggestion";

    // Registration.
    public static Refusal SessionRequired { get; } = Refusal.Define(Area, "会议期间提出的建议须选择所属会议。", nameof(SuggestionDraft.SessionId));
    public static Refusal LeadDeputyRequired { get; } = Refusal.Define(Area, "请选择领衔代表。", nameof(SuggestionDraft.LeadDeputyId));
    public static Refusal LeadNotCoSigner { get; } = Refusal.Define(Area, "领衔代表不必再列为附议代表。", nameof(SuggestionDraft.CoSignerIds));
    public static Refusal ReceivedInFuture { get; } = Refusal.Define(Area, "收到日期不能晚于今天。", nameof(SuggestionDraft.ReceivedOn));
    public static Refusal YearOutOfRange { get; } = Refusal.Define(Area, "年度须在 1980 到 2200 之间。", nameof(SuggestionDraft.Year));
    public static Refusal OnlyOwnSubmission { get; } = Refusal.Define(Area, "代表只能以本人为领衔代表提交建议。", nameof(SuggestionDraft.LeadDeputyId));
    public static Refusal RegisterRole { get; } = Refusal.Define(Area, "“登记建议”只能由工作人员或代表本人办理。");
    public static Refusal NumberScopeFixed { get; } = Refusal.Define(Area, "编号已按来源和会议生成，不能修改来源或所属会议；如登记有误，请转为来信后重新登记。", nameof(SuggestionDraft.Source));

    public static Warning ReceivedLongAfterSession(int days) =>
        new("Suggestion.ReceivedLongAfterSession", $"收到日期在会议闭幕{days}天之后：会议期间的建议一般在会议期间提出。请核对来源和收到日期，确认无误后再保存。");

    /// <summary>The field of the box “不是重复，仍然登记” on a registration form.</summary>
    public const string NotDuplicateField = "NotDuplicate";

    public static Refusal PossibleDuplicate(IEnumerable<string> numbers) =>
        new("Suggestion.PossibleDuplicate", $"与已登记的建议{string.Join("、", numbers)}可能重复。请核对；确属不同事项的，请勾选下方的确认框后再提交。", NotDuplicateField);

    public static Refusal IdenticalToRegistered(string number) =>
        new("Suggestion.IdenticalToRegistered", $"与已登记的建议{number}完全相同（领衔代表、附议代表、标题和内容均相同），未重复登记。");

    public static string NotDuplicateOf(IEnumerable<string> numbers) => $"登记时提示可能与{string.Join("、", numbers)}重复，登记人确认不是重复";

    // Review.
    public static Refusal MergeIntoSelf { get; } = Refusal.Define(Area, "不能与自身并案。", "TargetNumber");
    public static Refusal MergeTargetClosed { get; } = Refusal.Define(Area, "并入的建议须处于待审查、待交办或办理中状态。", "TargetNumber");
    public static Refusal MergeTargetNotFound(string number) => new("Suggestion.MergeTargetNotFound", $"找不到编号为“{number}”的建议，请核对编号。", "TargetNumber");

    // Assignment.
    public static Refusal NeedUnits { get; } = Refusal.Define(Area, "请选择承办单位。", "UnitIds");
    public static Refusal DuplicateUnits { get; } = Refusal.Define(Area, "同一承办单位不能重复交办。", "UnitIds");
    public static Refusal JointNeedsLeadAndCo { get; } = Refusal.Define(Area, "会同办理须有一个主办单位和至少一个协办单位。", "UnitIds");
    public static Refusal JointNeedsLead { get; } = Refusal.Define(Area, "会同办理请选择主办单位。", "LeadUnitId");
    public static Refusal MeetingInFuture { get; } = Refusal.Define(Area, "交办日期不能晚于今天。", "MeetingOn");
    public static Refusal MeetingBeforeReceipt(DateOnly receivedOn) =>
        Refusal.Define(Area, $"交办日期不能早于建议的收到日期（{ChinaTime.FormatDate(receivedOn)}）。", "MeetingOn");
    public static Refusal MeetingTooOld { get; } =
        Refusal.Define(Area, $"交办日期不能早于{Suggestion.MeetingDaysBack}天前：请核对交办会日期。", "MeetingOn");
    public static Warning MeetingOnRestDay(DateOnly day) =>
        new("Suggestion.MeetingOnRestDay", $"交办日期（{ChinaTime.FormatDate(day)}）是休息日：答复期限将从这一天起算。请核对交办会日期，确认后再交办。");
    public static Warning AssignedOnRestDay(DateOnly day) =>
        new("Suggestion.AssignedOnRestDay", $"今天（{ChinaTime.FormatDate(day)}）是休息日：交办日期将记为今天，答复期限从今天起算。请确认后再交办。");
    public static Refusal NotAssignedToUnit { get; } = Refusal.Define(Area, "该建议未交本单位办理。");
    public static Refusal AssignmentNotFound { get; } = Refusal.Define(Area, "找不到该承办记录，可能已被他人调整，请刷新后重试。");
    public static Refusal ReplacementRequired { get; } = Refusal.Define(Area, "请选择改交的承办单位。", "ReplacementUnitId");
    public static Refusal ReplacementAlreadyAssigned { get; } = Refusal.Define(Area, "改交的单位已承办该建议，请选择其他单位。", "ReplacementUnitId");
    public static Refusal CorrectionNeedsChange { get; } = Refusal.Define(Area, "请选择要改交的承办单位，或选择要增加的承办单位。", "UnitId");
    public static Refusal AddedUnitAlreadyAssigned { get; } = Refusal.Define(Area, "该单位已承办这件建议。", "UnitId");
    public static Refusal CoUnitOnlyInJoint { get; } = Refusal.Define(Area, "分别办理的建议只能增加承办单位，不能增加协办单位。", "Role");
    public static Refusal LeadCannotBeAdded { get; } = Refusal.Define(Area, "会同办理只有一个主办单位；如需更换主办单位，请改交主办单位。", "Role");
    public static Refusal AnsweredUnitNotReplaced { get; } = Refusal.Define(Area, "该单位已答复或已送协办意见，不能再改交。", "AssignmentId");
    public static Refusal CorrectionNotNeeded { get; } = Refusal.Define(Area, "建议已答复，当前没有可调整的交办。");

    // The unit's part.
    public static Refusal AlreadyAccepted { get; } = Refusal.Define(Area, "本单位已签收该建议。");
    public static Refusal ReturnWindowPassed(DateOnly deadline) => new("Suggestion.ReturnWindowPassed", $"申请退回的时限已于{ChinaTime.FormatDate(deadline)}届满，不能再申请退回。如确有必要，请与代表工作机构联系。");
    public static Refusal ReturnNotAfterReply { get; } = Refusal.Define(Area, "已答复或已送协办意见的建议不能申请退回。");
    public static Refusal ExtensionNotForCoUnit { get; } = Refusal.Define(Area, "协办单位不答复代表，无需申请延期。");
    public static Refusal ExtensionOnlyOnce { get; } = Refusal.Define(Area, "每件建议只能申请一次延期。");
    public static Refusal ExtensionWhenOverdue(DateOnly due) => new("Suggestion.ExtensionWhenOverdue", $"答复期限已于{ChinaTime.FormatDate(due)}届满，逾期后不能再申请延期，请尽快答复。");
    public static Refusal ExtensionNotInRehandling { get; } = Refusal.Define(Area, "重新办理的期限不能延期。");
    public static Refusal NoExtensionPending { get; } = Refusal.Define(Area, "该承办单位没有待审批的延期申请。");
    public static Refusal MustAcceptFirst { get; } = Refusal.Define(Area, "请先签收该建议。");
    public static Refusal ContactDateInvalid { get; } = Refusal.Define(Area, "联系日期须在交办之后且不晚于今天。", "Date");
    public static Refusal ContactAfterNeedsReply { get; } = Refusal.Define(Area, "“办后”联系须在本单位答复之后登记；答复前的联系请选择“办前”或“办中”。", "Stage");
    public static Refusal OnlyCoUnitSendsOpinion { get; } = Refusal.Define(Area, "只有协办单位需要送协办意见。");
    public static Refusal OpinionAlreadySent { get; } = Refusal.Define(Area, "本单位已送协办意见。");
    public static Refusal OnlyAnsweringUnitReplies { get; } = Refusal.Define(Area, "协办单位请向主办单位送协办意见，由主办单位统一答复。");
    public static Refusal AlreadyReplied { get; } = Refusal.Define(Area, "本单位已答复，等待代表评价。");
    public static Refusal WaitingForCoOpinions(int count, DateOnly until) =>
        new("Suggestion.WaitingForCoOpinions", $"还有{count}个协办单位尚未送来协办意见：请在收到协办意见后答复；协办意见期限（{ChinaTime.FormatDate(until)}）届满后仍未收到的，可以答复并说明情况。");
    public static Refusal MissingOpinionsNoteRequired(int count) =>
        new("Suggestion.MissingOpinionsNoteRequired", $"有{count}个协办单位逾期未送协办意见，请在答复中说明情况。", nameof(ReplyDraft.MissingOpinionsNote));
    public static Refusal SignedOnInvalid { get; } = Refusal.Define(Area, "答复函签发日期须在交办之后且不晚于今天。", nameof(ReplyDraft.SignedOn));
    public static Refusal UnknownClassification { get; } = Refusal.Define(Area, "请选择有效的答复分类。", nameof(ReplyDraft.ClassificationCode));
    public static Refusal LetterRequired { get; } = Refusal.Define(Area, "请选择盖章的答复函文件（PDF、Word 或扫描图片）。", nameof(ReplyDraft.LetterFileId));
    public static Refusal CommitmentsRequired { get; } = Refusal.Define(Area, "该答复分类须列出承诺事项及计划完成日期。", nameof(ReplyDraft.Commitments));
    public static Refusal CommitmentDateInvalid { get; } = Refusal.Define(Area, "承诺事项的计划完成日期须晚于答复函签发日期。", nameof(ReplyDraft.Commitments));
    public static Refusal ReplyNotFound { get; } = Refusal.Define(Area, "找不到该答复，可能已被他人处理，请刷新后重试。");
    public static Refusal ReplyAlreadyReviewed { get; } = Refusal.Define(Area, "该答复已经审核，不能再修改；如需更正，请与代表工作机构联系。");
    public static Refusal ReplyAlreadyRated { get; } = Refusal.Define(Area, "代表已评价该答复，不能再修改。");
    public static Refusal NoReplyToCorrect { get; } = Refusal.Define(Area, "本单位还没有可修改的答复。");
    public static Refusal CommitmentsHaveProgress { get; } = Refusal.Define(Area, "承诺事项已填报进展，不能再通过修改答复更改承诺事项。", nameof(ReplyDraft.Commitments));
    public static Refusal CorrectionReasonRequired { get; } = Refusal.Define(Area, "请填写修改原因。", "Reason");
    public static Refusal NothingToReview { get; } = Refusal.Define(Area, "没有待审核的答复。");

    // The deputy's rating.
    public static Refusal OnlyLeadDeputyRates { get; } = Refusal.Define(Area, "只有领衔代表可以评价答复。");
    public static Refusal NothingToRate { get; } = Refusal.Define(Area, "没有等待评价的答复。");
    public static Refusal AlreadyRated { get; } = Refusal.Define(Area, "该答复已评价。");
    public static Refusal RatingWindowPassed { get; } = Refusal.Define(Area, "已超过评价期限。");
    public static Refusal UnsatisfiedNeedsComment { get; } = Refusal.Define(Area, "选择“不满意”时请写明意见，以便承办单位重新办理。", "Comment");

    // Closing.
    public static Refusal CannotClose(string reasons) => new("Suggestion.CannotClose", $"暂不能办结：{reasons}。");
    public static Refusal PartUnanswered { get; } = Refusal.Define(Area, "尚未答复或尚未送协办意见");
    public static Refusal PartUnsatisfied { get; } = Refusal.Define(Area, "代表对答复不满意，正在重新办理");
    public static Refusal PartAwaitingRating(DateOnly until) =>
        new("Suggestion.PartAwaitingRating", $"答复等待代表评价（评价期限至{ChinaTime.FormatDate(until)}，期满未评价的可以办结）");
    public static Refusal CloseExplanationOnlyAfterSecondUnsatisfied { get; } =
        Refusal.Define(Area, "只有代表两次评价不满意后，才能说明情况后办结；请等待承办单位重新办理。");
    public static Refusal ClosingExplanationRequired { get; } = Refusal.Define(Area, "请填写办结说明：写明代表两次不满意的原因和已做的工作。", "Explanation");

    // Supervision and follow-up.
    public static Refusal NotKey { get; } = Refusal.Define(Area, "该建议不是重点督办建议。");
    public static Refusal CommitmentNotFound { get; } = Refusal.Define(Area, "找不到该承诺事项。");
    public static Refusal NoCommitments { get; } = Refusal.Define(Area, "本单位的答复没有承诺事项。");
    public static Refusal ProgressBackwards { get; } = Refusal.Define(Area, "进展百分比不能低于上次填报。", "Percent");
    public static Refusal ProgressRange { get; } = Refusal.Define(Area, "进展须在 0 到 100 之间。", "Percent");
    public static Refusal CommitmentDone { get; } = Refusal.Define(Area, "该承诺事项已完成。");
    public static Refusal UpdateDateInvalid { get; } = Refusal.Define(Area, "进展日期不能早于答复日期或晚于今天。", "On");
    public static Refusal AttachmentOnlyWhileSubmitted { get; } = Refusal.Define(Area, "代表只能为自己提交、尚未审查的建议上传附件。");

    // Co-signers confirm on their desk; the unit's contact person.
    public static Refusal NotInvitedToCoSign { get; } = Refusal.Define(Area, "您不是这件建议的附议代表。");
    public static Refusal CoSigningAlreadyConfirmed { get; } = Refusal.Define(Area, "您已附议这件建议；如需撤回附议，请与市人大常委会代表工作机构联系。");
    public static Refusal UnitContactPhoneInvalid { get; } = Refusal.Define(Area, "联系电话只能包含数字、空格、“-”和“+”，至少 7 位数字。", "Phone");
    public static Refusal UnitContactEmailInvalid { get; } = Refusal.Define(Area, "电子邮箱格式不正确。", "Email");

    // Settings.
    public static Refusal PatternNeedsSequence(string field, string label) => new("Suggestion.PatternNeedsSequence", $"{label}须包含序号占位符，如 {{NNN}}。", field);
}
