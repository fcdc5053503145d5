using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>The refusals of open drafts, their comments and the contact points: each with a stable code (<c>Drafts.{name}</c>), its field and the Chinese message.</summary>
public static class DraftMessages
{
    private const string Area = "Drafts";

    // The draft.
    public static Refusal ReadingNotFound { get; } = Refusal.Define(Area, "找不到这次审议。");
    public static Refusal ReadingHasNoText { get; } = Refusal.Define(Area, "这次审议没有登记草案文本，不能公开征求意见。请先在审议记录中导入草案文本。");
    public static Refusal PeriodTooLong { get; } = Refusal.Define(Area, $"征求意见的期限不能超过 {OpenDraft.MaximumDays} 天，请核对截止日期。", nameof(OpenDraftDetails.LastDay));
    public static Refusal ExtensionNotLater { get; } = Refusal.Define(Area, "延长后的截止日期须晚于现在的截止日期。", nameof(OpenDraftDetails.LastDay));
    public static Refusal UnknownArticle { get; } = Refusal.Define(Area, "草案中没有这一条，请重新选择。", nameof(DraftCommentDraft.ArticleAnchor));
    public static Refusal NotOpenYet { get; } = Refusal.Define(Area, "这件草案还没有开始征求意见。");
    public static Refusal CommentClosed { get; } = Refusal.Define(Area, "征求意见已经截止，不再接收意见。感谢您的关注。");
    public static Refusal OutcomeAlreadyPublished { get; } = Refusal.Define(Area, "意见采纳情况已经公布，不能再修改意见的审核和采纳结果；如需更正，请先撤回采纳情况。");

    public static Refusal PeriodTooShort(DateOnly earliest) =>
        new($"{Area}.{nameof(PeriodTooShort)}", $"征求意见的时间不得少于 {OpenDraft.MinimumDays} 日（不含发布当日）：截止日期最早为{ChinaTime.FormatDate(earliest)}。", nameof(OpenDraftDetails.LastDay));

    public static Refusal CommentsNotChecked(int count) =>
        new($"{Area}.{nameof(CommentsNotChecked)}", $"还有 {count} 条意见没有审核，全部审核后才能公布采纳情况。");

    public static Refusal CommentsNotDecided(int count) =>
        new($"{Area}.{nameof(CommentsNotDecided)}", $"还有 {count} 条有效意见没有确定是否采纳，全部确定后才能公布采纳情况。");

    // Comments.
    public static Refusal BodyTooShort { get; } = Refusal.Define(Area, $"意见内容至少 {DraftComment.MinBodyLength} 个字。", nameof(DraftCommentDraft.Body));
    public static Refusal ContactInvalid { get; } = Refusal.Define(Area, "请填写正确的手机、电话号码或电子邮箱（仅供工作人员联系您，不会公开）。", nameof(DraftCommentDraft.Contact));
    public static Refusal ContactPointRequired { get; } = Refusal.Define(Area, "请选择收集意见的基层立法联系点。", nameof(PointCommentDraft.ContactPointId));
    public static Refusal ContactPointInactive { get; } = Refusal.Define(Area, "所选的基层立法联系点已停用。", nameof(PointCommentDraft.ContactPointId));
    public static Refusal CollectedInFuture { get; } = Refusal.Define(Area, "收集日期不能晚于今天。", nameof(PointCommentDraft.CollectedOn));

    // Contact points.
    public static Refusal PointPhoneInvalid { get; } = Refusal.Define(Area, "联系电话格式不正确。", nameof(ContactPointDetails.Phone));
    public static Refusal EstablishedInFuture { get; } = Refusal.Define(Area, "设立日期不能晚于今天。", nameof(ContactPointDetails.EstablishedOn));
    public static Refusal DuplicatePointName { get; } = Refusal.Define(Area, "已有同名的基层立法联系点。", nameof(ContactPointDetails.Name));
}
