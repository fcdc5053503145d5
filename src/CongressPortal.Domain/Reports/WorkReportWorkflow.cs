using CongressPortal.Domain.Common;
using static CongressPortal.Domain.Common.PortalRole;
using static CongressPortal.Domain.Reports.WorkReportAction;
using S = CongressPortal.Domain.Reports.WorkReportStatus;

namespace CongressPortal.Domain.Reports;

/// <summary>Every action on a work report. Each is one or more methods of <see cref="WorkReport"/>.</summary>
public enum WorkReportAction
{
    /// <summary><see cref="WorkReport.Create"/> and <see cref="WorkReport.Update"/>: year, session, title, speaker.</summary>
    EditDetails,

    /// <summary><see cref="WorkReport.Import"/>: replaces the draft with newly imported text.</summary>
    Import,

    /// <summary><see cref="WorkReport.EditDraft"/>: one correction of the draft outline.</summary>
    EditOutline,

    /// <summary><see cref="WorkReport.AddFigure"/>, <see cref="WorkReport.UpdateFigure"/>, <see cref="WorkReport.RemoveFigure"/>.</summary>
    EditFigures,

    Publish,
    Correct,
    Unpublish,
}

/// <summary>
/// The transition table of a work report (docs/workflows/work-report.md). Only staff act on reports. The draft is staff's
/// working copy in every status — what readers see changes only by publishing, correcting or unpublishing — so the
/// editing actions keep the status. <see cref="WorkReport"/>'s guards add what the table cannot say: text imported,
/// suspected content dealt with, something changed to correct.
/// </summary>
public static class WorkReportWorkflow
{
    private static readonly S[] Every = [S.Draft, S.Published, S.Unpublished];

    public static WorkflowTable<S, WorkReportAction> Table { get; } =
        new WorkflowTable<S, WorkReportAction>("报告", StatusLabel, ActionLabel)
            .Allow(Staff, EditDetails, Every)
            .Allow(Staff, Import, Every)
            .Allow(Staff, EditOutline, Every)
            .Allow(Staff, EditFigures, Every)
            .Allow(Staff, Publish, S.Draft, S.Published, "第一次发布：正文成为第1版")
            .Allow(Staff, Publish, S.Unpublished, S.Published, "正文未改：重新公开最后一版；已改：成为新的一版，须填写更正说明")
            .Allow(Staff, Correct, S.Published)
            .Allow(Staff, Unpublish, S.Published, S.Unpublished);

    /// <summary>
    /// The table's answer, in the words staff know where the report has its own (报告已发布；如需修改…): the code stays the
    /// table's, so a page still reads it as "not in this status" rather than a rule to explain next to a button.
    /// </summary>
    public static Refusal? Check(S status, WorkReportAction action, string role)
    {
        var refusal = Table.Check(status, action, role);
        return refusal is not null && StatusWording(action) is { } wording && wording.Code == refusal.Code ? wording : refusal;
    }

    private static Refusal? StatusWording(WorkReportAction action) => action switch
    {
        Publish => ReportMessages.AlreadyPublished,
        Correct => ReportMessages.CorrectOnlyPublished,
        Unpublish => ReportMessages.UnpublishOnlyPublished,
        _ => null,
    };

    public static string StatusLabel(S status) => status switch
    {
        S.Draft => "草稿",
        S.Published => "已发布",
        S.Unpublished => "已撤回",
        _ => status.ToString(),
    };

    public static string ActionLabel(WorkReportAction action) => action switch
    {
        EditDetails => "修改基本信息",
        Import => "导入正文",
        EditOutline => "核对大纲",
        EditFigures => "编辑主要数据",
        Publish => "发布",
        Correct => "发布更正",
        Unpublish => "撤回发布",
        _ => action.ToString(),
    };
}
