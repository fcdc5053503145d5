using System.Globalization;
using CongressPortal.Domain.Supervision;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// How the unit's, the deputies' and the public supervision pages show a topic's figures: the 销号 progress in words
/// and as a bar, a problem's state with its date, a 测评's votes, when a topic is heard.
/// </summary>
public static class SupervisionDisplay
{
    /// <summary>Problems closed (销号) out of all on the list: the bar and the words next to it ("已销号 12 / 20").</summary>
    public sealed record Progress(int Closed, int Total)
    {
        public int Percent => Total == 0 ? 0 : (int)Math.Round(Closed * 100m / Total, MidpointRounding.AwayFromZero);

        public string Text => $"已销号 {Closed} / {Total}";
    }

    /// <summary>
    /// "已销号（2026年5月8日）" for a closed problem — with "，2026年4月30日整改完成" when the rectification is dated
    /// earlier than the 销号 — otherwise its state (整改中, 回头看后重新整改).
    /// </summary>
    public static string ProblemState(SupervisionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!problem.IsClosed) return SupervisionProblemWorkflow.StatusLabel(problem.Status);
        var rectified = problem.RectifiedOn is { } on && on != problem.ClosedOn ? $"，{Display.Date(on)}整改完成" : "";
        return $"{SupervisionProblemWorkflow.StatusLabel(problem.Status)}（{Display.Date(problem.ClosedOn)}{rectified}）";
    }

    /// <summary>The votes of a 满意度测评 and the share of 满意 + 基本满意.</summary>
    public static string Votes(SatisfactionVote? vote)
    {
        if (vote is null) return "未测评";
        return $"满意 {vote.Satisfied} 票，基本满意 {vote.BasicallySatisfied} 票，不满意 {vote.Unsatisfied} 票，满意率 {vote.Rate.ToString("0.#", CultureInfo.InvariantCulture)}%";
    }

    /// <summary>The work report's figure for the topics of <paramref name="form"/> heard in a year, and its unit (项 or 次).</summary>
    public static (string Label, string Unit) FigureLabel(SupervisionForm form) => form switch
    {
        SupervisionForm.SpecialWorkReport => ("听取审议专项工作报告", "项"),
        SupervisionForm.PlanBudgetAudit => ("听取审议计划、预算、决算和审计工作报告", "项"),
        SupervisionForm.StateAssets => ("听取审议国有资产管理情况报告", "项"),
        SupervisionForm.GovernmentDebt => ("听取审议政府债务管理情况报告", "项"),
        SupervisionForm.LawEnforcementInspection => ("开展执法检查", "次"),
        SupervisionForm.SpecialInquiry => ("开展专题询问", "次"),
        SupervisionForm.WorkAppraisal => ("开展工作评议", "次"),
        SupervisionForm.SpecialResearch => ("开展专题调研", "项"),
        SupervisionForm.Inspection => ("组织代表视察", "次"),
        SupervisionForm.SatisfactionAppraisal => ("开展满意度测评", "次"),
        _ => (SupervisionTopicWorkflow.FormLabel(form), "项"),
    };

    /// <summary>
    /// When a topic is heard: once heard, the meeting (when set) with the day; before, the meeting's name when one is set,
    /// else the planned month.
    /// </summary>
    public static string Schedule(string? meeting, int? plannedMonth, DateOnly? heardOn = null) => heardOn switch
    {
        { } heard when meeting is not null => $"{meeting}（{Display.Date(heard)}审议）",
        { } heard => $"{Display.Date(heard)}审议",
        _ => meeting ?? (plannedMonth is { } month ? $"{month}月" : "待定"),
    };
}
