using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// Replies with commitments, for the commitments ledger (staff and public) and the staff list's reply filters. Made from
/// 2026-03-02 (the test clock's start); the tests look at it on 2026-07-01 unless they move the clock.
/// <list type="bullet">
/// <item>Elevator: 住建局, B, reviewed and published, rated 满意. Commitments: 年内完成加装电梯12部 (by 2026-06-30, 60% on
/// 2026-03-20: overdue on 07-01) and 完成20台电梯验收 (by 2026-12-31, no progress: in progress).</item>
/// <item>Alley: 交通运输局, C, reviewed but not published, rated 基本满意. Commitment 编制专项规划 (by 2026-04-30), done on 2026-04-10.</item>
/// <item>School: 住建局, B, publishable but not reviewed yet, not rated. Commitment 新建学校一所 (by 2026-05-31): overdue.</item>
/// <item>Pending: accepted, assigned to 住建局, no reply.</item>
/// </list>
/// </summary>
public sealed record LedgerScenario(TestData.SuggestionWorld World, Suggestion Elevator, Suggestion Alley, Suggestion School, Suggestion Pending)
{
    public static readonly DateTimeOffset LookedAt = new(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(8));

    public const string Lifts = "年内完成加装电梯12部";
    public const string Acceptance = "完成20台电梯验收";
    public const string Plan = "编制专项规划";
    public const string NewSchool = "新建学校一所";

    public static async Task<LedgerScenario> CreateAsync(PortalAppFactory app)
    {
        var data = new TestData(app);
        var world = await data.SuggestionWorldAsync();
        var housing = Actor.Unit(world.Unit.Id, "住建局");
        var transport = Actor.Unit(world.OtherUnit.Id, "交通局");
        var lead = Actor.Deputy(world.Lead.Id, "李建国");
        var signed = new DateOnly(2026, 3, 2);

        var elevator = await data.SuggestionAsync(world, "关于加快老旧小区加装电梯的建议", withCoSigner: false);
        var alley = await data.SuggestionAsync(world, "关于整治背街小巷环境卫生的建议", "背街小巷垃圾清运不及时。", withCoSigner: false);
        var school = await data.SuggestionAsync(world, "关于新建中小学校的建议", "新建小区配套学校不足。", withCoSigner: false);
        var pending = await data.SuggestionAsync(world, "关于增设公交专用道的建议", "早晚高峰公交拥堵。", withCoSigner: false);
        await data.AssignedSuggestionAsync(elevator.Id, world.Unit.Id);
        await data.AssignedSuggestionAsync(alley.Id, world.OtherUnit.Id);
        await data.AssignedSuggestionAsync(school.Id, world.Unit.Id);
        pending = await data.AssignedSuggestionAsync(pending.Id, world.Unit.Id);

        await data.ActAsync(elevator.Id, (x, rules, now, letter) => x.Reply(new ReplyDraft("B", "已列入今明两年加装电梯计划。", "张局长", signed, true, letter(),
            [new CommitmentDraft(Lifts, new DateOnly(2026, 6, 30)), new CommitmentDraft(Acceptance, new DateOnly(2026, 12, 31))]), housing, now, rules));
        await data.ActAsync(alley.Id, (x, rules, now, letter) => x.Reply(new ReplyDraft("C", "受资金限制，列入远期规划。", "赵局长", signed, true, letter(),
            [new CommitmentDraft(Plan, new DateOnly(2026, 4, 30))]), transport, now, rules));
        school = await data.ActAsync(school.Id, (x, rules, now, letter) => x.Reply(new ReplyDraft("B", "已列入明年建设计划。", "张局长", signed, true, letter(),
            [new CommitmentDraft(NewSchool, new DateOnly(2026, 5, 31))]), housing, now, rules));
        await data.ReviewRepliesAsync(elevator.Id);
        await data.ReviewRepliesAsync(alley.Id, publish: false);

        app.Clock.Set(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(8)));
        await data.ActAsync(elevator.Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.Satisfied, null, lead, now, rules));
        await data.ActAsync(alley.Id, (x, rules, now) => x.Rate(x.Assignments[0].Replies[0].Id, Satisfaction.BasicallySatisfied, null, lead, now, rules));

        app.Clock.Set(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        elevator = await data.ActAsync(elevator.Id, (x, _, now) =>
            x.UpdateCommitment(x.Assignments[0].Replies[0].Commitments.Single(c => c.Description == Lifts).Id, 60, "已完成7部", new DateOnly(2026, 3, 20), housing, now));
        app.Clock.Set(new DateTimeOffset(2026, 4, 10, 10, 0, 0, TimeSpan.FromHours(8)));
        alley = await data.ActAsync(alley.Id, (x, _, now) =>
            x.UpdateCommitment(x.Assignments[0].Replies[0].Commitments[0].Id, 100, "规划已印发", new DateOnly(2026, 4, 10), transport, now));

        app.Clock.Set(LookedAt);
        return new LedgerScenario(world, elevator, alley, school, pending);
    }

    public int CommitmentId(string description) =>
        new[] { Elevator, Alley, School }.SelectMany(s => s.Assignments).SelectMany(a => a.Replies).SelectMany(r => r.Commitments).Single(c => c.Description == description).Id;
}
