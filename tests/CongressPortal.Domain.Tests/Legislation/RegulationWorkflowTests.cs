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
public sealed class RegulationWorkflowTests : WrittenTableTests<Regulation, RegulationState, RegulationAction>
{
    /// <summary>(action, from) → the table's outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(RegulationAction, RegulationState), Outcome[]> Written = new()
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

    protected override WorkflowTable<RegulationState, RegulationAction> Table => RegulationWorkflow.Table;

    protected override IReadOnlyDictionary<(RegulationAction, RegulationState), Outcome[]> Expected => Written;

    /// <summary>A repealed regulation refuses a new version with its own reason, not the table's wrong-state message.</summary>
    protected override string RefusalCode(RegulationAction action, RegulationState from, string role, string tableCode) =>
        (action, from, role) == (AddVersion, Repealed, PortalRole.Staff) ? "Legislation.RepealedCannotBeAmended" : tableCode;

    /// <summary>Published with a pending version for the actions that need one, without for those that wait for none.</summary>
    protected override Regulation Arrange(RegulationAction action, RegulationState from) => F.RegulationIn(from, pending: action is EditVersion or Publish);

    protected override RegulationState StateOf(Regulation regulation) => regulation.State;

    protected override string? Check(Regulation regulation, RegulationAction action, Actor actor) => regulation.Check(action, actor)?.Code;

    protected override string? AvailableCheck(Regulation regulation, RegulationAction action, Actor actor) => regulation.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(Regulation regulation) => RegulationSnapshot.Of(regulation);

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

    protected override void Perform(Regulation regulation, RegulationAction action, Actor actor)
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

    private sealed record RegulationSnapshot(RegulationState State, string Title, int Versions, int Published, string? RepealNumber, DateOnly? RepealedOn, DateTimeOffset UpdatedAt)
    {
        public static RegulationSnapshot Of(Regulation r) =>
            new(r.State, r.Title, r.Versions.Count, r.PublishedVersionCount, r.RepealAnnouncementNumber, r.RepealedOn, r.UpdatedAt);
    }
}
