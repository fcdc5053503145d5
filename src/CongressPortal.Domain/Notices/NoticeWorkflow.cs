using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Notices.NoticeAction;
using S = CongressPortal.Domain.Notices.NoticeState;

namespace CongressPortal.Domain.Notices;

/// <summary>Where a 通知公告 stands: written but not public, on the public site, or taken off it.</summary>
public enum NoticeState
{
    Draft,
    Published,
    Withdrawn,
}

/// <summary>Every action on a notice. Each is one method of <see cref="Notice"/>.</summary>
public enum NoticeAction
{
    /// <summary><see cref="Notice.Edit"/>: the title and the body (a published notice keeps its publication date).</summary>
    Edit,

    /// <summary><see cref="Notice.AddAttachment"/> and <see cref="Notice.RemoveAttachment"/>.</summary>
    Attach,

    /// <summary><see cref="Notice.Publish"/>: on the public site, dated by the server.</summary>
    Publish,

    /// <summary><see cref="Notice.Withdraw"/>: off the public site, with a reason; final.</summary>
    Withdraw,
}

/// <summary>
/// The transition table of a notice (docs/workflows/notice.md). Only staff act. A withdrawn notice is final: a corrected
/// notice is a new one, so that what the public read on a date stays on the record as it was.
/// </summary>
public static class NoticeWorkflow
{
    public static WorkflowTable<S, NoticeAction> Table { get; } =
        new WorkflowTable<S, NoticeAction>("通知公告", StateLabel, ActionLabel)
            .Allow(Staff, Edit, [S.Draft, S.Published])
            .Allow(Staff, Attach, [S.Draft, S.Published])
            .Allow(Staff, Publish, S.Draft, S.Published)
            .Allow(Staff, Withdraw, S.Published, S.Withdrawn);

    public static string StateLabel(S state) => state switch
    {
        S.Draft => "草稿",
        S.Published => "已发布",
        S.Withdrawn => "已撤回",
        _ => state.ToString(),
    };

    public static string ActionLabel(NoticeAction action) => action switch
    {
        Edit => "修改",
        Attach => "增删附件",
        Publish => "发布",
        Withdraw => "撤回",
        _ => action.ToString(),
    };
}

public static class NoticeMessages
{
    private const string Area = "Notice";

    public static Refusal TooManyAttachments { get; } = Refusal.Define(Area, $"一条通知公告最多{Notice.MaxAttachments}个附件。", "File");

    public static Refusal NoSuchAttachment { get; } = Refusal.Define(Area, "该附件已被删除，请刷新页面。");
}
