using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;
using static CongressPortal.Domain.Tests.Suggestions.WorkflowScenarios;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The table of one unit's part (交办记录), written out by hand: the code has exactly these rows; a cell the suggestion's
/// status would allow but this table does not list is refused by this table; every listed move lands where it says.
/// </summary>
public sealed class AssignmentWorkflowTests
{
    public static readonly string[] Expected =
    [
        // Staff correct an assignment (调整交办) while the unit has not answered: its part goes to another unit.
        "AwaitingAcceptance | CorrectAssignment    | Staff        → Reassigned",
        "Accepted           | CorrectAssignment    | Staff        → Reassigned",
        "ReturnRequested    | CorrectAssignment    | Staff        → Reassigned",
        "AwaitingAcceptance | AcceptAssignment     | HandlingUnit → Accepted",
        "AwaitingAcceptance | RequestReturn        | HandlingUnit → ReturnRequested",
        "Accepted           | RequestReturn        | HandlingUnit → ReturnRequested",
        "ReturnRequested    | ApproveReturn        | Staff        → Returned",
        "ReturnRequested    | RefuseReturn         | Staff        → Accepted",
        "Accepted           | RequestExtension     | HandlingUnit → Accepted",
        "Accepted           | ApproveExtension     | Staff        → Accepted",
        "Accepted           | RefuseExtension      | Staff        → Accepted",
        "Accepted           | LogContact           | HandlingUnit → Accepted",
        "OpinionSent        | LogContact           | HandlingUnit → OpinionSent",
        "Replied            | LogContact           | HandlingUnit → Replied",
        "Rehandling         | LogContact           | HandlingUnit → Rehandling",
        "Accepted           | SendOpinion          | HandlingUnit → OpinionSent",
        "Accepted           | Reply                | HandlingUnit → Replied",
        "Rehandling         | Reply                | HandlingUnit → Replied",
        "Replied            | CorrectReply         | HandlingUnit → Replied",
        "Replied            | ReviewReply          | Staff        → Replied",
        "Rehandling         | ReviewReply          | Staff        → Rehandling",
        "Replied            | Rate                 | Deputy       → Replied, Rehandling",
        // 说明情况后办结 ends the round that was never answered.
        "Rehandling         | CloseWithExplanation | Staff        → Replied",
        "Replied            | UpdateCommitment     | HandlingUnit → Replied",
        "Rehandling         | UpdateCommitment     | HandlingUnit → Rehandling",
        // 催办 (helper D, issue 15): only a part that still owes its reply or opinion.
        "AwaitingAcceptance | Remind               | Staff        → AwaitingAcceptance",
        "Accepted           | Remind               | Staff        → Accepted",
        "ReturnRequested    | Remind               | Staff        → ReturnRequested",
        "Rehandling         | Remind               | Staff        → Rehandling",
        // 联系人 (S37a): from the assignment on, as long as the part is the unit's and the suggestion is being handled.
        "AwaitingAcceptance | GiveUnitContact      | HandlingUnit → AwaitingAcceptance",
        "Accepted           | GiveUnitContact      | HandlingUnit → Accepted",
        "ReturnRequested    | GiveUnitContact      | HandlingUnit → ReturnRequested",
        "OpinionSent        | GiveUnitContact      | HandlingUnit → OpinionSent",
        "Replied            | GiveUnitContact      | HandlingUnit → Replied",
        "Rehandling         | GiveUnitContact      | HandlingUnit → Rehandling",
    ];

    public static IReadOnlyList<TableRow<AssignmentState, SuggestionAction>> ExpectedRows { get; } = WrittenTable.Parse<AssignmentState, SuggestionAction>(Expected);

    [Fact]
    public void The_code_has_exactly_the_table_written_out_here()
    {
        WrittenTable.RowsOf(SuggestionWorkflow.AssignmentTable).Should().BeEquivalentTo(ExpectedRows);
    }

    /// <summary>The cells of the parts still in force (a returned or reassigned part takes no action at all: see below).</summary>
    public static TheoryData<AssignmentState, SuggestionAction, string> RefusedCells() =>
        WrittenTable.RefusedCells(ExpectedRows, Enum.GetValues<AssignmentState>().Where(s => s is not (AssignmentState.Returned or AssignmentState.Reassigned)),
            SuggestionWorkflow.AssignmentActions);

    [Theory]
    [MemberData(nameof(RefusedCells))]
    public void A_cell_the_status_allows_but_the_part_does_not_is_refused_by_the_parts_table(AssignmentState state, SuggestionAction action, string role)
    {
        var (s, part) = PartIn(state);
        part.State.Should().Be(state);
        var actor = ActorFor(role, part);
        var today = ChinaTime.Today(Later);
        var check = s.Check(action, actor, today, part);
        check.Should().NotBeNull();
        if (SuggestionWorkflow.Table.Allows(s.Status, action, role))
        {
            check.Should().Be(SuggestionWorkflow.AssignmentTable.Check(state, action, role), "with the suggestion's status allowing it, the part's table refuses");
        }
        var status = s.Status;
        var act = () => Perform(s, action, actor, part, Later);
        act.Should().Throw<DomainRuleException>();
        part.State.Should().Be(state);
        s.Status.Should().Be(status);
    }

