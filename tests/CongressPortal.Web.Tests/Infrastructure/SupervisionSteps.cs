using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// Supervision plans and topics made through the store and the domain's own methods, as staff and bodies would make them
/// from their pages (the pages of the body, deputies and the public are tested against these). Each step acts at the
/// topic's current version and fails the test when the domain refuses.
/// </summary>
public sealed class SupervisionSteps(PortalAppFactory app)
{
    public static readonly Actor Staff = Actor.Staff("测试工作人员");

    public static Actor Body(int unitId) => Actor.Unit(unitId, "测试报告单位");

    public DateOnly Today => ChinaTime.Today(app.Clock.GetUtcNow());

    private async Task<T> StoreAsync<T>(Func<SupervisionStore, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<SupervisionStore>());
    }

    private async Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static int Ok(CommandResult<int> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException($"refused: {result.Error}");

    public async Task<int> PlanAsync(int year = 2026, string? summary = "围绕民生实事开展监督。") =>
        Ok(await StoreAsync(store => store.CreatePlanAsync(new SupervisionPlanDraft(year, $"示例市人大常委会{year}年监督工作计划", summary), Staff, default)));

    public Task<uint> PlanVersionAsync(int id) => DbAsync(db => db.SupervisionPlans.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

    public async Task PlanActAsync(int id, Action<SupervisionPlan, int, DateTimeOffset> action)
    {
        var version = await PlanVersionAsync(id);
        Ok(await StoreAsync(store => store.PlanActAsync(id, version, action, "Year", default)));
    }

    /// <summary>Adopts the plan today (at <paramref name="meetingId"/>) and, unless told not to, publishes it.</summary>
    public async Task AdoptAsync(int planId, int? meetingId = null, bool publish = true, DateOnly? on = null)
    {
        var adoptedOn = on ?? Today;
        await PlanActAsync(planId, (plan, topics, now) => plan.Adopt(new PlanAdoption(adoptedOn, meetingId, null), topics, Staff, now));
        if (publish) await PlanActAsync(planId, (plan, _, now) => plan.Publish(Staff, now));
    }

    public async Task<int> TopicAsync(
        int planId, int unitId, int committeeId, string title, SupervisionForm form = SupervisionForm.SpecialWorkReport, int? meetingId = null,
        int? month = 6, string? summary = null, string? law = null, IReadOnlyList<int>? deputies = null, IReadOnlyList<int>? suggestions = null,
        int? amendmentId = null) =>
        Ok(await StoreAsync(store => store.CreateTopicAsync(planId,
            new SupervisionTopicDraft(title, form, unitId, committeeId, meetingId, month, summary, law, deputies ?? [], suggestions ?? [], [], amendmentId), Staff, default)));

    public Task<uint> TopicVersionAsync(int id) => DbAsync(db => db.SupervisionTopics.Where(t => t.Id == id).Select(t => t.Version).SingleAsync());

    /// <summary>A staff action with the settings and the working calendar (meeting, 交办, evaluation) at the topic's current version.</summary>
    public async Task ActAsync(int id, Action<SupervisionTopic, SupervisionSettings, WorkingDayCalendar, DateTimeOffset> action)
    {
        var version = await TopicVersionAsync(id);
        Ok(await StoreAsync(store => store.TopicActWithRulesAsync(id, version, action, default)));
    }

    /// <summary>An action of the body <paramref name="unitId"/>, within its own scope.</summary>
    public async Task BodyActAsync(int id, int unitId, Action<SupervisionTopic, DateTimeOffset> action)
    {
        var version = await TopicVersionAsync(id);
        Ok(await StoreAsync(store => store.TopicActAsync(store.ForUnit(unitId), id, version, action, default)));
    }

    public Task HeardAsync(int id, string report = "关于全市养老服务体系建设情况的报告全文。") =>
        ActAsync(id, (t, s, c, now) => t.RecordDeliberation(new DeliberationDraft(Today, null, report), s, c, Staff, now));

    /// <summary>The opinions and the numbered problems (each with its body; null: the reporting body).</summary>
    public Task OpinionsAsync(int id, string opinions, params (string Text, int? UnitId)[] problems) =>
        ActAsync(id, (t, _, _, now) => t.EditOpinions(new OpinionsDraft(opinions, [.. problems.Select(p => new ProblemDraft(p.Text, p.UnitId))]), Staff, now));

    public Task AssignAsync(int id) => ActAsync(id, (t, s, c, now) => t.Assign(s, c, Staff, now));

    /// <summary>Heard, opinions with <paramref name="problems"/>, sent: the body owes its report.</summary>
    public async Task SentAsync(int id, string opinions, params (string Text, int? UnitId)[] problems)
    {
        await HeardAsync(id);
        await OpinionsAsync(id, opinions, problems);
        await AssignAsync(id);
    }

    /// <summary>The reporting body files its report with the same progress and evidence for every open problem.</summary>
    public Task FileReportAsync(int id, int unitId, string text = "研究处理情况报告：已逐项整改。", ProblemProgress progress = ProblemProgress.InProgress) =>
        BodyActAsync(id, unitId, (t, now) => t.FileReport(
            new HandlingReportDraft(text, [.. t.Problems.Where(p => !p.IsClosed).Select(p => new HandlingEntryDraft(p.Number, progress, $"第{p.Number}项整改措施。"))]),
            Body(unitId), now));

    public Task EvaluateAsync(int id, string evaluation = "常委会认为整改措施基本到位。", SatisfactionVote? vote = null) =>
        ActAsync(id, (t, s, c, now) => t.Evaluate(new EvaluationDraft(Today, evaluation, vote), s, c, Staff, now));

    public Task CloseAsync(int id, int number) =>
        ActAsync(id, (t, _, _, now) => t.CloseProblem(number, new ProblemClosure(Today, "整改完成，有验收记录。"), Staff, now));

    public Task PublishAsync(int id) => ActAsync(id, (t, _, _, now) => t.Publish(Staff, now));

    public async Task<SupervisionTopic> LoadAsync(int id) => (await StoreAsync(store => store.LoadTopicAsync(store.Topics, id, default)))!;
}
