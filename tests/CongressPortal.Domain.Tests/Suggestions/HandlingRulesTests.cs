using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;
using static CongressPortal.Domain.Tests.Suggestions.WorkflowScenarios;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The handling rules issue #10 found wrong, as a new user with a lead unit and a co-unit would try them. Each refusal
/// is checked twice: the method refuses, and <see cref="Suggestion.AvailableActions"/> gives the same refusal, so the
/// page never offers what the method would refuse.
/// </summary>
public sealed class HandlingRulesTests
{
    private static void RefusedBoth(Suggestion s, SuggestionAction action, Actor actor, DateTimeOffset at, Action act, Refusal expected)
    {
        s.Check(action, actor, ChinaTime.Today(at)).Should().Be(expected);
        s.AvailableActions(actor, ChinaTime.Today(at)).Why(action).Should().Be(expected);
        FluentActions.Invoking(act).Should().Throw<DomainRuleException>().WithRefusal(expected);
    }

    // ---------------------------------------------------------------- co-handling

    [Fact]
    public void The_lead_unit_waits_for_the_co_units_opinion_while_its_window_runs()
    {
        var s = Joint();
        var lead = Unit(UnitA);
        var early = At(2026, 3, 20);
        RefusedBoth(s, SuggestionAction.Reply, lead, early, () => s.Reply(ReplyA(ChinaTime.Today(early)), lead, early, Rules),
            SuggestionMessages.WaitingForCoOpinions(1, new DateOnly(2026, 4, 2)));
        s.AvailableActions(lead, ChinaTime.Today(early)).Explain(SuggestionAction.Reply).Should().Contain("协办单位");

        s.SendOpinion("同意纳入明年计划", Unit(UnitB), early);
        s.Check(SuggestionAction.Reply, lead, ChinaTime.Today(early)).Should().BeNull("every co-unit has sent its opinion");
        s.Reply(ReplyA(ChinaTime.Today(early)), lead, early, Rules);
        s.Status.Should().Be(SuggestionStatus.Replied);
    }

    [Fact]
    public void After_the_co_units_window_the_lead_replies_and_says_why_an_opinion_is_missing()
    {
        var s = Joint();
        var lead = Unit(UnitA);
        s.Check(SuggestionAction.Reply, lead, new DateOnly(2026, 4, 3)).Should().BeNull("the co-unit's window ended on 2 April");
        var silent = () => s.Reply(ReplyA(new DateOnly(2026, 4, 3)), lead, At(2026, 4, 3), Rules);
        silent.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.MissingOpinionsNoteRequired(1));

