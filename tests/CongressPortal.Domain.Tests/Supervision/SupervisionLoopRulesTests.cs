using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Domain.Tests.Common;
using F = CongressPortal.Domain.Tests.Supervision.SupervisionFixture;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// The rules of the closed loop beyond the table (docs/domain/supervision.md): the dates the portal sets itself, the
/// 满意度测评 threshold and the rounds it starts, the handling report refused as a whole, which body may act, 销号 with
/// evidence, 回头看 reopening, and what the public search sees.
/// </summary>
public sealed class SupervisionLoopRulesTests
{
    private static readonly Actor Body = F.Unit(F.ReportingUnit);

    /// <summary>A topic of <paramref name="form"/> heard on <paramref name="heardOn"/> (recorded that day), with its opinions and two problems.</summary>
    private static SupervisionTopic Heard(DateOnly heardOn, SupervisionForm form = SupervisionForm.SpecialWorkReport)
    {
        var topic = F.Planned(form);
        topic.RecordDeliberation(F.Deliberation(heardOn), F.Settings(), F.Calendar, F.Staff, F.At(heardOn.Year, heardOn.Month, heardOn.Day));
        topic.EditOpinions(F.Opinions(), F.Staff, F.Now);
        return topic;
    }

    private static DateTimeOffset On(DateOnly day) => F.At(day.Year, day.Month, day.Day);

    // ---------------------------------------------------------------- due dates

    [Fact]
    public void Assign_records_the_servers_Beijing_date_and_the_report_is_due_three_months_later_on_the_next_working_day()
    {
        var topic = Heard(new DateOnly(2026, 6, 10));
        // 00:30 on 1 July in Beijing is still 30 June in UTC: the legal date is Beijing's, and nobody types it.
        var now = new DateTimeOffset(2026, 6, 30, 16, 30, 0, TimeSpan.Zero);

        topic.Assign(F.Settings(), F.NationalDayCalendar, F.Staff, now);

        topic.Status.Should().Be(SupervisionTopicStatus.Assigned);
        topic.AssignedOn.Should().Be(new DateOnly(2026, 7, 1));
        topic.ReportDueOn.Should().Be(new DateOnly(2026, 10, 8), "1 October plus the National Day holiday: the first working day after is the 8th");
        topic.Rounds.Should().ContainSingle().Which.Should().Match<SupervisionReportRound>(r =>
            r.Number == 1 && r.AssignedOn == new DateOnly(2026, 7, 1) && r.DueOn == new DateOnly(2026, 10, 8) && !r.IsFiled);
        topic.Events[^1].Detail.Should().Be("2026年10月8日前报送研究处理情况报告");
        topic.IsReportOverdue(new DateOnly(2026, 10, 8)).Should().BeFalse();
        topic.IsReportOverdue(new DateOnly(2026, 10, 9)).Should().BeTrue();
    }

    [Theory]
    [InlineData(SupervisionForm.SpecialWorkReport, 2026, 9, 1)]
    [InlineData(SupervisionForm.LawEnforcementInspection, 2026, 9, 1)]
    [InlineData(SupervisionForm.PlanBudgetAudit, 2026, 8, 3)]
    public void Budget_and_audit_reports_are_due_in_two_months_others_in_three_moved_off_a_weekend(SupervisionForm form, int year, int month, int day)
    {
        var topic = Heard(new DateOnly(2026, 5, 28), form);

        topic.Assign(F.Settings(), F.Calendar, F.Staff, On(new DateOnly(2026, 6, 1)));

        topic.ReportDueOn.Should().Be(new DateOnly(year, month, day), "2 months from 1 June is Saturday 1 August, moved to Monday the 3rd");
        F.Settings().ReportMonthsFor(form).Should().Be(form == SupervisionForm.PlanBudgetAudit ? 2 : 3);
    }

