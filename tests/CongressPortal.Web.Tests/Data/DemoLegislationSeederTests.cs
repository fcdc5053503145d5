using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using S = CongressPortal.Domain.Legislation.LegislationStatus;

namespace CongressPortal.Web.Tests.Data;

/// <summary>The demo city's legislation: the plans, twelve records at every stage, the library with its versions, filings and review requests.</summary>
public sealed class DemoLegislationSeederTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public async Task The_annual_plan_has_items_of_every_kind_fed_by_proposals_and_suggestions_and_one_amendment()
    {
        await SeedAsync();
        var plans = await DbAsync(db => db.LegislationPlans.AsNoTracking().Include(p => p.Items).ThenInclude(i => i.SourceSuggestions).Include(p => p.Amendments).ToListAsync());
        plans.Should().HaveCount(2);
        var programme = plans.Single(p => p.Kind == LegislationPlanKind.Programme);
        (programme.Year, programme.EndYear, programme.Status).Should().Be((2023, 2027, LegislationPlanStatus.Published));

        var annual = plans.Single(p => p.Kind == LegislationPlanKind.Annual);
        annual.Year.Should().Be(2026);
        annual.Status.Should().Be(LegislationPlanStatus.Published);
        annual.AdoptedMeetingId.Should().NotBeNull();
        annual.Items.Select(i => i.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<PlanItemKind>());
        annual.Amendments.Should().ContainSingle();
        annual.Items.Should().ContainSingle(i => i.AddedByAmendmentId == annual.Amendments[0].Id)
            .And.ContainSingle(i => i.IsCancelled && i.CancelledByAmendmentId == annual.Amendments[0].Id);
        annual.Items.Should().Contain(i => i.SourceSuggestions.Count > 0);
        annual.Items.Where(i => i.LegislationKind is LegislationKind.Amend or LegislationKind.Revise or LegislationKind.Repeal)
            .Should().NotBeEmpty().And.OnlyContain(i => i.RegulationId != null);

        var itemIds = annual.Items.Select(i => i.Id).ToList();
        var linked = await DbAsync(db => db.Proposals.Where(p => p.LegislationItemId != null).Select(p => p.LegislationItemId!.Value).ToListAsync());
        linked.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(id => itemIds.Contains(id));
    }

    [Fact]
    public async Task Twelve_records_stand_at_every_stage_with_readings_on_their_meetings_dates_and_the_approval_warning_showing()
    {
        await SeedAsync();
        var records = await DbAsync(db => db.LegislationRecords.AsNoTracking().Include(r => r.Readings).Include(r => r.Consultations).Include(r => r.Events).ToListAsync());
        records.Should().HaveCount(12);
        records.Select(r => r.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<S>(), "every stage is on show");

        records.Should().Contain(r => r.Status == S.Drafting && r.Consultations.Any(c => c.Kind == ConsultationKind.Hearing));
        records.Where(r => r.Status == S.InDeliberation).Select(r => r.Readings.Count).Should().BeEquivalentTo([1, 2, 3]);
        records.Single(r => r.Status == S.Concluded).Readings.Should().BeEmpty();
        var promulgated = records.Where(r => r.Status == S.Promulgated).ToList();
        promulgated.Select(r => r.Kind).Should().BeEquivalentTo([LegislationKind.Enact, LegislationKind.Amend, LegislationKind.Repeal]);
        promulgated.Should().OnlyContain(r => r.RegulationId != null && r.AnnouncementNumber != null);

        var awaiting = records.Should().ContainSingle(r => r.Status == S.AwaitingApproval).Subject;
        awaiting.ApprovalClockOn(Today).Should().Be(ApprovalClock.Approaching);
        awaiting.ApprovalDueOn.Should().Be(awaiting.SubmittedOn!.Value.AddMonths(LegislationRecord.ApprovalMonths));

        var meetings = await DbAsync(db => db.StandingCommitteeMeetings.ToDictionaryAsync(m => m.Id, m => m.Date));
        foreach (var record in records)
        {
            record.Readings.Where(r => meetings[r.MeetingId] != r.HeldOn).Should().BeEmpty("a reading is dated by its meeting");
            record.Readings.Select(r => (int)r.Stage).Should().BeInAscendingOrder().And.BeEquivalentTo(Enumerable.Range(1, record.Readings.Count));
            record.Readings.Select(r => r.HeldOn).Should().BeInAscendingOrder();
            record.Events.Where(e => e.At > App.Clock.GetUtcNow()).Should().BeEmpty();
            if (record.PassedMeetingId is { } passed) meetings[passed].Should().Be(record.PassedOn!.Value);
            if (record.PassedOn is { } on) on.Should().BeOnOrAfter(record.Readings.Max(r => r.HeldOn));
            if (record.ApprovedOn is { } approved) approved.Should().BeOnOrAfter(record.SubmittedOn!.Value);
            if (record.PromulgatedOn is { } promulgation) promulgation.Should().BeOnOrAfter(record.ApprovedOn!.Value).And.BeOnOrBefore(record.EffectiveOn!.Value);
        }
    }

    [Fact]
    public async Task The_library_has_about_forty_regulations_in_every_status_with_structured_texts_and_unique_announcements()
    {
        await SeedAsync();
        var regulations = await DbAsync(db => db.Regulations.AsNoTracking().Include(r => r.Versions).ToListAsync());
        regulations.Should().HaveCountGreaterThanOrEqualTo(38).And.HaveCountLessThanOrEqualTo(45);
        regulations.Should().OnlyContain(r => r.IsPublished && r.PendingVersion == null);
        regulations.Select(r => r.Field).Distinct().Should().BeEquivalentTo(Enum.GetValues<LegislativeField>());

        // On the seeded day: in force, amended (in force, more than one version), repealed, not yet in force.
        var statuses = await DbAsync(db => Task.FromResult(Enum.GetValues<RegulationStatus>()
            .ToDictionary(s => s, s => db.Regulations.Published().InStatus(s, Today).Count())));
        statuses[RegulationStatus.InForce].Should().BeGreaterThan(30);
        statuses[RegulationStatus.Amended].Should().BeGreaterThanOrEqualTo(5);
        statuses[RegulationStatus.Repealed].Should().Be(1);
        statuses[RegulationStatus.NotYetInForce].Should().Be(1);
        regulations.Should().ContainSingle(r => r.StatusOn(Today) == RegulationStatus.Repealed).Which.RepealAnnouncementNumber.Should().NotBeNull();
        regulations.Should().ContainSingle(r => r.StatusOn(Today) == RegulationStatus.NotYetInForce).Which.Versions.Should().ContainSingle(v => v.EffectiveOn > Today);
        regulations.Should().Contain(r => r.Versions.Count == 3);
        regulations.Where(r => r.Versions.Count > 1).Should().Contain(r => r.Versions.Any(v => v.Kind == LegislationKind.Revise))
            .And.Contain(r => r.Versions.Any(v => v.Kind == LegislationKind.Amend));

        var versions = regulations.SelectMany(r => r.Versions).ToList();
        var announcements = versions.Select(v => v.AnnouncementNumber).Concat(regulations.Where(r => r.RepealAnnouncementNumber != null).Select(r => r.RepealAnnouncementNumber!)).ToList();
        announcements.Should().OnlyHaveUniqueItems().And.OnlyContain(a => a.StartsWith("示例市人民代表大会常务委员会公告〔", StringComparison.Ordinal));
        versions.Should().OnlyContain(v => (v.PassedOn == null || v.PassedOn <= v.ApprovedOn) && v.ApprovedOn <= v.PromulgatedOn && v.PromulgatedOn <= v.EffectiveOn);
        foreach (var regulation in regulations)
        {
            regulation.Versions.OrderBy(v => v.Number).Select(v => v.PromulgatedOn).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            regulation.Versions.Should().ContainSingle(v => v.IsLatest).Which.Number.Should().Be(regulation.Versions.Max(v => v.Number));
        }

        foreach (var version in versions)
        {
            var text = version.Text();
            text.Articles.Count.Should().Be(version.ArticleCount).And.BeInRange(15, 81, version.Title);
            text.Lines[0].Kind.Should().Be(StatuteLineKind.Title);
            text.Lines.Should().Contain(l => l.Kind == StatuteLineKind.Note, $"{version.Title} has its 题注");
            var anchors = text.Articles.Select(a => a.Anchor).Concat(text.Headings.Select(h => h.Anchor)).ToList();
            anchors.Should().OnlyHaveUniqueItems($"{version.Title} v{version.Number}");
            text.Articles.Select(a => a.Number).Should().Equal(Enumerable.Range(1, text.Articles.Count), "articles are numbered without gaps");
            StatuteDetector.Warnings(text).Should().BeEmpty();
        }
        versions.Select(v => v.Text()).Should().Contain(t => t.Headings.Any(h => h.Kind == StatuteLineKind.Section), "some texts have sections")
            .And.Contain(t => t.Lines.Any(l => l.Kind == StatuteLineKind.Toc), "some have a 目录")
            .And.Contain(t => t.Articles.Any(a => a.Body.Any(l => l.Kind == StatuteLineKind.Item)), "articles have items")
            .And.Contain(t => t.Headings.Count == 0, "a short regulation has no chapters");

        // An amendment that inserts an article renumbers the later ones: the old 第八条 is the new 第九条.
        var inserted = regulations.First(r => r.Versions.Any(v => v.Kind == LegislationKind.Amend && v.ArticleCount == r.Versions.Single(p => p.Number == v.Number - 1).ArticleCount + 1));
        var (before, after) = Pair(inserted, LegislationKind.Amend);
        var moved = before.Articles[^1];
        after.Articles.Should().Contain(a => a.Number == moved.Number + 1 && a.BodyText == moved.BodyText);
        // A 修正 of wording keeps the numbering and changes words.
        var reworded = regulations.First(r => r.Versions.Any(v => v.Kind == LegislationKind.Revise));
        var (old, revised) = Pair(reworded, LegislationKind.Revise);
        revised.Articles.Select(a => a.Label).Should().Equal(old.Articles.Select(a => a.Label));
        revised.Articles.Zip(old.Articles).Should().Contain(p => p.First.BodyText != p.Second.BodyText);
    }

    [Fact]
    public async Task Twenty_filings_stand_at_every_status_some_late_some_overdue_and_three_review_requests_are_received_reviewed_and_answered()
    {
        await SeedAsync();
        var filings = await DbAsync(db => db.NormativeDocumentFilings.AsNoTracking().ToListAsync());
        filings.Should().HaveCount(20);
        filings.Select(f => f.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<FilingStatus>());
        filings.Select(f => f.Body).Distinct().Should().BeEquivalentTo(Enum.GetValues<FilingBody>());
        filings.Where(f => f.Status == FilingStatus.Closed).Select(f => f.Result).Distinct().Should().BeEquivalentTo(Enum.GetValues<FilingReviewResult>().Cast<FilingReviewResult?>());
        filings.Count(f => f.IsLate).Should().BeInRange(2, 5);
        filings.Where(f => f.IsLate).Should().OnlyContain(f => f.FiledOn > f.PublishedOn.AddDays(FilingDeadlines.FilingDays));
        filings.Select(f => f.Status).Where(s => s is FilingStatus.Registered or FilingStatus.UnderReview or FilingStatus.CorrectionRequested).Should().NotBeEmpty();
        var overdue = filings.Where(f => f.IsOverdueOn(Today)).ToList();
        overdue.Select(f => f.Status).Distinct().Should().BeEquivalentTo([FilingStatus.Registered, FilingStatus.UnderReview, FilingStatus.CorrectionRequested],
            "a format check, a review and a reply are each overdue today");
        filings.Should().Contain(f => f.CurrentDueOn >= Today, "other deadlines are still running");
        filings.Should().OnlyContain(f => f.FiledOn <= Today && f.PublishedOn <= f.FiledOn);

        var requests = await DbAsync(db => db.ReviewRequests.AsNoTracking().ToListAsync());
        requests.Select(r => r.Status).Should().BeEquivalentTo([ReviewRequestStatus.Received, ReviewRequestStatus.UnderReview, ReviewRequestStatus.Answered]);
        requests.Should().OnlyContain(r => ContactFormat.LooksValid(r.Contact) && (r.Contact.Contains("0000 0000", StringComparison.Ordinal) || r.Contact.EndsWith("@example.com", StringComparison.Ordinal)));
        requests.Single(r => r.Status == ReviewRequestStatus.Answered).AnswerText.Should().NotBeNullOrWhiteSpace();
        requests.Should().Contain(r => r.FilingId != null);
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing()
    {
        await SeedAsync();
        var before = await CountsAsync();
        await SeedAsync();
        await ServiceAsync<DemoLegislationSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        (await CountsAsync()).Should().Equal(before);
    }

    private static (StatuteText Before, StatuteText After) Pair(Regulation regulation, LegislationKind kind)
    {
        var after = regulation.Versions.First(v => v.Kind == kind);
        return (regulation.Versions.Single(v => v.Number == after.Number - 1).Text(), after.Text());
    }

    private Task<int[]> CountsAsync() => DbAsync(async db => new[]
    {
        await db.LegislationPlans.CountAsync(), await db.LegislationPlanItems.CountAsync(), await db.LegislationRecords.CountAsync(),
        await db.Regulations.CountAsync(), await db.RegulationVersions.CountAsync(), await db.NormativeDocumentFilings.CountAsync(), await db.ReviewRequests.CountAsync(),
    });

    private async Task SeedAsync()
    {
        App.Clock.Set(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
    }
}
