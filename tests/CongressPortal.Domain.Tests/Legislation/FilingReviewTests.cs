using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// Filing review's dates (ADR 0017): the filing date is the server's date of registration; periods are calendar days (or
/// months) and a period that ends on a rest day ends on the next working day. 15 June 2026 is a Monday.
/// </summary>
public sealed class FilingReviewTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    [Fact]
    public void The_filing_date_is_the_servers_beijing_date_of_registration()
    {
        // 17:00 UTC on 14 June is 01:00 on 15 June in Beijing.
        var filing = F.Register(new DateTimeOffset(2026, 6, 14, 17, 0, 0, TimeSpan.Zero));

        filing.FiledOn.Should().Be(new DateOnly(2026, 6, 15));
        filing.Status.Should().Be(FilingStatus.Registered);
        (filing.Title, filing.DocumentNumber, filing.PublishedOn).Should().Be(("示例市城市供水价格管理办法", "示政规〔2026〕3号", new DateOnly(2026, 6, 1)));
    }

    [Theory]
    [InlineData(2026, 6, 1, 2026, 7, 1, false)]
    [InlineData(2026, 5, 16, 2026, 6, 15, false)] // day 30 is Monday 15 June: filed on the last day
    [InlineData(2026, 5, 15, 2026, 6, 15, false)] // day 30 is Sunday 14 June: the end moves to Monday
    [InlineData(2026, 5, 14, 2026, 6, 15, false)] // day 30 is Saturday 13 June: the end moves to Monday
    [InlineData(2026, 5, 12, 2026, 6, 11, true)]  // day 30 is Thursday 11 June: filed four days late
    public void A_filing_is_late_when_registered_after_thirty_days_from_publication(int y, int m, int d, int dueY, int dueM, int dueD, bool late)
    {
        var filing = F.Register(published: new DateOnly(y, m, d));

        filing.FilingDueOn.Should().Be(new DateOnly(dueY, dueM, dueD));
        filing.IsLate.Should().Be(late);
    }

    [Fact]
    public void A_period_ending_in_a_holiday_ends_on_the_first_working_day_after_it()
    {
        // Published 1 September: day 30 is 1 October, National Day; 1–7 October are off, so the last day is Thursday 8 October.
        var onTime = F.Register(F.At(2026, 10, 8), new DateOnly(2026, 9, 1), F.NationalDay);
        var late = F.Register(F.At(2026, 10, 9), new DateOnly(2026, 9, 1), F.NationalDay);

        onTime.FilingDueOn.Should().Be(new DateOnly(2026, 10, 8));
        onTime.IsLate.Should().BeFalse();
        late.IsLate.Should().BeTrue();
        FilingDeadlines.FilingDueOn(new DateOnly(2026, 9, 1), F.Weekdays).Should().Be(new DateOnly(2026, 10, 1), "without the holidays 1 October is a Thursday");
    }

    [Fact]
    public void The_format_check_is_due_ten_days_after_filing_and_the_review_three_months_after()
    {
        var filing = F.Register();

        filing.FormatCheckDueOn.Should().Be(new DateOnly(2026, 6, 25));
        filing.ReviewDueOn.Should().Be(new DateOnly(2026, 9, 15));
        filing.CurrentDueOn.Should().Be(new DateOnly(2026, 6, 25));
    }

    [Fact]
    public void The_format_check_and_review_deadlines_move_past_rest_days_and_holidays()
    {
        // Filed Thursday 24 September: day 10 is 4 October (holiday) → Thursday 8 October.
        var filing = F.Register(F.At(2026, 9, 24), new DateOnly(2026, 9, 20), F.NationalDay);
        filing.FormatCheckDueOn.Should().Be(new DateOnly(2026, 10, 8));

        // Filed Friday 3 July 2026: three months on is Saturday 3 October (holiday) → 8 October; 10 October is a make-up working day.
        FilingDeadlines.ReviewDueOn(new DateOnly(2026, 7, 3), F.NationalDay).Should().Be(new DateOnly(2026, 10, 8));
        FilingDeadlines.FormatCheckDueOn(new DateOnly(2026, 9, 30), F.NationalDay).Should().Be(new DateOnly(2026, 10, 10));
        FilingDeadlines.ReviewDueOn(new DateOnly(2026, 11, 30), F.Weekdays).Should().Be(new DateOnly(2027, 3, 1), "28 February 2027 is a Sunday");
    }

    [Fact]
    public void A_correction_opinion_is_answered_within_thirty_days()
    {
        var filing = F.FilingIn(FilingStatus.UnderReview);

        filing.RequestCorrection("第五条与上位法不一致", F.Staff, F.At(2026, 9, 1), F.NationalDay);

        (filing.CorrectionSentOn, filing.ReviewedOn, filing.ReplyDueOn).Should().Be((new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 8)));
        filing.CurrentDueOn.Should().Be(new DateOnly(2026, 10, 8));
        filing.CorrectionOpinion.Should().Be("第五条与上位法不一致");
    }

    [Fact]
    public void Returned_and_resubmitted_the_format_check_and_review_run_again_from_the_resubmission()
    {
        var filing = F.FilingIn(FilingStatus.Returned);
        (filing.ReturnedOn, filing.ReturnReason, filing.CurrentDueOn).Should().Be((F.Today, "缺少起草说明", (DateOnly?)null));

        filing.Resubmit(F.Staff, F.At(2026, 7, 1), F.Weekdays);

        filing.Status.Should().Be(FilingStatus.Registered);
        filing.FiledOn.Should().Be(F.Today, "the filing date stays the day it was registered");
        filing.FormatCheckDueOn.Should().Be(new DateOnly(2026, 7, 13), "11 July is a Saturday");
        filing.ReviewDueOn.Should().Be(new DateOnly(2026, 10, 1));
    }

    [Fact]
    public void The_running_deadline_is_overdue_the_day_after_it()
    {
        var registered = F.FilingIn(FilingStatus.Registered);
        registered.IsOverdueOn(new DateOnly(2026, 6, 25)).Should().BeFalse();
        registered.IsOverdueOn(new DateOnly(2026, 6, 26)).Should().BeTrue();

        var underReview = F.FilingIn(FilingStatus.UnderReview);
        underReview.CurrentDueOn.Should().Be(new DateOnly(2026, 9, 15));
        underReview.IsOverdueOn(new DateOnly(2026, 6, 26)).Should().BeFalse("the format check is done; the review's three months run");
        underReview.IsOverdueOn(new DateOnly(2026, 9, 16)).Should().BeTrue();

        var correction = F.FilingIn(FilingStatus.CorrectionRequested);
        correction.IsOverdueOn(new DateOnly(2026, 7, 15)).Should().BeFalse();
        correction.IsOverdueOn(new DateOnly(2026, 7, 16)).Should().BeTrue();

        F.FilingIn(FilingStatus.Returned).IsOverdueOn(new DateOnly(2027, 1, 1)).Should().BeFalse("the body has the filing back");
        F.FilingIn(FilingStatus.Closed).IsOverdueOn(new DateOnly(2027, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void The_format_check_and_the_conclusion_are_dated_by_the_server()
    {
        var filing = F.Register();
        filing.CheckFormat(F.Staff, F.At(2026, 6, 17));
        filing.ConcludeReview(new FilingConclusion(FilingReviewResult.CorrectedAfterContact, "经沟通，制定机关已修改第五条"), F.Staff, F.At(2026, 8, 3));

        (filing.FormatCheckedOn, filing.ReviewedOn, filing.ClosedOn, filing.Result).Should().Be(
            (new DateOnly(2026, 6, 17), new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 3), FilingReviewResult.CorrectedAfterContact));
    }

    [Theory]
    [InlineData(FilingReviewResult.NoProblem, true)]
    [InlineData(FilingReviewResult.CorrectedAfterContact, true)]
    [InlineData(FilingReviewResult.Corrected, false)]
    [InlineData(FilingReviewResult.NotCorrected, false)]
    public void A_review_concluded_without_an_opinion_ends_with_no_problem_or_corrected_after_contact(FilingReviewResult result, bool allowed)
    {
        var filing = F.FilingIn(FilingStatus.UnderReview);
        var conclude = () => filing.ConcludeReview(new FilingConclusion(result, "审查意见"), F.Staff, F.Now);

        if (allowed) conclude.Should().NotThrow();
        else conclude.Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.ConclusionResultInvalid);
        filing.Status.Should().Be(allowed ? FilingStatus.Closed : FilingStatus.UnderReview);
    }

    [Theory]
    [InlineData(FilingReviewResult.NoProblem, false)]
    [InlineData(FilingReviewResult.CorrectedAfterContact, false)]
    [InlineData(FilingReviewResult.Corrected, true)]
    [InlineData(FilingReviewResult.NotCorrected, true)]
    public void The_reply_to_a_correction_opinion_says_whether_the_body_corrected(FilingReviewResult result, bool allowed)
    {
        var filing = F.FilingIn(FilingStatus.CorrectionRequested);
        var reply = () => filing.RecordReply(new FilingReply(result, "制定机关回复"), F.Staff, F.At(2026, 7, 10));

        if (allowed)
        {
            reply.Should().NotThrow();
            (filing.Status, filing.Result, filing.ReplyReceivedOn, filing.ClosedOn).Should().Be((FilingStatus.Closed, result, new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 10)));
        }
        else
        {
            reply.Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.ReplyResultInvalid);
            filing.Status.Should().Be(FilingStatus.CorrectionRequested);
        }
    }

    [Fact]
    public void Opinions_reasons_and_replies_are_required()
    {
        Refused(() => F.FilingIn(FilingStatus.Registered).ReturnForCompletion(" ", F.Staff, F.Now)).Code.Should().Be("Common.Required");
        Refused(() => F.FilingIn(FilingStatus.UnderReview).RequestCorrection(null, F.Staff, F.Now, F.Weekdays)).Refusal.Should().Be(DomainMessages.Required("Opinion", "纠正意见"));
        Refused(() => F.FilingIn(FilingStatus.UnderReview).ConcludeReview(new FilingConclusion(FilingReviewResult.NoProblem, ""), F.Staff, F.Now)).Field.Should().Be(nameof(FilingConclusion.Opinion));
        Refused(() => F.FilingIn(FilingStatus.CorrectionRequested).RecordReply(new FilingReply(FilingReviewResult.Corrected, ""), F.Staff, F.Now)).Field.Should().Be(nameof(FilingReply.ReplyText));
    }

    /// <summary>Which kinds each body files: written out, one cell per body and kind.</summary>
    [Theory]
    [InlineData(FilingBody.Government, NormativeDocumentKind.GovernmentRule, true)]
    [InlineData(FilingBody.Government, NormativeDocumentKind.AdministrativeNormative, true)]
    [InlineData(FilingBody.Government, NormativeDocumentKind.SupervisionNormative, false)]
    [InlineData(FilingBody.Government, NormativeDocumentKind.JudicialNormative, false)]
    [InlineData(FilingBody.SupervisionCommission, NormativeDocumentKind.GovernmentRule, false)]
    [InlineData(FilingBody.SupervisionCommission, NormativeDocumentKind.AdministrativeNormative, false)]
    [InlineData(FilingBody.SupervisionCommission, NormativeDocumentKind.SupervisionNormative, true)]
    [InlineData(FilingBody.SupervisionCommission, NormativeDocumentKind.JudicialNormative, false)]
    [InlineData(FilingBody.Court, NormativeDocumentKind.GovernmentRule, false)]
    [InlineData(FilingBody.Court, NormativeDocumentKind.AdministrativeNormative, false)]
    [InlineData(FilingBody.Court, NormativeDocumentKind.SupervisionNormative, false)]
    [InlineData(FilingBody.Court, NormativeDocumentKind.JudicialNormative, true)]
    [InlineData(FilingBody.Procuratorate, NormativeDocumentKind.GovernmentRule, false)]
    [InlineData(FilingBody.Procuratorate, NormativeDocumentKind.AdministrativeNormative, false)]
    [InlineData(FilingBody.Procuratorate, NormativeDocumentKind.SupervisionNormative, false)]
    [InlineData(FilingBody.Procuratorate, NormativeDocumentKind.JudicialNormative, true)]
    public void Each_body_files_its_own_kinds_of_document(FilingBody body, NormativeDocumentKind kind, bool allowed)
    {
        NormativeDocumentFiling.Allowed(body, kind).Should().Be(allowed);
        var register = () => NormativeDocumentFiling.Register(F.Filing(body: body, kind: kind), F.Staff, F.Now, F.Weekdays);
        if (allowed) register.Should().NotThrow();
        else register.Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.KindNotOfBody);
    }

    [Fact]
    public void A_document_published_in_the_future_or_after_its_filing_is_refused()
    {
        Refused(() => F.Register(published: F.Today.AddDays(1))).Refusal.Should().Be(LegislationMessages.DocumentPublishedInFuture);

        var filing = F.Register();
        Refused(() => filing.Edit(F.Filing(F.Today.AddDays(2)), F.Staff, F.At(2026, 6, 20), F.Weekdays)).Refusal.Should().Be(LegislationMessages.DocumentPublishedAfterFiling);
        filing.PublishedOn.Should().Be(new DateOnly(2026, 6, 1));
    }

    [Fact]
    public void Correcting_the_publication_date_keeps_the_filing_date_and_recomputes_lateness()
    {
        var filing = F.Register();

        filing.Edit(F.Filing(new DateOnly(2026, 5, 1)), F.Staff, F.At(2026, 6, 20), F.Weekdays);

        (filing.FiledOn, filing.FilingDueOn, filing.IsLate).Should().Be((F.Today, new DateOnly(2026, 6, 1), true));
    }

    [Fact]
    public void Only_staff_register_filings()
    {
        Refused(() => NormativeDocumentFiling.Register(F.Filing(), Actor.Unit(3, "市城市管理局"), F.Now, F.Weekdays)).Code.Should().Be("Workflow.WrongRole");
    }
}
