using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using static CongressPortal.Domain.Supervision.SupervisionProblemAction;
using static CongressPortal.Domain.Supervision.SupervisionProblemStatus;
using F = CongressPortal.Domain.Tests.Supervision.SupervisionFixture;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The transition table of one problem of the list (问题清单), written out by hand for every status × action × role and
/// checked against <see cref="SupervisionProblemWorkflow.Table"/>; then every cell is tried on problem 1 of a topic under
/// rectification (跟踪整改) through the topic's own methods — 报送整改进展, 销号, 回头看 — which is how pages reach it.
/// </summary>
public sealed class SupervisionProblemWorkflowTests
{
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.HandlingUnit, PortalRole.Deputy, PortalRole.Admin, PortalRole.Auditor];

    private sealed record Outcome(SupervisionProblemStatus? To, string? Code);

    private static Outcome To(SupervisionProblemStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, HandlingUnit, Deputy, Admin, Auditor.</summary>
    private static readonly Dictionary<(SupervisionProblemAction, SupervisionProblemStatus), Outcome[]> Expected = new()
    {
        //                                  Staff          HandlingUnit   Deputy  Admin  Auditor
        // The body keeps an open (or reopened) problem's progress and evidence current; a closed one is done.
        [(ReportProgress, Open)] =          [Role,         To(Open),      Role,   Role,  Role],
        [(ReportProgress, Closed)] =        [Role,         State,         Role,   Role,  Role],
        [(ReportProgress, Reopened)] =      [Role,         To(Reopened),  Role,   Role,  Role],

        // 销号 is recorded by staff, once per opening.
        [(Close, Open)] =                   [To(Closed),   Role,          Role,   Role,  Role],
        [(Close, Closed)] =                 [State,        Role,          Role,   Role,  Role],
        [(Close, Reopened)] =               [To(Closed),   Role,          Role,   Role,  Role],

        // Only a 回头看 reopens, and only what was closed.
        [(Reopen, Open)] =                  [State,        Role,          Role,   Role,  Role],
        [(Reopen, Closed)] =                [To(Reopened), Role,          Role,   Role,  Role],
        [(Reopen, Reopened)] =              [State,        Role,          Role,   Role,  Role],
    };

    public static TheoryData<SupervisionProblemAction, SupervisionProblemStatus, string> Cells()
    {
        var data = new TheoryData<SupervisionProblemAction, SupervisionProblemStatus, string>();
        foreach (var (action, status) in Expected.Keys)
            foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    private static Outcome ExpectedFor(SupervisionProblemAction action, SupervisionProblemStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<SupervisionProblemAction>().SelectMany(a => Enum.GetValues<SupervisionProblemStatus>().Select(s => (a, s))));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(SupervisionProblemAction action, SupervisionProblemStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        SupervisionProblemWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (SupervisionProblemWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_through_the_topic_lands_where_the_table_says_or_changes_nothing(SupervisionProblemAction action, SupervisionProblemStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var topic = TopicWithProblemOne(from);
        var problem = topic.Problem(1)!;
        problem.Status.Should().Be(from);
        var actor = role == PortalRole.HandlingUnit ? F.Unit(F.ReportingUnit) : role == PortalRole.Staff ? F.Staff : new Actor(role, "某人");

        (problem.Check(action, actor)?.Code).Should().Be(expected.Code);
        if (expected.To is { } to)
        {
            Perform(topic, action, actor);
            problem.Status.Should().Be(to);
            return;
        }
        var before = string.Join(",", topic.Problems.Select(p => $"{p.Status}:{p.Progress}:{p.ReopenCount}")) + topic.Status + topic.Events.Count;
        // The topic's 回头看 names the problem that is not closed (第1个问题尚未销号) before the problem's own table would.
        var code = action == Reopen && expected == State ? SupervisionMessages.ReopenOnlyClosed(1).Code : expected.Code;
        FluentActions.Invoking(() => Perform(topic, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);
        (string.Join(",", topic.Problems.Select(p => $"{p.Status}:{p.Progress}:{p.ReopenCount}")) + topic.Status + topic.Events.Count).Should().Be(before);
    }

    /// <summary>A topic under rectification (two problems) whose problem 1 is open, closed, or closed and reopened by a 回头看.</summary>
    private static SupervisionTopic TopicWithProblemOne(SupervisionProblemStatus status)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Rectifying);
        if (status == Open) return topic;
        topic.CloseProblem(1, F.Closure(), F.Staff, F.Now);
        if (status == Reopened) topic.FollowUp(F.FollowUp(1), F.Staff, F.Now);
        return topic;
    }

    private static void Perform(SupervisionTopic topic, SupervisionProblemAction action, Actor actor)
    {
        switch (action)
        {
            case ReportProgress:
                topic.UpdateProgress(1, ProblemProgress.InProgress, "已完成12条黑臭水体中的8条", actor, F.Now);
                break;
            case Close:
                topic.CloseProblem(1, F.Closure(), actor, F.Now);
                break;
            case Reopen:
                topic.FollowUp(F.FollowUp(1), actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
