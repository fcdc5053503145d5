using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// Suggestions set up the way the workflow would bring them to a given place, for the table tests: each builder plays
/// the real methods in order. Dates: assigned Monday 2 March 2026; a co-unit's window ends 2 April; first replies on
/// 10 April, ratings on 13 April, second replies on 11 May, second ratings on 12 May.
/// </summary>
internal static class WorkflowScenarios
{
    public static readonly DateTimeOffset FirstReply = At(2026, 4, 10);
    public static readonly DateTimeOffset FirstRating = At(2026, 4, 13);
    public static readonly DateTimeOffset SecondReply = At(2026, 5, 11);
    public static readonly DateTimeOffset SecondRating = At(2026, 5, 12);
    public static readonly DateTimeOffset Later = At(2026, 5, 13);

    /// <summary>Submitted online by the lead deputy, naming <see cref="SuggestionFixture.CoSigner"/>, who has not answered yet.</summary>
    public static Suggestion SubmittedOnlineWithInvitation()
    {
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, LeadDeputy, [CoSigner], "关于增设公交站点的建议", "建议增设站点。", 3, new DateOnly(2026, 3, 2));
        return WithIds(Suggestion.Register(draft, "2026年闭会期间第002号", "between:2026", 2, Deputy, Monday));
    }

    public static Suggestion Accepted()
    {
        var s = Registered();
        s.Accept(Staff, Monday);
        return s;
    }

    /// <summary>分别办理 to the units, each signed for unless <paramref name="sign"/> is false.</summary>
    public static Suggestion Split(bool sign, params int[] units)
    {
        var s = Accepted();
        s.Assign(HandlingMode.Split, units, null, Staff, Monday, Rules);
        WithIds(s);
        if (sign) foreach (var unit in units) s.AcceptAssignment(Unit(unit), Monday);
        return s;
    }

    public static Suggestion Split(params int[] units) => Split(true, units);

    /// <summary>会同办理: <see cref="SuggestionFixture.UnitA"/> leads, <see cref="SuggestionFixture.UnitB"/> co-handles; both signed for.</summary>
    public static Suggestion Joint()
    {
        var s = Accepted();
        s.Assign(HandlingMode.Joint, [UnitA, UnitB], UnitA, Staff, Monday, Rules);
        WithIds(s);
        s.AcceptAssignment(Unit(UnitA), Monday);
        s.AcceptAssignment(Unit(UnitB), Monday);
        return s;
    }

    /// <summary>会同办理 where the lead replied after the co-unit's window without its opinion: 已答复, the co-unit still owing.</summary>
    public static Suggestion LeadRepliedWithoutOpinion()
    {
        var s = Joint();
        s.Reply(ReplyA(ChinaTime.Today(FirstReply)) with { MissingOpinionsNote = "协办单位逾期未送意见，已催办" }, Unit(UnitA), FirstReply, Rules);
        WithIds(s);
        return s;
    }

    public static SuggestionReply Reply(Suggestion s, int unit, DateTimeOffset at, bool withCommitment = false)
    {
        var on = ChinaTime.Today(at);
        var reply = s.Reply(withCommitment ? ReplyB(on, on.AddMonths(6)) : ReplyA(on), Unit(unit), at, Rules);
        WithIds(s);
        return reply;
    }

    public static void Rate(Suggestion s, int unit, Satisfaction rating, DateTimeOffset at) =>
        s.Rate(s.AssignmentOf(unit)!.LatestReply!.Id, rating, rating == Satisfaction.Unsatisfied ? "问题没有解决" : null, Deputy, at, Rules);

    /// <summary>One unit replied and the deputy was not satisfied: it re-handles (重新办理).</summary>
    public static Suggestion Rehandling(bool withCommitment = false)
    {
        var s = Split(UnitA);
        Reply(s, UnitA, FirstReply, withCommitment);
        Rate(s, UnitA, Satisfaction.Unsatisfied, FirstRating);
        return s;
    }

    /// <summary>Twice 不满意: the loop staff may end with an explanation.</summary>
    public static Suggestion TwiceUnsatisfied()
    {
        var s = Rehandling();
        Reply(s, UnitA, SecondReply);
        Rate(s, UnitA, Satisfaction.Unsatisfied, SecondRating);
        return s;
    }

    public static Suggestion Replied(bool withCommitment = false)
    {
        var s = Split(UnitA);
        Reply(s, UnitA, FirstReply, withCommitment);
        return s;
    }

    public static Suggestion Closed(bool withCommitment = false)
    {
        var s = Replied(withCommitment);
        Rate(s, UnitA, Satisfaction.Satisfied, FirstRating);
        s.Close(Staff, FirstRating, Rules);
        return s;
    }

    /// <summary>A suggestion in <paramref name="status"/> with a unit's part in <paramref name="state"/> (the part of <see cref="SuggestionFixture.UnitB"/> where a second unit is needed).</summary>
    public static (Suggestion Suggestion, SuggestionAssignment Part) PartIn(AssignmentState state)
    {
        switch (state)
        {
            case AssignmentState.AwaitingAcceptance:
            {
                var s = Split(false, UnitA);
                return (s, s.AssignmentOf(UnitA)!);
            }
            case AssignmentState.Accepted:
            {
                var s = Split(UnitA);
                return (s, s.AssignmentOf(UnitA)!);
            }
            case AssignmentState.ReturnRequested:
            {
                var s = Split(false, UnitA);
                s.RequestReturn("不属于本单位职责", Unit(UnitA), Monday);
                return (s, s.AssignmentOf(UnitA)!);
            }
            case AssignmentState.OpinionSent:
            {
                var s = Joint();
                s.SendOpinion("同意主办单位意见", Unit(UnitB), Monday);
                return (s, s.AssignmentOf(UnitB)!);
            }
            case AssignmentState.Replied:
            {
                var s = Replied(withCommitment: true);
                return (s, s.AssignmentOf(UnitA)!);
            }
            case AssignmentState.Rehandling:
            {
                var s = Rehandling(withCommitment: true);
                return (s, s.AssignmentOf(UnitA)!);
            }
            case AssignmentState.Returned:
            {
                var s = Split(false, UnitA);
                s.RequestReturn("不属于本单位职责", Unit(UnitA), Monday);
                s.ApproveReturn(s.AssignmentOf(UnitA)!.Id, UnitB, Staff, Monday, Rules);
                WithIds(s);
                return (s, s.Assignments.Single(a => a.UnitId == UnitA));
            }
            case AssignmentState.Reassigned:
            {
                var s = Split(UnitA);
                s.CorrectAssignment(new AssignmentCorrection(s.AssignmentOf(UnitA)!.Id, UnitB, null, "错交"), Staff, Monday, Rules);
                WithIds(s);
                return (s, s.Assignments.Single(a => a.UnitId == UnitA));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
    }

    public static Actor ActorFor(string role, SuggestionAssignment? part = null) => role switch
    {
        PortalRole.Staff => Staff,
        PortalRole.Deputy => Deputy,
        PortalRole.HandlingUnit => Unit(part?.UnitId ?? UnitA),
        _ => new Actor(role, "其他角色"),
    };

    /// <summary>
    /// Performs <paramref name="action"/> as <paramref name="actor"/> with valid input, on <paramref name="part"/> where the
    /// action concerns a unit's part (the actor's own part for a unit). Used where the checks are expected to refuse.
    /// </summary>
    public static void Perform(Suggestion s, SuggestionAction action, Actor actor, SuggestionAssignment? part, DateTimeOffset at)
    {
        var partId = part?.Id ?? (s.Assignments.Count > 0 ? s.Assignments[0].Id : 0);
        var replyId = part?.LatestReply?.Id ?? s.Assignments.Select(a => a.LatestReply).FirstOrDefault(r => r is not null)?.Id ?? 0;
        var on = ChinaTime.Today(at);
        switch (action)
        {
            case SuggestionAction.Edit:
                s.Edit(new SuggestionDraft(s.Source, s.SessionId, s.Year, s.LeadDeputyId, [], "新标题", "新内容", 3, s.ReceivedOn), actor, at);
                break;
            case SuggestionAction.Accept: s.Accept(actor, at); break;
            case SuggestionAction.ConvertToLetter: s.ConvertToLetter("个人诉求", actor, at); break;
            case SuggestionAction.Merge: s.MergeInto(Registered(), actor, at); break;
            case SuggestionAction.Withdraw: s.Withdraw("书面撤回", actor, at); break;
            case SuggestionAction.Assign: s.Assign(HandlingMode.Split, [UnitC], null, actor, at, Rules); break;
            case SuggestionAction.CorrectAssignment: s.CorrectAssignment(new AssignmentCorrection(part?.Id, UnitC, null, "错交"), actor, at, Rules); break;
            case SuggestionAction.AcceptAssignment: s.AcceptAssignment(actor, at); break;
            case SuggestionAction.RequestReturn: s.RequestReturn("不属于本单位职责", actor, at); break;
            case SuggestionAction.ApproveReturn: s.ApproveReturn(partId, UnitC, actor, at, Rules); break;
            case SuggestionAction.RefuseReturn: s.RefuseReturn(partId, "属于本单位职责", actor, at); break;
            case SuggestionAction.RequestExtension: s.RequestExtension("涉及面广", actor, at); break;
            case SuggestionAction.ApproveExtension: s.ApproveExtension(partId, null, actor, at, Rules); break;
            case SuggestionAction.RefuseExtension: s.RefuseExtension(partId, "不符合条件", actor, at); break;
            case SuggestionAction.LogContact: s.LogContact(ContactStage.During, on, ContactForm.Phone, null, actor, at, Rules); break;
            case SuggestionAction.SendOpinion: s.SendOpinion("协办意见", actor, at); break;
            case SuggestionAction.Reply: s.Reply(ReplyA(on), actor, at, Rules); break;
            case SuggestionAction.CorrectReply: s.CorrectReply(ReplyA(on), "签发日期填错", actor, at, Rules); break;
            case SuggestionAction.ReviewReply: s.ReviewReply(replyId, publish: true, actor, at); break;
            case SuggestionAction.Rate: s.Rate(replyId, Satisfaction.Satisfied, null, actor, at, Rules); break;
            case SuggestionAction.Close: s.Close(actor, at, Rules); break;
            case SuggestionAction.CloseWithExplanation: s.CloseWithExplanation("两次不满意，确实无法解决", actor, at, Rules); break;
            case SuggestionAction.MarkKey: s.MarkKey("张副主任", null, actor, at); break;
            case SuggestionAction.UnmarkKey: s.UnmarkKey(actor, at); break;
            case SuggestionAction.ChangeTheme: s.ChangeTheme(7, "老旧小区改造", actor, at); break;
            case SuggestionAction.UpdateCommitment:
                var commitment = part?.Replies.SelectMany(r => r.Commitments).FirstOrDefault()?.Id ?? 999;
                s.UpdateCommitment(commitment, 50, "进展", on, actor, at);
                break;
            case SuggestionAction.AddAttachment: s.AddAttachment(5, "扫描件.pdf", actor, at); break;
            case SuggestionAction.Remind: s.Remind(partId, "请抓紧办理", actor, at); break;
            case SuggestionAction.ConfirmCoSigning: s.ConfirmCoSigning(actor, at); break;
            case SuggestionAction.DeclineCoSigning: s.DeclineCoSigning(actor, at); break;
            case SuggestionAction.GiveUnitContact: s.GiveUnitContact("周联系", "0471-6612345", "zhou@example.cn", actor, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
        WithIds(s);
    }
}
