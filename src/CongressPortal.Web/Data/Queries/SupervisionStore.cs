using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Supervision plans and topics for the pages: who may read which (scopes), the settings and the working calendar the
/// closed loop reckons with, the references a topic names checked against the registry, and one action at the version
/// the page showed through <see cref="AggregateCommands"/> (docs/domain/supervision.md).
/// </summary>
public sealed class SupervisionStore(AppDbContext db, WorkingCalendarProvider calendar, TimeProvider clock)
{
    public const string TopicConflict = "操作未成功：在您操作期间，其他人已处理了这个监督议题。页面已显示最新情况，请核对后再操作。";
    public const string PlanConflict = "操作未成功：在您操作期间，其他人已修改了这份监督工作计划。页面已显示最新情况，请核对后再操作。";
    public const string TopicNotFound = "找不到这个监督议题，或您无权查看。";
    public const string PlanNotFound = "找不到这份监督工作计划。";
    public const string YearTaken = "这一年度已有监督工作计划。";

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) => calendar.GetAsync(ct);

    public async Task<SupervisionSettings> SettingsAsync(CancellationToken ct) =>
        await db.SupervisionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SupervisionSettings.Defaults();

    // ---------------------------------------------------------------- scopes

    public IQueryable<SupervisionPlan> Plans => db.SupervisionPlans;

    /// <summary>Plans the public may read: published.</summary>
    public IQueryable<SupervisionPlan> PublishedPlans => db.SupervisionPlans.Published();

    /// <summary>Every topic (staff).</summary>
    public IQueryable<SupervisionTopic> Topics => db.SupervisionTopics;

    /// <summary>
    /// Topics of published plans: the public reads what will be heard, when and by whom. Their documents (report, opinions,
    /// problems, handling reports) only when the topic itself is published (<see cref="SupervisionTopic.IsPublished"/>).
    /// </summary>
    public IQueryable<SupervisionTopic> PublicTopics => db.SupervisionTopics.OfPublishedPlans(db.SupervisionPlans);

    /// <summary>
    /// A body's topics: those sent to it (交办) where it is the reporting body or is named on a problem. Before sending,
    /// the opinions are the committee's draft and no body sees them.
    /// </summary>
    public IQueryable<SupervisionTopic> ForUnit(int unitId) =>
        db.SupervisionTopics.Where(t => t.AssignedOn != null && (t.ReportingUnitId == unitId || t.Problems.Any(p => p.UnitId == unitId)));

    /// <summary>The topics a deputy takes part in.</summary>
    public IQueryable<SupervisionTopic> ForDeputy(int deputyId) => db.SupervisionTopics.Where(t => t.Deputies.Any(d => d.DeputyId == deputyId));

    /// <summary>The topics that cite a suggestion the deputy led or co-signed (监督法第十二条: why the topic was chosen).</summary>
    public IQueryable<SupervisionTopic> FromSuggestionsOf(int deputyId) =>
        db.SupervisionTopics.Where(t => t.SourceSuggestions.Any(s => db.Suggestions.Any(g => g.Id == s.SuggestionId
            && g.Deputies.Any(d => d.DeputyId == deputyId))));

    /// <summary>Chinese full-text search over what the public may search (title, summary, law, published documents).</summary>
    public static IQueryable<SupervisionTopic> Search(IQueryable<SupervisionTopic> query, string? text)
    {
        var tsQuery = ChineseSearch.Query(text);
        return tsQuery is null
            ? query
            : query.Where(t => EF.Property<NpgsqlTsVector>(t, Configurations.SupervisionTopicConfiguration.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
    }

    public static IQueryable<SupervisionTopic> WithEverything(IQueryable<SupervisionTopic> scope) =>
        scope.Include(t => t.Deputies).Include(t => t.SourceSuggestions).Include(t => t.SourceIssues).Include(t => t.Activities)
            .Include(t => t.Inquiries).Include(t => t.Problems).Include(t => t.Rounds).ThenInclude(r => r.Entries)
            .Include(t => t.FollowUps).Include(t => t.Events).AsSplitQuery();

    public Task<SupervisionTopic?> LoadTopicAsync(IQueryable<SupervisionTopic> scope, int id, CancellationToken ct) =>
        WithEverything(scope).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    public Task<SupervisionPlan?> LoadPlanAsync(IQueryable<SupervisionPlan> scope, int id, CancellationToken ct) =>
        scope.Include(p => p.Amendments).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    // ---------------------------------------------------------------- the plan

    public Task<CommandResult<int>> CreatePlanAsync(SupervisionPlanDraft draft, Actor actor, CancellationToken ct) =>
        db.CreateAsync(() =>
        {
            var plan = SupervisionPlan.Draft(draft, actor, clock.GetUtcNow());
            db.SupervisionPlans.Add(plan);
            return plan.Id;
        }, new Concurrency.UniqueField(nameof(SupervisionPlanDraft.Year), YearTaken), ct);

    /// <summary>
    /// One action on a plan at the version the page showed; the action gets the plan's topic count (adoption needs one).
    /// A year that already has a plan is reported at <paramref name="yearKey"/>, the form's year field.
    /// </summary>
    public async Task<CommandResult<int>> PlanActAsync(int id, uint version, Action<SupervisionPlan, int, DateTimeOffset> action, string yearKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        var topics = await db.SupervisionTopics.CountAsync(t => t.PlanId == id && t.Status != SupervisionTopicStatus.Cancelled, ct);
        return await db.RunAsync(db.SupervisionPlans.Include(p => p.Amendments), id, version, plan =>
        {
            action(plan, topics, now);
            return plan.Id;
        }, new CommandOptions { NotFound = PlanNotFound, ConflictMessage = PlanConflict, Unique = new Concurrency.UniqueField(yearKey, YearTaken) }, ct);
    }

    // ---------------------------------------------------------------- topics

    /// <summary>Adds a topic to the plan (by an amendment once the plan is adopted); references are checked first.</summary>
    public Task<CommandResult<int>> CreateTopicAsync(int planId, SupervisionTopicDraft draft, Actor actor, CancellationToken ct) =>
        db.CreateAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            var plan = await db.SupervisionPlans.Include(p => p.Amendments).AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct)
                ?? throw DomainMessages.ActionRefused.ToException();
            var meetingDate = await CheckReferencesAsync(draft, ct);
            var topic = SupervisionTopic.Create(draft, plan, meetingDate, actor, clock.GetUtcNow());
            db.SupervisionTopics.Add(topic);
            return topic.Id;
        }, null, ct);

    public Task<CommandResult<int>> EditTopicAsync(int id, uint version, SupervisionTopicDraft draft, Actor actor, CancellationToken ct) =>
        TopicActAsync(Topics, id, version, async (topic, now) => topic.Edit(draft, await CheckReferencesAsync(draft, ct), actor, now), ct);

    /// <summary>Cancels a topic (by an amendment of the plan once adopted).</summary>
    public Task<CommandResult<int>> CancelTopicAsync(int id, uint version, string? reason, int? amendmentId, Actor actor, CancellationToken ct) =>
        TopicActAsync(Topics, id, version, async (topic, now) =>
        {
            var plan = await db.SupervisionPlans.Include(p => p.Amendments).AsNoTracking().FirstAsync(p => p.Id == topic.PlanId, ct);
            topic.Cancel(reason, amendmentId, plan, actor, now);
        }, ct);

    /// <summary>
    /// One action on a topic within <paramref name="scope"/> at the version the page showed: loads it with its parts, acts
    /// with the time, saves. A refusal, a lost race or a topic outside the scope comes back as a result; nothing is saved then.
    /// </summary>
    public Task<CommandResult<int>> TopicActAsync(IQueryable<SupervisionTopic> scope, int id, uint version, Func<SupervisionTopic, DateTimeOffset, Task> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        return db.RunAsync(WithEverything(scope), id, version, async topic =>
        {
            await action(topic, now);
            return topic.Id;
        }, new CommandOptions { NotFound = TopicNotFound, ConflictMessage = TopicConflict }, ct);
    }

    public Task<CommandResult<int>> TopicActAsync(IQueryable<SupervisionTopic> scope, int id, uint version, Action<SupervisionTopic, DateTimeOffset> action, CancellationToken ct) =>
        TopicActAsync(scope, id, version, (topic, now) =>
        {
            action(topic, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>An action that reckons with the settings and the working calendar (deliberation, 交办, evaluation).</summary>
    public async Task<CommandResult<int>> TopicActWithRulesAsync(int id, uint version, Action<SupervisionTopic, SupervisionSettings, WorkingDayCalendar, DateTimeOffset> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var settings = await SettingsAsync(ct);
        var days = await CalendarAsync(ct);
        return await TopicActAsync(Topics, id, version, (topic, now) => action(topic, settings, days, now), ct);
    }

    /// <summary>
    /// Checks that the units, committee, meeting, deputies, suggestions and reception issues a draft names exist (and the
    /// unit and committee are in use); returns the meeting's date for the domain's year check.
    /// </summary>
    public async Task<DateOnly?> CheckReferencesAsync(SupervisionTopicDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.ReportingUnitId is > 0 and var unit && !await db.HandlingUnits.AnyAsync(u => u.Id == unit && u.IsActive, ct))
            throw SupervisionMessages.ReportingUnitRequired.ToException();
        if (draft.CommitteeId is > 0 and var committee && !await db.Committees.AnyAsync(c => c.Id == committee && c.IsActive, ct))
            throw SupervisionMessages.CommitteeRequired.ToException();
        DateOnly? meetingDate = null;
        if (draft.MeetingId is > 0 and var meeting)
        {
            var found = await db.StandingCommitteeMeetings.AsNoTracking().Where(m => m.Id == meeting).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
            meetingDate = found ?? throw new Refusal("Supervision.UnknownMeeting", "所选常委会会议不存在。", nameof(SupervisionTopicDraft.MeetingId)).ToException();
        }
        await RequireAllAsync(db.Deputies.Select(d => d.Id), draft.DeputyIds, nameof(SupervisionTopicDraft.DeputyIds), "所选代表在代表名册中不存在，请重新选择。", ct);
        await RequireAllAsync(db.Suggestions.Select(s => s.Id), draft.SourceSuggestionIds, nameof(SupervisionTopicDraft.SourceSuggestionIds), "所选建议不存在，请重新选择。", ct);
        await RequireAllAsync(db.Receptions.SelectMany(r => r.Issues).Select(i => i.Id), draft.SourceIssueIds, nameof(SupervisionTopicDraft.SourceIssueIds), "所选接待事项不存在，请重新选择。", ct);
        return meetingDate;
    }

    private static async Task RequireAllAsync(IQueryable<int> existing, IReadOnlyList<int>? ids, string field, string message, CancellationToken ct)
    {
        var wanted = (ids ?? []).Where(id => id > 0).Distinct().ToList();
        if (wanted.Count == 0) return;
        var found = await existing.Where(id => wanted.Contains(id)).CountAsync(ct);
        if (found != wanted.Count) throw new Refusal("Supervision.UnknownReference", message, field).ToException();
    }
}
