using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The 2026 supervision plan and its topics, built through the domain as staff and the bodies would. Unit 7 is the
/// reporting body; unit 8 is named on problem 2 of the list; unit 9 has nothing to do with the topic. "Now" is Monday
/// 15 June 2026, 10:00 Beijing time: the meeting heard the topic on 10 June, and every step of the loop in
/// <see cref="InStatus"/> happens today (the rules tests use dates of their own).
/// </summary>
internal static class SupervisionFixture
{
    public const int Year = 2026;
    public const int ReportingUnit = 7;
    public const int ProblemUnit = 8;
    public const int Stranger = 9;
    public const int Committee = 3;

    public static readonly DateTimeOffset Now = At(2026, 6, 15);
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly DateOnly HeardOn = new(2026, 6, 10);
    public static readonly DateOnly PlanAdoptedOn = new(2026, 1, 20);

    public static readonly Actor Staff = Actor.Staff("监督处 王芳");

    public static Actor Unit(int unitId) => Actor.Unit(unitId, $"单位{unitId}");

    /// <summary>10:00 Beijing time on the day.</summary>
    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    public static SupervisionSettings Settings() => SupervisionSettings.Defaults();

    public static WorkingDayCalendar Calendar => WorkingDayCalendar.WeekdaysOnly;

    /// <summary>National Day 2026: 1–7 October off, Saturday 10 October worked instead.</summary>
    public static WorkingDayCalendar NationalDayCalendar { get; } = new(
        Enumerable.Range(1, 7).Select(day => new DateOnly(2026, 10, day)), [new DateOnly(2026, 10, 10)]);

    // ---------------------------------------------------------------- the plan

    public static SupervisionPlan DraftPlan() => SupervisionPlan.Draft(new SupervisionPlanDraft(Year, "2026年度监督工作计划", "围绕全市中心工作确定监督议题。"), Staff, Now);

    public static PlanAdoption Adoption(DateOnly? on = null) => new(on ?? PlanAdoptedOn, null, null);

    public static PlanAdoption Amendment(DateOnly? on = null, string summary = "增加“城市供水保障”专项工作报告") => new(on ?? new DateOnly(2026, 4, 28), null, summary);

    public static SupervisionPlan PlanIn(SupervisionPlanStatus status)
    {
        var plan = DraftPlan();
        if (status == SupervisionPlanStatus.Draft) return plan;
        plan.Adopt(Adoption(), 1, Staff, Now);
        if (status == SupervisionPlanStatus.Published) plan.Publish(Staff, Now);
        return plan;
    }

    // ---------------------------------------------------------------- topics

    public static SupervisionTopicDraft TopicDraft(SupervisionForm form = SupervisionForm.SpecialWorkReport, string title = "关于全市生态环境保护工作情况的报告", int? amendmentId = null) =>
        new(title, form, ReportingUnit, Committee, null, 6, "听取和审议市人民政府关于生态环境保护工作情况的报告。",
            form == SupervisionForm.LawEnforcementInspection ? "《中华人民共和国大气污染防治法》" : null, [1, 2], [31], [], amendmentId);

    public static SupervisionTopic Planned(SupervisionForm form = SupervisionForm.SpecialWorkReport) =>
        SupervisionTopic.Create(TopicDraft(form), DraftPlan(), null, Staff, Now);

    public static DeliberationDraft Deliberation(DateOnly? heardOn = null) => new(heardOn ?? HeardOn, null, "市人民政府关于全市生态环境保护工作情况的报告（全文）");

    /// <summary>Problem 1 for the reporting body (no unit named), problem 2 for unit 8.</summary>
    public static OpinionsDraft Opinions(int problems = 2) => new("常委会组成人员认为，全市生态环境质量持续改善，但仍存在以下问题……",
        [.. new[] { new ProblemDraft("黑臭水体治理进度滞后", null), new ProblemDraft("建筑工地扬尘管控不到位", ProblemUnit), new ProblemDraft("固体废物处置能力不足", null) }.Take(problems)]);

