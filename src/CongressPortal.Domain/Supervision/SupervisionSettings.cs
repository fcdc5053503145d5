using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Supervision;

/// <summary>
/// The configurable values of the closed loop (docs/domain/supervision.md#configuration): one row an administrator edits.
/// The defaults are the usual municipal rules (Hohhot's 审议意见 + 问题清单 practice): the body reports within three
/// months, two for budget and audit matters; the opinions go out within ten working days of the meeting; a 满意度测评
/// with fewer than half satisfied or basically satisfied votes is 不满意.
/// </summary>
public sealed class SupervisionSettings
{
    public const int SingletonId = 1;

    /// <summary>No setting may give a body longer than three months for its handling report.</summary>
    public const int MaximumReportMonths = 3;

    private SupervisionSettings() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>研究处理情况报告 within this many months of 交办 (moved to the next working day when it ends on a rest day).</summary>
    public int ReportMonths { get; private set; } = 3;

    /// <summary>The same for 计划、预算、决算、审计.</summary>
    public int BudgetAuditReportMonths { get; private set; } = 2;

    /// <summary>After a 不满意 测评 the body reports again within this many months.</summary>
    public int ReworkMonths { get; private set; } = 2;

    /// <summary>The opinions and problem list are sent within this many working days of the meeting.</summary>
    public int AssignWithinWorkingDays { get; private set; } = 10;

    /// <summary>满意 + 基本满意 as a share of the votes, in percent, at or above which the 测评 is satisfied.</summary>
    public int SatisfactionThresholdPercent { get; private set; } = 50;

    /// <summary>The "due soon" window of the desk and the dashboard, in calendar days.</summary>
    public int DueSoonDays { get; private set; } = 15;

    public uint Version { get; private set; }

    public static SupervisionSettings Defaults() => new();

    public void Update(int reportMonths, int budgetAuditReportMonths, int reworkMonths, int assignWithinWorkingDays, int satisfactionThresholdPercent, int dueSoonDays)
    {
        ReportMonths = InRange(reportMonths, nameof(ReportMonths), "研究处理情况报告期限（月）", 1, MaximumReportMonths);
        BudgetAuditReportMonths = InRange(budgetAuditReportMonths, nameof(BudgetAuditReportMonths), "计划预算审计类报告期限（月）", 1, ReportMonths);
        ReworkMonths = InRange(reworkMonths, nameof(ReworkMonths), "重新报告期限（月）", 1, MaximumReportMonths);
        AssignWithinWorkingDays = InRange(assignWithinWorkingDays, nameof(AssignWithinWorkingDays), "交办时限（工作日）", 1, 30);
        SatisfactionThresholdPercent = InRange(satisfactionThresholdPercent, nameof(SatisfactionThresholdPercent), "满意率标准（%）", 50, 100);
        DueSoonDays = InRange(dueSoonDays, nameof(DueSoonDays), "临期提醒（天）", 1, 60);
    }

    /// <summary>The months a body has for its first handling report on a topic of <paramref name="form"/>.</summary>
    public int ReportMonthsFor(SupervisionForm form) => form == SupervisionForm.PlanBudgetAudit ? BudgetAuditReportMonths : ReportMonths;

    /// <summary>The due date of a handling report: <paramref name="months"/> after <paramref name="from"/>, on a working day.</summary>
    public static DateOnly DueDate(DateOnly from, int months, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(from.AddMonths(months));
    }

    /// <summary>The last day to send the opinions after the meeting of <paramref name="heardOn"/> (working days).</summary>
    public DateOnly AssignDueOn(DateOnly heardOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(heardOn, AssignWithinWorkingDays);
    }

    /// <summary>Whether a 测评 with these counts is satisfied: (满意 + 基本满意) / all votes ≥ the threshold.</summary>
    public bool IsSatisfied(SatisfactionVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Total > 0 && (vote.Satisfied + vote.BasicallySatisfied) * 100 >= SatisfactionThresholdPercent * vote.Total;
    }

    private static int InRange(int value, string field, string label, int min, int max) =>
        value >= min && value <= max ? value : throw DomainMessages.OutOfRange(field, label, min, max).ToException();
}
