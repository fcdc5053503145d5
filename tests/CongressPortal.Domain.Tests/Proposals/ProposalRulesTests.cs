using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Proposals.ProposalFixture;

namespace CongressPortal.Domain.Tests.Proposals;

/// <summary>The rules of docs/domain/proposals.md beyond the table: ten signatures, the deadline, the decisions' dates, conversion.</summary>
public sealed class ProposalRulesTests
{
    // ---------------------------------------------------------------- P1: ten or more deputies jointly

    [Fact]
    public void Nine_signatures_lead_included_are_refused_with_the_count_and_ten_are_registered_under_the_sessions_number()
    {
        FluentActions.Invoking(() => Proposal.Register(NewDraft(coSigners: 8), Context(), 1, Staff, Now))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.TooFewSigners(9));
        ProposalMessages.TooFewSigners(9).Message.Should().Contain("目前9名（含领衔代表），还差1名").And.Contain("可以作为建议登记");

        var proposal = Proposal.Register(NewDraft(coSigners: 9), Context(), 3, Staff, Now);

        proposal.Status.Should().Be(ProposalStatus.Registered);
        proposal.Number.Should().Be("十六届五次会议议案第03号");
        proposal.SignedCount.Should().Be(10);
        proposal.RegisteredOn.Should().Be(Today);
        proposal.Signers.Should().OnlyContain(s => s.State == ProposalSignerState.Confirmed, "paper signatures are signatures");
    }

    [Fact]
    public void Too_few_signatures_or_a_late_paper_proposal_may_be_registered_as_a_suggestion_instead_other_problems_must_be_fixed()
    {
        Proposal.SuggestionInstead(NewDraft(coSigners: 5), Context(), Now).Should().Be(ProposalMessages.TooFewSigners(6));
        Proposal.SuggestionInstead(NewDraft(coSigners: 9), Context(), Deadline.AddSeconds(1)).Should().Be(ProposalMessages.PastDeadline(Deadline));
        Proposal.SuggestionInstead(NewDraft(coSigners: 9), Context(), Now).Should().BeNull("it is a proposal");
        Proposal.SuggestionInstead(NewDraft(coSigners: 5, subject: " "), Context(), Now).Should().BeNull("an empty subject must be filled in either way");
    }

    [Fact]
    public void A_proposal_recorded_as_a_suggestion_keeps_no_number_the_reason_and_links_to_its_suggestion_once()
    {
        var record = Proposal.RecordAsSuggestion(NewDraft(coSigners: 5), Context(), Staff, Now);
        var draft = record.ToSuggestionDraft(categoryId: 4, year: 2026, receivedOn: Today);

        record.Status.Should().Be(ProposalStatus.ConvertedToSuggestion);
        record.Number.Should().BeNull();
        record.StatusReason.Should().Be(ProposalMessages.TooFewSigners(6).Message);
        draft.LeadDeputyId.Should().Be(1);
        draft.CoSignerIds.Should().Equal(2, 3, 4, 5, 6);
        draft.Source.Should().Be(SuggestionSource.DuringSession);

        record.LinkSuggestion(77);
        record.SuggestionId.Should().Be(77);
        FluentActions.Invoking(() => record.LinkSuggestion(78)).Should().Throw<DomainRuleException>();
        FluentActions.Invoking(() => Proposal.RecordAsSuggestion(NewDraft(coSigners: 9), Context(), Staff, Now))
            .Should().Throw<DomainRuleException>("a proposal with ten signatures before the deadline is registered as a proposal");
    }

    [Theory]
    [InlineData(Resigned, "Proposal.DeputyNotServing", "代表三十已不在任")]
    [InlineData(OtherTerm, "Proposal.DeputyOfAnotherTerm", "代表四十不是本届人大代表")]
    [InlineData(999, "Proposal.UnknownDeputy", "不存在")]
    public void A_co_signer_who_cannot_sign_is_refused_by_name_next_to_the_co_signers(int deputyId, string code, string words)
    {
        var draft = NewDraft(coSigners: 9) with { CoSignerIds = [.. Enumerable.Range(2, 9), deputyId] };

        var problems = Proposal.Problems(draft, Context(), countSignatures: true);

        problems.Should().ContainSingle().Which.Should().Match<Refusal>(r => r.Code == code && r.Field == nameof(ProposalDraft.CoSignerIds) && r.Message.Contains(words));
    }

    [Fact]
    public void Every_problem_of_a_draft_is_reported_with_its_field()
    {
        var draft = new ProposalDraft(SessionId, ProposerKind.Deputies, 1, [2, 3, 3, 1], null, null, "", " ", "");

        var problems = Proposal.Problems(draft, Context(), countSignatures: true);

        problems.Select(p => (p.Code, p.Field)).Should().Equal(
            ("Proposal.DuplicateCoSigner", nameof(ProposalDraft.CoSignerIds)),
            ("Proposal.LeadNotCoSigner", nameof(ProposalDraft.CoSignerIds)),
            ("Common.Required", nameof(ProposalDraft.Subject)),
            ("Common.Required", nameof(ProposalDraft.Grounds)),
            ("Common.Required", nameof(ProposalDraft.Solution)));
        problems[0].Message.Should().Be("联名代表“代表3”重复列出了，请删去重复的一项。");
    }

    [Fact]
    public void Bodies_propose_without_ten_deputies_but_name_themselves()
    {
        var government = new ProposalDraft(SessionId, ProposerKind.Government, null, [], null, null, "关于提请审议《示例市国土空间总体规划》的议案", "依据……", "提请大会审议");
        Proposal.Register(government, Context(), 1, Staff, Now).SignedCount.Should().Be(0);

        Proposal.Problems(government with { Kind = ProposerKind.Delegation }, Context(), true).Should().ContainSingle().Which.Should().Be(ProposalMessages.DelegationRequired);
        Proposal.Problems(government with { Kind = ProposerKind.SpecialCommittee }, Context(), true).Should().ContainSingle().Which.Should().Be(ProposalMessages.CommitteeRequired);
        Proposal.Problems(government with { Kind = ProposerKind.Delegation, DelegationId = 2 }, Context(), true).Should().BeEmpty("a delegation needs no ten signatures");
    }

    // ---------------------------------------------------------------- P2: the session's deadline, by the server's clock

    [Fact]
    public void Registration_closes_at_the_deadline_to_the_second_and_needs_a_deadline_set()
    {
        Proposal.Register(NewDraft(), Context(), 1, Staff, Deadline).Status.Should().Be(ProposalStatus.Registered, "the deadline itself is in time");
        FluentActions.Invoking(() => Proposal.Register(NewDraft(), Context(), 1, Staff, Deadline.AddSeconds(1)))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.PastDeadline(Deadline));
        ProposalMessages.PastDeadline(Deadline).Message.Should().Contain("2026年1月12日 12:00");
        FluentActions.Invoking(() => Proposal.Register(NewDraft(), Context(noDeadline: true), 1, Staff, Now))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.NoDeadline);
    }

    // ---------------------------------------------------------------- online: drafted, signed on each deputy's desk, submitted

    [Fact]
    public void The_lead_submits_only_when_ten_have_signed_before_the_deadline()
    {
        var draft = OnlineDraft(confirmed: 8);
        draft.SignedCount.Should().Be(9);
        draft.Check(ProposalAction.Submit, Deputy(1), Now, Deadline).Should().Be(ProposalMessages.TooFewSigners(9));
        FluentActions.Invoking(() => draft.Submit(Context(), 1, Deputy(1), Now)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.TooFewSigners(9));
        draft.Number.Should().BeNull();

        draft.ConfirmSigning(Deputy(10), Now, Deadline);
        draft.Check(ProposalAction.Submit, Deputy(1), Deadline.AddSeconds(1), Deadline).Should().Be(ProposalMessages.PastDeadline(Deadline));
        draft.Check(ProposalAction.Submit, Deputy(2), Now, Deadline).Should().Be(ProposalMessages.OnlyLead);
        draft.Submit(Context(), 4, Deputy(1), Now);

        draft.Status.Should().Be(ProposalStatus.Registered);
        draft.Number.Should().Be("十六届五次会议议案第04号");
        draft.SubmittedOnline.Should().BeTrue();
        draft.CoSigners.Single(s => s.DeputyId == 11).State.Should().Be(ProposalSignerState.Invited, "an unanswered invitation is not a signature");
    }

    [Fact]
    public void Each_co_signer_answers_for_themselves_and_may_change_their_mind_until_submission()
    {
        var draft = OnlineDraft(confirmed: 0);

        draft.Check(ProposalAction.ConfirmSigning, Deputy(15), Now, Deadline).Should().Be(ProposalMessages.NotInvited);
        draft.DeclineSigning(Deputy(3), Now, Deadline);
        draft.Check(ProposalAction.DeclineSigning, Deputy(3), Now, Deadline).Should().Be(ProposalMessages.AlreadyDeclined);
        draft.ConfirmSigning(Deputy(3), Now, Deadline);
        draft.Check(ProposalAction.ConfirmSigning, Deputy(3), Now, Deadline).Should().Be(ProposalMessages.AlreadyConfirmed);
        draft.Check(ProposalAction.ConfirmSigning, Deputy(4), Deadline.AddMinutes(1), Deadline).Should().Be(ProposalMessages.PastDeadline(Deadline));
        draft.Check(ProposalAction.DeclineSigning, Deputy(4), Deadline.AddMinutes(1), Deadline).Should().BeNull("declining after the deadline harms nobody");

        draft.CoSigners.Single(s => s.DeputyId == 3).Should().Match<ProposalSigner>(s => s.State == ProposalSignerState.Confirmed && s.AnsweredAt == Now);
        draft.Events.Select(e => e.Kind).Should().Equal(ProposalEventKind.Drafted, ProposalEventKind.SigningDeclined, ProposalEventKind.SigningConfirmed);
    }

    [Fact]
    public void Editing_a_draft_keeps_the_answers_of_co_signers_who_stay_and_invites_new_ones()
    {
        var draft = OnlineDraft(confirmed: 3);
        var edited = NewDraft() with { CoSignerIds = [2, 3, 12, 13] };

        draft.EditDraft(edited, Context(), Deputy(1), Now);

        draft.CoSigners.Select(s => (s.DeputyId, s.State)).Should().Equal(
            (2, ProposalSignerState.Confirmed), (3, ProposalSignerState.Confirmed), (12, ProposalSignerState.Invited), (13, ProposalSignerState.Invited));
        draft.SignedCount.Should().Be(3);
        FluentActions.Invoking(() => draft.EditDraft(edited, Context(), Deputy(2), Now)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.OnlyLead);
    }

    [Fact]
    public void A_deputy_drafts_only_as_the_lead_and_only_before_the_deadline()
    {
        FluentActions.Invoking(() => Proposal.StartDraft(NewDraft(), Context(), Deputy(2), Now)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.OnlyOwnDraft);
        FluentActions.Invoking(() => Proposal.StartDraft(NewDraft(), Context(), Deputy(1), Deadline.AddDays(1))).Should().Throw<DomainRuleException>()
            .WithRefusal(ProposalMessages.PastDeadline(Deadline));
        Proposal.StartDraft(NewDraft(coSigners: 0), Context(), Deputy(1), Now).SignedCount.Should().Be(1, "a draft may start with no co-signers");
    }

    // ---------------------------------------------------------------- the presidium's decision (P7, P9)

    [Fact]
    public void A_committee_reports_within_half_a_year_moved_past_rest_days()
    {
        // 11 January 2026 is a Sunday: half a year later is Saturday 11 July; Monday 13 July is a holiday in this calendar.
        var calendar = new WorkingDayCalendar([new DateOnly(2026, 7, 13)], []);
        var decidedOn = new DateOnly(2026, 1, 11);
        Proposal.LatestReportDue(decidedOn, calendar).Should().Be(new DateOnly(2026, 7, 14));

        var tooLate = RegisteredProposal();
        var later = Now.AddDays(1);
        FluentActions.Invoking(() => tooLate.ReferToCommittee(new DecisionDraft(decidedOn, "交法制委员会审议"), SpecialCommittee(), new DateOnly(2026, 7, 15), calendar, Staff, later))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.DueBeyondSixMonths(new DateOnly(2026, 7, 14)));
        ProposalMessages.DueBeyondSixMonths(new DateOnly(2026, 7, 14)).Message.Should().Contain("最晚为2026年7月14日");
        FluentActions.Invoking(() => tooLate.ReferToCommittee(new DecisionDraft(decidedOn, "交法制委员会审议"), SpecialCommittee(), decidedOn, calendar, Staff, later))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.DueNotAfterDecision);
        tooLate.Status.Should().Be(ProposalStatus.Registered);

        tooLate.ReferToCommittee(new DecisionDraft(decidedOn, "交法制委员会审议"), SpecialCommittee(), new DateOnly(2026, 7, 14), calendar, Staff, later);
        tooLate.ReportDueOn.Should().Be(new DateOnly(2026, 7, 14));
        tooLate.IsReportOverdue(new DateOnly(2026, 7, 14)).Should().BeFalse();
        tooLate.IsReportOverdue(new DateOnly(2026, 7, 15)).Should().BeTrue();
    }

    [Fact]
    public void Only_an_active_special_committee_receives_a_proposal()
    {
        var working = Committee.Create("代表工作委员会", null, CommitteeKind.Working, 2);
        FluentActions.Invoking(() => RegisteredProposal().ReferToCommittee(Decision(), working, Today.AddMonths(1), WorkingDayCalendar.WeekdaysOnly, Staff, Now))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.CommitteeMustBeSpecial);
    }

    [Fact]
    public void Every_decision_has_a_reason_and_a_date_between_registration_and_today()
    {
        var proposal = RegisteredProposal();
        FluentActions.Invoking(() => proposal.PutOnAgenda(Decision(" "), Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.ReasonRequired);
        FluentActions.Invoking(() => proposal.PutOnAgenda(new DecisionDraft(Today.AddDays(1), "理由"), Staff, Now)).Should().Throw<DomainRuleException>()
            .WithRefusal(ProposalMessages.DecidedInFuture);
        FluentActions.Invoking(() => proposal.LeaveOffAgenda(new DecisionDraft(Today.AddDays(-1), "理由"), Staff, Now)).Should().Throw<DomainRuleException>()
            .WithRefusal(ProposalMessages.DecidedBeforeRegistration(Today));
        proposal.Status.Should().Be(ProposalStatus.Registered);
        proposal.DecidedOn.Should().BeNull();

        proposal.LeaveOffAgenda(Decision("不属于本级人民代表大会职权范围"), Staff, Now);
        proposal.DecidedOn.Should().Be(Today);
        proposal.DecisionReason.Should().Be("不属于本级人民代表大会职权范围");
    }

    [Fact]
    public void The_report_is_on_time_by_the_day_it_was_filed_not_the_date_typed_on_it()
    {
        var proposal = RegisteredProposal();
        proposal.ReferToCommittee(Decision(), SpecialCommittee(), Today.AddMonths(1), WorkingDayCalendar.WeekdaysOnly, Staff, Now);
        var filedLate = Now.AddMonths(2);

        proposal.RecordCommitteeReport(Today.AddDays(20), "法制委员会关于……议案审议结果的报告", Staff, filedLate);

        proposal.ReportedOn.Should().Be(Today.AddDays(20));
        proposal.ReportFiledOn.Should().Be(ChinaTime.Today(filedLate));
        proposal.ReportedOnTime.Should().BeFalse("the portal received it after the due date, whatever date the report carries");
        FluentActions.Invoking(() => proposal.RecordResult(Today.AddDays(19), "常委会审议通过", null, Staff, filedLate))
            .Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.ResultBeforeDecision);
        proposal.RecordResult(Today.AddDays(40), "常委会第二十次会议审议通过该报告", 8, Staff, filedLate);
        proposal.Status.Should().Be(ProposalStatus.Concluded);
        proposal.ResultMeetingId.Should().Be(8);
    }

    // ---------------------------------------------------------------- P8: handled as a suggestion

    [Fact]
    public void A_proposal_handled_as_a_suggestion_becomes_a_suggestion_with_every_signer_that_then_runs_its_own_workflow()
    {
        var proposal = OnlineDraft(confirmed: 9);
        proposal.DeclineSigning(Deputy(11), Now, Deadline);
        proposal.Submit(Context(), 2, Deputy(1), Now);
        typeof(Proposal).GetProperty(nameof(Proposal.Id))!.SetValue(proposal, 31, null); // as hi-lo gives it on adding

        var draft = proposal.ToSuggestionDraft(categoryId: 3, year: 2026, receivedOn: Today);
        var suggestion = Suggestion.Register(draft, "十六届五次会议第120号", "session:5", 120, Staff, Now);
        proposal.ConvertToSuggestion(Decision("内容属于具体工作事项，作为代表建议交有关部门办理"), 55, Staff, Now);

        draft.CoSignerIds.Should().Equal([2, 3, 4, 5, 6, 7, 8, 9, 10], "the declined deputy did not sign");
        suggestion.ProposalId.Should().Be(31);
        suggestion.Title.Should().Be(proposal.Subject);
        suggestion.Content.Should().Contain(proposal.Grounds).And.Contain(proposal.Solution);
        proposal.SuggestionId.Should().Be(55);
        proposal.Status.Should().Be(ProposalStatus.ConvertedToSuggestion);

        suggestion.Accept(Staff, Now);
        suggestion.Status.Should().Be(SuggestionStatus.Accepted, "the suggestion follows its own workflow from here");
    }

    [Fact]
    public void Only_a_deputies_proposal_can_be_handled_as_a_suggestion()
    {
        var government = Proposal.Register(new ProposalDraft(SessionId, ProposerKind.Government, null, [], null, null, "关于……的议案", "依据", "方案"), Context(), 1, Staff, Now);

        government.Check(ProposalAction.ConvertToSuggestion, Staff, Now, Deadline).Should().Be(ProposalMessages.ConversionNeedsDeputy);
        FluentActions.Invoking(() => government.ToSuggestionDraft(1, 2026, Today)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.ConversionNeedsDeputy);
    }

    // ---------------------------------------------------------------- P6 and visibility

    [Fact]
    public void Only_the_lead_withdraws_online_and_staff_record_a_withdrawal_with_its_reason()
    {
        var proposal = RegisteredProposal();
        proposal.Check(ProposalAction.Withdraw, Deputy(2), Now, Deadline).Should().Be(ProposalMessages.OnlyLead);
        FluentActions.Invoking(() => proposal.Withdraw(" ", Staff, Now)).Should().Throw<DomainRuleException>().WithRefusal(ProposalMessages.WithdrawReasonRequired);

        proposal.Withdraw("领衔代表1月11日书面申请撤回", Staff, Now);

        proposal.Status.Should().Be(ProposalStatus.Withdrawn);
        proposal.StatusReason.Should().Be("领衔代表1月11日书面申请撤回");
        OnlineDraft().IsSignerOf(Deputy(11)).Should().BeTrue("an invited deputy may read the draft to decide");
        OnlineDraft().IsSignerOf(Deputy(15)).Should().BeFalse();
    }

    [Fact]
    public void Publication_is_a_flag_staff_set_and_clear_once_each()
    {
        var proposal = RegisteredProposal();
        proposal.Publish(Staff, Now);
        proposal.Check(ProposalAction.Publish, Staff, Now, Deadline).Should().Be(ProposalMessages.AlreadyPublished);
        proposal.Unpublish(Staff, Now);
        proposal.IsPublished.Should().BeFalse();
        proposal.Check(ProposalAction.Unpublish, Staff, Now, Deadline).Should().Be(ProposalMessages.NotPublished);
    }

    [Theory]
    [InlineData(ProposalStatus.Draft, false, null)]
    [InlineData(ProposalStatus.Registered, false, null)]
    [InlineData(ProposalStatus.Withdrawn, false, null)]
    [InlineData(ProposalStatus.OnAgenda, false, "列入会议议程")]
    [InlineData(ProposalStatus.Concluded, false, "列入会议议程")]
    [InlineData(ProposalStatus.ReferredToCommittee, true, "交专门委员会审议")]
    [InlineData(ProposalStatus.CommitteeReported, true, "交专门委员会审议")]
    [InlineData(ProposalStatus.Concluded, true, "交专门委员会审议")]
    [InlineData(ProposalStatus.NotOnAgenda, false, "不列入会议议程")]
    [InlineData(ProposalStatus.ConvertedToSuggestion, false, "作为建议处理")]
    public void The_presidiums_decision_stays_what_it_was_after_the_report_and_the_result(ProposalStatus status, bool referred, string? decision) =>
        ProposalWorkflow.PresidiumDecision(status, referred ? 4 : null).Should().Be(decision);

    [Fact]
    public void Session_rules_check_the_numbering_pattern()
    {
        var session = CongressSession.Create(16, 5, new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 12));
        session.ProposalNumberPattern.Should().Be(ProposalContext.DefaultNumberPattern);
        FluentActions.Invoking(() => session.SetProposalRules(Deadline, "议案第号")).Should().Throw<DomainRuleException>()
            .Which.Refusal.Field.Should().Be(nameof(CongressSession.ProposalNumberPattern));
        session.SetProposalRules(Deadline, "{year}年议案{NNN}号");
        (Context() with { NumberPattern = session.ProposalNumberPattern }).Number(12).Should().Be("2026年议案012号");
    }
}
