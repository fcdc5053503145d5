using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using static CongressPortal.Domain.Supervision.SupervisionPlanAction;
using static CongressPortal.Domain.Supervision.SupervisionPlanStatus;
using F = CongressPortal.Domain.Tests.Supervision.SupervisionFixture;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The annual plan's transition table, written out by hand for every status × action × role, checked against
/// <see cref="SupervisionPlanWorkflow.Table"/> and tried on a real plan: an allowed move lands where the table says (a
/// topic added after adoption names an amendment), a refused one throws the table's refusal and changes nothing.
/// </summary>
public sealed class SupervisionPlanWorkflowTests
{
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.HandlingUnit, PortalRole.Deputy, PortalRole.Admin, PortalRole.Auditor];

    private sealed record Outcome(SupervisionPlanStatus? To, string? Code);

    private static Outcome To(SupervisionPlanStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, HandlingUnit, Deputy, Admin, Auditor. Only staff act on the plan.</summary>
    private static readonly Dictionary<(SupervisionPlanAction, SupervisionPlanStatus), Outcome[]> Expected = new()
    {
        //                               Staff           HandlingUnit  Deputy  Admin  Auditor
        // The text of the plan is edited while it is a draft; after adoption it changes only by amendments.
        [(Edit, Draft)] =                [To(Draft),     Role,         Role,   Role,  Role],
        [(Edit, Adopted)] =              [State,         Role,         Role,   Role,  Role],
        [(Edit, Published)] =            [State,         Role,         Role,   Role,  Role],

        [(Adopt, Draft)] =               [To(Adopted),   Role,         Role,   Role,  Role],
        [(Adopt, Adopted)] =             [State,         Role,         Role,   Role,  Role],
        [(Adopt, Published)] =           [State,         Role,         Role,   Role,  Role],

        // 监督法第六十三条: the adopted plan is published; unpublishing takes it back to adopted.
        [(Publish, Draft)] =             [State,         Role,         Role,   Role,  Role],
        [(Publish, Adopted)] =           [To(Published), Role,         Role,   Role,  Role],
        [(Publish, Published)] =         [State,         Role,         Role,   Role,  Role],

        [(Unpublish, Draft)] =           [State,         Role,         Role,   Role,  Role],
        [(Unpublish, Adopted)] =         [State,         Role,         Role,   Role,  Role],
        [(Unpublish, Published)] =       [To(Adopted),   Role,         Role,   Role,  Role],

        [(Amend, Draft)] =               [State,         Role,         Role,   Role,  Role],
        [(Amend, Adopted)] =             [To(Adopted),   Role,         Role,   Role,  Role],
        [(Amend, Published)] =           [To(Published), Role,         Role,   Role,  Role],

        // Topics are added in every state: freely to a draft, by naming an amendment afterwards.
        [(AddTopic, Draft)] =            [To(Draft),     Role,         Role,   Role,  Role],
        [(AddTopic, Adopted)] =          [To(Adopted),   Role,         Role,   Role,  Role],
        [(AddTopic, Published)] =        [To(Published), Role,         Role,   Role,  Role],
    };

    public static TheoryData<SupervisionPlanAction, SupervisionPlanStatus, string> Cells()
    {
        var data = new TheoryData<SupervisionPlanAction, SupervisionPlanStatus, string>();
        foreach (var (action, status) in Expected.Keys)
            foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    private static Outcome ExpectedFor(SupervisionPlanAction action, SupervisionPlanStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<SupervisionPlanAction>().SelectMany(a => Enum.GetValues<SupervisionPlanStatus>().Select(s => (a, s))));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(SupervisionPlanAction action, SupervisionPlanStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        SupervisionPlanWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (SupervisionPlanWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_plan_lands_where_the_table_says_or_changes_nothing(SupervisionPlanAction action, SupervisionPlanStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var plan = F.PlanIn(from);
        if (action == AddTopic && from != Draft) plan.Amend(F.Amendment(), F.Staff, F.Now);
        var actor = role == PortalRole.Staff ? F.Staff : role == PortalRole.HandlingUnit ? F.Unit(F.ReportingUnit) : new Actor(role, "某人");

        (plan.Check(action, actor, topicCount: 1)?.Code).Should().Be(expected.Code);
        (plan.AvailableActions(actor, topicCount: 1).Why(action)?.Code).Should().Be(expected.Code);
        if (expected.To is { } to)
        {
            Perform(plan, action, actor);
            plan.Status.Should().Be(to);
            return;
        }
        var before = Snapshot.Of(plan);
        FluentActions.Invoking(() => Perform(plan, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(expected.Code);
        Snapshot.Of(plan).Should().Be(before, "a refused action changes nothing");
    }

    private static void Perform(SupervisionPlan plan, SupervisionPlanAction action, Actor actor)
    {
        switch (action)
        {
            case Edit:
                plan.Edit(new SupervisionPlanDraft(F.Year, "市人大常委会2026年度监督工作计划", null), actor, F.Now);
                break;
            case Adopt:
                plan.Adopt(F.Adoption(), 1, actor, F.Now);
                break;
            case Publish:
                plan.Publish(actor, F.Now);
                break;
            case Unpublish:
                plan.Unpublish(actor, F.Now);
                break;
            case Amend:
                plan.Amend(F.Amendment(), actor, F.Now);
                break;
            case AddTopic:
                var topic = SupervisionTopic.Create(F.TopicDraft(amendmentId: plan.Amendments.Count > 0 ? plan.Amendments[0].Id : null), plan, null, actor, F.Now);
                topic.Status.Should().Be(SupervisionTopicStatus.Planned);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private sealed record Snapshot(SupervisionPlanStatus Status, string Title, DateOnly? AdoptedOn, bool Published, int Amendments, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(SupervisionPlan p) => new(p.Status, p.Title, p.AdoptedOn, p.IsPublished, p.Amendments.Count, p.UpdatedAt);
    }
}
