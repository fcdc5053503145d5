using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>A legislation record's rules beyond its table: readings in order, the dates, the text, the votes, 报批's clock, 公布's checks.</summary>
public sealed class LegislationRecordTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    [Fact]
    public void A_new_record_is_drafting_with_its_creation_on_the_history()
    {
        var record = F.NewRecord();

        record.Status.Should().Be(LegislationStatus.Drafting);
        record.NextReading.Should().Be(ReadingStage.First);
        record.Events.Select(e => (e.Kind, e.ActorName)).Should().Equal((LegislationEventKind.Created, "法工委 李明"));
        record.RegulationId.Should().BeNull();
    }

    [Fact]
    public void An_amendment_or_repeal_must_name_its_regulation()
    {
        Refused(() => LegislationRecord.Create(F.RecordDraft(LegislationKind.Amend) with { RegulationId = null }, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.RegulationRequired);
        LegislationRecord.Create(F.RecordDraft(LegislationKind.Repeal), F.Staff, F.Now).RegulationId.Should().Be(F.RegulationId);
    }

    [Fact]
    public void Only_staff_create_records()
    {
        Refused(() => LegislationRecord.Create(F.RecordDraft(), Actor.Deputy(1, "代表1"), F.Now)).Code.Should().Be("Workflow.WrongRole");
    }

    [Fact]
    public void The_second_reading_before_the_first_is_refused_and_says_which_comes_next()
    {
        var record = F.NewRecord();

        var refusal = Refused(() => record.RecordReading(F.Reading(ReadingStage.Second), F.FirstReadingOn, F.Text(), F.Staff, F.Now)).Refusal;

        refusal.Code.Should().Be("Legislation.ReadingOutOfOrder");
        refusal.Field.Should().Be(nameof(ReadingDraft.Stage));
        refusal.Message.Should().Be("审议须依次进行：下一次应为初审，不能登记二审。");
        record.Readings.Should().BeEmpty();
        record.Status.Should().Be(LegislationStatus.Drafting);
    }

    [Fact]
    public void Readings_go_first_second_third_and_a_repeated_stage_is_refused()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.RecordReading(F.Reading(ReadingStage.First, 2), F.PassedOn, F.Text(), F.Staff, F.Now)).Message
            .Should().Be("审议须依次进行：下一次应为二审，不能登记初审。");
        Refused(() => record.RecordReading(F.Reading(ReadingStage.Third, 2), F.PassedOn, F.Text(), F.Staff, F.Now)).Message
            .Should().Be("审议须依次进行：下一次应为二审，不能登记三审。");

        record.RecordReading(F.Reading(ReadingStage.Second, 2), F.PassedOn, F.Text(), F.Staff, F.Now);
        record.RecordReading(F.Reading(ReadingStage.Third, 3), F.Today, F.Text(), F.Staff, F.Now);

        record.Readings.Select(r => (r.Stage, r.HeldOn)).Should().Equal(
            (ReadingStage.First, F.FirstReadingOn), (ReadingStage.Second, F.PassedOn), (ReadingStage.Third, F.Today));
        record.NextReading.Should().BeNull();
        record.Status.Should().Be(LegislationStatus.InDeliberation);
        record.Events.Where(e => e.Kind == LegislationEventKind.Reading).Select(e => e.Note).Should().Equal("初审", "二审", "三审");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_reading_at_the_same_or_an_earlier_meeting_date_is_refused(int daysAfterFirst)
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        var refusal = Refused(() => record.RecordReading(F.Reading(ReadingStage.Second, 2), F.FirstReadingOn.AddDays(daysAfterFirst), F.Text(), F.Staff, F.Now)).Refusal;

        refusal.Should().Be(LegislationMessages.ReadingNotAfterPrevious(ReadingStage.First));
        refusal.Message.Should().Be("这次审议须在初审之后的常委会会议上进行。");
        refusal.Field.Should().Be(nameof(ReadingDraft.MeetingId));
        record.Readings.Should().HaveCount(1);
    }

    [Fact]
    public void The_reading_date_is_the_meetings_and_a_meeting_not_yet_held_is_refused()
    {
        var record = F.NewRecord();

        Refused(() => record.RecordReading(F.Reading(ReadingStage.First), F.Today.AddDays(1), F.Text(), F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.MeetingInFuture.On(nameof(ReadingDraft.MeetingId)));
        Refused(() => record.RecordReading(F.Reading(ReadingStage.First, 0), F.Today, F.Text(), F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.MeetingRequired.On(nameof(ReadingDraft.MeetingId)));

        var reading = record.RecordReading(F.Reading(ReadingStage.First, 4), F.FirstReadingOn, F.Text(), F.Staff, F.Now);
        (reading.MeetingId, reading.HeldOn, reading.ArticleCount, reading.DraftTitle).Should().Be((4, F.FirstReadingOn, 2, "示例市城市供水条例"));
        reading.Text().Articles.Select(a => a.Label).Should().Equal("第一条", "第二条");
    }

    [Fact]
    public void A_reading_needs_a_draft_text_with_articles_except_for_a_repeal()
    {
        var enactment = F.NewRecord();
        var repeal = F.NewRecord(LegislationKind.Repeal);

        Refused(() => enactment.RecordReading(F.Reading(ReadingStage.First), F.FirstReadingOn, StatuteText.Empty, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.DraftTextRequired);
        Refused(() => enactment.RecordReading(F.Reading(ReadingStage.First), F.FirstReadingOn, StatuteDetector.Detect("关于草案的说明，没有条文").Text, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.DraftTextRequired);
        repeal.RecordReading(F.Reading(ReadingStage.First), F.FirstReadingOn, StatuteText.Empty, F.Staff, F.Now);
        repeal.Status.Should().Be(LegislationStatus.InDeliberation);
    }

    [Fact]
    public void The_kind_is_fixed_once_the_draft_has_been_read()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.Edit(F.RecordDraft(LegislationKind.Revise), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.KindFixedAfterReading);
        record.Kind.Should().Be(LegislationKind.Enact);
    }

    [Fact]
    public void A_consultation_in_the_future_is_refused()
    {
        var record = F.NewRecord();

        Refused(() => record.RecordConsultation(new ConsultationDraft(ConsultationKind.ExpertMeeting, F.Today.AddDays(1), null, "专家论证"), F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.ConsultationInFuture);
        record.RecordConsultation(new ConsultationDraft(ConsultationKind.ExpertMeeting, F.Today, null, "专家论证"), F.Staff, F.Now);
        record.Consultations.Should().ContainSingle();
        record.Events[^1].Note.Should().Be("论证会");
    }

    [Fact]
    public void The_vote_is_not_before_the_last_reading_but_may_be_at_the_same_meeting()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.Pass(F.Vote(), F.FirstReadingOn.AddDays(-1), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.PassedBeforeReading);
        record.Status.Should().Be(LegislationStatus.InDeliberation);

        record.Pass(F.Vote(), F.FirstReadingOn, null, F.Staff, F.Now);
        (record.Status, record.PassedOn, record.PassedMeetingId, record.VotesFor, record.VotesAgainst, record.Abstentions)
            .Should().Be((LegislationStatus.Passed, F.FirstReadingOn, 2, 38, 0, 1));
    }

    [Fact]
    public void A_vote_at_a_meeting_not_yet_held_is_refused()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.Pass(F.Vote(), F.Today.AddDays(1), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.MeetingInFuture.On(nameof(PassDraft.MeetingId)));
        Refused(() => record.Pass(F.Vote() with { MeetingId = null }, F.Today, null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.MeetingRequired.On(nameof(PassDraft.MeetingId)));
    }

    [Theory]
    [InlineData(-1, nameof(PassDraft.VotesFor))]
    [InlineData(1001, nameof(PassDraft.VotesFor))]
    public void Votes_outside_0_to_1000_are_refused_on_their_field(int votes, string field)
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.Pass(F.Vote(votes), F.Today, null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.VotesOutOfRange.On(field));
        Refused(() => record.Pass(F.Vote() with { VotesAgainst = votes }, F.Today, null, F.Staff, F.Now)).Field.Should().Be(nameof(PassDraft.VotesAgainst));
        Refused(() => record.Pass(F.Vote() with { Abstentions = votes }, F.Today, null, F.Staff, F.Now)).Field.Should().Be(nameof(PassDraft.Abstentions));
        record.Status.Should().Be(LegislationStatus.InDeliberation);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public void Votes_at_the_bounds_are_taken(int votes)
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        record.Pass(new PassDraft(2, votes, votes, votes), F.Today, null, F.Staff, F.Now);

        (record.VotesFor, record.VotesAgainst, record.Abstentions).Should().Be((votes, votes, votes));
    }

    [Fact]
    public void Votes_may_be_left_unrecorded()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        record.Pass(new PassDraft(2, null, null, null), F.Today, null, F.Staff, F.Now);

        record.VotesFor.Should().BeNull();
    }

    [Fact]
    public void The_final_text_is_the_text_passed_when_one_was_imported_at_the_vote_otherwise_the_last_readings()
    {
        var asRead = F.RecordIn(LegislationStatus.Passed);
        var amendedAtVote = F.RecordIn(LegislationStatus.InDeliberation);
        amendedAtVote.Pass(F.Vote(), F.Today, F.Text(variant: "和节约用水"), F.Staff, F.Now);

        asRead.PassedTextJson.Should().BeNull();
        asRead.FinalText().PlainText.Should().Be(F.Text().PlainText);
        amendedAtVote.FinalText().Articles[1].BodyText.Should().Contain("和节约用水");
    }

    [Fact]
    public void A_text_imported_at_the_vote_without_articles_is_refused()
    {
        var record = F.RecordIn(LegislationStatus.InDeliberation);

        Refused(() => record.Pass(F.Vote(), F.Today, StatuteDetector.Detect("表决稿说明").Text, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.DraftTextRequired);
    }

    [Fact]
    public void The_submission_takes_the_servers_beijing_date_and_the_province_has_four_months()
    {
        var record = F.RecordIn(LegislationStatus.Passed);

        // 23:30 UTC on 5 May is 07:30 on 6 May in Beijing.
        record.SubmitForApproval(F.Staff, new DateTimeOffset(2026, 5, 5, 23, 30, 0, TimeSpan.Zero));

        record.SubmittedOn.Should().Be(new DateOnly(2026, 5, 6));
        record.ApprovalDueOn.Should().Be(new DateOnly(2026, 9, 6));
        record.Events[^1].Kind.Should().Be(LegislationEventKind.SubmittedForApproval);
    }

    [Fact]
    public void Four_months_from_the_last_day_of_a_month_end_on_the_last_day_of_the_shorter_month()
    {
        var record = F.RecordIn(LegislationStatus.Passed);

        record.SubmitForApproval(F.Staff, F.At(2026, 10, 31));

        record.ApprovalDueOn.Should().Be(new DateOnly(2027, 2, 28));
    }

    [Fact]
    public void The_approval_clock_runs_warns_thirty_days_ahead_and_is_overdue_after_the_due_day()
    {
        var record = F.RecordIn(LegislationStatus.AwaitingApproval);
        var due = new DateOnly(2026, 9, 6);
        record.ApprovalDueOn.Should().Be(due);

        record.ApprovalClockOn(new DateOnly(2026, 5, 6)).Should().Be(ApprovalClock.Running);
        record.ApprovalClockOn(due.AddDays(-31)).Should().Be(ApprovalClock.Running);
        record.ApprovalClockOn(due.AddDays(-30)).Should().Be(ApprovalClock.Approaching);
        record.ApprovalClockOn(due).Should().Be(ApprovalClock.Approaching);
        record.ApprovalClockOn(due.AddDays(1)).Should().Be(ApprovalClock.Overdue);
    }

    [Theory]
    [InlineData(LegislationStatus.Drafting)]
    [InlineData(LegislationStatus.Passed)]
    [InlineData(LegislationStatus.Approved)]
    [InlineData(LegislationStatus.Promulgated)]
    public void The_approval_clock_runs_only_while_awaiting_approval(LegislationStatus status)
    {
        F.RecordIn(status).ApprovalClockOn(new DateOnly(2027, 1, 1)).Should().Be(ApprovalClock.NotRunning);
    }

    [Fact]
    public void Approval_before_the_submission_or_in_the_future_is_refused()
    {
        var record = F.RecordIn(LegislationStatus.AwaitingApproval);

        Refused(() => record.Approve(new ApprovalDraft(new DateOnly(2026, 5, 5), null), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ApprovedBeforeSubmission);
        Refused(() => record.Approve(new ApprovalDraft(F.Today.AddDays(1), null), F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.ApprovedInFuture);
        record.Status.Should().Be(LegislationStatus.AwaitingApproval);

        record.Approve(new ApprovalDraft(new DateOnly(2026, 5, 6), "批准决定"), F.Staff, F.Now);
        (record.Status, record.ApprovedOn, record.ApprovalResolution).Should().Be((LegislationStatus.Approved, new DateOnly(2026, 5, 6), "批准决定"));
    }

    [Fact]
    public void Promulgation_before_approval_is_refused()
    {
        var record = F.RecordIn(LegislationStatus.Approved);

        var refusal = Refused(() => record.Promulgate(F.Promulgation(on: F.ApprovedOn.AddDays(-1)), F.RegulationId, F.Staff, F.Now)).Refusal;

        refusal.Should().Be(LegislationMessages.PromulgatedBeforeApproval);
        refusal.Field.Should().Be(nameof(PromulgationDraft.PromulgatedOn));
        record.Status.Should().Be(LegislationStatus.Approved);
        record.AnnouncementNumber.Should().BeNull();
    }

    [Fact]
    public void The_promulgation_checks_run_before_the_library_is_touched()
    {
        Refused(() => LegislationRecord.CheckPromulgation(F.Promulgation(on: F.ApprovedOn.AddDays(-1)), F.ApprovedOn, F.Now)).Refusal.Should().Be(LegislationMessages.PromulgatedBeforeApproval);
        Refused(() => LegislationRecord.CheckPromulgation(F.Promulgation(effective: F.PromulgatedOn.AddDays(-1)), F.ApprovedOn, F.Now)).Refusal.Should().Be(LegislationMessages.EffectiveBeforePromulgation);
        Refused(() => LegislationRecord.CheckPromulgation(F.Promulgation(on: F.Today.AddDays(1)), F.ApprovedOn, F.Now)).Refusal.Should().Be(LegislationMessages.PromulgatedInFuture);
        Refused(() => LegislationRecord.CheckPromulgation(F.Promulgation("  "), F.ApprovedOn, F.Now)).Refusal.Should().Be(DomainMessages.Required(nameof(PromulgationDraft.AnnouncementNumber), "公告编号"));
        Refused(() => LegislationRecord.CheckPromulgation(F.Promulgation(new string('号', Announcement.MaxLength + 1)), F.ApprovedOn, F.Now)).Code.Should().Be("Common.TooLong");
        FluentActions.Invoking(() => LegislationRecord.CheckPromulgation(F.Promulgation(on: F.ApprovedOn, effective: F.ApprovedOn), F.ApprovedOn, F.Now)).Should().NotThrow();
    }

    [Fact]
    public void Promulgation_records_the_normalised_number_the_dates_and_the_regulation()
    {
        var record = F.RecordIn(LegislationStatus.Approved);

        record.Promulgate(F.Promulgation("公告 第１２号"), 9, F.Staff, F.Now);

        (record.Status, record.AnnouncementNumber, record.PromulgatedOn, record.EffectiveOn, record.RegulationId)
            .Should().Be((LegislationStatus.Promulgated, "公告第12号", F.PromulgatedOn, new DateOnly(2026, 9, 1), 9));
        record.Events[^1].Should().BeEquivalentTo(new { Kind = LegislationEventKind.Promulgated, Note = "公告第12号" });
    }

    [Fact]
    public void Each_step_of_a_record_is_on_its_history_in_order()
    {
        var record = F.RecordIn(LegislationStatus.Promulgated);

        record.Events.Select(e => e.Kind).Should().Equal(
            LegislationEventKind.Created, LegislationEventKind.Reading, LegislationEventKind.Passed, LegislationEventKind.SubmittedForApproval,
            LegislationEventKind.Approved, LegislationEventKind.Promulgated);
        record.Events.Select(e => e.At).Should().BeInAscendingOrder();
        record.Events.Should().OnlyContain(e => e.ActorName == "法工委 李明");
    }

    [Fact]
    public void Withdrawal_and_research_conclusion_need_a_reason()
    {
        var record = F.NewRecord();
        var research = F.NewRecord(LegislationKind.Research);

        Refused(() => record.Withdraw(" ", F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required("Reason", "终止理由"));
        Refused(() => research.ConcludeResearch(null, F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required("Reason", "调研成果"));

        record.Withdraw("主任会议决定暂缓", F.Staff, F.Now);
        (record.Status, record.StatusReason, record.Events[^1].Note).Should().Be((LegislationStatus.Withdrawn, "主任会议决定暂缓", "主任会议决定暂缓"));
    }
}
