using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;
using static CongressPortal.Domain.Tests.Suggestions.WorkflowScenarios;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The suggestion's transition table, written out here by hand from the rules (docs/domain/suggestions.md), and checked
/// three ways: the code's table has exactly these rows; every cell not listed is refused by the table (and leaves the
/// suggestion as it was); every listed move is performed for real and lands where the row says.
/// </summary>
public sealed class SuggestionWorkflowTests
{
    /// <summary>from | action | role → the statuses it may lead to. Any status × action × role not listed is refused.</summary>
    public static readonly string[] Expected =
    [
        "Submitted  | Edit                 | Staff        → Submitted",
        "Accepted   | Edit                 | Staff        → Accepted",
        "Submitted  | Accept               | Staff        → Accepted",
        "Submitted  | ConvertToLetter      | Staff        → Letter",
        "Accepted   | ConvertToLetter      | Staff        → Letter",
        "Submitted  | Merge                | Staff        → Merged",
        "Accepted   | Merge                | Staff        → Merged",
        "Submitted  | Withdraw             | Staff        → Withdrawn",
        "Accepted   | Withdraw             | Staff        → Withdrawn",
        "Handling   | Withdraw             | Staff        → Withdrawn",
        "Accepted   | Assign               | Staff        → Handling",
        // 调整交办: while units still handle it; a unit re-handling keeps the suggestion 重新办理.
        "Handling   | CorrectAssignment    | Staff        → Handling",
        "Rehandling | CorrectAssignment    | Staff        → Rehandling",
        // After the lead replied without a co-unit's opinion: replace or add a co-unit (stays 已答复), or add a unit that answers (办理中).
        "Replied    | CorrectAssignment    | Staff        → Replied, Handling",
        "Handling   | AcceptAssignment     | HandlingUnit → Handling",
        "Replied    | AcceptAssignment     | HandlingUnit → Replied",
        "Rehandling | AcceptAssignment     | HandlingUnit → Rehandling",
        "Handling   | RequestReturn        | HandlingUnit → Handling",
        "Replied    | RequestReturn        | HandlingUnit → Replied",
        "Rehandling | RequestReturn        | HandlingUnit → Rehandling",
        "Handling   | ApproveReturn        | Staff        → Handling",
        "Replied    | ApproveReturn        | Staff        → Replied",
        "Rehandling | ApproveReturn        | Staff        → Rehandling",
        "Handling   | RefuseReturn         | Staff        → Handling",
        "Replied    | RefuseReturn         | Staff        → Replied",
        "Rehandling | RefuseReturn         | Staff        → Rehandling",
        // The six-month extension is for the first reply only: a re-handling period is not extended.
        "Handling   | RequestExtension     | HandlingUnit → Handling",
        "Handling   | ApproveExtension     | Staff        → Handling",
        "Handling   | RefuseExtension      | Staff        → Handling",
        "Handling   | LogContact           | HandlingUnit → Handling",
        "Replied    | LogContact           | HandlingUnit → Replied",
        "Rehandling | LogContact           | HandlingUnit → Rehandling",
        // A co-unit's late opinion is still taken after the lead replied: 办结 waits for it.
        "Handling   | SendOpinion          | HandlingUnit → Handling",
        "Replied    | SendOpinion          | HandlingUnit → Replied",
        "Rehandling | SendOpinion          | HandlingUnit → Rehandling",
        "Handling   | Reply                | HandlingUnit → Replied, Handling",
        "Rehandling | Reply                | HandlingUnit → Replied, Rehandling, Handling",
        "Handling   | CorrectReply         | HandlingUnit → Handling",
        "Replied    | CorrectReply         | HandlingUnit → Replied",
        "Rehandling | CorrectReply         | HandlingUnit → Rehandling",
        "Handling   | ReviewReply          | Staff        → Handling",
        "Replied    | ReviewReply          | Staff        → Replied",
        "Rehandling | ReviewReply          | Staff        → Rehandling",
        "Closed     | ReviewReply          | Staff        → Closed",
        // A unit that replied is rated at once, even while another unit of a split suggestion has not replied yet.
        "Handling   | Rate                 | Deputy       → Handling, Rehandling",
        "Replied    | Rate                 | Deputy       → Replied, Rehandling",
        "Rehandling | Rate                 | Deputy       → Rehandling",
        "Replied    | Close                | Staff        → Closed",
        "Rehandling | CloseWithExplanation | Staff        → Closed",
        "Accepted   | MarkKey              | Staff        → Accepted",
        "Handling   | MarkKey              | Staff        → Handling",
        "Replied    | MarkKey              | Staff        → Replied",
        "Rehandling | MarkKey              | Staff        → Rehandling",
        "Accepted   | UnmarkKey            | Staff        → Accepted",
        "Handling   | UnmarkKey            | Staff        → Handling",
        "Replied    | UnmarkKey            | Staff        → Replied",
        "Rehandling | UnmarkKey            | Staff        → Rehandling",
        "Accepted   | ChangeTheme          | Staff        → Accepted",
        "Handling   | ChangeTheme          | Staff        → Handling",
        "Replied    | ChangeTheme          | Staff        → Replied",
        "Rehandling | ChangeTheme          | Staff        → Rehandling",
        // Commitments are followed up until done, also after 办结.
        "Handling   | UpdateCommitment     | HandlingUnit → Handling",
        "Replied    | UpdateCommitment     | HandlingUnit → Replied",
        "Rehandling | UpdateCommitment     | HandlingUnit → Rehandling",
        "Closed     | UpdateCommitment     | HandlingUnit → Closed",
        "Submitted  | AddAttachment        | Staff        → Submitted",
        "Accepted   | AddAttachment        | Staff        → Accepted",
        "Handling   | AddAttachment        | Staff        → Handling",
        "Replied    | AddAttachment        | Staff        → Replied",
        "Rehandling | AddAttachment        | Staff        → Rehandling",
        // A deputy attaches files to the suggestion they are submitting online.
        "Submitted  | AddAttachment        | Deputy       → Submitted",
        // 催办 (helper D, issue 15): staff urge a unit that still owes its reply or opinion.
        "Handling   | Remind               | Staff        → Handling",
        "Replied    | Remind               | Staff        → Replied",
        "Rehandling | Remind               | Staff        → Rehandling",
        // 附议确认 (S1a): a co-signer named online answers before staff review the suggestion.
        "Submitted  | ConfirmCoSigning     | Deputy       → Submitted",
        "Submitted  | DeclineCoSigning     | Deputy       → Submitted",
        // 联系人 (S37a): a unit names its contact person from the assignment on.
        "Handling   | GiveUnitContact      | HandlingUnit → Handling",
        "Replied    | GiveUnitContact      | HandlingUnit → Replied",
        "Rehandling | GiveUnitContact      | HandlingUnit → Rehandling",
    ];

