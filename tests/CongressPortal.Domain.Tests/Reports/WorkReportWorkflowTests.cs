using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using static CongressPortal.Domain.Reports.WorkReportAction;
using static CongressPortal.Domain.Reports.WorkReportStatus;

namespace CongressPortal.Domain.Tests.Reports;

/// <summary>
/// The work report's transition table, written out here by hand for every status × action × role, so a wrong cell in
/// <see cref="WorkReportWorkflow.Table"/> fails instead of agreeing with itself. Every cell is then tried on a real
/// report: an allowed move lands where this table says, a refused one throws the table's refusal and changes nothing.
/// </summary>
public sealed class WorkReportWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 20, 8, 0, 0, TimeSpan.Zero);

    /// <summary>The columns of <see cref="Expected"/>, in order.</summary>
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];

    private sealed record Outcome(WorkReportStatus? To, string? Code);

    private static Outcome To(WorkReportStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(WorkReportAction, WorkReportStatus), Outcome[]> Expected = new()
    {
        //                               Staff             Admin Deputy Unit  Auditor
        [(EditDetails, Draft)] =        [To(Draft),        Role, Role,  Role, Role],
        [(EditDetails, Published)] =    [To(Published),    Role, Role,  Role, Role],
        [(EditDetails, Unpublished)] =  [To(Unpublished),  Role, Role,  Role, Role],
        [(Import, Draft)] =             [To(Draft),        Role, Role,  Role, Role],
        [(Import, Published)] =         [To(Published),    Role, Role,  Role, Role],
        [(Import, Unpublished)] =       [To(Unpublished),  Role, Role,  Role, Role],
        [(EditOutline, Draft)] =        [To(Draft),        Role, Role,  Role, Role],
        [(EditOutline, Published)] =    [To(Published),    Role, Role,  Role, Role],
        [(EditOutline, Unpublished)] =  [To(Unpublished),  Role, Role,  Role, Role],
        [(EditFigures, Draft)] =        [To(Draft),        Role, Role,  Role, Role],
        [(EditFigures, Published)] =    [To(Published),    Role, Role,  Role, Role],
        [(EditFigures, Unpublished)] =  [To(Unpublished),  Role, Role,  Role, Role],
        [(Publish, Draft)] =            [To(Published),    Role, Role,  Role, Role],
        [(Publish, Published)] =        [State,            Role, Role,  Role, Role],
        [(Publish, Unpublished)] =      [To(Published),    Role, Role,  Role, Role],
        [(Correct, Draft)] =            [State,            Role, Role,  Role, Role],
        [(Correct, Published)] =        [To(Published),    Role, Role,  Role, Role],
        [(Correct, Unpublished)] =      [State,            Role, Role,  Role, Role],
        [(Unpublish, Draft)] =          [State,            Role, Role,  Role, Role],
        [(Unpublish, Published)] =      [To(Unpublished),  Role, Role,  Role, Role],
        [(Unpublish, Unpublished)] =    [State,            Role, Role,  Role, Role],
    };

    public static TheoryData<WorkReportAction, WorkReportStatus, string> Cells()
    {
        var data = new TheoryData<WorkReportAction, WorkReportStatus, string>();
        foreach (var action in Enum.GetValues<WorkReportAction>())
        {
            foreach (var status in Enum.GetValues<WorkReportStatus>())
            {
                foreach (var role in Roles) data.Add(action, status, role);
            }
        }
        return data;
    }

    private static Outcome ExpectedFor(WorkReportAction action, WorkReportStatus from, string role) =>
        Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(
            Enum.GetValues<WorkReportAction>().SelectMany(a => Enum.GetValues<WorkReportStatus>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(WorkReportAction action, WorkReportStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        WorkReportWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (WorkReportWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_report_lands_where_the_table_says_or_is_refused_with_its_code(WorkReportAction action, WorkReportStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var report = ReadyFor(from);
        var actor = new Actor(role, "某人");

        if (expected.To is { } to)
        {
            Perform(report, action, actor);
            report.Status.Should().Be(to);
            return;
        }
        var before = Snapshot.Of(report);
        FluentActions.Invoking(() => Perform(report, action, actor)).Should().Throw<DomainRuleException>()
            .Which.Code.Should().Be(expected.Code).And.Be(WorkReportWorkflow.Table.Check(from, action, role)!.Code);
        Snapshot.Of(report).Should().Be(before, "a refused action changes nothing");
    }

    [Fact]
    public void A_status_refusal_keeps_the_tables_code_in_the_words_staff_know()
    {
        WorkReportWorkflow.Check(Published, Publish, PortalRole.Staff).Should().Be(ReportMessages.AlreadyPublished);
        WorkReportWorkflow.Check(Draft, Correct, PortalRole.Staff).Should().Be(ReportMessages.CorrectOnlyPublished);
        WorkReportWorkflow.Check(Unpublished, Unpublish, PortalRole.Staff).Should().Be(ReportMessages.UnpublishOnlyPublished);
        ReportMessages.AlreadyPublished.Message.Should().Be("报告已发布；如需修改，请编辑后发布更正。");
        WorkReportWorkflow.Check(Published, Publish, PortalRole.Deputy)!.Message.Should().Be("“发布”只能由工作人员办理。");
    }

    /// <summary>A report in <paramref name="status"/> whose guards let every move the table allows go ahead.</summary>
    private static WorkReport ReadyFor(WorkReportStatus status) => status switch
    {
        Draft => Situation.CleanDraft(),
        Published => Situation.PublishedChanged(),
        _ => Situation.UnpublishedChanged(),
    };

    /// <summary>Runs the method of <paramref name="action"/> with valid input.</summary>
    internal static void Perform(WorkReport report, WorkReportAction action, Actor actor)
    {
        switch (action)
        {
            case EditDetails:
                report.Update(new WorkReportDetails(2026, null, "示例市人民代表大会常务委员会工作报告（修订）"), actor, Now);
                break;
            case Import:
                report.Import(OutlineDetector.Detect(ReportFixtures.FullReport), actor, Now);
                break;
            case EditOutline:
                report.EditDraft(o => o.Delete(o.Blocks[^1].Id), actor, Now);
                break;
            case EditFigures:
                report.AddFigure(new KeyFigureDetails("制定地方性法规", 3, "件", "报告正文"), actor, Now);
                break;
            case Publish:
                report.Publish("补充一处数据", actor, "u1", Now);
                break;
            case Correct:
                report.Correct("补充一处数据", actor, "u1", Now);
                break;
            case Unpublish:
                report.Unpublish("报告人职务有误", actor, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>What a refused action must leave as it was.</summary>
    private sealed record Snapshot(WorkReportStatus Status, string Title, string? DraftJson, int Versions, int Figures, string? UnpublishReason, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(WorkReport r) => new(r.Status, r.Title, r.DraftJson, r.Versions.Count, r.Figures.Count, r.UnpublishReason, r.UpdatedAt);
    }
}

/// <summary>Reports in the situations the workflow tests need, built through the domain as staff would.</summary>
internal static class Situation
{
    private static readonly DateTimeOffset Earlier = new(2026, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = Actor.Staff("工作人员");

    public static WorkReport NoText() => WorkReport.Create(new WorkReportDetails(2026, null, "示例市人民代表大会常务委员会工作报告"), Staff, Earlier);

    public static WorkReport CleanDraft() => Imported(ReportFixtures.FullReport);

    public static WorkReport SuspectedDraft() => Imported(ReportFixtures.PastedNewspaper);

    public static WorkReport PublishedUnchanged()
    {
        var report = CleanDraft();
        report.Publish(null, Staff, "u0", Earlier);
        return report;
    }

    public static WorkReport PublishedChanged() => Changed(PublishedUnchanged());

    public static WorkReport PublishedWithSuspected()
    {
        var report = PublishedUnchanged();
        report.Import(OutlineDetector.Detect(ReportFixtures.PastedNewspaper), Staff, Earlier);
        return report;
    }

    public static WorkReport UnpublishedUnchanged() => Unpublished(PublishedUnchanged());

    public static WorkReport UnpublishedChanged() => Changed(UnpublishedUnchanged());

    public static WorkReport UnpublishedWithSuspected() => Unpublished(PublishedWithSuspected());

    private static WorkReport Imported(string text)
    {
        var report = NoText();
        report.Import(OutlineDetector.Detect(text), Staff, Earlier);
        return report;
    }

    private static WorkReport Changed(WorkReport report)
    {
        report.EditDraft(o => o.Delete(o.Blocks[^1].Id), Staff, Earlier);
        return report;
    }

    private static WorkReport Unpublished(WorkReport report)
    {
        report.Unpublish("核实后重新发布", Staff, Earlier);
        return report;
    }
}
