using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using static CongressPortal.Domain.Supervision.SupervisionTopicAction;
using static CongressPortal.Domain.Supervision.SupervisionTopicStatus;
using F = CongressPortal.Domain.Tests.Supervision.SupervisionFixture;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The supervision topic's transition table, written out here by hand for every status × action × role, so a wrong cell in
/// <see cref="SupervisionTopicWorkflow.Table"/> fails instead of agreeing with itself. Every cell is then tried on a real
/// topic with an actor the guards accept (staff; the reporting body's account): an allowed move lands where this table
/// says, a refused one throws the table's refusal and changes nothing.
/// </summary>
public sealed class SupervisionTopicWorkflowTests
{
    /// <summary>The columns of <see cref="Expected"/>, in order.</summary>
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.HandlingUnit, PortalRole.Deputy, PortalRole.Admin, PortalRole.Auditor];

    private static readonly SupervisionTopicStatus[] Heard = [Deliberated, Assigned, Reported, Rework, Rectifying, Closed];

    private sealed record Outcome(SupervisionTopicStatus[] To, string? Code);

    private static Outcome To(params SupervisionTopicStatus[] statuses) => new(statuses, null);

    private static readonly Outcome Role = new([], "Workflow.WrongRole");
    private static readonly Outcome State = new([], "Workflow.WrongStatus");

    /// <summary>
    /// (action, from) → the outcome for Staff, HandlingUnit, Deputy, Admin, Auditor. Where one action can end in two
    /// states the guard decides: 测评 below the threshold → 不满意·重新报告, else 跟踪整改; the last open problem's 销号 →
    /// 已办结, else the topic stays; a 回头看 that reopens problems → 跟踪整改, else it stays.
    /// </summary>
    private static readonly Dictionary<(SupervisionTopicAction, SupervisionTopicStatus), Outcome[]> Expected = new()
    {
        //                                         Staff                    HandlingUnit             Deputy                   Admin                    Auditor
        [(Edit, Planned)] =                       [To(Planned),             Role,                    Role,                    Role,                    Role],
        [(Edit, Deliberated)] =                   [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(Edit, Assigned)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Edit, Reported)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Edit, Rework)] =                        [State,                   Role,                    Role,                    Role,                    Role],
        [(Edit, Rectifying)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Edit, Closed)] =                        [State,                   Role,                    Role,                    Role,                    Role],
        [(Edit, Cancelled)] =                     [State,                   Role,                    Role,                    Role,                    Role],

        [(AddActivity, Planned)] =                [To(Planned),             Role,                    Role,                    Role,                    Role],
        [(AddActivity, Deliberated)] =            [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(AddActivity, Assigned)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(AddActivity, Reported)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(AddActivity, Rework)] =                 [State,                   Role,                    Role,                    Role,                    Role],
        [(AddActivity, Rectifying)] =             [State,                   Role,                    Role,                    Role,                    Role],
        [(AddActivity, Closed)] =                 [State,                   Role,                    Role,                    Role,                    Role],
        [(AddActivity, Cancelled)] =              [State,                   Role,                    Role,                    Role,                    Role],

        [(RecordInquiry, Planned)] =              [To(Planned),             Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Deliberated)] =          [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Assigned)] =             [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Reported)] =             [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Rework)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Rectifying)] =           [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Closed)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordInquiry, Cancelled)] =            [State,                   Role,                    Role,                    Role,                    Role],

        [(Cancel, Planned)] =                     [To(Cancelled),           Role,                    Role,                    Role,                    Role],
        [(Cancel, Deliberated)] =                 [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Assigned)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Reported)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Rework)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Rectifying)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Closed)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Cancel, Cancelled)] =                   [State,                   Role,                    Role,                    Role,                    Role],

        [(RecordDeliberation, Planned)] =         [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Deliberated)] =     [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Assigned)] =        [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Reported)] =        [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Rework)] =          [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Rectifying)] =      [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Closed)] =          [State,                   Role,                    Role,                    Role,                    Role],
        [(RecordDeliberation, Cancelled)] =       [State,                   Role,                    Role,                    Role,                    Role],

        [(EditOpinions, Planned)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Deliberated)] =           [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Assigned)] =              [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Reported)] =              [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Rework)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Rectifying)] =            [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Closed)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(EditOpinions, Cancelled)] =             [State,                   Role,                    Role,                    Role,                    Role],

        [(Assign, Planned)] =                     [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Deliberated)] =                 [To(Assigned),            Role,                    Role,                    Role,                    Role],
        [(Assign, Assigned)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Reported)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Rework)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Rectifying)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Closed)] =                      [State,                   Role,                    Role,                    Role,                    Role],
        [(Assign, Cancelled)] =                   [State,                   Role,                    Role,                    Role,                    Role],

        [(Conclude, Planned)] =                   [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Deliberated)] =               [To(Closed),              Role,                    Role,                    Role,                    Role],
        [(Conclude, Assigned)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Reported)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Rework)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Rectifying)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Closed)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Conclude, Cancelled)] =                 [State,                   Role,                    Role,                    Role,                    Role],

        [(FileReport, Planned)] =                 [Role,                    State,                   Role,                    Role,                    Role],
        [(FileReport, Deliberated)] =             [Role,                    State,                   Role,                    Role,                    Role],
        [(FileReport, Assigned)] =                [Role,                    To(Reported),            Role,                    Role,                    Role],
        [(FileReport, Reported)] =                [Role,                    State,                   Role,                    Role,                    Role],
        [(FileReport, Rework)] =                  [Role,                    To(Reported),            Role,                    Role,                    Role],
        [(FileReport, Rectifying)] =              [Role,                    State,                   Role,                    Role,                    Role],
        [(FileReport, Closed)] =                  [Role,                    State,                   Role,                    Role,                    Role],
        [(FileReport, Cancelled)] =               [Role,                    State,                   Role,                    Role,                    Role],

        [(Evaluate, Planned)] =                   [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Deliberated)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Assigned)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Reported)] =                  [To(Rework, Rectifying),  Role,                    Role,                    Role,                    Role],
        [(Evaluate, Rework)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Rectifying)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Closed)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Evaluate, Cancelled)] =                 [State,                   Role,                    Role,                    Role,                    Role],

        [(UpdateProgress, Planned)] =             [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Deliberated)] =         [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Assigned)] =            [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Reported)] =            [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Rework)] =              [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Rectifying)] =          [Role,                    To(Rectifying),          Role,                    Role,                    Role],
        [(UpdateProgress, Closed)] =              [Role,                    State,                   Role,                    Role,                    Role],
        [(UpdateProgress, Cancelled)] =           [Role,                    State,                   Role,                    Role,                    Role],

        [(CloseProblem, Planned)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Deliberated)] =           [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Assigned)] =              [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Reported)] =              [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Rework)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Rectifying)] =            [To(Closed, Rectifying),  Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Closed)] =                [State,                   Role,                    Role,                    Role,                    Role],
        [(CloseProblem, Cancelled)] =             [State,                   Role,                    Role,                    Role,                    Role],

        [(FollowUp, Planned)] =                   [State,                   Role,                    Role,                    Role,                    Role],
        [(FollowUp, Deliberated)] =               [State,                   Role,                    Role,                    Role,                    Role],
        [(FollowUp, Assigned)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(FollowUp, Reported)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(FollowUp, Rework)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(FollowUp, Rectifying)] =                [To(Rectifying),          Role,                    Role,                    Role,                    Role],
        [(FollowUp, Closed)] =                    [To(Closed, Rectifying),  Role,                    Role,                    Role,                    Role],
        [(FollowUp, Cancelled)] =                 [State,                   Role,                    Role,                    Role,                    Role],

        [(Publish, Planned)] =                    [State,                   Role,                    Role,                    Role,                    Role],
        [(Publish, Deliberated)] =                [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(Publish, Assigned)] =                   [To(Assigned),            Role,                    Role,                    Role,                    Role],
        [(Publish, Reported)] =                   [To(Reported),            Role,                    Role,                    Role,                    Role],
        [(Publish, Rework)] =                     [To(Rework),              Role,                    Role,                    Role,                    Role],
        [(Publish, Rectifying)] =                 [To(Rectifying),          Role,                    Role,                    Role,                    Role],
        [(Publish, Closed)] =                     [To(Closed),              Role,                    Role,                    Role,                    Role],
        [(Publish, Cancelled)] =                  [State,                   Role,                    Role,                    Role,                    Role],

        [(Unpublish, Planned)] =                  [State,                   Role,                    Role,                    Role,                    Role],
        [(Unpublish, Deliberated)] =              [To(Deliberated),         Role,                    Role,                    Role,                    Role],
        [(Unpublish, Assigned)] =                 [To(Assigned),            Role,                    Role,                    Role,                    Role],
        [(Unpublish, Reported)] =                 [To(Reported),            Role,                    Role,                    Role,                    Role],
        [(Unpublish, Rework)] =                   [To(Rework),              Role,                    Role,                    Role,                    Role],
        [(Unpublish, Rectifying)] =               [To(Rectifying),          Role,                    Role,                    Role,                    Role],
        [(Unpublish, Closed)] =                   [To(Closed),              Role,                    Role,                    Role,                    Role],
        [(Unpublish, Cancelled)] =                [State,                   Role,                    Role,                    Role,                    Role],
    };

    public static TheoryData<SupervisionTopicAction, SupervisionTopicStatus, string> Cells()
    {
        var data = new TheoryData<SupervisionTopicAction, SupervisionTopicStatus, string>();
        foreach (var action in Enum.GetValues<SupervisionTopicAction>())
            foreach (var status in Enum.GetValues<SupervisionTopicStatus>())
                foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    /// <summary>Every allowed cell once per state it can lead to.</summary>
    public static TheoryData<SupervisionTopicAction, SupervisionTopicStatus, string, SupervisionTopicStatus> Moves()
    {
        var data = new TheoryData<SupervisionTopicAction, SupervisionTopicStatus, string, SupervisionTopicStatus>();
        foreach (var ((action, from), outcomes) in Expected)
            for (var i = 0; i < Roles.Length; i++)
                foreach (var to in outcomes[i].To) data.Add(action, from, Roles[i], to);
        return data;
    }

    private static Outcome ExpectedFor(SupervisionTopicAction action, SupervisionTopicStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<SupervisionTopicAction>().SelectMany(a => Enum.GetValues<SupervisionTopicStatus>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(SupervisionTopicAction action, SupervisionTopicStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        SupervisionTopicWorkflow.Table.Outcomes(from, action, role).Should().BeEquivalentTo(expected.To);
        (SupervisionTopicWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_topic_in_each_state_offers_what_the_table_says_and_a_refused_action_changes_nothing(SupervisionTopicAction action, SupervisionTopicStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var topic = TopicFor(action, from, expected.To.FirstOrDefault(from));
        topic.Status.Should().Be(from);
        var actor = ActorFor(role);

        (topic.Check(action, actor)?.Code).Should().Be(expected.Code);
        (topic.AvailableActions(actor).Why(action)?.Code).Should().Be(expected.Code, "AvailableActions answers as Check does");
        if (expected.Code is null) return;

        var before = TopicSnapshot.Of(topic);
        FluentActions.Invoking(() => Perform(topic, action, actor, from)).Should().Throw<DomainRuleException>()
            .Which.Code.Should().Be(expected.Code, "the method runs the same check");
        TopicSnapshot.Of(topic).Should().Be(before, "a refused action changes nothing");
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_allowed_move_performed_on_a_topic_lands_where_the_table_says(SupervisionTopicAction action, SupervisionTopicStatus from, string role, SupervisionTopicStatus to)
    {
        var topic = TopicFor(action, from, to);
        topic.Status.Should().Be(from);
        var actor = ActorFor(role);
        topic.Check(action, actor).Should().BeNull();
        var events = topic.Events.Count;

        Perform(topic, action, actor, to);

        topic.Status.Should().Be(to);
        topic.Events.Should().HaveCount(events + 1, "every action is on the timeline");
    }

    /// <summary>
    /// A topic in <paramref name="from"/> set up so that <paramref name="action"/> can end in <paramref name="to"/>: a 专题询问
    /// (so questions can be recorded); without a problem list for 办结; published before 撤销公开; problem 1 already closed
    /// when the next 销号 is the last one or a 回头看 reopens it.
    /// </summary>
    private static SupervisionTopic TopicFor(SupervisionTopicAction action, SupervisionTopicStatus from, SupervisionTopicStatus to)
    {
        var topic = F.InStatus(from, SupervisionForm.SpecialInquiry, withProblems: !(action == Conclude && from == Deliberated));
        if (action == Unpublish && Heard.Contains(from)) topic.Publish(F.Staff, F.Now);
        if (from == Rectifying && ((action == CloseProblem && to == Closed) || action == FollowUp)) topic.CloseProblem(1, F.Closure(), F.Staff, F.Now);
        return topic;
    }

    /// <summary>The actor the guards accept for the role: the reporting body's account for a handling unit.</summary>
    private static Actor ActorFor(string role) => role switch
    {
        PortalRole.Staff => F.Staff,
        PortalRole.HandlingUnit => F.Unit(F.ReportingUnit),
        PortalRole.Deputy => Actor.Deputy(1, "代表1"),
        _ => new Actor(role, "某人"),
    };

    /// <summary>Runs the method of <paramref name="action"/> with valid input aiming at <paramref name="to"/>.</summary>
    private static void Perform(SupervisionTopic topic, SupervisionTopicAction action, Actor actor, SupervisionTopicStatus to)
    {
        switch (action)
        {
            case Edit:
                topic.Edit(F.TopicDraft(topic.Form, "关于全市生态环境保护和污染防治工作情况的报告"), null, actor, F.Now);
                break;
            case AddActivity:
                topic.AddActivity(new ActivityDraft(SupervisionActivityKind.Research, new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 12), "新城区、回民区", "实地察看黑臭水体治理"), actor, F.Now);
                break;
            case RecordInquiry:
                topic.RecordInquiry(new InquiryDraft("黑臭水体治理为何滞后？", "委员 张伟", "市生态环境局局长", "已制定三年行动方案"), actor, F.Now);
                break;
            case Cancel:
                topic.Cancel("主任会议决定调整议题", null, F.DraftPlan(), actor, F.Now);
                break;
            case RecordDeliberation:
                topic.RecordDeliberation(F.Deliberation(), F.Settings(), F.Calendar, actor, F.Now);
                break;
            case EditOpinions:
                topic.EditOpinions(F.Opinions(3), actor, F.Now);
                break;
            case Assign:
                topic.Assign(F.Settings(), F.Calendar, actor, F.Now);
                break;
            case Conclude:
                topic.Conclude("专题询问未形成问题清单，审议意见已送有关机关研究", actor, F.Now);
                break;
            case FileReport:
                topic.FileReport(F.FullReport(), actor, F.Now);
                break;
            case Evaluate:
                topic.Evaluate(F.Evaluation(to == Rework ? F.BelowThreshold : F.AtThreshold), F.Settings(), F.Calendar, actor, F.Now);
                break;
            case UpdateProgress:
                topic.UpdateProgress(2, ProblemProgress.Rectified, "工地扬尘在线监测全覆盖", actor, F.Now);
                break;
            case CloseProblem:
                topic.CloseProblem(2, F.Closure(), actor, F.Now);
                break;
            case FollowUp:
                topic.FollowUp(to == Rectifying && topic.Status == Closed ? F.FollowUp(1) : F.FollowUp(), actor, F.Now);
                break;
            case Publish:
                topic.Publish(actor, F.Now);
                break;
            case Unpublish:
                topic.Unpublish(actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