    public static IReadOnlyList<TableRow<SuggestionStatus, SuggestionAction>> ExpectedRows { get; } = WrittenTable.Parse<SuggestionStatus, SuggestionAction>(Expected);

    [Fact]
    public void The_code_has_exactly_the_table_written_out_here()
    {
        WrittenTable.RowsOf(SuggestionWorkflow.Table).Should().BeEquivalentTo(ExpectedRows);
        SuggestionWorkflow.Table.Actions.Should().BeEquivalentTo(Enum.GetValues<SuggestionAction>(), "every action has rows");
    }

    public static TheoryData<SuggestionStatus, SuggestionAction, string> RefusedCells() =>
        WrittenTable.RefusedCells(ExpectedRows, Enum.GetValues<SuggestionStatus>(), Enum.GetValues<SuggestionAction>());

    [Theory]
    [MemberData(nameof(RefusedCells))]
    public void Every_cell_not_in_the_table_is_refused_by_the_table_and_changes_nothing(SuggestionStatus status, SuggestionAction action, string role)
    {
        var s = InStatus(status);
        var actor = ActorFor(role);
        var events = s.Events.Count;
        var check = s.Check(action, actor, ChinaTime.Today(Monday));
        check.Should().NotBeNull();
        check!.Code.Should().BeOneOf("Workflow.WrongRole", "Workflow.WrongStatus");

        var act = () => Perform(s, action, actor, null, Monday);
        act.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(check, "the method runs the same check as AvailableActions");
        s.Status.Should().Be(status);
        s.Events.Should().HaveCount(events);
    }