        var reply = s.Reply(ReplyA(new DateOnly(2026, 4, 3)) with { MissingOpinionsNote = "协办单位逾期未送意见，已电话催办两次" }, lead, At(2026, 4, 3), Rules);
        reply.MissingOpinionsNote.Should().Be("协办单位逾期未送意见，已电话催办两次");
        s.Status.Should().Be(SuggestionStatus.Replied);
    }

    [Fact]
    public void A_co_units_late_opinion_is_still_taken_shown_overdue_and_holds_up_closing_until_it_comes()
    {
        var s = Joint();
        s.Reply(ReplyA(new DateOnly(2026, 4, 3)) with { MissingOpinionsNote = "已催办" }, Unit(UnitA), At(2026, 4, 3), Rules);
        WithIds(s);
        Rate(s, UnitA, Satisfaction.Satisfied, At(2026, 4, 6));
        var co = s.AssignmentOf(UnitB)!;
        co.IsOverdue(new DateOnly(2026, 4, 7)).Should().BeTrue("its opinion was due on 2 April: staff see it overdue, not due in a month");
        co.IsPending.Should().BeTrue();

        var close = () => s.Close(Staff, At(2026, 4, 7), Rules);
        close.Should().Throw<DomainRuleException>().Which.Code.Should().Be("Suggestion.CannotClose");
        s.CloseBlockers(new DateOnly(2026, 4, 7)).Should().ContainSingle().Which.Should().Be((co, SuggestionMessages.PartUnanswered));
        s.CloseableOn.Should().BeNull("nothing but the co-unit's opinion can make it closable");

        s.Check(SuggestionAction.SendOpinion, Unit(UnitB), new DateOnly(2026, 4, 7)).Should().BeNull("the co-unit is not locked out after the lead replied");
        s.SendOpinion("迟到的协办意见", Unit(UnitB), At(2026, 4, 7));
        co.RepliedOnTime.Should().BeFalse("an opinion sent after its window counts as late");
        s.Events[^1].Detail.Should().Contain("逾期");
        s.CloseableOn.Should().NotBeNull();
        s.Close(Staff, At(2026, 4, 7), Rules);
        s.Status.Should().Be(SuggestionStatus.Closed);
    }

    // ---------------------------------------------------------------- corrections

    [Fact]
    public void Staff_replace_a_unit_after_assignment_with_a_reason_and_the_new_units_clock_starts_that_day()
    {
        var s = Split(UnitA);
        var part = s.AssignmentOf(UnitA)!;
        var noReason = () => s.CorrectAssignment(new AssignmentCorrection(part.Id, UnitB, null, " "), Staff, At(2026, 3, 10), Rules);
        noReason.Should().Throw<DomainRuleException>().Which.Field.Should().Be(nameof(AssignmentCorrection.Reason));

        s.CorrectAssignment(new AssignmentCorrection(part.Id, UnitB, null, "错交：属区政府职责"), Staff, At(2026, 3, 10), Rules);
        WithIds(s);
        part.State.Should().Be(AssignmentState.Reassigned);
        s.AssignmentOf(UnitA).Should().BeNull("the replaced unit no longer sees it");
        var added = s.AssignmentOf(UnitB)!;
        added.State.Should().Be(AssignmentState.AwaitingAcceptance);
        added.AssignedOn.Should().Be(new DateOnly(2026, 3, 10));
        added.DueOn.Should().Be(new DateOnly(2026, 6, 10));
        s.DueOn.Should().Be(new DateOnly(2026, 6, 10), "the deadline is recomputed");
        s.Events.Should().Contain(e => e.Kind == SuggestionEventKind.UnitReassigned && e.UnitId == UnitA && e.Detail!.Contains("错交"),
            "the replaced unit is told, on its desk, why");
        s.Events.Should().Contain(e => e.Kind == SuggestionEventKind.AssignmentCorrected && e.UnitId == UnitB);
    }

    [Fact]
    public void Staff_add_a_co_unit_to_joint_handling_but_never_a_second_lead_and_never_replace_a_unit_that_answered()
    {
        var s = Joint();
        var lead = () => s.CorrectAssignment(new AssignmentCorrection(null, UnitC, AssignmentRole.Lead, "增加主办"), Staff, Monday, Rules);
        lead.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.LeadCannotBeAdded);
        s.CorrectAssignment(new AssignmentCorrection(null, UnitC, null, "漏交"), Staff, Monday, Rules);
        s.AssignmentOf(UnitC)!.Role.Should().Be(AssignmentRole.CoHandling);

        s.SendOpinion("意见", Unit(UnitB), Monday);
        var answered = s.AssignmentOf(UnitB)!;
        s.Check(SuggestionAction.CorrectAssignment, Staff, ChinaTime.Today(Monday), answered)!.Code.Should().Be("Workflow.WrongStatus");
        var replace = () => s.CorrectAssignment(new AssignmentCorrection(answered.Id, 9, null, "改交"), Staff, Monday, Rules);
        replace.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_unit_corrects_its_reply_until_staff_review_it_every_version_is_kept_and_the_filing_day_stays()
    {
        var s = Split(UnitA);
        var reply = Reply(s, UnitA, At(2026, 6, 3));
        reply.OnTime.Should().BeFalse("filed on 3 June, after the deadline of 2 June");
        var noReason = () => s.CorrectReply(ReplyA(new DateOnly(2026, 5, 29)), " ", Unit(UnitA), At(2026, 6, 4), Rules);
        noReason.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Reason");

        s.CorrectReply(ReplyA(new DateOnly(2026, 5, 29)) with { Text = "更正：已完成加装电梯2部。" }, "答复函日期写错", Unit(UnitA), At(2026, 6, 4), Rules);
        WithIds(s);
        reply.Text.Should().Be("更正：已完成加装电梯2部。");
        reply.SignedOn.Should().Be(new DateOnly(2026, 5, 29));
        reply.FiledOn.Should().Be(new DateOnly(2026, 6, 3), "a correction cannot move the day the reply was filed");
        reply.OnTime.Should().BeFalse("an earlier letter date does not make a late reply on time");
        reply.Revisions.Should().ContainSingle().Which.Text.Should().Be("已列入今年加装电梯计划。");
        reply.Revisions[0].Reason.Should().Be("答复函日期写错");

        s.ReviewReply(reply.Id, publish: true, Staff, At(2026, 6, 5));
        reply.IsPublished.Should().BeTrue();
        RefusedBoth(s, SuggestionAction.CorrectReply, Unit(UnitA), At(2026, 6, 6),
            () => s.CorrectReply(ReplyA(new DateOnly(2026, 5, 29)), "再改", Unit(UnitA), At(2026, 6, 6), Rules), SuggestionMessages.ReplyAlreadyReviewed);
    }

    [Fact]
    public void A_rated_reply_is_not_corrected_any_more()
    {
        var s = Replied();
        Rate(s, UnitA, Satisfaction.Satisfied, FirstRating);
        s.Check(SuggestionAction.CorrectReply, Unit(UnitA), ChinaTime.Today(FirstRating)).Should().Be(SuggestionMessages.ReplyAlreadyRated);
    }

    [Fact]
    public void The_public_sees_a_reply_only_after_staff_review_and_only_if_the_unit_allowed_it()
    {
        var s = Split(UnitA, UnitB);
        var open = Reply(s, UnitA, FirstReply);
        var secret = s.Reply(ReplyA(ChinaTime.Today(FirstReply)) with { IsPublishable = false }, Unit(UnitB), FirstReply, Rules);
        WithIds(s);
        open.IsPublished.Should().BeFalse("a reply filed minutes ago is not public before staff review it");
        s.ReviewReply(open.Id, publish: true, Staff, FirstRating);
        s.ReviewReply(secret.Id, publish: true, Staff, FirstRating);
        open.IsPublished.Should().BeTrue();
        secret.IsPublished.Should().BeFalse("the unit marked it not publishable: reviewing cannot publish it");
        secret.IsReviewed.Should().BeTrue();
        var twice = () => s.ReviewReply(open.Id, publish: false, Staff, Later);
        twice.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void The_public_list_shows_a_suggestion_while_some_answering_units_latest_reviewed_reply_is_published()
    {
        var s = Split(UnitA, UnitB);
        var open = Reply(s, UnitA, FirstReply);
        s.IsDisclosed.Should().BeFalse("a reply staff have not reviewed is not public");
        s.ReviewReply(open.Id, publish: true, Staff, FirstReply);
        s.Status.Should().Be(SuggestionStatus.Handling);
        s.IsDisclosed.Should().BeFalse("the public reads a suggestion only once every answering unit has replied");

        var secret = s.Reply(ReplyA(ChinaTime.Today(FirstReply)) with { IsPublishable = false }, Unit(UnitB), FirstReply, Rules);
        WithIds(s);
        s.ReviewReply(secret.Id, publish: true, Staff, FirstRating);
        s.Status.Should().Be(SuggestionStatus.Replied);
        s.IsDisclosed.Should().BeTrue("unit A's latest reviewed reply is published");

        Rate(s, UnitA, Satisfaction.Unsatisfied, FirstRating);
        s.Status.Should().Be(SuggestionStatus.Rehandling);
        s.IsDisclosed.Should().BeTrue("while unit A handles it again, its published first reply stays the latest reviewed one");

        var second = s.Reply(ReplyA(ChinaTime.Today(SecondReply)) with { IsPublishable = false }, Unit(UnitA), SecondReply, Rules);
        WithIds(s);
        s.IsDisclosed.Should().BeTrue("the second reply is not reviewed yet");
        s.ReviewReply(second.Id, publish: false, Staff, SecondRating);
        s.IsDisclosed.Should().BeFalse("unit A's latest reviewed reply may not be published and unit B's never was");
    }

    // ---------------------------------------------------------------- deadlines that can be gamed

    [Fact]
    public void An_extension_cannot_be_requested_once_the_reply_is_overdue()
    {
        var s = Split(UnitA);
        var overdue = At(2026, 6, 3);
        RefusedBoth(s, SuggestionAction.RequestExtension, Unit(UnitA), overdue, () => s.RequestExtension("涉及面广", Unit(UnitA), overdue),
            SuggestionMessages.ExtensionWhenOverdue(new DateOnly(2026, 6, 2)));
        s.RequestExtension("涉及面广", Unit(UnitA), At(2026, 6, 2, 17));
        s.AssignmentOf(UnitA)!.Extension.Should().Be(ExtensionState.Requested, "on the last day it is still in time");
    }

    [Theory]
    [InlineData(4, 6, "ReplyMonths")]
    [InlineData(3, 7, "ExtendedReplyMonths")]
    [InlineData(3, 12, "ExtendedReplyMonths")]
    public void Settings_never_exceed_the_statutory_three_and_six_months(int reply, int extended, string field)
    {
        var settings = SuggestionSettings.Defaults();
        var act = () => settings.Update(SuggestionSettings.DefaultSessionPattern, SuggestionSettings.DefaultBetweenSessionsPattern, 5, reply, extended, 1, 5, 20, 2, 15);
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be(field);
        settings.ExtendedReplyMonths.Should().Be(6);
    }

    [Fact]
    public void An_approved_extension_is_six_months_from_assignment_at_most()
    {
        var s = Split(UnitA);
        s.RequestExtension("涉及面广", Unit(UnitA), At(2026, 5, 1));
        s.ApproveExtension(s.AssignmentOf(UnitA)!.Id, null, Staff, At(2026, 5, 6), Rules);
        s.AssignmentOf(UnitA)!.DueOn.Should().Be(new DateOnly(2026, 9, 2));
        s.AssignmentOf(UnitA)!.IsExtended.Should().BeTrue();
    }

    [Fact]
    public void On_time_is_decided_by_the_day_the_reply_is_filed_not_the_date_typed_on_the_letter()
    {
        var s = Split(UnitA);
        var reply = s.Reply(ReplyA(new DateOnly(2026, 5, 20)), Unit(UnitA), At(2026, 6, 10), Rules);
        reply.SignedOn.Should().Be(new DateOnly(2026, 5, 20));
        reply.FiledOn.Should().Be(new DateOnly(2026, 6, 10));
        reply.OnTime.Should().BeFalse();
        s.RepliedOnTime.Should().BeFalse();
        reply.RatingDueOn.Should().Be(Rules.RatingDue(new DateOnly(2026, 6, 10)), "the rating window starts when the deputy can read the reply");
    }

    // ---------------------------------------------------------------- 三见面

    [Fact]
    public void Each_contact_counts_for_its_own_stage_and_after_comes_only_once_the_unit_replied()
    {
        var s = Split(UnitA);
        var part = s.AssignmentOf(UnitA)!;
        s.LogContact(ContactStage.Before, new DateOnly(2026, 3, 5), ContactForm.InPerson, null, Unit(UnitA), At(2026, 3, 5), Rules);
        (part.MetBefore, part.MetDuring, part.MetAfter, part.MetDeputy).Should().Be((true, false, false, false), "one contact is not 见面 for all three");

        var tooEarly = () => s.LogContact(ContactStage.After, new DateOnly(2026, 3, 6), ContactForm.Phone, null, Unit(UnitA), At(2026, 3, 6), Rules);
        tooEarly.Should().Throw<DomainRuleException>().WithRefusal(SuggestionMessages.ContactAfterNeedsReply);

        s.LogContact(ContactStage.During, new DateOnly(2026, 4, 1), ContactForm.Phone, null, Unit(UnitA), At(2026, 4, 1), Rules);
        Reply(s, UnitA, FirstReply);
        s.LogContact(ContactStage.After, new DateOnly(2026, 4, 13), ContactForm.Meeting, null, Unit(UnitA), FirstRating, Rules);
        (part.MetBefore, part.MetDuring, part.MetAfter, part.MetDeputy).Should().Be((true, true, true, true));
        s.MetDeputy.Should().BeTrue();
    }

    // ---------------------------------------------------------------- the endless loop

    [Fact]
    public void After_a_second_not_satisfied_staff_may_close_with_a_recorded_explanation()
    {
        var once = Rehandling();
        RefusedBoth(once, SuggestionAction.CloseWithExplanation, Staff, FirstRating,
            () => once.CloseWithExplanation("说明", Staff, FirstRating, Rules), SuggestionMessages.CloseExplanationOnlyAfterSecondUnsatisfied);

        var s = TwiceUnsatisfied();
        s.Status.Should().Be(SuggestionStatus.Rehandling, "without staff, the loop would go on to a third round");
        var noText = () => s.CloseWithExplanation(" ", Staff, Later, Rules);
        noText.Should().Throw<DomainRuleException>().Which.Field.Should().Be("Explanation");

        s.CloseWithExplanation("受上位规划限制近期无法实施，已当面向代表说明", Staff, Later, Rules);
        s.Status.Should().Be(SuggestionStatus.Closed);
        s.ClosingNote.Should().Be("受上位规划限制近期无法实施，已当面向代表说明");
        s.Satisfaction.Should().Be(Satisfaction.Unsatisfied, "the figures keep the deputy's last rating");
        var part = s.AssignmentOf(UnitA)!;
        part.State.Should().Be(AssignmentState.Replied);
        part.Round.Should().Be(2, "the third round was never opened");
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.ClosedWithExplanation);
    }

    // ---------------------------------------------------------------- warnings to confirm

    [Fact]
    public void A_session_suggestion_received_long_after_the_session_asks_staff_to_confirm()
    {
        var draft = new SuggestionDraft(SuggestionSource.DuringSession, 5, 2026, LeadDeputy, [], "关于增设公交站点的建议", "建议增设站点。", 3, new DateOnly(2026, 4, 1));
        var closedOn = new DateOnly(2026, 1, 16);
        Suggestion.RegistrationWarning(draft, closedOn)!.Code.Should().Be("Suggestion.ReceivedLongAfterSession");
        var now = At(2026, 4, 2);
        var unconfirmed = () => Suggestion.Register(draft, "十六届五次会议第300号", "session:5", 300, Staff, now, closedOn);
        var refused = unconfirmed.Should().Throw<DomainRuleException>().Which.Refusal;
        (refused.Code, refused.Field).Should().Be(("Common.NeedsConfirmation", "Confirmed"));

        Suggestion.Register(draft, "十六届五次会议第300号", "session:5", 300, Staff, now, closedOn, confirmed: true).Status.Should().Be(SuggestionStatus.Submitted);
        Suggestion.RegistrationWarning(draft with { ReceivedOn = new DateOnly(2026, 1, 20) }, closedOn).Should().BeNull("a few days after the session is normal");
    }

    [Fact]
    public void An_assignment_made_on_a_rest_day_asks_staff_to_confirm()
    {
        var sunday = At(2026, 3, 8);
        var s = Accepted();
        var unconfirmed = () => s.Assign(HandlingMode.Split, [UnitA], null, Staff, sunday, Rules);
        unconfirmed.Should().Throw<DomainRuleException>().Which.Code.Should().Be("Common.NeedsConfirmation");
        s.Status.Should().Be(SuggestionStatus.Accepted);
        Suggestion.AssignmentWarning(new DateOnly(2026, 3, 8), Rules).Should().NotBeNull();
        Suggestion.AssignmentWarning(new DateOnly(2026, 3, 9), Rules).Should().BeNull();

        s.Assign(HandlingMode.Split, [UnitA], null, Staff, sunday, Rules, confirmed: true);
        s.AssignedOn.Should().Be(new DateOnly(2026, 3, 8), "the server's date is recorded as it was");
    }

    // ---------------------------------------------------------------- kept figures agree with the checks

    public static TheoryData<string> ClosingScenarios() => ["replied", "rated", "split-one-rated", "joint-late-opinion", "rehandling", "closed"];

    [Theory]
    [MemberData(nameof(ClosingScenarios))]
    public void CloseableOn_is_the_first_day_the_close_check_passes(string scenario)
    {
        var s = scenario switch
        {
            "replied" => Replied(),
            "rated" => RatedReplied(),
            "split-one-rated" => SplitOneRated(),
            "joint-late-opinion" => LeadRepliedWithoutOpinion(),
            "rehandling" => Rehandling(),
            _ => Closed(),
        };
        for (var day = new DateOnly(2026, 4, 10); day <= new DateOnly(2026, 6, 30); day = day.AddDays(1))
        {
            var allowed = s.Check(SuggestionAction.Close, Staff, day) is null;
            (s.CloseableOn is { } from && day >= from).Should().Be(allowed, "on {0} in scenario {1}", day, scenario);
        }

        static Suggestion RatedReplied()
        {
            var s = Replied();
            Rate(s, UnitA, Satisfaction.BasicallySatisfied, FirstRating);
            return s;
        }

        static Suggestion SplitOneRated()
        {
            var s = Split(UnitA, UnitB);
            Reply(s, UnitA, FirstReply);
            Reply(s, UnitB, FirstRating);
            Rate(s, UnitA, Satisfaction.Satisfied, FirstRating);
            return s;
        }


    }
}
