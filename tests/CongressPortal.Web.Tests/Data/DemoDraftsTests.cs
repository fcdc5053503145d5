using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using S = CongressPortal.Domain.Legislation.DraftCommentStatus;

namespace CongressPortal.Web.Tests.Data;

/// <summary>The demo city's public comment on drafts: ten contact points, one draft open today with about two hundred comments, two closed with their outcomes, one prepared.</summary>
public sealed class DemoDraftsTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public async Task Ten_contact_points_one_inactive_and_one_draft_open_today_with_about_two_hundred_comments_mostly_waiting_for_a_check()
    {
        await SeedAsync();
        var points = await DbAsync(db => db.LegislativeContactPoints.AsNoTracking().ToListAsync());
        points.Should().HaveCount(10);
        points.Should().ContainSingle(p => !p.IsActive);
        points.Select(p => p.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.EndsWith("基层立法联系点", StringComparison.Ordinal));
        points.Select(p => p.District).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        points.Should().OnlyContain(p => p.Address != null && p.HostOrganisation != null && p.ContactPerson != null && p.EstablishedOn <= Today
            && p.Phone != null && ContactFormat.LooksValid(p.Phone));

        var drafts = await DbAsync(db => db.OpenDrafts.AsNoTracking().ToListAsync());
        var open = drafts.Should().ContainSingle(d => d.Phase(Now) == DraftPhase.Open).Subject;
        ChinaTime.Today(open.OpenedAt!.Value).Should().Be(Today.AddDays(-10));
        open.LastDay.Should().BeOnOrAfter(OpenDraft.EarliestLastDay(Today.AddDays(-10)), "the 30-day rule counts from the day after publication");
        open.DaysLeft(Now).Should().BeInRange(20, 25);
        open.Phase(open.ClosesAt!.Value.AddSeconds(-1)).Should().Be(DraftPhase.Open);
        open.Phase(open.ClosesAt!.Value).Should().Be(DraftPhase.Closed, "the phase is computed from the clock");
        open.Explanation.Should().Contain("起草过程").And.NotContain("{size}");

        var comments = await DbAsync(db => db.DraftComments.AsNoTracking().Where(c => c.DraftId == open.Id).ToListAsync());
        comments.Should().HaveCountGreaterThanOrEqualTo(190).And.HaveCountLessThanOrEqualTo(210);
        comments.Count(c => c.Status == S.Received).Should().BeGreaterThan(comments.Count / 2, "most still wait for their check");
        comments.Select(c => c.Status).Distinct().Should().Contain([S.Received, S.Valid, S.Duplicate, S.OffTopic, S.Abusive]);
        comments.Should().ContainSingle(c => c.Status == S.Abusive);
        comments.Where(c => c.Status is S.Adopted or S.PartlyAdopted or S.NotAdopted).Should().NotBeEmpty().And.OnlyContain(c => c.DecisionReason != null && c.DecidedAt >= c.CheckedAt);
        var fromPoints = comments.Where(c => c.Source == DraftCommentSource.ContactPoint).ToList();
        fromPoints.Should().HaveCount(15);
        var active = points.Where(p => p.IsActive).Select(p => p.Id).ToList();
        fromPoints.Should().OnlyContain(c => active.Contains(c.ContactPointId!.Value) && c.CollectedOn < Today && c.ReceiptCode == null && c.Status != S.Received);

        comments.Should().OnlyContain(c => c.SubmittedAt >= open.OpenedAt && c.SubmittedAt < Now && (c.CheckedAt == null || c.CheckedAt >= c.SubmittedAt));
        comments.Should().OnlyContain(c => c.ArticleAnchor == null || open.ArticleAnchors.Contains(c.ArticleAnchor));
        comments.Select(c => c.ArticleAnchor).Distinct().Should().HaveCountGreaterThan(15).And.Contain((string?)null);
        comments.Select(c => c.Body).Distinct().Should().HaveCountGreaterThan(100, "comments are varied");
        var online = comments.Where(c => c.Source == DraftCommentSource.Online).ToList();
        online.Count(c => c.Name == null).Should().BeGreaterThan(online.Count / 4, "names are optional and often left empty");
        online.Should().OnlyContain(c => c.ReceiptCode != null && ContactFormat.LooksValid(c.Contact!)
            && (c.Contact!.StartsWith("139 0000 ", StringComparison.Ordinal) || c.Contact.EndsWith("@example.cn", StringComparison.Ordinal)));
        online.Should().ContainSingle(c => c.ReceiptCode == DemoDraftSeeder.PendingReceiptCode).Which.Status.Should().Be(S.Received);
    }

    [Fact]
    public async Task Two_closed_drafts_have_their_outcomes_published_with_every_comment_checked_and_decided_and_one_was_extended()
    {
        await SeedAsync();
        var drafts = await DbAsync(db => db.OpenDrafts.AsNoTracking().Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes).ToListAsync());
        var closed = drafts.Where(d => d.Phase(Now) == DraftPhase.OutcomePublished).ToList();
        closed.Should().HaveCount(2);
        foreach (var draft in closed)
        {
            var openedOn = ChinaTime.Today(draft.OpenedAt!.Value);
            openedOn.Should().BeBefore(Today.AddMonths(-4));
            draft.LastDay.Should().BeOnOrAfter(OpenDraft.EarliestLastDay(openedOn));
            draft.OutcomePublishedAt.Should().BeAfter(draft.ClosesAt!.Value).And.BeBefore(Now);

            var comments = await DbAsync(db => db.DraftComments.AsNoTracking().Where(c => c.DraftId == draft.Id).ToListAsync());
            comments.Should().HaveCountGreaterThan(60);
            comments.Should().Contain(c => c.Source == DraftCommentSource.ContactPoint);
            comments.Where(c => c.Source == DraftCommentSource.Online).Should().OnlyContain(c => c.SubmittedAt < draft.ClosesAt);
            comments.Should().OnlyContain(c => c.Status != S.Received && c.Status != S.Valid, "every comment is checked and every valid one decided");
            comments.Where(c => c.Status is S.Adopted or S.PartlyAdopted or S.NotAdopted)
                .Should().OnlyContain(c => c.DecisionReason != null && c.DecidedAt < draft.OutcomePublishedAt && c.DecidedAt >= c.CheckedAt);
            comments.Select(c => c.Status).Distinct().Should().Contain([S.Adopted, S.PartlyAdopted, S.NotAdopted, S.Duplicate]);

            // Notes for the most commented articles and for the draft as a whole; the summary states the checked count.
            var mostCommented = comments.Where(c => c.ArticleAnchor != null).GroupBy(c => c.ArticleAnchor!).OrderByDescending(g => g.Count()).First().Key;
            draft.ArticleNotes.Select(n => n.ArticleAnchor).Should().Contain([mostCommented, ""]);
            draft.ArticleNotes.Should().HaveCountGreaterThanOrEqualTo(4);
            var figures = DraftCommentFigures.From(comments.GroupBy(c => c.Status).Select(g => (g.Key, g.Count())));
            draft.OutcomeSummary.Should().Contain($"共收到意见{figures.Checked}条").And.Contain($"采纳{figures.Adopted}条");
        }

        var extended = closed.Should().ContainSingle(d => d.DeadlineChanges.Count > 0).Subject;
        var change = extended.DeadlineChanges.Should().ContainSingle().Subject;
        change.Kind.Should().Be(DraftDeadlineChangeKind.Extended);
        change.ToLastDay.Should().BeAfter(change.FromLastDay).And.Be(extended.LastDay);
        change.Reason.Should().NotBeNullOrWhiteSpace();
        change.At.Should().BeBefore(OpenDraft.EndOf(change.FromLastDay));

        var lookup = await ServiceAsync<DraftStore, DraftCommentLookup?>(store => store.LookupAsync(DemoDraftSeeder.AdoptedReceiptCode, default));
        lookup!.Status.Should().Be(S.Adopted);
        lookup.PublicStatus.Should().Be("已采纳");
        lookup.DecisionReason.Should().NotBeNullOrWhiteSpace();
        var pending = await ServiceAsync<DraftStore, DraftCommentLookup?>(store => store.LookupAsync(DemoDraftSeeder.PendingReceiptCode, default));
        pending!.PublicStatus.Should().Be("已收到，等待审核");
        pending.DecisionReason.Should().BeNull();
    }

    [Fact]
    public async Task Public_figures_count_only_checked_comments_the_prepared_draft_stays_private_and_seeding_twice_adds_nothing()
    {
        await SeedAsync();
        var prepared = await DbAsync(db => db.OpenDrafts.AsNoTracking().Where(d => d.Status == DraftPhase.Prepared).ToListAsync());
        var draft = prepared.Should().ContainSingle().Subject;
        draft.OpenedAt.Should().BeNull();
        draft.LastDay.Should().BeOnOrAfter(OpenDraft.EarliestLastDay(Today), "staff can publish it today");
        (await DbAsync(db => db.DraftComments.CountAsync(c => c.DraftId == draft.Id))).Should().Be(0);
        var published = await DbAsync(db => DraftStore.Published(db.OpenDrafts).Select(d => d.Id).ToListAsync());
        published.Should().HaveCount(3).And.NotContain(draft.Id);
        (await DbAsync(db => DraftStore.OpenAt(db.OpenDrafts, Now.ToUniversalTime()).CountAsync())).Should().Be(1);

        var openId = await DbAsync(db => DraftStore.OpenAt(db.OpenDrafts, Now.ToUniversalTime()).Select(d => d.Id).SingleAsync());
        var statuses = await DbAsync(db => db.DraftComments.Where(c => c.DraftId == openId).Select(c => c.Status).ToListAsync());
        var figures = await ServiceAsync<DraftStore, DraftCommentFigures>(store => store.FiguresAsync(openId, default));
        figures.Pending.Should().Be(statuses.Count(s => s == S.Received)).And.BePositive();
        figures.Checked.Should().Be(statuses.Count(s => s != S.Received)).And.BeLessThan(figures.Total);
        DraftDisplay.Figures(figures).Should().StartWith($"收到意见{figures.Checked}条");

        var year = await ServiceAsync<DraftStore, (int Drafts, DraftCommentFigures Comments)>(store => store.YearFiguresAsync(2026, default));
        year.Drafts.Should().Be(3);
        var all = await DbAsync(db => db.DraftComments.Select(c => c.Status).ToListAsync());
        year.Comments.Checked.Should().Be(all.Count(s => s != S.Received));
        year.Comments.AdoptedTotal.Should().Be(all.Count(s => s is S.Adopted or S.PartlyAdopted));

        var before = await CountsAsync();
        await SeedAsync();
        await ServiceAsync<DemoDraftSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        (await CountsAsync()).Should().Equal(before);
    }

    private Task<int[]> CountsAsync() => DbAsync(async db => new[]
    {
        await db.LegislativeContactPoints.CountAsync(), await db.OpenDrafts.CountAsync(), await db.DraftComments.CountAsync(),
        await db.Set<DraftArticleNote>().CountAsync(), await db.Set<DraftDeadlineChange>().CountAsync(),
    });

    private async Task SeedAsync()
    {
        App.Clock.Set(Now);
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
    }
}
