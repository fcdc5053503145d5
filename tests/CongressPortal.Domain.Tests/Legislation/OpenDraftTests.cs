using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;
using L = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A draft for public comment (docs/domain/legislation.md, L6–L9): preparing it from a reading, the 30-day minimum in
/// calendar days from the server's date, the closing instant to the second, extending and closing early with a reason,
/// and publishing the adoption outcome.
/// </summary>
public sealed class OpenDraftTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    // ---------------------------------------------------------------- preparing

    [Fact]
    public void A_draft_is_prepared_from_a_reading_with_its_text_and_article_anchors()
    {
        var record = F.Record();
        var reading = record.Readings.Single();

        var draft = OpenDraft.Prepare(record, reading.Id, F.Details(), F.Staff, F.Now);

        draft.Status.Should().Be(DraftPhase.Prepared);
        draft.Phase(F.AfterClose).Should().Be(DraftPhase.Prepared, "nothing is public, and no clock runs, until it is published");
        draft.Title.Should().Be("示例市物业管理条例（草案）");
        draft.Explanation.Should().Be("一、制定条例的必要性\n二、起草过程");
        draft.LastDay.Should().Be(F.LastDay);
        draft.TextJson.Should().Be(reading.TextJson);
        draft.ArticleCount.Should().Be(5);
        draft.ArticleAnchors.Should().Equal(F.Anchors);
        draft.Text().Articles.Select(a => a.Anchor).Should().Equal(F.Anchors);
        draft.ClosesAt.Should().BeNull();
        draft.OpenedAt.Should().BeNull();
        draft.CreatedAt.Should().Be(F.Now);
        draft.AcceptsCommentsAt(F.Now).Should().BeFalse();
        draft.DaysLeft(F.Now).Should().BeNull();
    }

    [Fact]
    public void A_draft_needs_a_reading_of_the_record_with_articles()
    {
        Refused(() => OpenDraft.Prepare(F.Record(), 99, F.Details(), F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ReadingNotFound);

        var repeal = L.NewRecord(LegislationKind.Repeal);
        repeal.RecordReading(L.Reading(ReadingStage.First), L.FirstReadingOn, StatuteText.Empty, F.Staff, L.At(L.FirstReadingOn));
        Refused(() => OpenDraft.Prepare(repeal, 0, F.Details(), F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ReadingHasNoText);
    }

    [Fact]
    public void Only_staff_prepare_a_draft()
    {
        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff).Append(PortalRole.Public))
            Refused(() => OpenDraft.Prepare(F.Record(), 0, F.Details(), L.ActorFor(role), F.Now)).Code.Should().Be("Workflow.WrongRole", role);
    }

    [Fact]
    public void The_title_is_required_and_the_explanation_optional()
    {
        Refused(() => OpenDraft.Prepare(F.Record(), 0, F.Details(title: "  "), F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required(nameof(OpenDraftDetails.Title), "草案名称"));

        var draft = OpenDraft.Prepare(F.Record(), 0, F.Details() with { Explanation = " " }, F.Staff, F.Now);
        draft.Explanation.Should().BeNull();
    }

    [Fact]
    public void A_prepared_draft_is_edited_and_a_published_one_is_not()
    {
        var draft = F.Prepared();
        draft.Edit(F.Details(F.LastDay.AddDays(5), "示例市物业管理条例（草案征求意见稿）"), F.Staff, F.Now.AddHours(1));

        draft.Title.Should().Be("示例市物业管理条例（草案征求意见稿）");
        draft.LastDay.Should().Be(F.LastDay.AddDays(5));
        draft.UpdatedAt.Should().Be(F.Now.AddHours(1));

        draft.Publish(F.Staff, F.Now.AddHours(2));
        Refused(() => draft.Edit(F.Details(), F.Staff, F.Now.AddHours(3))).Code.Should().Be("Workflow.WrongStatus");
    }

    // ---------------------------------------------------------------- the 30-day minimum

    [Fact]
    public void Published_on_5_December_the_last_day_may_be_4_January_and_not_3_January()
    {
        var draft = F.Prepared();
        draft.Publish(F.Staff, F.Now);

        draft.Status.Should().Be(DraftPhase.Open);
        draft.OpenedAt.Should().Be(F.Now);
        draft.LastDay.Should().Be(new DateOnly(2027, 1, 4));

        var refusal = Refused(() => F.Prepared(new DateOnly(2027, 1, 3))).Refusal;
        refusal.Code.Should().Be("Drafts.PeriodTooShort");
        refusal.Field.Should().Be(nameof(OpenDraftDetails.LastDay));
        refusal.Message.Should().Contain("30").And.Contain("2027年1月4日", "the message names the earliest last day");
    }

    /// <summary>The day of publication is not counted (民法典 Art. 201): day 1 is the next day, the 30th is the last day.</summary>
    [Theory]
    [InlineData("2026-12-05", "2027-01-04")] // across the year's end
    [InlineData("2026-12-31", "2027-01-30")]
    [InlineData("2026-06-30", "2026-07-30")] // across a month of 31 days' end
    [InlineData("2027-01-31", "2027-03-02")] // February 2027 has 28 days
    [InlineData("2028-01-31", "2028-03-01")] // February 2028 has 29
    [InlineData("2027-02-15", "2027-03-17")]
    [InlineData("2027-02-28", "2027-03-30")]
    public void The_period_is_30_calendar_days_after_the_day_of_publication(string published, string earliest)
    {
        var on = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture);
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

        OpenDraft.EarliestLastDay(on).Should().Be(last);
        last.DayNumber.Should().Be(on.DayNumber + 30, "days {0} to {1} inclusive are thirty", on.AddDays(1), last);

        var draft = OpenDraft.Prepare(F.Record(), 0, F.Details(last), F.Staff, at);
        draft.Publish(F.Staff, at);
        draft.DaysLeft(at).Should().Be(30);

        Refused(() => OpenDraft.Prepare(F.Record(), 0, F.Details(last.AddDays(-1)), F.Staff, at)).Refusal
            .Should().Be(DraftMessages.PeriodTooShort(last));
    }

    [Fact]
    public void The_day_of_publication_is_the_server_date_in_Beijing_time()
    {
        // 00:30 on 5 December in Beijing is still 4 December in UTC.
        var justAfterMidnight = new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.Zero);

        Refused(() => F.Prepared(new DateOnly(2027, 1, 3), justAfterMidnight)).Refusal.Should().Be(DraftMessages.PeriodTooShort(F.LastDay));
        var draft = F.Prepared(F.LastDay, justAfterMidnight);
        draft.Publish(F.Staff, justAfterMidnight);
        draft.DaysLeft(justAfterMidnight).Should().Be(30);
    }

    [Fact]
    public void The_period_is_checked_again_on_the_day_the_draft_is_published()
    {
        var draft = F.Prepared();
        var nextDay = F.Now.AddDays(1);

        var refusal = Refused(() => draft.Publish(F.Staff, nextDay)).Refusal;

        refusal.Should().Be(DraftMessages.PeriodTooShort(new DateOnly(2027, 1, 5)));
        refusal.Field.Should().Be(nameof(OpenDraftDetails.LastDay));
        draft.Status.Should().Be(DraftPhase.Prepared);
        draft.OpenedAt.Should().BeNull();
        draft.ClosesAt.Should().BeNull();

        draft.Edit(F.Details(new DateOnly(2027, 1, 5)), F.Staff, nextDay);
        draft.Publish(F.Staff, nextDay);
        draft.Status.Should().Be(DraftPhase.Open);
    }

    [Fact]
    public void A_period_over_a_year_is_refused_as_a_typing_error()
    {
        F.Prepared(F.Today.AddDays(OpenDraft.MaximumDays)).LastDay.Should().Be(F.Today.AddDays(366));

        var refusal = Refused(() => F.Prepared(F.Today.AddDays(OpenDraft.MaximumDays + 1))).Refusal;
        refusal.Should().Be(DraftMessages.PeriodTooLong);
        refusal.Field.Should().Be(nameof(OpenDraftDetails.LastDay));
    }

    // ---------------------------------------------------------------- the closing instant

    [Fact]
    public void Comment_closes_at_midnight_Beijing_time_at_the_end_of_the_last_day()
    {
        OpenDraft.EndOf(new DateOnly(2027, 1, 4)).Should().Be(new DateTimeOffset(2027, 1, 4, 16, 0, 0, TimeSpan.Zero));
        OpenDraft.EndOf(new DateOnly(2027, 1, 4)).Offset.Should().Be(TimeSpan.Zero, "stored in UTC");
        OpenDraft.EndOf(new DateOnly(2027, 1, 4)).Should().Be(new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.FromHours(8)));

        F.Opened().ClosesAt.Should().Be(F.ClosesAt);
    }

    [Fact]
    public void The_phase_follows_the_clock_to_the_second()
    {
        var draft = F.Opened();

        draft.Phase(F.ClosesAt.AddSeconds(-1)).Should().Be(DraftPhase.Open);
        draft.AcceptsCommentsAt(F.ClosesAt.AddSeconds(-1)).Should().BeTrue();
        draft.Phase(F.ClosesAt).Should().Be(DraftPhase.Closed);
        draft.AcceptsCommentsAt(F.ClosesAt).Should().BeFalse();
        draft.AcceptsCommentsAt(F.ClosesAt.AddTicks(-1)).Should().BeTrue();
        draft.Status.Should().Be(DraftPhase.Open, "no job closes it: the phase is computed");

        OpenDraft.PhaseOf(DraftPhase.Open, F.ClosesAt, F.ClosesAt).Should().Be(DraftPhase.Closed);
        OpenDraft.PhaseOf(DraftPhase.Open, null, F.AfterClose).Should().Be(DraftPhase.Open);
        OpenDraft.PhaseOf(DraftPhase.Prepared, F.ClosesAt, F.AfterClose).Should().Be(DraftPhase.Prepared);
        OpenDraft.PhaseOf(DraftPhase.OutcomePublished, F.ClosesAt, F.AfterClose).Should().Be(DraftPhase.OutcomePublished);
        draft.Window.Phase(F.ClosesAt).Should().Be(DraftPhase.Closed);
    }

    [Fact]
    public void Days_left_count_whole_Beijing_days_after_today_and_are_0_on_the_last_day()
    {
        var draft = F.Opened();

        draft.DaysLeft(F.Now).Should().Be(30);
        draft.DaysLeft(new DateTimeOffset(2027, 1, 3, 15, 59, 59, TimeSpan.Zero)).Should().Be(1, "23:59:59 on 3 January in Beijing");
        draft.DaysLeft(new DateTimeOffset(2027, 1, 3, 16, 0, 0, TimeSpan.Zero)).Should().Be(0, "00:00 on 4 January in Beijing: the last day");
        draft.DaysLeft(F.ClosesAt.AddSeconds(-1)).Should().Be(0);
        draft.DaysLeft(F.ClosesAt).Should().BeNull("closed");
    }

    // ---------------------------------------------------------------- extending

    [Fact]
    public void An_extension_moves_the_last_day_and_the_closing_instant_and_is_recorded_with_its_reason()
    {
        var draft = F.Opened();
        var at = F.Now.AddDays(20);

        draft.Extend(new DateOnly(2027, 1, 20), "  应社会各方面要求延长征求意见期限  ", F.Staff, at);

        draft.LastDay.Should().Be(new DateOnly(2027, 1, 20));
        draft.ClosesAt.Should().Be(new DateTimeOffset(2027, 1, 20, 16, 0, 0, TimeSpan.Zero));
        draft.AcceptsCommentsAt(F.AfterClose).Should().BeTrue("the old closing instant has no meaning any more");
        draft.UpdatedAt.Should().Be(at);
        draft.DeadlineChanges.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = DraftDeadlineChangeKind.Extended,
            FromLastDay = F.LastDay,
            ToLastDay = new DateOnly(2027, 1, 20),
            Reason = "应社会各方面要求延长征求意见期限",
            At = at,
            ActorName = F.Staff.Name,
        });

        draft.Extend(new DateOnly(2027, 1, 31), "再次延长", F.Staff, at.AddDays(1));
        draft.DeadlineChanges.Select(c => (c.FromLastDay, c.ToLastDay)).Should().Equal(
            (F.LastDay, new DateOnly(2027, 1, 20)), (new DateOnly(2027, 1, 20), new DateOnly(2027, 1, 31)));
    }

    [Fact]
    public void An_extension_must_move_the_last_day_later_and_give_a_reason()
    {
        var draft = F.Opened();

        Refused(() => draft.Extend(F.LastDay, "理由", F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ExtensionNotLater);
        Refused(() => draft.Extend(F.LastDay.AddDays(-1), "理由", F.Staff, F.Now)).Refusal.Should().Be(DraftMessages.ExtensionNotLater);
        Refused(() => draft.Extend(F.LastDay.AddDays(5), " ", F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required("Reason", "延长的理由"));
        Refused(() => draft.Extend(F.LastDay.AddDays(5), new string('长', OpenDraft.MaxReasonLength + 1), F.Staff, F.Now)).Refusal
            .Should().Be(DomainMessages.TooLong("Reason", "延长的理由", OpenDraft.MaxReasonLength));
        Refused(() => draft.Extend(F.Today.AddDays(OpenDraft.MaximumDays + 1), "理由", F.Staff, F.Now)).Refusal
            .Should().Be(DraftMessages.PeriodTooLong);

        draft.LastDay.Should().Be(F.LastDay);
        draft.ClosesAt.Should().Be(F.ClosesAt);
        draft.DeadlineChanges.Should().BeEmpty();
    }

    [Fact]
    public void A_prepared_or_closed_draft_is_not_extended()
    {
        Refused(() => F.Prepared().Extend(F.LastDay.AddDays(5), "理由", F.Staff, F.Now)).Code.Should().Be("Workflow.WrongStatus");

        var closed = F.Opened();
        Refused(() => closed.Extend(F.LastDay.AddDays(5), "理由", F.Staff, F.ClosesAt)).Code.Should().Be("Workflow.WrongStatus");
        closed.AvailableActions(F.Staff, F.ClosesAt.AddSeconds(-1)).Can(DraftAction.Extend).Should().BeTrue();
        closed.AvailableActions(F.Staff, F.ClosesAt).Can(DraftAction.Extend).Should().BeFalse();
        closed.DeadlineChanges.Should().BeEmpty();
    }

    // ---------------------------------------------------------------- closing early

    [Fact]
    public void Closing_early_closes_comment_at_once_and_records_the_reason()
    {
        var draft = F.Opened();
        var at = new DateTimeOffset(2026, 12, 20, 3, 15, 30, TimeSpan.Zero);

        draft.CloseEarly(" 草案已提请常委会会议第二次审议 ", F.Staff, at);

        draft.Status.Should().Be(DraftPhase.Closed);
        draft.Phase(at).Should().Be(DraftPhase.Closed);
        draft.Phase(at.AddSeconds(-1)).Should().Be(DraftPhase.Closed, "the stored status is closed: no comment is taken after the close, whatever the clock");
        draft.ClosesAt.Should().Be(at);
        draft.ClosedEarlyAt.Should().Be(at);
        draft.ClosedEarlyReason.Should().Be("草案已提请常委会会议第二次审议");
        draft.LastDay.Should().Be(F.LastDay, "the announced last day stays on record");
        draft.DeadlineChanges.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = DraftDeadlineChangeKind.ClosedEarly,
            FromLastDay = F.LastDay,
            ToLastDay = new DateOnly(2026, 12, 20),
            Reason = "草案已提请常委会会议第二次审议",
            At = at,
            ActorName = F.Staff.Name,
        });
        FluentActions.Invoking(() => F.Submitted(draft.Window, at: at)).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.CommentClosed);
    }

    [Fact]
    public void Closing_early_needs_a_reason_and_an_open_draft()
    {
        var draft = F.Opened();

        Refused(() => draft.CloseEarly("", F.Staff, F.Now)).Refusal.Should().Be(DomainMessages.Required("Reason", "提前结束的理由"));
        draft.Phase(F.Now).Should().Be(DraftPhase.Open);
        draft.DeadlineChanges.Should().BeEmpty();

        Refused(() => F.Prepared().CloseEarly("理由", F.Staff, F.Now)).Code.Should().Be("Workflow.WrongStatus");
        Refused(() => draft.CloseEarly("理由", F.Staff, F.AfterClose)).Code.Should().Be("Workflow.WrongStatus");
        Refused(() => F.ClosedEarly().CloseEarly("理由", F.Staff, F.AfterClose)).Code.Should().Be("Workflow.WrongStatus");
    }

    // ---------------------------------------------------------------- the outcome

    [Fact]
    public void The_outcome_is_published_after_the_period_with_notes_in_article_order()
    {
        var draft = F.Opened();

        draft.PublishOutcome(F.Outcome(("第五条", "采纳，任期改为三年"), ("第三条", "  "), ("第二条", "部分采纳"), ("第四条", ""), ("", "草案整体：共收到意见 3 条")),
            DraftCommentFigures.None, F.Staff, F.AfterClose);

        draft.Status.Should().Be(DraftPhase.OutcomePublished);
        draft.Phase(F.AfterClose).Should().Be(DraftPhase.OutcomePublished);
        draft.OutcomeSummary.Should().Be("共收到意见 3 条，采纳 1 条。");
        draft.OutcomePublishedAt.Should().Be(F.AfterClose);
        draft.ArticleNotes.Select(n => (n.ArticleAnchor, n.Note)).Should().Equal(
            ("", "草案整体：共收到意见 3 条"), ("第二条", "部分采纳"), ("第五条", "采纳，任期改为三年"));
    }

    [Fact]
    public void Notes_follow_the_order_of_the_articles_in_the_draft()
    {
        var draft = F.Opened();
        draft.PublishOutcome(F.Outcome(("第四条", "四"), ("第五条", "五"), ("第一条", "一"), ("第三条", "三")), DraftCommentFigures.None, F.Staff, F.AfterClose);

        draft.ArticleNotes.Select(n => n.ArticleAnchor).Should().Equal("第一条", "第三条", "第四条", "第五条");
    }

    [Fact]
    public void The_outcome_is_refused_while_comment_is_open()
    {
        var draft = F.Opened();

        Refused(() => draft.PublishOutcome(F.Outcome(), DraftCommentFigures.None, F.Staff, F.ClosesAt.AddSeconds(-1))).Code.Should().Be("Workflow.WrongStatus");
        draft.PublishOutcome(F.Outcome(), DraftCommentFigures.None, F.Staff, F.ClosesAt);
        draft.Status.Should().Be(DraftPhase.OutcomePublished);
    }

    [Fact]
    public void The_outcome_waits_until_every_comment_is_checked_and_every_valid_one_decided()
    {
        var draft = F.Opened();

        var notChecked = Refused(() => draft.PublishOutcome(F.Outcome(), DraftCommentFigures.None with { Pending = 2, Undecided = 3 }, F.Staff, F.AfterClose)).Refusal;
        notChecked.Should().Be(DraftMessages.CommentsNotChecked(2));
        notChecked.Message.Should().Contain("2 条");

        var undecided = Refused(() => draft.PublishOutcome(F.Outcome(), DraftCommentFigures.None with { Undecided = 3, Adopted = 4 }, F.Staff, F.AfterClose)).Refusal;
        undecided.Should().Be(DraftMessages.CommentsNotDecided(3));
        undecided.Message.Should().Contain("3 条");

        draft.Status.Should().Be(DraftPhase.Open);
        draft.OutcomePublishedAt.Should().BeNull();
        draft.PublishOutcome(F.Outcome(), DraftCommentFigures.None with { Duplicate = 1, OffTopic = 1, Abusive = 1, Adopted = 4, NotAdopted = 2 }, F.Staff, F.AfterClose);
        draft.Status.Should().Be(DraftPhase.OutcomePublished);
    }

    [Fact]
    public void The_outcome_needs_a_summary_and_notes_only_for_articles_of_the_draft()
    {
        var draft = F.ClosedEarly();

        Refused(() => draft.PublishOutcome(new DraftOutcome(" ", new Dictionary<string, string>()), DraftCommentFigures.None, F.Staff, F.AfterClose)).Refusal
            .Should().Be(DomainMessages.Required(nameof(DraftOutcome.Summary), "采纳情况说明"));
        Refused(() => draft.PublishOutcome(F.Outcome(("第六条", "采纳")), DraftCommentFigures.None, F.Staff, F.AfterClose)).Refusal
            .Should().Be(DraftMessages.UnknownArticle);
        Refused(() => draft.PublishOutcome(F.Outcome(("第五条", new string('注', OpenDraft.MaxNoteLength + 1))), DraftCommentFigures.None, F.Staff, F.AfterClose)).Code
            .Should().Be("Common.TooLong");

        draft.Status.Should().Be(DraftPhase.Closed);
        draft.ArticleNotes.Should().BeEmpty();
        draft.OutcomeSummary.Should().BeNull();
    }

    [Fact]
    public void A_withdrawn_outcome_leaves_the_draft_closed_with_its_summary_to_correct_and_publish_again()
    {
        var draft = F.Opened();
        draft.PublishOutcome(F.Outcome(("第五条", "采纳")), DraftCommentFigures.None, F.Staff, F.AfterClose);

        draft.WithdrawOutcome(F.Staff, F.AfterClose.AddHours(2));

        draft.Status.Should().Be(DraftPhase.Closed);
        draft.Phase(F.AfterClose.AddHours(2)).Should().Be(DraftPhase.Closed);
        draft.OutcomePublishedAt.Should().BeNull();
        draft.OutcomeSummary.Should().Be("共收到意见 3 条，采纳 1 条。");
        draft.AcceptsCommentsAt(F.AfterClose.AddHours(2)).Should().BeFalse();

        draft.PublishOutcome(F.Outcome(("第一条", "未采纳，理由另行说明")), DraftCommentFigures.None, F.Staff, F.AfterClose.AddHours(3));
        draft.ArticleNotes.Should().ContainSingle().Which.ArticleAnchor.Should().Be("第一条", "the notes are replaced, not added to");

        Refused(() => F.Opened().WithdrawOutcome(F.Staff, F.AfterClose)).Code.Should().Be("Workflow.WrongStatus");
    }

    // ---------------------------------------------------------------- roles

    [Fact]
    public void Only_staff_act_on_a_draft_and_the_public_only_comments()
    {
        var draft = F.Opened();

        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff))
        {
            var actions = draft.AvailableActions(L.ActorFor(role), F.Now);
            actions.Allowed.Should().BeEmpty(role);
            actions.Checks.Should().OnlyContain(c => c.Refusal!.Code == "Workflow.WrongRole", role);
            Refused(() => draft.Extend(F.LastDay.AddDays(5), "理由", L.ActorFor(role), F.Now)).Code.Should().Be("Workflow.WrongRole");
            Refused(() => draft.CloseEarly("理由", L.ActorFor(role), F.Now)).Code.Should().Be("Workflow.WrongRole");
        }
        draft.AvailableActions(F.Public, F.Now).Allowed.Should().Equal(DraftAction.Comment);
        draft.AvailableActions(F.Staff, F.Now).Allowed.Should().BeEquivalentTo([DraftAction.Extend, DraftAction.CloseEarly, DraftAction.RecordPointComment, DraftAction.Moderate]);
        Refused(() => draft.CloseEarly("理由", F.Public, F.Now)).Code.Should().Be("Workflow.WrongRole");
    }
}
