using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using S = CongressPortal.Domain.Supervision.SupervisionTopicStatus;

namespace CongressPortal.Web.Tests.Data;

/// <summary>The demo city's supervision year: the plan and its topics across the forms, the closed loop at every stage, the unit's desk.</summary>
public sealed class DemoSupervisionTests(PortalAppFactory app) : WebTest(app)
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public async Task The_demo_year_has_an_adopted_amended_plan_of_twenty_topics_with_the_loop_closed_reworked_and_reopened()
    {
        await SeedAsync();

        var plan = await DbAsync(db => db.SupervisionPlans.AsNoTracking().Include(p => p.Amendments).SingleAsync());
        plan.Year.Should().Be(2026);
        plan.Status.Should().Be(SupervisionPlanStatus.Published);
        plan.AdoptedOn.Should().NotBeNull().And.BeBefore(new DateOnly(2026, 2, 1));
        plan.AdoptedMeetingId.Should().NotBeNull();
        plan.Amendments.Should().ContainSingle();

        var topics = await LoadTopicsAsync();
        topics.Should().HaveCountGreaterThanOrEqualTo(18).And.HaveCountLessThanOrEqualTo(22);
        topics.Select(t => t.Form).Distinct().Should().HaveCountGreaterThanOrEqualTo(8);
        topics.Count(t => t.Form == SupervisionForm.SpecialWorkReport).Should().BeGreaterThan(topics.Count / 4, "special work reports are most of a year's topics");
        topics.Should().ContainSingle(t => t.AddedByAmendmentId == plan.Amendments[0].Id);
        topics.Where(t => t.Form == SupervisionForm.LawEnforcementInspection).Should().HaveCount(2).And.OnlyContain(t => t.LawName!.StartsWith("《中华人民共和国"));
        topics.Single(t => t.Form == SupervisionForm.SpecialInquiry).Inquiries.Should().HaveCountGreaterThanOrEqualTo(4)
            .And.OnlyContain(q => q.AskedBy.Length > 0 && q.AnsweredBy.Length > 0 && q.Answer != null);
        topics.Should().Contain(t => t.Activities.Count > 0 && t.Deputies.Count > 0);
        topics.Should().Contain(t => t.SourceSuggestions.Count > 0).And.Contain(t => t.SourceIssues.Count > 0);

        // Every stage of the loop is on show.
        var byStatus = topics.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.ToList());
        byStatus[S.Planned].Should().HaveCountGreaterThanOrEqualTo(2);
        byStatus[S.Deliberated].Should().ContainSingle().Which.OpinionsText.Should().NotBeNull();
        byStatus[S.Deliberated][0].IsPublished.Should().BeFalse("the opinions are still a draft");
        byStatus[S.Assigned].Should().Contain(t => t.ReportDueOn < Today, "a report is overdue")
            .And.Contain(t => t.ReportDueOn >= Today && t.ReportDueOn <= Today.AddDays(15), "a report is due soon");
        byStatus[S.Reported].Should().NotBeEmpty();
        byStatus[S.Rectifying].Should().HaveCountGreaterThanOrEqualTo(3);
        byStatus[S.Closed].Where(t => t.ProblemCount > 0).Should().HaveCountGreaterThanOrEqualTo(2, "some topics have every problem closed");
        topics.Where(t => t.HeardOn != null && t.Status != S.Deliberated).Should().OnlyContain(t => t.IsPublished);
        topics.Where(t => t.HeardOn == null).Should().NotBeEmpty().And.OnlyContain(t => !t.IsPublished);

        var problems = topics.SelectMany(t => t.Problems).ToList();
        problems.Count.Should().BeGreaterThan(40);
        problems.Should().Contain(p => p.IsClosed && p.CloseEvidence != null && p.RectifiedOn != null).And.Contain(p => !p.IsClosed);
        topics.Should().Contain(t => t.Problems.Any(p => p.UnitId != t.ReportingUnitId), "some problems go to a body other than the reporting one");
        topics.Where(t => t.Problems.Count > 0).Should().OnlyContain(t => t.Problems.Count >= 3 && t.Problems.Count <= 8);

        var rounds = topics.SelectMany(t => t.Rounds).Where(r => r.IsFiled).ToList();
        rounds.Count(r => r.FiledOnTime == false).Should().Be(1, "one report was filed late");
        rounds.Count(r => r.FiledOnTime == true).Should().BeGreaterThan(5);

        // 测评 不满意, a second round filed and accepted.
        var reworked = topics.Should().ContainSingle(t => t.Rounds.Count == 2).Subject;
        reworked.Rounds.Single(r => r.Number == 1).Accepted.Should().BeFalse();
        reworked.Rounds.Single(r => r.Number == 1).Vote.Should().Be(new SatisfactionVote(9, 8, 21));
        reworked.Rounds.Single(r => r.Number == 2).Should().Match<SupervisionReportRound>(r => r.IsFiled && r.Accepted == true);

        // 回头看 reopened a closed problem.
        var followedUp = topics.Should().ContainSingle(t => t.FollowUps.Count > 0).Subject;
        followedUp.Status.Should().Be(S.Rectifying);
        followedUp.FollowUps[0].ReopenedNumbers.Should().ContainSingle();
        followedUp.Problem(followedUp.FollowUps[0].ReopenedNumbers[0])!.Status.Should().Be(SupervisionProblemStatus.Reopened);

        // 打捆督办: two themes of key suggestions linked to topics.
        var linked = await DbAsync(db => db.SuggestionThemes.Where(t => t.SupervisionTopicId != null)
            .Select(t => new { t.SupervisionTopicId, Key = db.Suggestions.Count(s => s.ThemeId == t.Id && s.IsKey) }).ToListAsync());
        linked.Should().HaveCount(2).And.OnlyContain(t => t.Key > 0 && topics.Any(topic => topic.Id == t.SupervisionTopicId));
    }

    [Fact]
    public async Task The_demo_unit_account_has_a_topic_awaiting_its_report()
    {
        await SeedAsync();
        var unitId = (await DbAsync(db => db.Users.SingleAsync(u => u.UserName == "unit"))).HandlingUnitId!.Value;

        var desk = await ServiceAsync<SupervisionStore, List<SupervisionTopic>>(store => SupervisionStore.WithEverything(store.ForUnit(unitId)).AsNoTracking().ToListAsync());
        var awaiting = desk.Where(t => t.Status == S.Assigned && t.ReportingUnitId == unitId).ToList();
        awaiting.Should().NotBeEmpty();
        awaiting.Should().OnlyContain(t => t.Check(SupervisionTopicAction.FileReport, Actor.Unit(unitId, "市住建局 联络员")) == null && t.ReportDueOn >= Today);
        desk.Should().Contain(t => t.ReportingUnitId != unitId, "the unit is also named on problems of other bodies' topics");
    }

    [Fact]
    public async Task Seeding_twice_adds_nothing_and_every_topic_is_where_its_events_lead_by_the_workflow_table()
    {
        await SeedAsync();
        var before = await DbAsync(db => db.SupervisionTopics.CountAsync());
        await SeedAsync();
        await ServiceAsync<DemoSupervisionSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(await DemoDeputyAsync(), default);
            return true;
        });
        (await DbAsync(db => db.SupervisionPlans.CountAsync())).Should().Be(1);
        (await DbAsync(db => db.SupervisionTopics.CountAsync())).Should().Be(before);

        foreach (var topic in await LoadTopicsAsync())
        {
            Replay(topic).Should().Be(topic.Status, $"the events of {topic.Title} lead there");
            topic.ProblemCount.Should().Be(topic.Problems.Count);
            topic.ClosedProblemCount.Should().Be(topic.Problems.Count(p => p.IsClosed));
            topic.Events.Should().OnlyContain(e => e.At <= App.Clock.GetUtcNow());
            topic.Rounds.Where(r => r != topic.CurrentRound).All(r => r.IsFiled && r.Accepted == false).Should().BeTrue("only a 不满意 round is followed by another");
            var round = topic.CurrentRound;
            switch (topic.Status)
            {
                case S.Planned:
                    topic.HeardOn.Should().BeNull();
                    topic.Problems.Should().BeEmpty();
                    break;
                case S.Deliberated:
                    topic.HeardOn.Should().NotBeNull();
                    topic.AssignedOn.Should().BeNull();
                    round.Should().BeNull();
                    break;
                case S.Assigned or S.Rework:
                    round!.IsFiled.Should().BeFalse();
                    topic.ReportDueOn.Should().Be(round.DueOn);
                    break;
                case S.Reported:
                    round!.IsFiled.Should().BeTrue();
                    round.EvaluatedOn.Should().BeNull();
                    topic.ReportDueOn.Should().BeNull();
                    break;
                case S.Rectifying:
                    round!.Accepted.Should().BeTrue();
                    topic.Problems.Should().Contain(p => !p.IsClosed);
                    break;
                case S.Closed:
                    topic.ClosedOn.Should().NotBeNull();
                    topic.Problems.All(p => p.IsClosed).Should().BeTrue();
                    (round is null || round.Accepted == true).Should().BeTrue();
                    break;
                default:
                    throw new InvalidOperationException($"No demo topic should be {topic.Status}.");
            }
            foreach (var problem in topic.Problems.Where(p => p.IsClosed))
                problem.RectifiedOn.Should().BeOnOrAfter(topic.AssignedOn!.Value).And.BeOnOrBefore(problem.ClosedOn!.Value);
        }
    }

    /// <summary>Plays the topic's recorded events through its transition table from 计划中; the state they lead to.</summary>
    private static S Replay(SupervisionTopic topic)
    {
        var state = S.Planned;
        var closed = 0;
        var followUps = new Queue<SupervisionFollowUp>(topic.FollowUps.OrderBy(f => f.RecordedAt));
        foreach (var e in topic.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Where(e => e.Kind != SupervisionEventKind.Created))
        {
            var action = e.Kind switch
            {
                SupervisionEventKind.ActivityAdded => SupervisionTopicAction.AddActivity,
                SupervisionEventKind.InquiryRecorded => SupervisionTopicAction.RecordInquiry,
                SupervisionEventKind.Deliberated => SupervisionTopicAction.RecordDeliberation,
                SupervisionEventKind.OpinionsEdited => SupervisionTopicAction.EditOpinions,
                SupervisionEventKind.Assigned => SupervisionTopicAction.Assign,
                SupervisionEventKind.Concluded => SupervisionTopicAction.Conclude,
                SupervisionEventKind.ReportFiled => SupervisionTopicAction.FileReport,
                SupervisionEventKind.Evaluated or SupervisionEventKind.ReworkRequested => SupervisionTopicAction.Evaluate,
                SupervisionEventKind.ProblemClosed => SupervisionTopicAction.CloseProblem,
                SupervisionEventKind.FollowedUp => SupervisionTopicAction.FollowUp,
                SupervisionEventKind.Published => SupervisionTopicAction.Publish,
                SupervisionEventKind.Unpublished => SupervisionTopicAction.Unpublish,
                _ => throw new InvalidOperationException($"The demo does not play {e.Kind}."),
            };
            var outcomes = SupervisionTopicWorkflow.Table.Outcomes(state, action, e.ActorRole);
            outcomes.Should().NotBeEmpty($"{topic.Title}: {action} by {e.ActorRole} from {state}");
            if (e.Kind == SupervisionEventKind.ProblemClosed) closed++;
            var reopened = e.Kind == SupervisionEventKind.FollowedUp ? followUps.Dequeue().ReopenedNumbers.Count : 0;
            closed -= reopened;
            state = e.Kind switch
            {
                SupervisionEventKind.Evaluated => S.Rectifying,
                SupervisionEventKind.ReworkRequested => S.Rework,
                SupervisionEventKind.ProblemClosed => closed == topic.Problems.Count ? S.Closed : state,
                SupervisionEventKind.FollowedUp => reopened > 0 ? S.Rectifying : state,
                _ => outcomes.Single(),
            };
            outcomes.Should().Contain(state);
        }
        return state;
    }

    private async Task SeedAsync()
    {
        App.Clock.Set(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
    }

    private Task<Domain.Deputies.Deputy> DemoDeputyAsync() =>
        DbAsync(db => db.Deputies.AsNoTracking().SingleAsync(d => d.Name == DemoPeopleSeeder.DemoDeputyName && d.Number == "16001"));

    private Task<List<SupervisionTopic>> LoadTopicsAsync() =>
        DbAsync(db => SupervisionStore.WithEverything(db.SupervisionTopics).AsNoTracking().OrderBy(t => t.Id).ToListAsync());
}
