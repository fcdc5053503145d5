using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

public sealed class SuggestionLifecycleTests
{
    private static Suggestion AssignedSplit(DateTimeOffset on, params int[] units)
    {
        var s = Registered(on);
        s.Accept(Staff, on);
        s.Assign(HandlingMode.Split, units, null, Staff, on, Rules);
        WithIds(s);
        foreach (var unit in units) s.AcceptAssignment(Unit(unit), on);
        return s;
    }

    [Fact]
    public void A_reply_deadline_of_three_months_that_lands_in_the_National_Day_holiday_moves_to_the_next_working_day()
    {
        var s = AssignedSplit(At(2026, 7, 6), UnitA);
        s.Assignments[0].DueOn.Should().Be(new DateOnly(2026, 10, 8));
        s.DueOn.Should().Be(new DateOnly(2026, 10, 8));
        s.Assignments[0].ReturnDeadline.Should().Be(new DateOnly(2026, 7, 13));
    }

    [Fact]
    public void The_return_window_counts_working_days_across_the_Qingming_holiday()
    {
        // Friday 3 April; 4–6 April off: 7, 8, 9, 10, 13 are the five working days.
        var s = AssignedSplit(At(2026, 4, 3), UnitA);
        s.Assignments[0].ReturnDeadline.Should().Be(new DateOnly(2026, 4, 13));
        s.RequestReturn("不属于本单位职责", Unit(), At(2026, 4, 13, 17));
        s.Assignments[0].State.Should().Be(AssignmentState.ReturnRequested);

        var late = AssignedSplit(At(2026, 4, 3), UnitA);
        var act = () => late.RequestReturn("不属于本单位职责", Unit(), At(2026, 4, 14));
        act.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.ReturnWindowPassed(new DateOnly(2026, 4, 13)));
    }

    [Fact]
    public void An_approved_return_reassigns_the_part_and_restarts_the_clock()
    {
        var s = AssignedSplit(Monday, UnitA);
        s.RequestReturn("职责不符", Unit(), At(2026, 3, 4));
        s.ApproveReturn(s.Assignments[0].Id, UnitB, Staff, At(2026, 3, 10), Rules);

        s.Assignments.Should().HaveCount(2);
        s.Assignments[0].State.Should().Be(AssignmentState.Returned);
        var replacement = s.Assignments[1];
        replacement.UnitId.Should().Be(UnitB);
        replacement.AssignedOn.Should().Be(new DateOnly(2026, 3, 10));
        replacement.DueOn.Should().Be(new DateOnly(2026, 6, 10));
        s.DueOn.Should().Be(new DateOnly(2026, 6, 10));
        s.AssignmentOf(UnitA).Should().BeNull("the unit that handed it back no longer sees it");
    }

    [Fact]
    public void A_refused_return_leaves_the_unit_in_charge()
    {
        var s = AssignedSplit(Monday, UnitA);
        s.RequestReturn("职责不符", Unit(), At(2026, 3, 4));
        s.RefuseReturn(s.Assignments[0].Id, "属于本单位职责范围", Staff, At(2026, 3, 5));
        s.Assignments[0].State.Should().Be(AssignmentState.Accepted);
        s.Assignments[0].ReturnDecisionNote.Should().Be("属于本单位职责范围");
    }

    [Fact]
    public void An_approved_extension_gives_six_months_from_assignment_once()
    {
        var s = AssignedSplit(Monday, UnitA);
        s.RequestExtension("涉及多个部门，需统筹资金", Unit(), At(2026, 4, 1));
        s.ApproveExtension(s.Assignments[0].Id, null, Staff, At(2026, 4, 2), Rules);
        s.Assignments[0].DueOn.Should().Be(new DateOnly(2026, 9, 2));
        var again = () => s.RequestExtension("再次延期", Unit(), At(2026, 5, 1));
        again.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.ExtensionOnlyOnce);
    }

    [Fact]
    public void Joint_handling_has_one_lead_that_replies_and_co_units_that_send_opinions_within_a_month()
    {
        var s = Registered();
        s.Accept(Staff, Monday);
        s.Assign(HandlingMode.Joint, [UnitA, UnitB], UnitA, Staff, Monday, Rules);
        WithIds(s);
        var co = s.AssignmentOf(UnitB)!;
        co.Role.Should().Be(AssignmentRole.CoHandling);
        co.DueOn.Should().Be(new DateOnly(2026, 4, 2));
        s.DueOn.Should().Be(new DateOnly(2026, 6, 2), "only the lead's reply is awaited by the deputy");

        s.AcceptAssignment(Unit(UnitB), Monday);
        var coReply = () => s.Reply(ReplyA(new DateOnly(2026, 3, 20)), Unit(UnitB), At(2026, 3, 20), Rules);
        coReply.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.OnlyAnsweringUnitReplies);
        s.SendOpinion("建议纳入明年城建计划", Unit(UnitB), At(2026, 3, 20));
        co.State.Should().Be(AssignmentState.OpinionSent);

        s.AcceptAssignment(Unit(UnitA), Monday);
        s.Reply(ReplyA(new DateOnly(2026, 4, 20)), Unit(UnitA), At(2026, 4, 20), Rules);
        s.Status.Should().Be(SuggestionStatus.Replied);
    }

    [Fact]
    public void Joint_handling_needs_a_lead_and_a_co_unit()
    {
        var s = Registered();
        s.Accept(Staff, Monday);
        var act = () => s.Assign(HandlingMode.Joint, [UnitA], UnitA, Staff, Monday, Rules);
        act.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.JointNeedsLeadAndCo);
        s.Status.Should().Be(SuggestionStatus.Accepted);
    }

    [Fact]
    public void Split_handling_is_replied_only_when_every_unit_has_replied_and_takes_the_least_solved_classification()
    {
        var s = AssignedSplit(Monday, UnitA, UnitB);
        s.Reply(ReplyA(new DateOnly(2026, 4, 1)), Unit(UnitA), At(2026, 4, 1), Rules);
        s.Status.Should().Be(SuggestionStatus.Handling);
        s.RepliedOn.Should().BeNull();
        s.DueOn.Should().Be(new DateOnly(2026, 6, 2));

        s.Reply(ReplyB(new DateOnly(2026, 6, 5), new DateOnly(2026, 12, 31)), Unit(UnitB), At(2026, 6, 5), Rules);
        s.Status.Should().Be(SuggestionStatus.Replied);
        s.Classification.Should().Be("B");
        s.RepliedOn.Should().Be(new DateOnly(2026, 6, 5));
        s.RepliedOnTime.Should().BeFalse("unit B replied after its deadline of 2 June");
        s.DueOn.Should().BeNull();
    }

    [Fact]
    public void A_B_class_reply_must_list_commitments_dated_after_the_reply()
    {
        var s = AssignedSplit(Monday, UnitA);
        var none = () => s.Reply(ReplyB(new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 31)) with { Commitments = [] }, Unit(), At(2026, 4, 1), Rules);
        none.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.CommitmentsRequired);
        var past = () => s.Reply(ReplyB(new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 1)), Unit(), At(2026, 4, 1), Rules);
        past.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.CommitmentDateInvalid);
        s.Assignments[0].Replies.Should().BeEmpty();
    }

    [Fact]
    public void Unsatisfied_sends_the_unit_back_for_two_months_and_every_round_is_kept()
    {
        var s = AssignedSplit(Monday, UnitA);
        s.LogContact(ContactStage.Before, new DateOnly(2026, 3, 5), ContactForm.InPerson, "上门了解情况", Unit(), At(2026, 3, 5), Rules);
        s.Reply(ReplyA(new DateOnly(2026, 4, 10)), Unit(), At(2026, 4, 10), Rules);
        WithIds(s);
        var first = s.Assignments[0].Replies[0];
        first.RatingDueOn.Should().Be(new DateOnly(2026, 5, 11), "20 working days after 10 April skip 1–5 May and count the make-up days 26 April and 9 May");

        var noComment = () => s.Rate(first.Id, Satisfaction.Unsatisfied, " ", Deputy, At(2026, 4, 15), Rules);
        noComment.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.UnsatisfiedNeedsComment);

        s.Rate(first.Id, Satisfaction.Unsatisfied, "电梯仍未开工", Deputy, At(2026, 4, 15), Rules);
        s.Status.Should().Be(SuggestionStatus.Rehandling);
        s.Rehandled.Should().BeTrue();
        s.Assignments[0].Round.Should().Be(2);
        s.DueOn.Should().Be(new DateOnly(2026, 6, 15));

        s.LogContact(ContactStage.During, new DateOnly(2026, 5, 20), ContactForm.Phone, "通报重新办理进展", Unit(), At(2026, 5, 20), Rules);
        s.MetDeputy.Should().BeFalse("办前 and 办中 are logged, 办后 is not: 三见面 is not complete");
        s.Reply(ReplyA(new DateOnly(2026, 6, 1)) with { Text = "电梯已开工建设。" }, Unit(), At(2026, 6, 1), Rules);
        WithIds(s);
        s.LogContact(ContactStage.After, new DateOnly(2026, 6, 2), ContactForm.InPerson, "答复后当面听取意见", Unit(), At(2026, 6, 2), Rules);
        s.Status.Should().Be(SuggestionStatus.Replied);
        var second = s.Assignments[0].Replies.Single(r => r.Round == 2);
        s.Rate(second.Id, Satisfaction.Satisfied, "感谢", Deputy, At(2026, 6, 3), Rules);
        s.MetDeputy.Should().BeTrue("a contact at each stage: 三见面");
        s.Close(Staff, At(2026, 6, 4), Rules);

        s.Status.Should().Be(SuggestionStatus.Closed);
        s.Assignments[0].Replies.Select(r => (r.Round, r.Rating)).Should().Equal((1, Satisfaction.Unsatisfied), (2, Satisfaction.Satisfied));
        s.Satisfaction.Should().Be(Satisfaction.Satisfied);
        s.RepliedOnTime.Should().BeTrue("the first reply was on time");
        s.Events.Select(e => e.Kind).Should().ContainInOrder(
            SuggestionEventKind.Registered, SuggestionEventKind.Accepted, SuggestionEventKind.Assigned, SuggestionEventKind.AssignmentAccepted,
            SuggestionEventKind.ContactLogged, SuggestionEventKind.Replied, SuggestionEventKind.Rated, SuggestionEventKind.RehandlingStarted,
            SuggestionEventKind.ContactLogged, SuggestionEventKind.Replied, SuggestionEventKind.ContactLogged, SuggestionEventKind.Rated, SuggestionEventKind.Closed);
    }

    [Fact]
    public void Only_the_lead_deputy_rates_and_only_within_the_window()
    {
        var s = InStatus(SuggestionStatus.Replied);
        var reply = s.Assignments[0].Replies[0];
        var coSigner = () => s.Rate(reply.Id, Satisfaction.Satisfied, null, Actor.Deputy(CoSigner, "王秀英"), At(2026, 4, 13), Rules);
        coSigner.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.OnlyLeadDeputyRates);
        var late = () => s.Rate(reply.Id, Satisfaction.Satisfied, null, Deputy, At(2026, 6, 1), Rules);
        late.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.RatingWindowPassed);
    }

    [Fact]
    public void Staff_close_after_a_rating_or_once_the_rating_window_has_passed_unrated()
    {
        var s = InStatus(SuggestionStatus.Replied);
        s.Check(SuggestionAction.Close, Staff, new DateOnly(2026, 4, 20)).Should().NotBeNull();
        var early = () => s.Close(Staff, At(2026, 4, 20), Rules);
        early.Should().Throw<DomainRuleException>().Which.Code.Should().Be("Suggestion.CannotClose");

        s.Close(Staff, At(2026, 6, 1), Rules);
        s.Status.Should().Be(SuggestionStatus.Closed);
        s.Satisfaction.Should().BeNull("an unrated reply is excluded from satisfaction, not counted as satisfied");
    }

    [Fact]
    public void Merging_keeps_every_deputy_answered_by_the_target()
    {
        var target = Registered();
        var duplicate = Suggestion.Register(
            new SuggestionDraft(SuggestionSource.DuringSession, 5, 2026, 20, [21], "关于老旧小区加装电梯的建议", "同上", 3, new DateOnly(2026, 1, 12)),
            "十六届五次会议第099号", "session:5", 99, Staff, Monday);
        WithIds(duplicate);
        duplicate.MergeInto(target, Staff, Monday);

        duplicate.Status.Should().Be(SuggestionStatus.Merged);
        duplicate.MergedIntoId.Should().Be(target.Id);
        target.Deputies.Where(d => d.Role == SuggestionDeputyRole.Merged).Select(d => d.DeputyId).Should().Equal(20, 21);
        target.IsDeputyOf(Actor.Deputy(21, "并案代表")).Should().BeTrue();
    }

    [Fact]
    public void Commitment_progress_only_moves_forward_and_is_done_at_one_hundred_even_after_closing()
    {
        var s = AssignedSplit(Monday, UnitA);
        s.Reply(ReplyB(new DateOnly(2026, 4, 10), new DateOnly(2026, 12, 31)), Unit(), At(2026, 4, 10), Rules);
        WithIds(s);
        var reply = s.Assignments[0].Replies[0];
        s.Rate(reply.Id, Satisfaction.BasicallySatisfied, null, Deputy, At(2026, 4, 13), Rules);
        s.Close(Staff, At(2026, 4, 14), Rules);
        var commitment = reply.Commitments[0];
        (s.CommitmentsOpen, s.CommitmentsDone).Should().Be((1, 0), "the suggestion keeps its commitment counts for statistics");
        (s.Assignments[0].CommitmentsOpen, s.Assignments[0].CommitmentsDone).Should().Be((1, 0));
        (s.Assignments[0].Year, s.Assignments[0].SessionId, s.Assignments[0].SuggestionClosed).Should().Be((s.Year, s.SessionId, true),
            "per-unit statistics read the suggestion's year, session and closing from the assignment");

        s.UpdateCommitment(commitment.Id, 40, "完成方案设计", new DateOnly(2026, 6, 1), Unit(), At(2026, 6, 1));
        var back = () => s.UpdateCommitment(commitment.Id, 30, "回退", new DateOnly(2026, 6, 2), Unit(), At(2026, 6, 2));
        back.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.ProgressBackwards);
        s.UpdateCommitment(commitment.Id, 100, "改造完成", new DateOnly(2027, 3, 1), Unit(), At(2027, 3, 1));
        commitment.IsDone.Should().BeTrue();
        commitment.Updates.Should().HaveCount(2);
        (s.CommitmentsOpen, s.CommitmentsDone).Should().Be((0, 1));
        (s.Assignments[0].CommitmentsOpen, s.Assignments[0].CommitmentsDone).Should().Be((0, 1));
    }

    [Fact]
    public void A_unit_cannot_act_on_a_suggestion_that_is_not_assigned_to_it()
    {
        var s = AssignedSplit(Monday, UnitA);
        var other = () => s.Reply(ReplyA(new DateOnly(2026, 4, 1)), Unit(UnitC), At(2026, 4, 1), Rules);
        other.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.NotAssignedToUnit);
    }

    [Fact]
    public void Key_designation_needs_the_supervising_leader()
    {
        var s = InStatus(SuggestionStatus.Handling);
        var act = () => s.MarkKey(" ", 4, Staff, Monday);
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Leader");
        s.MarkKey("张副主任", 4, Staff, Monday);
        s.IsKey.Should().BeTrue();
        s.KeyCommitteeId.Should().Be(4);
    }

    [Fact]
    public void A_deputy_submits_only_as_their_own_lead_and_it_waits_for_review()
    {
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, LeadDeputy, [], "关于增设公交站点的建议", "建议在幸福小区门口增设站点。", 3, new DateOnly(2026, 3, 2));
        var s = Suggestion.Register(draft, "2026年闭会期间第001号", "between:2026", 1, Deputy, Monday);
        s.Status.Should().Be(SuggestionStatus.Submitted);
        s.SubmittedOnline.Should().BeTrue();
        var forOther = () => Suggestion.Register(draft with { LeadDeputyId = 99 }, "2026年闭会期间第002号", "between:2026", 2, Deputy, Monday);
        forOther.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.OnlyOwnSubmission);
    }

    [Fact]
    public void An_edit_cannot_move_a_suggestion_to_another_numbering_scope()
    {
        var draft = new SuggestionDraft(SuggestionSource.BetweenSessions, null, 2026, LeadDeputy, [], "关于增设公交站点的建议", "内容", 3, new DateOnly(2026, 3, 2));
        var s = Suggestion.Register(draft, "2026年闭会期间第001号", "between:2026", 1, Staff, Monday);
        var otherYear = () => s.Edit(draft with { Year = 2025 }, Staff, Monday);
        otherYear.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.NumberScopeFixed);
        s.Edit(draft with { Title = "关于在幸福小区门口增设公交站点的建议" }, Staff, Monday);
        s.Title.Should().Be("关于在幸福小区门口增设公交站点的建议");
    }
}