    public static HandlingReportDraft FullReport(IEnumerable<int>? numbers = null) =>
        new("市人民政府关于研究处理审议意见情况的报告", [.. (numbers ?? [1, 2]).Select(n => new HandlingEntryDraft(n, ProblemProgress.InProgress, $"第{n}项：已制定整改方案，附整改台账"))]);

    /// <summary>7 + 3 of 20 present: 50%, exactly the default threshold.</summary>
    public static SatisfactionVote AtThreshold => new(7, 3, 10);

    /// <summary>6 + 3 of 19: 47.4%, below the default threshold.</summary>
    public static SatisfactionVote BelowThreshold => new(6, 3, 10);

    public static EvaluationDraft Evaluation(SatisfactionVote? vote, DateOnly? on = null) => new(on ?? Today, "常委会认为报告基本反映了整改情况。", vote);

    public static ProblemClosure Closure(DateOnly? rectifiedOn = null) => new(rectifiedOn ?? Today, "整改完成，附验收报告和现场照片");

    public static FollowUpDraft FollowUp(params int[] reopen) => new(Today, "回头看发现部分问题出现反弹。", reopen);

    /// <summary>
    /// A topic of <paramref name="form"/> in <paramref name="status"/>, every step taken today. Deliberated topics have the
    /// opinions and a two-problem list unless <paramref name="withProblems"/> is false (then no opinions at all: a
    /// Deliberated topic only); Closed is reached by closing both problems.
    /// </summary>
    public static SupervisionTopic InStatus(SupervisionTopicStatus status, SupervisionForm form = SupervisionForm.SpecialWorkReport, bool withProblems = true)
    {
        var topic = Planned(form);
        if (status == SupervisionTopicStatus.Planned) return topic;
        if (status == SupervisionTopicStatus.Cancelled)
        {
            topic.Cancel("主任会议决定调整议题", null, DraftPlan(), Staff, Now);
            return topic;
        }
        topic.RecordDeliberation(Deliberation(), Settings(), Calendar, Staff, Now);
        if (withProblems) topic.EditOpinions(Opinions(), Staff, Now);
        if (status == SupervisionTopicStatus.Deliberated) return topic;
        topic.Assign(Settings(), Calendar, Staff, Now);
        if (status == SupervisionTopicStatus.Assigned) return topic;
        topic.FileReport(FullReport(), Unit(ReportingUnit), Now);
        if (status == SupervisionTopicStatus.Reported) return topic;
        if (status == SupervisionTopicStatus.Rework)
        {
            topic.Evaluate(Evaluation(BelowThreshold), Settings(), Calendar, Staff, Now);
            return topic;
        }
        topic.Evaluate(Evaluation(null), Settings(), Calendar, Staff, Now);
        if (status == SupervisionTopicStatus.Rectifying) return topic;
        topic.CloseProblem(1, Closure(), Staff, Now);
        topic.CloseProblem(2, Closure(), Staff, Now);
        return status == SupervisionTopicStatus.Closed ? topic : throw new ArgumentOutOfRangeException(nameof(status));
    }
}

/// <summary>What a refused action must leave as it was.</summary>
internal sealed record TopicSnapshot(SupervisionTopicStatus Status, string Title, int Events, int Activities, int Inquiries, string Problems, string Rounds,
    bool Published, string? Opinions, DateOnly? AssignedOn, DateOnly? ReportDueOn, DateOnly? ClosedOn, int FollowUps, DateTimeOffset UpdatedAt)
{
    public static TopicSnapshot Of(SupervisionTopic t) => new(t.Status, t.Title, t.Events.Count, t.Activities.Count, t.Inquiries.Count,
        string.Join(",", t.Problems.Select(p => $"{p.Number}:{p.Status}:{p.Progress}:{p.ProgressEvidence}:{p.ClosedOn}:{p.ReopenCount}")),
        string.Join(",", t.Rounds.Select(r => $"{r.Number}:{r.FiledOn}:{r.Entries.Count}:{r.EvaluatedOn}:{r.Accepted}")), t.IsPublished, t.OpinionsText,
        t.AssignedOn, t.ReportDueOn, t.ClosedOn, t.FollowUps.Count, t.UpdatedAt);
}
