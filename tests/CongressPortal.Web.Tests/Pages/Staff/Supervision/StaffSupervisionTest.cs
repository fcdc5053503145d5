using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Supervision;

/// <summary>
/// Shared steps of the staff supervision tests: a reporting unit and a committee, a plan of the test clock's year (2026)
/// with topics created through the store, actions on a saved topic as a page would take them.
/// </summary>
public abstract class StaffSupervisionTest(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    protected static readonly Actor Clerk = Actor.Staff("测试工作人员");

    protected sealed record SupervisionWorld(HandlingUnit Unit, Committee Committee);

    protected async Task<SupervisionWorld> WorldAsync() => new(await Data.UnitAsync("示例市生态环境局"), await Data.CommitteeAsync("城乡建设环境保护委员会"));

    protected static string PlanPage(int id) => $"/Staff/Supervision/Plans/Details/{id}";

    protected static string TopicPage(int id) => $"/Staff/Supervision/Topics/Details/{id}";

    protected Task<int> PlanAsync(int year = 2026) =>
        ServiceAsync<SupervisionStore, int>(async store =>
        {
            var result = await store.CreatePlanAsync(new SupervisionPlanDraft(year, $"示例市人大常委会{year}年度监督工作计划", "围绕中心、服务大局。"), Clerk, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value;
        });

    protected static SupervisionTopicDraft TopicDraft(SupervisionWorld world, string title = "关于大气污染防治工作情况的报告",
        SupervisionForm form = SupervisionForm.SpecialWorkReport, int? amendmentId = null) =>
        new(title, form, world.Unit.Id, world.Committee.Id, null, 6, "听取和审议市人民政府关于大气污染防治工作情况的报告。", null, [], [], [], amendmentId);

    protected Task<int> TopicAsync(int planId, SupervisionWorld world, string title = "关于大气污染防治工作情况的报告", SupervisionForm form = SupervisionForm.SpecialWorkReport) =>
        ServiceAsync<SupervisionStore, int>(async store =>
        {
            var result = await store.CreateTopicAsync(planId, TopicDraft(world, title, form), Clerk, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return result.Value;
        });

    /// <summary>Runs a domain action on a saved topic with the settings and calendar, as a page would, and saves.</summary>
    protected Task TopicActAsync(int id, Action<SupervisionTopic, SupervisionSettings, WorkingDayCalendar, DateTimeOffset> action) =>
        ServiceAsync<SupervisionStore, bool>(async store =>
        {
            var version = await store.Topics.AsNoTracking().Where(t => t.Id == id).Select(t => t.Version).SingleAsync();
            var result = await store.TopicActWithRulesAsync(id, version, action, default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return true;
        });

    protected Task PlanActAsync(int id, Action<SupervisionPlan, int, DateTimeOffset> action) =>
        ServiceAsync<SupervisionStore, bool>(async store =>
        {
            var version = await store.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
            var result = await store.PlanActAsync(id, version, action, "Year", default);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error);
            return true;
        });

    /// <summary>A topic heard today, with its opinions and two problems, sent to the body today.</summary>
    protected async Task AssignedAsync(int topicId)
    {
        await TopicActAsync(topicId, (t, s, c, now) => t.RecordDeliberation(new DeliberationDraft(Today, null, "报告全文。"), s, c, Clerk, now));
        await TopicActAsync(topicId, (t, _, _, now) => t.EditOpinions(new OpinionsDraft("审议意见全文。",
            [new ProblemDraft("重点行业挥发性有机物治理不到位。", null), new ProblemDraft("扬尘管控责任落实不严。", null)]), Clerk, now));
        await TopicActAsync(topicId, (t, s, c, now) => t.Assign(s, c, Clerk, now));
    }

    /// <summary>The reporting body files its handling report with a status and evidence for every open problem.</summary>
    protected Task FiledAsync(int topicId, int unitId) =>
        TopicActAsync(topicId, (t, _, _, now) => t.FileReport(new HandlingReportDraft("研究处理情况报告全文。",
            [.. t.Problems.Where(p => !p.IsClosed).Select(p => new HandlingEntryDraft(p.Number, ProblemProgress.Rectified, "已完成整改，附验收材料。"))]),
            Actor.Unit(unitId, "测试承办人"), now));

    protected Task<SupervisionTopic> StoredTopicAsync(int id) =>
        DbAsync(db => SupervisionStore.WithEverything(db.SupervisionTopics.AsNoTracking()).SingleAsync(t => t.Id == id));

    protected Task<SupervisionPlan> StoredPlanAsync(int id) =>
        DbAsync(db => db.SupervisionPlans.Include(p => p.Amendments).AsNoTracking().SingleAsync(p => p.Id == id));
}