    public static TheoryData<SuggestionStatus, SuggestionAction, string, SuggestionStatus> AllowedMoves() => WrittenTable.Moves(ExpectedRows);

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Every_move_in_the_table_is_performed_and_lands_where_the_table_says(SuggestionStatus from, SuggestionAction action, string role, SuggestionStatus to)
    {
        var move = MoveFor(from, action, role, to);
        move.Suggestion.Status.Should().Be(from, "the scenario starts in the row's status");
        move.Suggestion.Check(action, move.Actor, ChinaTime.Today(move.At), move.Part).Should().BeNull("AvailableActions offers the move");
        var events = move.Suggestion.Events.Count;

        move.Act();

        move.Suggestion.Status.Should().Be(to);
        move.Suggestion.Events.Should().HaveCountGreaterThan(events, "every action is on the timeline");
    }

    [Fact]
    public void A_refused_move_says_what_and_why_in_Chinese()
    {
        var closed = InStatus(SuggestionStatus.Closed);
        var act = () => closed.Assign(HandlingMode.Split, [UnitB], null, Staff, Monday, Rules);
        act.Should().Throw<DomainRuleException>().WithMessage("建议当前为“已办结”，不能交办。");

        var handling = InStatus(SuggestionStatus.Handling);
        var byDeputy = () => handling.Reply(ReplyA(new DateOnly(2026, 4, 1)), Deputy, At(2026, 4, 1), Rules);
        byDeputy.Should().Throw<DomainRuleException>().WithMessage("“答复”只能由承办单位办理。");
    }

    public sealed record Move(Suggestion Suggestion, Actor Actor, SuggestionAssignment? Part, DateTimeOffset At, Action Act);

