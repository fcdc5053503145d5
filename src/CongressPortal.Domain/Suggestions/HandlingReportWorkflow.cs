using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Suggestions.HandlingReportAction;
using S = CongressPortal.Domain.Suggestions.HandlingReportState;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Whether the public reads a session's handling report.</summary>
public enum HandlingReportState
{
    /// <summary>Not published yet: a session's release before its first publication (<see cref="HandlingReportRelease.ForSession"/>).
    /// Never stored — a record is saved only once published.</summary>
    NotPublished,

    Published,
    Withdrawn,
}

/// <summary>Every action on a session's handling report. Each is one method of <see cref="HandlingReportRelease"/>.</summary>
public enum HandlingReportAction
{
    /// <summary><see cref="HandlingReportRelease.Publish(string, StoredFile, Actor, DateTimeOffset)"/>: the first publication,
    /// a new document replacing the public one, or publishing again after a withdrawal.</summary>
    Publish,

    /// <summary><see cref="HandlingReportRelease.Withdraw"/>: off the public site, with a reason.</summary>
    Withdraw,
}

/// <summary>
/// The transition table of a session's 办理情况报告 publication (docs/workflows/handling-report.md). Only staff act; a
/// published report may be replaced by a new document at any time, and a withdrawn one published again.
/// <see cref="HandlingReportRelease"/> adds no guards beyond the table: its input checks (title, PDF or Word) concern the
/// document, not whether the action may be taken.
/// </summary>
public static class HandlingReportWorkflow
{
    public static WorkflowTable<S, HandlingReportAction> Table { get; } =
        new WorkflowTable<S, HandlingReportAction>("办理情况报告", StateLabel, ActionLabel)
            .Allow(Staff, Publish, S.NotPublished, S.Published, "第一次公开")
            .Allow(Staff, Publish, S.Published, null, "上传新的定稿，替换已公开的报告")
            .Allow(Staff, Publish, S.Withdrawn, S.Published, "撤回后重新公开")
            .Allow(Staff, Withdraw, S.Published, S.Withdrawn);

    /// <summary>
    /// The table's answer in the words staff know from the publishing page: the code stays the table's
    /// (<c>Workflow.WrongRole</c>, <c>Workflow.WrongStatus</c>), only the message is the report's own.
    /// </summary>
    public static Refusal? Check(S state, HandlingReportAction action, string role) => Table.Check(state, action, role) switch
    {
        { Code: var code } when code == HandlingReportMessages.OnlyStaff.Code => HandlingReportMessages.OnlyStaff,
        { Code: var code } when code == HandlingReportMessages.NotPublished.Code && action == Withdraw => HandlingReportMessages.NotPublished,
        var refusal => refusal,
    };

    public static string StateLabel(S state) => state switch
    {
        S.NotPublished => "未公开",
        S.Published => "已公开",
        S.Withdrawn => "已撤回",
        _ => state.ToString(),
    };

    public static string ActionLabel(HandlingReportAction action) => action switch
    {
        Publish => "公开",
        Withdraw => "撤回",
        _ => action.ToString(),
    };
}

public static class HandlingReportMessages
{
    private const string Area = "HandlingReport";

    public static Refusal PdfOrWord { get; } = Refusal.Define(Area, "办理情况报告只能上传 PDF 或 Word（.docx）文件。", "File");

    // The table's refusals (codes Workflow.WrongStatus and Workflow.WrongRole) in the words of the publishing page.
    public static Refusal NotPublished { get; } = DomainMessages.WrongStatus("", "", "") with { Message = "该报告目前没有公开，无需撤回。" };

    public static Refusal OnlyStaff { get; } = DomainMessages.WrongRole("", "") with { Message = "只有工作人员可以公开或撤回办理情况报告。" };
}