    [Theory]
    [InlineData(AssignmentState.Returned)]
    [InlineData(AssignmentState.Reassigned)]
    public void A_part_handed_to_another_unit_takes_no_more_actions(AssignmentState state)
    {
        var (s, part) = PartIn(state);
        foreach (var action in SuggestionWorkflow.AssignmentActions)
        {
            foreach (var role in PortalRole.All)
            {
                s.Check(action, ActorFor(role, part), ChinaTime.Today(Later), part).Should().NotBeNull("{0} by {1} on a part in {2}", action, role, state);
            }
        }
        s.AssignmentOf(UnitA).Should().BeNull("the unit no longer sees the suggestion");
    }

    public static TheoryData<AssignmentState, SuggestionAction, string, AssignmentState> AllowedMoves() => WrittenTable.Moves(ExpectedRows);

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Every_move_in_the_table_is_performed_and_lands_where_the_table_says(AssignmentState from, SuggestionAction action, string role, AssignmentState to)
    {
        var (s, part, actor, at, act) = MoveFor(from, action, role, to);
        part.State.Should().Be(from);
        if (action != SuggestionAction.CloseWithExplanation)
            s.Check(action, actor, ChinaTime.Today(at), part).Should().BeNull("the part's actions offer the move");

        act(s);

        part.State.Should().Be(to);
    }

    private static (Suggestion, SuggestionAssignment, Actor, DateTimeOffset, Action<Suggestion>) MoveFor(AssignmentState from, SuggestionAction action, string role, AssignmentState to)
    {
        var (s, part) = PartIn(from);
        if (action == SuggestionAction.SendOpinion)
        {
            // Only a co-handling unit sends an opinion: the co-unit of a joint assignment, signed for.
            s = Joint();
            part = s.AssignmentOf(UnitB)!;
        }
        var at = Later;
        Actor actor = ActorFor(role, part);
        Action<Suggestion> act = action switch
        {
            SuggestionAction.CorrectAssignment => x => x.CorrectAssignment(new AssignmentCorrection(part.Id, UnitC, null, "错交"), Staff, Monday, Rules),
            SuggestionAction.AcceptAssignment => x => x.AcceptAssignment(actor, Monday),
            SuggestionAction.RequestReturn => x => x.RequestReturn("不属于本单位职责", actor, Monday),
            SuggestionAction.ApproveReturn => x => x.ApproveReturn(part.Id, UnitC, Staff, Monday, Rules),
            SuggestionAction.RefuseReturn => x => x.RefuseReturn(part.Id, "属于本单位职责", Staff, Monday),
            SuggestionAction.RequestExtension => x => x.RequestExtension("涉及多个部门", actor, At(2026, 4, 1)),
            SuggestionAction.ApproveExtension => x => x.ApproveExtension(part.Id, null, Staff, At(2026, 4, 2), Rules),
            SuggestionAction.RefuseExtension => x => x.RefuseExtension(part.Id, "不符合条件", Staff, At(2026, 4, 2)),
            SuggestionAction.LogContact => x => x.LogContact(ContactStage.During, ChinaTime.Today(Later), ContactForm.Phone, null, actor, Later, Rules),
            SuggestionAction.SendOpinion => x => x.SendOpinion("我单位的意见", actor, Monday),
            SuggestionAction.Reply => x => x.Reply(ReplyA(ChinaTime.Today(SecondReply)), actor, SecondReply, Rules),
            SuggestionAction.CorrectReply => x => x.CorrectReply(ReplyB(ChinaTime.Today(FirstReply), new DateOnly(2026, 12, 31)), "答复内容有误", actor, Later, Rules),
            SuggestionAction.ReviewReply => x => x.ReviewReply(part.Replies[0].Id, publish: false, Staff, Later),
            SuggestionAction.Rate => x => Rate(x, part.UnitId, to == AssignmentState.Rehandling ? Satisfaction.Unsatisfied : Satisfaction.Satisfied, FirstRating),
            SuggestionAction.CloseWithExplanation => x => x.CloseWithExplanation("两次不满意：受规划限制近期无法实施", Staff, Later, Rules),
            SuggestionAction.UpdateCommitment => x => x.UpdateCommitment(part.Replies.SelectMany(r => r.Commitments).First().Id, 30, "完成设计", ChinaTime.Today(Later), actor, Later),
            SuggestionAction.Remind => x => x.Remind(part.Id, "请抓紧办理", Staff, Later),
            SuggestionAction.GiveUnitContact => x => x.GiveUnitContact("周联系", "0471-6612345", null, actor, Later),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
        if (action == SuggestionAction.CloseWithExplanation)
        {
            // The part re-handles after a second 不满意.
            s = TwiceUnsatisfied();
            part = s.AssignmentOf(UnitA)!;
        }
        if (action is SuggestionAction.ApproveExtension or SuggestionAction.RefuseExtension)
        {
            s.RequestExtension("涉及多个部门", Unit(part.UnitId), At(2026, 4, 1));
            return (s, part, Staff, At(2026, 4, 2), act);
        }
        at = action switch
        {
            SuggestionAction.CorrectAssignment or SuggestionAction.AcceptAssignment or SuggestionAction.RequestReturn
                or SuggestionAction.ApproveReturn or SuggestionAction.RefuseReturn or SuggestionAction.SendOpinion => Monday,
            SuggestionAction.RequestExtension => At(2026, 4, 1),
            SuggestionAction.Reply => SecondReply,
            SuggestionAction.Rate => FirstRating,
            _ => Later,
        };
        return (s, part, actor, at, act);
    }
}
