using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.LegislationPlanAction;
using static CongressPortal.Domain.Legislation.LegislationPlanStatus;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// The legislative plan's transition table, written out by hand for every status × action × role, checked against
/// <see cref="LegislationPlanWorkflow.Table"/> and tried on a real plan with one item: an allowed move lands where the
/// table says (an item added or cancelled after adoption names an amendment), a refused one throws the table's refusal
/// and changes nothing.
/// </summary>
public sealed class LegislationPlanWorkflowTests : WrittenTableTests<LegislationPlan, LegislationPlanStatus, LegislationPlanAction>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor. Only staff act on plans.</summary>
    private static readonly Dictionary<(LegislationPlanAction, LegislationPlanStatus), Outcome[]> Written = new()
    {
        //                               Staff           Admin Deputy Unit  Auditor
        // The plan's title and summary change in every state; the year only while it is a draft (a guard).
        [(Edit, Draft)] =                [To(Draft),     Role, Role,  Role, Role],
        [(Edit, Adopted)] =              [To(Adopted),   Role, Role,  Role, Role],
        [(Edit, Published)] =            [To(Published), Role, Role,  Role, Role],

        // Items are added and cancelled in every state: freely in a draft, under an amendment afterwards.
        [(AddItem, Draft)] =             [To(Draft),     Role, Role,  Role, Role],
        [(AddItem, Adopted)] =           [To(Adopted),   Role, Role,  Role, Role],
        [(AddItem, Published)] =         [To(Published), Role, Role,  Role, Role],

        [(EditItem, Draft)] =            [To(Draft),     Role, Role,  Role, Role],
        [(EditItem, Adopted)] =          [To(Adopted),   Role, Role,  Role, Role],
        [(EditItem, Published)] =        [To(Published), Role, Role,  Role, Role],

        [(CancelItem, Draft)] =          [To(Draft),     Role, Role,  Role, Role],
        [(CancelItem, Adopted)] =        [To(Adopted),   Role, Role,  Role, Role],
        [(CancelItem, Published)] =      [To(Published), Role, Role,  Role, Role],

        [(Adopt, Draft)] =               [To(Adopted),   Role, Role,  Role, Role],
        [(Adopt, Adopted)] =             [State,         Role, Role,  Role, Role],
        [(Adopt, Published)] =           [State,         Role, Role,  Role, Role],

        [(Publish, Draft)] =             [State,         Role, Role,  Role, Role],
        [(Publish, Adopted)] =           [To(Published), Role, Role,  Role, Role],
        [(Publish, Published)] =         [State,         Role, Role,  Role, Role],

        [(Unpublish, Draft)] =           [State,         Role, Role,  Role, Role],
        [(Unpublish, Adopted)] =         [State,         Role, Role,  Role, Role],
        [(Unpublish, Published)] =       [To(Adopted),   Role, Role,  Role, Role],

        // A draft is changed directly; only an adopted plan is amended.
        [(Amend, Draft)] =               [State,         Role, Role,  Role, Role],
        [(Amend, Adopted)] =             [To(Adopted),   Role, Role,  Role, Role],
        [(Amend, Published)] =           [To(Published), Role, Role,  Role, Role],
    };

    protected override WorkflowTable<LegislationPlanStatus, LegislationPlanAction> Table => LegislationPlanWorkflow.Table;

    protected override IReadOnlyDictionary<(LegislationPlanAction, LegislationPlanStatus), Outcome[]> Expected => Written;

    /// <summary>A plan with one item; an adopted plan with one amendment, which items added or cancelled name.</summary>
    protected override LegislationPlan Arrange(LegislationPlanAction action, LegislationPlanStatus from)
    {
        var plan = F.PlanIn(from);
        if (from != Draft) plan.Amend(F.Adoption(new DateOnly(2026, 4, 28), "增加城市供水条例修改项目"), F.Staff, F.Now);
        return plan;
    }

    protected override LegislationPlanStatus StateOf(LegislationPlan plan) => plan.Status;

    protected override string? Check(LegislationPlan plan, LegislationPlanAction action, Actor actor) => plan.Check(action, actor)?.Code;

    protected override string? AvailableCheck(LegislationPlan plan, LegislationPlanAction action, Actor actor) => plan.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(LegislationPlan plan) => PlanSnapshot.Of(plan);

    [Fact]
    public void A_plan_without_items_cannot_be_adopted()
    {
        var plan = F.NewPlan();

        plan.Check(Adopt, F.Staff).Should().Be(LegislationMessages.PlanHasNoItems);
        plan.AvailableActions(F.Staff).Explain(Adopt).Should().Be("计划中还没有项目，不能登记通过。");
        FluentActions.Invoking(() => plan.Adopt(F.Adoption(), F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.PlanHasNoItems);
        plan.Status.Should().Be(Draft);
    }

    [Fact]
    public void A_plan_whose_only_items_are_cancelled_cannot_be_adopted_either()
    {
        var plan = F.PlanIn(Draft);
        plan.CancelItem(plan.Items[0].Id, null, "并入另一项目", F.Staff, F.Now);

        plan.Check(Adopt, F.Staff).Should().Be(LegislationMessages.PlanHasNoItems);
    }

    protected override void Perform(LegislationPlan plan, LegislationPlanAction action, Actor actor)
    {
        var amendmentId = plan.Status == Draft ? (int?)null : plan.Amendments[0].Id;
        switch (action)
        {
            case Edit:
                plan.Edit(new LegislationPlanDraft(LegislationPlanKind.Annual, 2026, "示例市人大常委会2026年度立法计划", "修改说明"), actor, F.Now);
                break;
            case AddItem:
                plan.AddItem(F.Item("示例市城市供水条例（修改）", amendmentId: amendmentId), actor, F.Now);
                break;
            case EditItem:
                plan.EditItem(plan.Items[0].Id, F.Item("示例市城市供水管理条例"), actor, F.Now);
                break;
            case CancelItem:
                plan.CancelItem(plan.Items[0].Id, amendmentId, "起草工作推迟", actor, F.Now);
                break;
            case Adopt:
                plan.Adopt(F.Adoption(), actor, F.Now);
                break;
            case Publish:
                plan.Publish(actor, F.Now);
                break;
            case Unpublish:
                plan.Unpublish(actor, F.Now);
                break;
            case Amend:
                plan.Amend(F.Adoption(new DateOnly(2026, 6, 1), "取消一个预备项目"), actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private sealed record PlanSnapshot(LegislationPlanStatus Status, string Title, int Items, int Cancelled, int Amendments, DateOnly? AdoptedOn, bool Published, DateTimeOffset UpdatedAt)
    {
        public static PlanSnapshot Of(LegislationPlan p) =>
            new(p.Status, p.Title, p.Items.Count, p.Items.Count(i => i.IsCancelled), p.Amendments.Count, p.AdoptedOn, p.IsPublished, p.UpdatedAt);
    }
}
