using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// Walks every status × action × role. Where the transition table refuses, the action must throw with the
/// table's message and leave the suggestion as it was; where it allows, the action must not be refused by
/// the table (it may still be refused by a finer rule, e.g. another unit's suggestion).
/// </summary>
public sealed class SuggestionWorkflowTests
{
    private static readonly Dictionary<SuggestionAction, Action<Suggestion, Actor>> Invoke = new()
    {
        [SuggestionAction.Edit] = (s, a) => s.Edit(new SuggestionDraft(s.Source, s.SessionId, s.Year, s.LeadDeputyId, [], "新标题", "新内容", 3, s.ReceivedOn), a, Monday),
        [SuggestionAction.Accept] = (s, a) => s.Accept(a, Monday),
        [SuggestionAction.ConvertToLetter] = (s, a) => s.ConvertToLetter("个人诉求", a, Monday),
        [SuggestionAction.Merge] = (s, a) => s.MergeInto(Registered(), a, Monday),
        [SuggestionAction.Withdraw] = (s, a) => s.Withdraw("书面撤回", a, Monday),
        [SuggestionAction.Assign] = (s, a) => s.Assign(HandlingMode.Split, [UnitB], null, a, Monday, Rules),
        [SuggestionAction.AcceptAssignment] = (s, a) => s.AcceptAssignment(a, Monday),
        [SuggestionAction.RequestReturn] = (s, a) => s.RequestReturn("不属于本单位职责", a, Monday),
        [SuggestionAction.ApproveReturn] = (s, a) => s.ApproveReturn(FirstId(s), UnitC, a, Monday, Rules),
        [SuggestionAction.RefuseReturn] = (s, a) => s.RefuseReturn(FirstId(s), "属于本单位职责", a, Monday),
        [SuggestionAction.RequestExtension] = (s, a) => s.RequestExtension("涉及面广", a, Monday),
        [SuggestionAction.ApproveExtension] = (s, a) => s.ApproveExtension(FirstId(s), null, a, Monday, Rules),
        [SuggestionAction.RefuseExtension] = (s, a) => s.RefuseExtension(FirstId(s), "不符合条件", a, Monday),
        [SuggestionAction.LogContact] = (s, a) => s.LogContact(ContactStage.Before, new DateOnly(2026, 3, 2), ContactForm.Phone, null, a, At(2026, 4, 20), Rules),
        [SuggestionAction.SendOpinion] = (s, a) => s.SendOpinion("协办意见", a, Monday),
        [SuggestionAction.Reply] = (s, a) => s.Reply(ReplyA(new DateOnly(2026, 4, 20)), a, At(2026, 4, 20), Rules),
        [SuggestionAction.Rate] = (s, a) => s.Rate((s.Assignments.Count > 0 ? s.Assignments[0].LatestReply?.Id ?? 0 : 0), Satisfaction.Satisfied, null, a, At(2026, 4, 14), Rules),
        [SuggestionAction.Close] = (s, a) => s.Close(a, At(2026, 4, 14), Rules),
        [SuggestionAction.MarkKey] = (s, a) => s.MarkKey(true, "张副主任", null, a, Monday),
        [SuggestionAction.ChangeTheme] = (s, a) => s.ChangeTheme(7, "老旧小区改造", a, Monday),
        [SuggestionAction.UpdateCommitment] = (s, a) => s.UpdateCommitment(999, 50, "进展", new DateOnly(2026, 4, 20), a, At(2026, 4, 20)),
        [SuggestionAction.AddAttachment] = (s, a) => s.AddAttachment(5, "扫描件.pdf", a, Monday),
    };

    private static int FirstId(Suggestion s) => s.Assignments.Count > 0 ? s.Assignments[0].Id : 0;

    private static Actor ActorFor(string role) => role switch
    {
        PortalRole.Staff => Staff,
        PortalRole.Deputy => Deputy,
        PortalRole.HandlingUnit => Unit(),
        _ => new Actor(role, "其他角色"),
    };

    public static TheoryData<SuggestionStatus, SuggestionAction, string> Cases()
    {
        var data = new TheoryData<SuggestionStatus, SuggestionAction, string>();
        foreach (var status in Enum.GetValues<SuggestionStatus>())
            foreach (var action in Enum.GetValues<SuggestionAction>())
                foreach (var role in PortalRole.All)
                    data.Add(status, action, role);
        return data;
    }

    [Fact]
    public void Every_action_has_a_method_and_a_rule()
    {
        Invoke.Keys.Should().BeEquivalentTo(Enum.GetValues<SuggestionAction>());
        SuggestionWorkflow.Table.Keys.Should().BeEquivalentTo(Enum.GetValues<SuggestionAction>());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_transition_table_decides_every_status_action_and_role(SuggestionStatus status, SuggestionAction action, string role)
    {
        var suggestion = InStatus(status);
        suggestion.Status.Should().Be(status);
        var eventsBefore = suggestion.Events.Count;
        var act = () => Invoke[action](suggestion, ActorFor(role));
        var tableMessages = new[]
        {
            SuggestionMessages.WrongRole(SuggestionWorkflow.ActionLabel(action), PortalRole.DisplayName(SuggestionWorkflow.Table[action].Role)),
            SuggestionMessages.WrongStatus(SuggestionWorkflow.ActionLabel(action), SuggestionLabels.For(status)),
        };

        if (SuggestionWorkflow.Allows(status, action, role))
        {
            try
            {
                act();
            }
            catch (DomainRuleException refused)
            {
                tableMessages.Should().NotContain(refused.Message, "the table allows {0} in {1} for {2}", action, status, role);
            }
        }
        else
        {
            // A deputy may attach files to the suggestion they are submitting; that is the one exception.
            if (action == SuggestionAction.AddAttachment && role == PortalRole.Deputy && status == SuggestionStatus.Submitted)
            {
                act.Should().NotThrow();
                return;
            }
            act.Should().Throw<DomainRuleException>().Which.Message.Should().BeOneOf(tableMessages);
            suggestion.Status.Should().Be(status);
            suggestion.Events.Should().HaveCount(eventsBefore);
        }
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
}
