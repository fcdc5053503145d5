using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.RegulationAction;
using static CongressPortal.Domain.Legislation.RegulationState;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// The library entry's transition table, written out by hand for every state × action × role, checked against
/// <see cref="RegulationWorkflow.Table"/> and tried on a real regulation. A published regulation is set up with a pending
/// version for 修改未公开的版本 and 公开 (they need one) and without for a new version and 废止 (they refuse while one is
/// pending). The aggregate answers one cell differently from the table, on purpose: a repealed regulation refuses a new
/// version with <see cref="LegislationMessages.RepealedCannotBeAmended"/>, the reason the issue asks for.
/// </summary>
public sealed class RegulationWorkflowTests
{
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];

    private sealed record Outcome(RegulationState? To, string? Code);

    private static Outcome To(RegulationState state) => new(state, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the table's outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(RegulationAction, RegulationState), Outcome[]> Expected = new()
    {
        //                              Staff           Admin Deputy Unit  Auditor
        // Only a version not yet public is edited: the first one of a draft, or a pending amendment of a published one.
        [(EditVersion, Draft)] =        [To(Draft),     Role, Role,  Role, Role],
        [(EditVersion, Published)] =    [To(Published), Role, Role,  Role, Role],
        [(EditVersion, Repealed)] =     [State,         Role, Role,  Role, Role],

        [(Publish, Draft)] =            [To(Published), Role, Role,  Role, Role],
        [(Publish, Published)] =        [To(Published), Role, Role,  Role, Role],
        [(Publish, Repealed)] =         [State,         Role, Role,  Role, Role],

        [(AddVersion, Draft)] =         [State,         Role, Role,  Role, Role],
        [(AddVersion, Published)] =     [To(Published), Role, Role,  Role, Role],
        [(AddVersion, Repealed)] =      [State,         Role, Role,  Role, Role],

        [(Repeal, Draft)] =             [State,         Role, Role,  Role, Role],
        [(Repeal, Published)] =         [To(Repealed),  Role, Role,  Role, Role],
        [(Repeal, Repealed)] =          [State,         Role, Role,  Role, Role],
    };

    /// <summary>Where the aggregate's answer is more specific than the table's.</summary>
    private static readonly Dictionary<(RegulationAction, RegulationState, string), string> AggregateAnswers = new()
    {
        [(AddVersion, Repealed, PortalRole.Staff)] = "Legislation.RepealedCannotBeAmended",
    };

    public static TheoryData<RegulationAction, RegulationState, string> Cells()
    {
        var data = new TheoryData<RegulationAction, RegulationState, string>();
        foreach (var (action, state) in Expected.Keys)
            foreach (var role in Roles) data.Add(action, state, role);
        return data;
    }

    private static Outcome ExpectedFor(RegulationAction action, RegulationState from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_state_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<RegulationAction>().SelectMany(a => Enum.GetValues<RegulationState>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(RegulationAction action, RegulationState from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        RegulationWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (RegulationWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_regulation_lands_where_the_table_says_or_changes_nothing(RegulationAction action, RegulationState from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var code = AggregateAnswers.GetValueOrDefault((action, from, role), expected.Code!);
        var regulation = F.RegulationIn(from, pending: action is EditVersion or Publish);
        regulation.State.Should().Be(from);
        var actor = F.ActorFor(role);

        (regulation.Check(action, actor)?.Code).Should().Be(expected.To is null ? code : null);
        (regulation.AvailableActions(actor).Why(action)?.Code).Should().Be(expected.To is null ? code : null, "AvailableActions answers as Check does");
        if (expected.To is { } to)
        {
            Perform(regulation, action, actor);
            regulation.State.Should().Be(to);
            return;
        }
        var before = Snapshot.Of(regulation);
        FluentActions.Invoking(() => Perform(regulation, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(code);
        Snapshot.Of(regulation).Should().Be(before, "a refused action changes nothing");
    }

    [Fact]
    public void A_repealed_regulation_says_it_cannot_be_amended()
    {
        var regulation = F.RegulationIn(Repealed);

        regulation.Check(AddVersion, F.Staff).Should().Be(LegislationMessages.RepealedCannotBeAmended);
        regulation.AvailableActions(F.Staff).Explain(AddVersion).Should().Be("这部法规已经废止，不能再登记修改。");
        FluentActions.Invoking(() => regulation.AddVersion(F.Amendment(), F.Text(), null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.RepealedCannotBeAmended);
        regulation.Versions.Should().HaveCount(1);
    }

    [Fact]
    public void Editing_or_publishing_needs_a_pending_version()
    {
        var regulation = F.RegulationIn(Published);

        regulation.PendingVersion.Should().BeNull();
        regulation.Check(EditVersion, F.Staff).Should().Be(LegislationMessages.NoPendingVersion);
        regulation.Check(Publish, F.Staff).Should().Be(LegislationMessages.NoPendingVersion);
        regulation.AvailableActions(F.Staff).Explain(Publish).Should().Be("没有尚未公开的版本。");
        FluentActions.Invoking(() => regulation.Publish(F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.NoPendingVersion);
        FluentActions.Invoking(() => regulation.EditPendingVersion(F.VersionDraft(), F.Text(), LegislativeField.Ecology, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.NoPendingVersion);
    }

    [Fact]
    public void A_new_version_or_the_repeal_waits_until_the_pending_version_is_published()
    {
        var regulation = F.RegulationIn(Published, pending: true);

        regulation.Check(AddVersion, F.Staff).Should().Be(LegislationMessages.PendingVersionExists);
        regulation.Check(Repeal, F.Staff).Should().Be(LegislationMessages.PendingVersionExists);
        FluentActions.Invoking(() => regulation.AddVersion(F.Amendment("公告第8号", new DateOnly(2025, 1, 1)), F.Text(), null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.PendingVersionExists);
        FluentActions.Invoking(() => regulation.Repeal(F.Repeal(), null, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.PendingVersionExists);
        regulation.State.Should().Be(Published);
        regulation.Versions.Should().HaveCount(2);
    }

    private static void Perform(Regulation regulation, RegulationAction action, Actor actor)
    {
        switch (action)
        {
            case EditVersion:
                var pending = regulation.PendingVersion;
                var draft = pending is { Number: > 1 } ? F.Amendment() : F.VersionDraft();
                regulation.EditPendingVersion(draft with { Title = "示例市城市供水管理条例" }, F.Text(), LegislativeField.UrbanRural, actor, F.Now);
                break;
            case Publish:
                regulation.Publish(actor, F.Now);
                break;
            case AddVersion:
                regulation.AddVersion(F.Amendment(), F.Text(variant: "和二次供水"), null, actor, F.Now);
                break;
            case Repeal:
                regulation.Repeal(F.Repeal(), null, actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private sealed record Snapshot(RegulationState State, string Title, int Versions, int Published, string? RepealNumber, DateOnly? RepealedOn, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(Regulation r) =>
            new(r.State, r.Title, r.Versions.Count, r.PublishedVersionCount, r.RepealAnnouncementNumber, r.RepealedOn, r.UpdatedAt);
    }
}