    /// <summary>A suggestion in <paramref name="from"/> where <paramref name="action"/> by <paramref name="role"/> leads to <paramref name="to"/>.</summary>
    private static Move MoveFor(SuggestionStatus from, SuggestionAction action, string role, SuggestionStatus to)
    {
        Move Simple(Suggestion s, Actor actor, DateTimeOffset at, Action<Suggestion> act, SuggestionAssignment? part = null) =>
            new(s, actor, part, at, () => act(s));

        Suggestion In(SuggestionStatus status) => status switch
        {
            SuggestionStatus.Submitted => Registered(),
            SuggestionStatus.Accepted => Accepted(),
            SuggestionStatus.Handling => Split(UnitA),
            SuggestionStatus.Replied => Replied(withCommitment: true),
            SuggestionStatus.Rehandling => Rehandling(withCommitment: true),
            SuggestionStatus.Closed => Closed(withCommitment: true),
            _ => InStatus(status),
        };

        switch (action)
        {
            case SuggestionAction.Reply:
            {
                // Reply from 办理中: the last answering unit (→ 已答复) or one of two (→ 办理中).
                if (from == SuggestionStatus.Handling)
                {
                    var s = to == SuggestionStatus.Replied ? Split(UnitA) : Split(UnitA, UnitB);
                    return Simple(s, Unit(UnitA), FirstReply, x => Reply(x, UnitA, FirstReply));
                }
                // From 重新办理: the only unit (→ 已答复); one of two re-handling (→ 重新办理); or the other still to reply (→ 办理中).
                var r = Split(UnitA, UnitB);
                Reply(r, UnitA, FirstReply);
                Rate(r, UnitA, Satisfaction.Unsatisfied, FirstRating);
                if (to != SuggestionStatus.Handling)
                {
                    Reply(r, UnitB, FirstReply);
                    Rate(r, UnitB, to == SuggestionStatus.Rehandling ? Satisfaction.Unsatisfied : Satisfaction.Satisfied, FirstRating);
                }
                return Simple(r, Unit(UnitA), SecondReply, x => Reply(x, UnitA, SecondReply));
            }
            case SuggestionAction.Rate:
            {
                if (from == SuggestionStatus.Handling)
                {
                    var s = Split(UnitA, UnitB);
                    Reply(s, UnitA, FirstReply);
                    var rating = to == SuggestionStatus.Rehandling ? Satisfaction.Unsatisfied : Satisfaction.Satisfied;
                    return Simple(s, Deputy, FirstRating, x => Rate(x, UnitA, rating, FirstRating), s.AssignmentOf(UnitA));
                }
                if (from == SuggestionStatus.Replied)
                {
                    var s = Replied();
                    var rating = to == SuggestionStatus.Rehandling ? Satisfaction.Unsatisfied : Satisfaction.BasicallySatisfied;
                    return Simple(s, Deputy, FirstRating, x => Rate(x, UnitA, rating, FirstRating), s.AssignmentOf(UnitA));
                }
                var both = Split(UnitA, UnitB);
                Reply(both, UnitA, FirstReply);
                Reply(both, UnitB, FirstReply);
                Rate(both, UnitA, Satisfaction.Unsatisfied, FirstRating);
                return Simple(both, Deputy, FirstRating, x => Rate(x, UnitB, Satisfaction.Satisfied, FirstRating), both.AssignmentOf(UnitB));
            }
            case SuggestionAction.Close:
            {
                var s = Replied();
                Rate(s, UnitA, Satisfaction.Satisfied, FirstRating);
                return Simple(s, Staff, FirstRating, x => x.Close(Staff, FirstRating, Rules));
            }
            case SuggestionAction.CloseWithExplanation:
            {
                var s = TwiceUnsatisfied();
                return Simple(s, Staff, Later, x => x.CloseWithExplanation("两次不满意：受规划限制近期无法实施，已当面说明", Staff, Later, Rules));
            }
            case SuggestionAction.AcceptAssignment or SuggestionAction.RequestReturn or SuggestionAction.ApproveReturn or SuggestionAction.RefuseReturn
                when from == SuggestionStatus.Replied:
            {
                // The lead replied without the co-unit's opinion; staff replaced the co-unit: the new one signs, or asks to return it.
                var s = LeadRepliedWithoutOpinion();
                s.CorrectAssignment(new AssignmentCorrection(s.AssignmentOf(UnitB)!.Id, UnitC, null, "协办单位长期未送意见，改交"), Staff, FirstRating, Rules);
                WithIds(s);
                var added = s.AssignmentOf(UnitC)!;
                if (action is SuggestionAction.ApproveReturn or SuggestionAction.RefuseReturn) s.RequestReturn("不属于本单位职责", Unit(UnitC), FirstRating);
                return action switch
                {
                    SuggestionAction.AcceptAssignment => Simple(s, Unit(UnitC), FirstRating, x => x.AcceptAssignment(Unit(UnitC), FirstRating)),
                    SuggestionAction.RequestReturn => Simple(s, Unit(UnitC), FirstRating, x => x.RequestReturn("不属于本单位职责", Unit(UnitC), FirstRating)),
                    SuggestionAction.ApproveReturn => Simple(s, Staff, FirstRating, x => x.ApproveReturn(added.Id, 4, Staff, FirstRating, Rules), added),
                    _ => Simple(s, Staff, FirstRating, x => x.RefuseReturn(added.Id, "属于本单位职责", Staff, FirstRating), added),
                };
            }
            case SuggestionAction.CorrectAssignment when from == SuggestionStatus.Replied:
            {
                if (to == SuggestionStatus.Replied)
                {
                    var joint = LeadRepliedWithoutOpinion();
                    var co = joint.AssignmentOf(UnitB)!;
                    return Simple(joint, Staff, FirstRating, x => x.CorrectAssignment(new AssignmentCorrection(co.Id, UnitC, null, "协办单位长期未送意见，改交"), Staff, FirstRating, Rules), co);
                }
                var s = Replied();
                return Simple(s, Staff, FirstRating, x => x.CorrectAssignment(new AssignmentCorrection(null, UnitC, null, "漏交，须另行答复"), Staff, FirstRating, Rules));
            }
            case SuggestionAction.AcceptAssignment or SuggestionAction.RequestReturn:
            {
                // A unit that has not signed yet: a new assignment, or one added while another unit re-handles.
                var s = from == SuggestionStatus.Handling ? Split(false, UnitA) : Rehandling();
                var unit = UnitA;
                if (from == SuggestionStatus.Rehandling)
                {
                    s.CorrectAssignment(new AssignmentCorrection(null, UnitC, null, "漏交"), Staff, FirstRating, Rules);
                    WithIds(s);
                    unit = UnitC;
                }
                var at = from == SuggestionStatus.Handling ? Monday : FirstRating;
                return action == SuggestionAction.AcceptAssignment
                    ? Simple(s, Unit(unit), at, x => x.AcceptAssignment(Unit(unit), at))
                    : Simple(s, Unit(unit), at, x => x.RequestReturn("不属于本单位职责", Unit(unit), at));
            }
            case SuggestionAction.ApproveReturn or SuggestionAction.RefuseReturn:
            {
                var s = from == SuggestionStatus.Handling ? Split(false, UnitA) : Rehandling();
                var unit = UnitA;
                var at = Monday;
                if (from == SuggestionStatus.Rehandling)
                {
                    s.CorrectAssignment(new AssignmentCorrection(null, UnitC, null, "漏交"), Staff, FirstRating, Rules);
                    WithIds(s);
                    unit = UnitC;
                    at = FirstRating;
                }
                s.RequestReturn("不属于本单位职责", Unit(unit), at);
                var part = s.AssignmentOf(unit)!;
                return action == SuggestionAction.ApproveReturn
                    ? Simple(s, Staff, at, x => x.ApproveReturn(part.Id, UnitB, Staff, at, Rules), part)
                    : Simple(s, Staff, at, x => x.RefuseReturn(part.Id, "属于本单位职责", Staff, at), part);
            }
            case SuggestionAction.CorrectAssignment:
            {
                var s = In(from);
                return Simple(s, Staff, FirstRating, x => x.CorrectAssignment(new AssignmentCorrection(null, UnitC, null, "漏交"), Staff, FirstRating, Rules));
            }
            case SuggestionAction.Remind:
            {
                // A part that still owes something: the only unit, a co-unit after the lead replied, a unit re-handling.
                var s = from switch
                {
                    SuggestionStatus.Handling => Split(UnitA),
                    SuggestionStatus.Replied => LeadRepliedWithoutOpinion(),
                    _ => Rehandling(),
                };
                WithIds(s);
                var part = s.ActiveAssignments.First(a => a.IsPending);
                return Simple(s, Staff, Later, x => x.Remind(part.Id, "请抓紧办理", Staff, Later), part);
            }
            case SuggestionAction.RequestExtension:
                return Simple(Split(UnitA), Unit(UnitA), At(2026, 4, 1), x => x.RequestExtension("涉及多个部门", Unit(UnitA), At(2026, 4, 1)));
            case SuggestionAction.ApproveExtension or SuggestionAction.RefuseExtension:
            {
                var s = Split(UnitA);
                s.RequestExtension("涉及多个部门", Unit(UnitA), At(2026, 4, 1));
                var part = s.AssignmentOf(UnitA)!;
                return action == SuggestionAction.ApproveExtension
                    ? Simple(s, Staff, At(2026, 4, 2), x => x.ApproveExtension(part.Id, null, Staff, At(2026, 4, 2), Rules), part)
                    : Simple(s, Staff, At(2026, 4, 2), x => x.RefuseExtension(part.Id, "不符合条件", Staff, At(2026, 4, 2)), part);
            }
            case SuggestionAction.LogContact:
            {
                var s = In(from);
                return Simple(s, Unit(UnitA), Later, x => x.LogContact(ContactStage.During, ChinaTime.Today(Later), ContactForm.Phone, null, Unit(UnitA), Later, Rules));
            }
            case SuggestionAction.SendOpinion:
            {
                // A co-unit's opinion: in time, or late after the lead replied without it (and after a 不满意 on that reply).
                var s = from == SuggestionStatus.Handling ? Joint() : LeadRepliedWithoutOpinion();
                if (from == SuggestionStatus.Rehandling) Rate(s, UnitA, Satisfaction.Unsatisfied, FirstRating);
                return Simple(s, Unit(UnitB), FirstRating, x => x.SendOpinion("我单位的意见", Unit(UnitB), FirstRating));
            }
            case SuggestionAction.CorrectReply:
            {
                Suggestion s;
                var unit = UnitA;
                if (from == SuggestionStatus.Handling)
                {
                    s = Split(UnitA, UnitB);
                    Reply(s, UnitA, FirstReply);
                }
                else if (from == SuggestionStatus.Replied)
                {
                    s = Replied();
                }
                else
                {
                    s = Split(UnitA, UnitB);
                    Reply(s, UnitA, FirstReply);
                    Reply(s, UnitB, FirstReply);
                    Rate(s, UnitA, Satisfaction.Unsatisfied, FirstRating);
                    unit = UnitB;
                }
                return Simple(s, Unit(unit), FirstRating, x => x.CorrectReply(ReplyA(ChinaTime.Today(FirstReply)) with { Text = "更正后的答复。" }, "答复内容有误", Unit(unit), FirstRating, Rules));
            }
            case SuggestionAction.ReviewReply:
            {
                var s = from == SuggestionStatus.Handling ? Split(UnitA, UnitB) : In(from);
                if (from == SuggestionStatus.Handling) Reply(s, UnitA, FirstReply);
                var reply = s.AssignmentOf(UnitA)!.Replies[0];
                return Simple(s, Staff, Later, x => x.ReviewReply(reply.Id, publish: true, Staff, Later), s.AssignmentOf(UnitA));
            }
            case SuggestionAction.UpdateCommitment:
            {
                Suggestion s;
                if (from == SuggestionStatus.Handling)
                {
                    s = Split(UnitA, UnitB);
                    Reply(s, UnitA, FirstReply, withCommitment: true);
                }
                else
                {
                    s = In(from);
                }
                var commitment = s.AssignmentOf(UnitA)!.Replies.SelectMany(r => r.Commitments).First();
                return Simple(s, Unit(UnitA), Later, x => x.UpdateCommitment(commitment.Id, 30, "完成设计", ChinaTime.Today(Later), Unit(UnitA), Later), s.AssignmentOf(UnitA));
            }
            case SuggestionAction.UnmarkKey:
            {
                var s = In(from);
                s.MarkKey("张副主任", null, Staff, Monday);
                return Simple(s, Staff, Later, x => x.UnmarkKey(Staff, Later));
            }
            case SuggestionAction.ConfirmCoSigning or SuggestionAction.DeclineCoSigning:
            {
                var s = SubmittedOnlineWithInvitation();
                var coSigner = Actor.Deputy(CoSigner, "赵附议");
                return action == SuggestionAction.ConfirmCoSigning
                    ? Simple(s, coSigner, Later, x => x.ConfirmCoSigning(coSigner, Later))
                    : Simple(s, coSigner, Later, x => x.DeclineCoSigning(coSigner, Later));
            }
            case SuggestionAction.AddAttachment when role == PortalRole.Deputy:
            {
                var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, LeadDeputy, [], "关于增设公交站点的建议", "建议增设站点。", 3, new DateOnly(2026, 3, 2));
                var s = WithIds(Suggestion.Register(draft, "2026年闭会期间第001号", "between:2026", 1, Deputy, Monday));
                return Simple(s, Deputy, Monday, x => x.AddAttachment(5, "现场照片.pdf", Deputy, Monday));
            }
            default:
            {
                var s = In(from);
                var actor = ActorFor(role);
                return Simple(s, actor, Later, x => Perform(x, action, actor, null, Later));
            }
        }
    }
}