    [Fact]
    public void The_months_come_from_the_settings()
    {
        var settings = F.Settings();
        settings.Update(reportMonths: 2, budgetAuditReportMonths: 1, reworkMonths: 1, assignWithinWorkingDays: 10, satisfactionThresholdPercent: 50, dueSoonDays: 15);
        var topic = Heard(new DateOnly(2026, 5, 28));

        topic.Assign(settings, F.Calendar, F.Staff, On(new DateOnly(2026, 6, 1)));

        topic.ReportDueOn.Should().Be(new DateOnly(2026, 8, 3));
        SupervisionSettings.DueDate(new DateOnly(2026, 6, 1), settings.ReportMonthsFor(SupervisionForm.PlanBudgetAudit), F.Calendar).Should().Be(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public void The_opinions_are_due_ten_working_days_after_the_meeting_counted_across_the_holiday()
    {
        var heardOn = new DateOnly(2026, 9, 29);
        var topic = F.Planned();

        topic.RecordDeliberation(F.Deliberation(heardOn), F.Settings(), F.NationalDayCalendar, F.Staff, On(new DateOnly(2026, 9, 30)));

        // 30 Sep; 8, 9, 10 (Saturday worked), 12–16, 19 October.
        topic.AssignDueOn.Should().Be(new DateOnly(2026, 10, 19));
        F.Settings().AssignDueOn(heardOn, F.Calendar).Should().Be(new DateOnly(2026, 10, 13), "without the holiday: ten weekdays");
        topic.IsAssignmentOverdue(new DateOnly(2026, 10, 19)).Should().BeFalse();
        topic.IsAssignmentOverdue(new DateOnly(2026, 10, 20)).Should().BeTrue();
    }

    [Fact]
    public void The_meeting_date_is_typed_but_never_after_today_nor_outside_the_plans_year()
    {
        var topic = F.Planned();
        var before = TopicSnapshot.Of(topic);

        FluentActions.Invoking(() => topic.RecordDeliberation(F.Deliberation(F.Today.AddDays(1)), F.Settings(), F.Calendar, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.HeardInFuture);
        FluentActions.Invoking(() => topic.RecordDeliberation(F.Deliberation(new DateOnly(2025, 12, 30)), F.Settings(), F.Calendar, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.HeardOutsideYear);
        TopicSnapshot.Of(topic).Should().Be(before);
    }

    // ---------------------------------------------------------------- sending: opinions and a problem list

    [Fact]
    public void Assign_needs_the_opinions_and_at_least_one_problem_a_topic_without_problems_is_concluded_instead()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Deliberated, withProblems: false);
        topic.Check(SupervisionTopicAction.Assign, F.Staff).Should().Be(SupervisionMessages.OpinionsRequired);
        FluentActions.Invoking(() => topic.Assign(F.Settings(), F.Calendar, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.OpinionsRequired);

        topic.EditOpinions(F.Opinions(0), F.Staff, F.Now);
        topic.Check(SupervisionTopicAction.Assign, F.Staff).Should().Be(SupervisionMessages.NoProblems);
        topic.AvailableActions(F.Staff).Explain(SupervisionTopicAction.Assign).Should().Be(SupervisionMessages.NoProblems.Message);
        FluentActions.Invoking(() => topic.Assign(F.Settings(), F.Calendar, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.NoProblems);
        topic.Status.Should().Be(SupervisionTopicStatus.Deliberated);
        topic.AssignedOn.Should().BeNull();

        topic.Conclude("专题调研报告已送市人民政府参考", F.Staff, F.Now);
        topic.Status.Should().Be(SupervisionTopicStatus.Closed);
        topic.ClosedOn.Should().Be(F.Today);
        topic.StatusReason.Should().Be("专题调研报告已送市人民政府参考");
    }

    [Fact]
    public void A_topic_with_a_problem_list_must_be_sent_it_cannot_be_concluded()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Deliberated);

        topic.Check(SupervisionTopicAction.Conclude, F.Staff).Should().Be(SupervisionMessages.ConcludeWithProblems);
        topic.AvailableActions(F.Staff).Explain(SupervisionTopicAction.Conclude).Should().Be(SupervisionMessages.ConcludeWithProblems.Message);
        FluentActions.Invoking(() => topic.Conclude("不交办", F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.ConcludeWithProblems);
        topic.Status.Should().Be(SupervisionTopicStatus.Deliberated);
    }

    [Fact]
    public void Problems_are_numbered_in_order_and_a_problem_without_a_body_goes_to_the_reporting_body()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Deliberated);

        topic.Problems.Select(p => (p.Number, p.UnitId, p.Status)).Should().Equal(
            (1, F.ReportingUnit, SupervisionProblemStatus.Open), (2, F.ProblemUnit, SupervisionProblemStatus.Open));
        topic.ProblemCount.Should().Be(2);
        FluentActions.Invoking(() => topic.EditOpinions(new OpinionsDraft("意见", [new ProblemDraft("问题", null), new ProblemDraft(" ", null)]), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.ProblemTextRequired(2));
        topic.ProblemCount.Should().Be(2, "nothing of a refused list is kept");
    }

    [Fact]
    public void Changing_the_reporting_body_after_the_problem_list_moves_the_problems_that_were_the_reporting_bodys()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Deliberated);
        const int newBody = 11;

        topic.Edit(F.TopicDraft() with { ReportingUnitId = newBody }, null, F.Staff, F.Now);
        topic.Assign(F.Settings(), F.Calendar, F.Staff, F.Now);

        topic.Problems.Select(p => p.UnitId).Should().Equal(newBody, F.ProblemUnit);
        topic.IsBodyOf(Body).Should().BeFalse("the former reporting body has nothing left to do with the topic");
        topic.Check(SupervisionTopicAction.FileReport, F.Unit(newBody)).Should().BeNull();
    }

    // ---------------------------------------------------------------- the handling report

    [Fact]
    public void The_reporting_body_files_a_status_and_evidence_for_every_open_problem_on_the_servers_date()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        var now = new DateTimeOffset(2026, 9, 1, 17, 0, 0, TimeSpan.Zero); // 2 September, 01:00 in Beijing

        topic.FileReport(F.FullReport(), Body, now);

        topic.Status.Should().Be(SupervisionTopicStatus.Reported);
        topic.ReportDueOn.Should().BeNull("nothing is owed while the committee evaluates");
        var round = topic.CurrentRound!;
        round.FiledOn.Should().Be(new DateOnly(2026, 9, 2));
        round.FiledBy.Should().Be(Body.Name);
        round.FiledOnTime.Should().BeTrue();
        round.Entries.Select(e => e.ProblemNumber).Should().Equal(1, 2);
        topic.Problems.Should().OnlyContain(p => p.Progress == ProblemProgress.InProgress && p.ProgressReportedOn == new DateOnly(2026, 9, 2));
    }

    public static TheoryData<HandlingReportDraft, Refusal> IncompleteReports() => new()
    {
        { new HandlingReportDraft("报告", [new HandlingEntryDraft(1, ProblemProgress.Rectified, "已完成")]), SupervisionMessages.ProgressMissing(2) },
        { new HandlingReportDraft("报告", [new HandlingEntryDraft(1, ProblemProgress.Rectified, "已完成"), new HandlingEntryDraft(2, null, "已完成")]), SupervisionMessages.ProgressMissing(2) },
        { new HandlingReportDraft("报告", [new HandlingEntryDraft(1, ProblemProgress.Rectified, " "), new HandlingEntryDraft(2, ProblemProgress.Planned, "列入明年计划")]), SupervisionMessages.EvidenceMissing(1) },
        { new HandlingReportDraft("报告", [new HandlingEntryDraft(1, ProblemProgress.Rectified, "已完成"), new HandlingEntryDraft(2, ProblemProgress.Planned, "列入明年计划"), new HandlingEntryDraft(5, ProblemProgress.Planned, "?")]), SupervisionMessages.UnknownProblem(5) },
        { new HandlingReportDraft(" ", [new HandlingEntryDraft(1, ProblemProgress.Rectified, "已完成"), new HandlingEntryDraft(2, ProblemProgress.Planned, "列入明年计划")]), SupervisionMessages.ReportTextRequired },
    };

    [Theory]
    [MemberData(nameof(IncompleteReports))]
    public void A_report_missing_a_status_or_evidence_for_one_problem_is_refused_as_a_whole_naming_it(HandlingReportDraft report, Refusal expected)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        var before = TopicSnapshot.Of(topic);

        FluentActions.Invoking(() => topic.FileReport(report, Body, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(expected);

        TopicSnapshot.Of(topic).Should().Be(before, "not even problem 1's status is kept");
        expected.Field.Should().Be(expected == SupervisionMessages.ReportTextRequired ? nameof(HandlingReportDraft.ReportText) : nameof(HandlingReportDraft.Entries));
    }

    [Theory]
    [InlineData(F.ProblemUnit)]
    [InlineData(F.Stranger)]
    public void Only_the_reporting_body_files_the_report_not_a_body_named_on_a_problem_nor_a_stranger(int unitId)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        var unit = F.Unit(unitId);

        topic.Check(SupervisionTopicAction.FileReport, unit).Should().Be(SupervisionMessages.OnlyReportingUnit);
        FluentActions.Invoking(() => topic.FileReport(F.FullReport(), unit, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.OnlyReportingUnit);
        topic.Status.Should().Be(SupervisionTopicStatus.Assigned);
    }

    [Fact]
    public void The_reporting_body_reads_the_topic_so_does_a_body_named_on_a_problem_a_stranger_does_not()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);

        topic.IsBodyOf(Body).Should().BeTrue();
        topic.IsBodyOf(F.Unit(F.ProblemUnit)).Should().BeTrue();
        topic.IsBodyOf(F.Unit(F.Stranger)).Should().BeFalse();
        topic.IsBodyOf(F.Staff).Should().BeFalse("staff read topics by their role, not as a body");
    }

    // ---------------------------------------------------------------- progress while rectifying

    [Fact]
    public void A_problems_own_body_or_the_reporting_body_updates_its_progress_another_body_is_refused()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Rectifying);
        var problemUnit = F.Unit(F.ProblemUnit);

        topic.UpdateProgress(2, ProblemProgress.Rectified, "工地扬尘在线监测全覆盖", problemUnit, On(new DateOnly(2026, 7, 15)));
        topic.Problem(2)!.Should().Match<SupervisionProblem>(p => p.Progress == ProblemProgress.Rectified && p.ProgressEvidence == "工地扬尘在线监测全覆盖"
            && p.ProgressReportedOn == new DateOnly(2026, 7, 15));
        topic.UpdateProgress(2, ProblemProgress.Rectified, "验收完成", Body, F.Now);
        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);

        var before = TopicSnapshot.Of(topic);
        FluentActions.Invoking(() => topic.UpdateProgress(1, ProblemProgress.Rectified, "不是本单位的问题", problemUnit, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.NotYourProblem);
        var stranger = F.Unit(F.Stranger);
        topic.Check(SupervisionTopicAction.UpdateProgress, stranger).Should().Be(SupervisionMessages.NotYourProblem);
        FluentActions.Invoking(() => topic.UpdateProgress(1, ProblemProgress.Rectified, "冒名报送", stranger, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.NotYourProblem);
        FluentActions.Invoking(() => topic.UpdateProgress(1, ProblemProgress.Rectified, " ", Body, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.EvidenceMissing(1).On("Evidence")); // next to the progress form's Evidence field
        FluentActions.Invoking(() => topic.UpdateProgress(9, ProblemProgress.Rectified, "?", Body, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.ProblemNotFound);
        TopicSnapshot.Of(topic).Should().Be(before);
    }

    // ---------------------------------------------------------------- 测评 and the rounds

    [Theory]
    [InlineData(7, 3, 10, 50, true)]    // 10 of 20: exactly the threshold
    [InlineData(6, 3, 10, 50, false)]   // 9 of 19: 47.4%
    [InlineData(0, 0, 1, 50, false)]
    [InlineData(0, 1, 0, 50, true)]     // 基本满意 counts with 满意
    [InlineData(2, 0, 1, 67, false)]    // 66.7% is below 67%
    [InlineData(2, 0, 1, 66, true)]
    [InlineData(30, 0, 0, 100, true)]
    [InlineData(29, 0, 1, 100, false)]
    [InlineData(0, 0, 0, 50, false)]    // no votes is no 测评 (refused before it gets here)
    public void A_测评_is_satisfied_at_or_above_the_threshold_of_满意_and_基本满意(int satisfied, int basically, int unsatisfied, int threshold, bool expected)
    {
        var settings = F.Settings();
        settings.Update(3, 2, 2, 10, threshold, 15);

        settings.IsSatisfied(new SatisfactionVote(satisfied, basically, unsatisfied)).Should().Be(expected);
    }

    [Fact]
    public void A_测评_exactly_at_the_threshold_is_accepted_and_problems_are_closed_one_by_one()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Reported);

        topic.Evaluate(F.Evaluation(F.AtThreshold), F.Settings(), F.Calendar, F.Staff, F.Now);

        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        topic.Rounds.Should().ContainSingle().Which.Should().Match<SupervisionReportRound>(r => r.Accepted == true && r.Vote == F.AtThreshold && r.EvaluatedOn == F.Today);
        topic.ReportDueOn.Should().BeNull();
        topic.Events[^1].Detail.Should().Contain("满意7票，基本满意3票，不满意10票（满意率50%）");
    }

    [Fact]
    public void An_evaluation_without_a_测评_is_accepted()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Reported);

        topic.Evaluate(F.Evaluation(null), F.Settings(), F.Calendar, F.Staff, F.Now);

        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        topic.Rounds[0].Vote.Should().BeNull();
        topic.Events[^1].Detail.Should().Be("未测评");
    }

    public static TheoryData<SatisfactionVote, Refusal> BadVotes() => new()
    {
        { new SatisfactionVote(0, 0, 0), SupervisionMessages.VotesEmpty },
        { new SatisfactionVote(-1, 5, 3), SupervisionMessages.VotesNegative },
        { new SatisfactionVote(10, 0, -2), SupervisionMessages.VotesNegative },
        { new SatisfactionVote(int.MaxValue, int.MaxValue, 1), SupervisionMessages.VotesTooMany },
        { new SatisfactionVote(0, 0, SupervisionTopic.MaximumVotes + 1), SupervisionMessages.VotesTooMany },
    };

    [Theory]
    [MemberData(nameof(BadVotes))]
    public void A_测评_without_votes_or_with_a_negative_or_absurd_count_is_refused_and_nothing_is_recorded(SatisfactionVote vote, Refusal expected)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Reported);
        var before = TopicSnapshot.Of(topic);

        FluentActions.Invoking(() => topic.Evaluate(F.Evaluation(vote), F.Settings(), F.Calendar, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(expected);

        TopicSnapshot.Of(topic).Should().Be(before);
    }

    [Fact]
    public void The_evaluation_date_is_typed_between_the_filing_and_today()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Reported);

        FluentActions.Invoking(() => topic.Evaluate(F.Evaluation(null, F.Today.AddDays(1)), F.Settings(), F.Calendar, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.EvaluatedInFuture);
        FluentActions.Invoking(() => topic.Evaluate(F.Evaluation(null, F.Today.AddDays(-1)), F.Settings(), F.Calendar, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.EvaluatedBeforeReport);
        topic.Status.Should().Be(SupervisionTopicStatus.Reported);
    }

    [Fact]
    public void An_unsatisfied_测评_starts_round_2_due_in_the_rework_months_round_1_is_kept_with_its_votes()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        topic.FileReport(F.FullReport(), Body, On(new DateOnly(2026, 7, 1)));
        var evaluatedAt = On(new DateOnly(2026, 7, 15));

        topic.Evaluate(F.Evaluation(F.BelowThreshold, new DateOnly(2026, 7, 15)), F.Settings(), F.Calendar, F.Staff, evaluatedAt);

        topic.Status.Should().Be(SupervisionTopicStatus.Rework);
        topic.Rounds.Should().HaveCount(2);
        var first = topic.Rounds[0];
        first.Should().Match<SupervisionReportRound>(r => r.Number == 1 && r.Accepted == false && r.Vote == F.BelowThreshold
            && r.FiledOn == new DateOnly(2026, 7, 1) && r.EvaluatedOn == new DateOnly(2026, 7, 15) && r.Entries.Count == 2);
        var second = topic.CurrentRound!;
        second.Number.Should().Be(2);
        second.AssignedOn.Should().Be(new DateOnly(2026, 7, 15), "the new round is sent the day the evaluation is recorded (server date)");
        second.DueOn.Should().Be(new DateOnly(2026, 9, 15), "two months (ReworkMonths) later");
        topic.ReportDueOn.Should().Be(second.DueOn);
        topic.Events[^1].Kind.Should().Be(SupervisionEventKind.ReworkRequested);
        topic.IsReportOverdue(new DateOnly(2026, 9, 16)).Should().BeTrue();

        topic.FileReport(F.FullReport(), Body, On(new DateOnly(2026, 9, 1)));

        topic.Status.Should().Be(SupervisionTopicStatus.Reported);
        topic.CurrentRound!.Should().Match<SupervisionReportRound>(r => r.Number == 2 && r.FiledOn == new DateOnly(2026, 9, 1) && r.FiledOnTime == true);
        topic.Rounds[0].Vote.Should().Be(F.BelowThreshold, "round 1 stays as evaluated");

        topic.Evaluate(F.Evaluation(F.AtThreshold, new DateOnly(2026, 9, 1)), F.Settings(), F.Calendar, F.Staff, On(new DateOnly(2026, 9, 1)));
        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        topic.Rounds.Select(r => r.Accepted).Should().Equal(false, true);
    }

    [Fact]
    public void The_rework_due_date_moves_to_the_next_working_day()
    {
        var settings = F.Settings();
        settings.Update(3, 2, reworkMonths: 1, 10, 50, 15);
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        topic.FileReport(F.FullReport(), Body, On(new DateOnly(2026, 7, 1)));

        topic.Evaluate(F.Evaluation(F.BelowThreshold, new DateOnly(2026, 7, 15)), settings, F.Calendar, F.Staff, On(new DateOnly(2026, 7, 15)));

        topic.ReportDueOn.Should().Be(new DateOnly(2026, 8, 17), "15 August 2026 is a Saturday");
    }

    // ---------------------------------------------------------------- 销号

    public static TheoryData<ProblemClosure, Refusal> BadClosures() => new()
    {
        { new ProblemClosure(F.Today, " "), SupervisionMessages.CloseEvidenceRequired },
        { new ProblemClosure(F.Today.AddDays(1), "整改完成"), SupervisionMessages.RectifiedInFuture },
        { new ProblemClosure(F.Today.AddDays(-1), "整改完成"), SupervisionMessages.RectifiedBeforeAssignment },
    };

    [Theory]
    [MemberData(nameof(BadClosures))]
    public void 销号_needs_evidence_and_a_rectified_date_between_the_assignment_and_today(ProblemClosure closure, Refusal expected)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Rectifying); // sent today
        var before = TopicSnapshot.Of(topic);

        FluentActions.Invoking(() => topic.CloseProblem(1, closure, F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(expected);

        TopicSnapshot.Of(topic).Should().Be(before);
    }

    [Fact]
    public void The_last_销号_closes_the_topic_on_the_servers_date()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Rectifying);

        topic.CloseProblem(1, F.Closure(F.Today), F.Staff, On(new DateOnly(2026, 8, 3)));

        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        topic.ClosedProblemCount.Should().Be(1);
        topic.ClosedOn.Should().BeNull();
        topic.Problem(1)!.Should().Match<SupervisionProblem>(p => p.IsClosed && p.RectifiedOn == F.Today && p.ClosedOn == new DateOnly(2026, 8, 3)
            && p.CloseEvidence == "整改完成，附验收报告和现场照片");

        topic.CloseProblem(2, F.Closure(new DateOnly(2026, 8, 1)), F.Staff, On(new DateOnly(2026, 8, 4)));

        topic.Status.Should().Be(SupervisionTopicStatus.Closed);
        topic.ClosedOn.Should().Be(new DateOnly(2026, 8, 4), "the day the last 销号 was recorded");
        topic.ClosedProblemCount.Should().Be(2);
        FluentActions.Invoking(() => topic.CloseProblem(2, F.Closure(), F.Staff, On(new DateOnly(2026, 8, 4)))).Should().Throw<DomainRuleException>()
            .Which.Code.Should().Be("Workflow.WrongStatus");
    }

    // ---------------------------------------------------------------- 回头看

    [Fact]
    public void A_回头看_that_reopens_a_closed_problem_takes_the_closed_topic_back_to_rectifying()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Closed);
        var heldOn = new DateOnly(2026, 11, 16);

        topic.FollowUp(new FollowUpDraft(heldOn, "黑臭水体出现反弹", [1]), F.Staff, On(heldOn));

        topic.Status.Should().Be(SupervisionTopicStatus.Rectifying);
        topic.ClosedOn.Should().BeNull();
        topic.ClosedProblemCount.Should().Be(1);
        topic.Problem(1)!.Should().Match<SupervisionProblem>(p => p.Status == SupervisionProblemStatus.Reopened && p.ReopenCount == 1
            && p.ReopenedOn == heldOn && p.RectifiedOn == null && p.CloseEvidence == null && p.ClosedOn == null);
        topic.Problem(2)!.IsClosed.Should().BeTrue();
        topic.FollowUps.Should().ContainSingle().Which.ReopenedNumbers.Should().Equal(1);
        topic.Events[^1].Detail.Should().Be("重新打开第1个问题");

        topic.CloseProblem(1, F.Closure(heldOn), F.Staff, On(heldOn));
        topic.Status.Should().Be(SupervisionTopicStatus.Closed);
        topic.Problem(1)!.ReopenCount.Should().Be(1);
    }

    [Fact]
    public void A_回头看_without_reopening_leaves_a_closed_topic_closed()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Closed);

        topic.FollowUp(F.FollowUp(), F.Staff, F.Now);

        topic.Status.Should().Be(SupervisionTopicStatus.Closed);
        topic.ClosedOn.Should().Be(F.Today);
        topic.Events[^1].Detail.Should().Be("未发现问题反弹");
    }

    public static TheoryData<FollowUpDraft, Refusal> BadFollowUps() => new()
    {
        { new FollowUpDraft(F.Today, "问题反弹", [2]), SupervisionMessages.ReopenOnlyClosed(2) },
        { new FollowUpDraft(F.Today, "问题反弹", [7]), SupervisionMessages.UnknownProblem(7).On(nameof(FollowUpDraft.ReopenNumbers)) },
        { new FollowUpDraft(F.Today, " ", []), SupervisionMessages.FindingsRequired },
        { new FollowUpDraft(F.Today.AddDays(1), "问题反弹", []), SupervisionMessages.FollowUpInFuture },
        { new FollowUpDraft(F.Today.AddDays(-1), "问题反弹", []), SupervisionMessages.FollowUpBeforeAssignment },
    };

    [Theory]
    [MemberData(nameof(BadFollowUps))]
    public void A_回头看_reopens_only_closed_problems_of_the_list_and_is_dated_between_the_assignment_and_today(FollowUpDraft followUp, Refusal expected)
    {
        var topic = F.InStatus(SupervisionTopicStatus.Rectifying);
        topic.CloseProblem(1, F.Closure(), F.Staff, F.Now);
        var before = TopicSnapshot.Of(topic);

        FluentActions.Invoking(() => topic.FollowUp(followUp with { ReopenNumbers = [1, .. followUp.ReopenNumbers] }, F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(expected);

        TopicSnapshot.Of(topic).Should().Be(before, "problem 1 is not reopened either");
    }

    // ---------------------------------------------------------------- publication and search

    [Fact]
    public void Search_finds_the_report_opinions_and_problems_only_while_the_topic_is_published()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Deliberated);
        topic.EditOpinions(new OpinionsDraft("建议加快臭氧污染协同治理。", [new ProblemDraft("餐饮油烟扰民投诉多", null)]), F.Staff, F.Now);

        topic.SearchText.Should().Contain("生态").And.Contain("环境", "the title is always searchable");
        topic.SearchText.Should().NotContain("臭氧").And.NotContain("油烟").And.NotContain("全文");

        topic.Publish(F.Staff, F.Now);
        topic.SearchText.Should().Contain("臭氧").And.Contain("油烟").And.Contain("全文");

        topic.Unpublish(F.Staff, F.Now);
        topic.SearchText.Should().NotContain("臭氧").And.NotContain("油烟");
        topic.IsPublished.Should().BeFalse();
    }

    [Fact]
    public void Publishing_twice_or_unpublishing_what_is_not_published_is_refused()
    {
        var topic = F.InStatus(SupervisionTopicStatus.Assigned);
        topic.Check(SupervisionTopicAction.Unpublish, F.Staff).Should().Be(SupervisionMessages.NotPublished);

        topic.Publish(F.Staff, F.Now);

        topic.PublishedAt.Should().Be(F.Now);
        topic.Check(SupervisionTopicAction.Publish, F.Staff).Should().Be(SupervisionMessages.AlreadyPublished);
        FluentActions.Invoking(() => topic.Publish(F.Staff, F.Now)).Should().Throw<DomainRuleException>().WithRefusal(SupervisionMessages.AlreadyPublished);
    }
}
