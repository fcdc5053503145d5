using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Legislative plans and legislation records for the staff pages: scopes and filters, the references a draft names
/// checked against the registry and the library, one action at the version the page showed through
/// <see cref="AggregateCommands"/>. Readings and the vote take their date from the standing-committee meeting (never
/// typed); the promulgation writes the library in the same save as the record (docs/domain/legislation.md).
/// </summary>
public sealed class LegislationStore(AppDbContext db, TimeProvider clock)
{
    public const string RecordConflict = "操作未成功：在您操作期间，其他人已处理了这个立法项目。页面已显示最新情况，请核对后再操作。";
    public const string PlanConflict = "操作未成功：在您操作期间，其他人已修改了这个立法计划。页面已显示最新情况，请核对后再操作。";
    public const string RecordNotFound = "找不到这个立法项目。";
    public const string PlanNotFound = "找不到这个立法计划。";

    public static Refusal UnknownMeeting { get; } = new("Legislation.UnknownMeeting", "所选常委会会议不存在，请重新选择。", "MeetingId");

    public static Refusal UnknownRegulation { get; } = new("Legislation.UnknownRegulation", "所选法规在法规库中不存在，请重新选择。", nameof(LegislationRecordDraft.RegulationId));

    public static Refusal UnknownCommittee { get; } = new("Legislation.UnknownCommittee", "所选专门委员会不存在，请重新选择。", nameof(LegislationRecordDraft.CommitteeId));

    public static Refusal UnknownItem { get; } = new("Legislation.UnknownItem", "所选计划项目不存在或已取消。", nameof(LegislationRecordDraft.PlanItemId));

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    // ---------------------------------------------------------------- scopes and filters

    public IQueryable<LegislationPlan> Plans => db.LegislationPlans;

    public IQueryable<LegislationRecord> Records => db.LegislationRecords;

    /// <summary>Items of published plans: what the public and deputies may read of a linked item.</summary>
    public IQueryable<LegislationPlanItem> PublishedItems =>
        db.LegislationPlanItems.Where(i => db.LegislationPlans.Any(p => p.Id == i.PlanId && p.PublishedAt != null));

    public sealed record RecordFilter(int? Year, LegislationKind? Kind, LegislativeField? Field, LegislationStatus? Status, int? CommitteeId, string? Query);

    /// <summary>Records matching <paramref name="filter"/>; the year is the year the record was opened (Beijing time).</summary>
    public static IQueryable<LegislationRecord> Filtered(IQueryable<LegislationRecord> records, RecordFilter filter)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Year is { } year)
        {
            // Midnight in Beijing (UTC+8, no daylight saving) of 1 January of the year and of the next.
            var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();
            var to = from.AddYears(1);
            records = records.Where(r => r.CreatedAt >= from && r.CreatedAt < to);
        }
        if (filter.Kind is { } kind) records = records.Where(r => r.Kind == kind);
        if (filter.Field is { } field) records = records.Where(r => r.Field == field);
        if (filter.Status is { } status) records = records.Where(r => r.Status == status);
        if (filter.CommitteeId is { } committee) records = records.Where(r => r.CommitteeId == committee);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var pattern = "%" + filter.Query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            records = records.Where(r => EF.Functions.ILike(r.Title, pattern));
        }
        return records;
    }

    /// <summary>
    /// Records awaiting the province's approval whose four months end within <see cref="LegislationRecord.ApprovalWarningDays"/>
    /// days or have ended: the same rule as <see cref="LegislationRecord.ApprovalClockOn"/> (Approaching or Overdue).
    /// </summary>
    public static IQueryable<LegislationRecord> ApprovalNeedsAttention(IQueryable<LegislationRecord> records, DateOnly today)
    {
        var warnFrom = today.AddDays(LegislationRecord.ApprovalWarningDays);
        return records.Where(r => r.Status == LegislationStatus.AwaitingApproval && r.ApprovalDueOn != null && r.ApprovalDueOn <= warnFrom);
    }

    /// <summary>The workspace card's figures: records in deliberation, awaiting approval, and those of them needing attention.</summary>
    public async Task<(int InDeliberation, int AwaitingApproval, int ApprovalNeedsAttention)> WorkspaceCountsAsync(CancellationToken ct)
    {
        var records = db.LegislationRecords.AsNoTracking();
        return (await records.CountAsync(r => r.Status == LegislationStatus.InDeliberation, ct),
            await records.CountAsync(r => r.Status == LegislationStatus.AwaitingApproval, ct),
            await ApprovalNeedsAttention(records, Today).CountAsync(ct));
    }

    /// <summary>
    /// Deliberation items of <paramref name="year"/>'s annual plans, not cancelled, whose target meeting has been held
    /// without a reading of any record carrying the item on or before that meeting's day.
    /// </summary>
    public IQueryable<LegislationPlanItem> MissedTargets(int year, DateOnly today) =>
        from i in db.LegislationPlanItems
        join p in db.LegislationPlans on i.PlanId equals p.Id
        join m in db.StandingCommitteeMeetings on i.TargetMeetingId equals m.Id
        where p.Kind == LegislationPlanKind.Annual && p.Year == year && p.Status != LegislationPlanStatus.Draft
            && !i.IsCancelled && i.Kind == PlanItemKind.Deliberation && m.Date < today
            && !db.LegislationRecords.Any(r => r.PlanItemId == i.Id && r.Readings.Any(x => x.HeldOn <= m.Date))
        select i;

    public static IQueryable<LegislationRecord> WithEverything(IQueryable<LegislationRecord> scope) =>
        scope.Include(r => r.Readings).Include(r => r.Consultations).Include(r => r.Events).AsSplitQuery();

    public static IQueryable<LegislationPlan> WithItems(IQueryable<LegislationPlan> scope) =>
        scope.Include(p => p.Amendments).Include(p => p.Items).ThenInclude(i => i.SourceSuggestions).AsSplitQuery();

    public Task<LegislationRecord?> LoadRecordAsync(int id, CancellationToken ct) =>
        WithEverything(db.LegislationRecords).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public Task<LegislationPlan?> LoadPlanAsync(int id, CancellationToken ct) =>
        WithItems(db.LegislationPlans).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    // ---------------------------------------------------------------- plans

    public Task<CommandResult<int>> CreatePlanAsync(LegislationPlanDraft draft, Actor actor, CancellationToken ct) =>
        db.CreateAsync(() =>
        {
            var plan = LegislationPlan.Draft(draft, actor, clock.GetUtcNow());
            db.LegislationPlans.Add(plan);
            return plan.Id;
        }, null, ct);

    /// <summary>One action on a plan (its items included) at the version the page showed; returns the plan's id.</summary>
    public Task<CommandResult<int>> PlanActAsync(int id, uint version, Func<LegislationPlan, DateTimeOffset, Task> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        return db.RunAsync(WithItems(db.LegislationPlans), id, version, async plan =>
        {
            await action(plan, now);
            return plan.Id;
        }, new CommandOptions { NotFound = PlanNotFound, ConflictMessage = PlanConflict }, ct);
    }

    public Task<CommandResult<int>> PlanActAsync(int id, uint version, Action<LegislationPlan, DateTimeOffset> action, CancellationToken ct) =>
        PlanActAsync(id, version, (plan, now) =>
        {
            action(plan, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Adds or edits an item after checking the committee, meeting and regulation it names exist.</summary>
    public Task<CommandResult<int>> AddItemAsync(int planId, uint version, PlanItemDraft draft, Actor actor, CancellationToken ct) =>
        PlanActAsync(planId, version, async (plan, now) =>
        {
            await CheckItemReferencesAsync(draft, ct);
            plan.AddItem(draft, actor, now);
        }, ct);

    public Task<CommandResult<int>> EditItemAsync(int planId, uint version, int itemId, PlanItemDraft draft, Actor actor, CancellationToken ct) =>
        PlanActAsync(planId, version, async (plan, now) =>
        {
            await CheckItemReferencesAsync(draft, ct);
            plan.EditItem(itemId, draft, actor, now);
        }, ct);

    private async Task CheckItemReferencesAsync(PlanItemDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.CommitteeId is > 0 and var committee && !await db.Committees.AnyAsync(c => c.Id == committee, ct))
            throw UnknownCommittee.On(nameof(PlanItemDraft.CommitteeId)).ToException();
        if (draft.TargetMeetingId is > 0 and var meeting && !await db.StandingCommitteeMeetings.AnyAsync(m => m.Id == meeting, ct))
            throw UnknownMeeting.On(nameof(PlanItemDraft.TargetMeetingId)).ToException();
        if (draft.RegulationId is > 0 and var regulation && !await db.Regulations.AnyAsync(r => r.Id == regulation, ct))
            throw UnknownRegulation.On(nameof(PlanItemDraft.RegulationId)).ToException();
        var wanted = (draft.SourceSuggestionIds ?? []).Distinct().ToList();
        if (wanted.Count > 0 && await db.Suggestions.CountAsync(s => wanted.Contains(s.Id), ct) != wanted.Count)
            throw new Refusal("Legislation.UnknownSuggestion", "所选建议不存在，请核对编号。", nameof(PlanItemDraft.SourceSuggestionIds)).ToException();
    }

    // ---------------------------------------------------------------- records

    public Task<CommandResult<int>> CreateRecordAsync(LegislationRecordDraft draft, Actor actor, CancellationToken ct) =>
        db.CreateAsync(async () =>
        {
            await CheckRecordReferencesAsync(draft, null, ct);
            var record = LegislationRecord.Create(draft, actor, clock.GetUtcNow());
            db.LegislationRecords.Add(record);
            return record.Id;
        }, null, ct);

    public Task<CommandResult<int>> EditRecordAsync(int id, uint version, LegislationRecordDraft draft, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (record, now) =>
        {
            await CheckRecordReferencesAsync(draft, record.RegulationId, ct);
            record.Edit(draft, actor, now);
        }, ct);

    /// <summary>
    /// The committee, plan item and regulation a record names exist; an amendment or repeal of a repealed regulation is
    /// refused (<see cref="LegislationMessages.RegulationRepealed"/>) unless it is the one the record already names.
    /// </summary>
    private async Task CheckRecordReferencesAsync(LegislationRecordDraft draft, int? currentRegulation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.CommitteeId is > 0 and var committee && !await db.Committees.AnyAsync(c => c.Id == committee, ct))
            throw UnknownCommittee.ToException();
        if (draft.PlanItemId is > 0 and var item && !await db.LegislationPlanItems.AnyAsync(i => i.Id == item && !i.IsCancelled, ct))
            throw UnknownItem.ToException();
        if (draft.Kind is LegislationKind.Amend or LegislationKind.Revise or LegislationKind.Repeal && draft.RegulationId is > 0 and var regulation)
        {
            var state = await db.Regulations.Where(r => r.Id == regulation).Select(r => (RegulationState?)r.State).FirstOrDefaultAsync(ct);
            if (state is null) throw UnknownRegulation.ToException();
            if (state == RegulationState.Repealed && regulation != currentRegulation) throw LegislationMessages.RegulationRepealed.ToException();
        }
    }

    /// <summary>
    /// One action on a record within its parts at the version the page showed. A refusal, a lost race or a missing record
    /// comes back as a result and nothing is saved (the library's rows neither, for a promulgation).
    /// </summary>
    public Task<CommandResult<int>> ActAsync(int id, uint version, Func<LegislationRecord, DateTimeOffset, Task> action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        var now = clock.GetUtcNow();
        return db.RunAsync(WithEverything(db.LegislationRecords), id, version, async record =>
        {
            await action(record, now);
            return record.Id;
        }, new CommandOptions { NotFound = RecordNotFound, ConflictMessage = RecordConflict }, ct);
    }

    public Task<CommandResult<int>> ActAsync(int id, uint version, Action<LegislationRecord, DateTimeOffset> action, CancellationToken ct) =>
        ActAsync(id, version, (record, now) =>
        {
            action(record, now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The date of a standing-committee meeting from the calendar; a meeting that does not exist is refused at <paramref name="field"/>.</summary>
    public async Task<DateOnly> MeetingDateAsync(int? meetingId, string field, CancellationToken ct)
    {
        if (meetingId is not > 0) throw LegislationMessages.MeetingRequired.On(field).ToException();
        var date = await db.StandingCommitteeMeetings.AsNoTracking().Where(m => m.Id == meetingId).Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(ct);
        return date ?? throw UnknownMeeting.On(field).ToException();
    }

    /// <summary>A reading at the meeting chosen: its date is the meeting's.</summary>
    public Task<CommandResult<int>> RecordReadingAsync(int id, uint version, ReadingDraft draft, StatuteText text, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (record, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            var date = await MeetingDateAsync(draft.MeetingId, nameof(ReadingDraft.MeetingId), ct);
            record.RecordReading(draft, date, text, actor, now);
        }, ct);

    /// <summary>表决通过 at the meeting chosen, with the text as passed when staff imported one.</summary>
    public Task<CommandResult<int>> PassAsync(int id, uint version, PassDraft draft, StatuteText? passedText, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (record, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            var date = await MeetingDateAsync(draft.MeetingId, nameof(PassDraft.MeetingId), ct);
            record.Pass(draft, date, passedText, actor, now);
        }, ct);

    /// <summary>
    /// 公布: checks the promulgation and the 公告 number first, then writes the library — a new regulation for 制定, a new
    /// version for 修改/修正 (left pending for library staff to check and publish), the repeal for 废止 — and the record,
    /// in one save: a refusal anywhere leaves both untouched.
    /// </summary>
    public Task<CommandResult<int>> PromulgateAsync(int id, uint version, PromulgationDraft draft, Actor actor, CancellationToken ct) =>
        ActAsync(id, version, async (record, now) =>
        {
            ArgumentNullException.ThrowIfNull(draft);
            if (record.Check(LegislationAction.Promulgate, actor) is { } refused) throw refused.ToException();
            LegislationRecord.CheckPromulgation(draft, record.ApprovedOn, now);
            if (await RegulationLibrary.AnnouncementInUseAsync(db, draft.AnnouncementNumber, null, null, ct))
                throw LegislationMessages.DuplicateAnnouncement.ToException();
            var versionDraft = new RegulationVersionDraft(record.Title, record.Kind == LegislationKind.Repeal ? LegislationKind.Enact : record.Kind,
                draft.AnnouncementNumber, record.PassedOn, record.ApprovedOn, draft.PromulgatedOn, draft.EffectiveOn, record.Kind == LegislationKind.Enact ? null : record.Summary);
            Regulation regulation;
            if (record.Kind == LegislationKind.Enact)
            {
                regulation = Regulation.Create(record.Field, versionDraft, record.FinalText(), record.Id, actor, now);
                db.Regulations.Add(regulation);
            }
            else
            {
                regulation = await db.Regulations.Include(r => r.Versions).FirstOrDefaultAsync(r => r.Id == record.RegulationId, ct)
                    ?? throw LegislationMessages.RegulationRequired.ToException();
                if (record.Kind == LegislationKind.Repeal)
                    regulation.Repeal(new RepealDraft(draft.AnnouncementNumber, draft.PromulgatedOn, draft.EffectiveOn, record.Summary), record.Id, actor, now);
                else
                    regulation.AddVersion(versionDraft, record.FinalText(), record.Id, actor, now);
            }
            record.Promulgate(draft, regulation.Id, actor, now);
        }, ct);

    /// <summary>One reading's text with its record and meeting, for the reading page.</summary>
    public sealed record ReadingText(int RecordId, string RecordTitle, ReadingStage Stage, string Meeting, DateOnly HeldOn, string DraftTitle, string? Explanation, string TextJson);

    public async Task<ReadingText?> ReadingAsync(int readingId, CancellationToken ct)
    {
        var row = await (from r in db.LegislationRecords.AsNoTracking()
                         from x in r.Readings
                         where x.Id == readingId
                         select new { r.Id, r.Title, x.Stage, x.MeetingId, x.HeldOn, x.DraftTitle, x.Explanation, x.TextJson }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var meetings = await db.MeetingNamesAsync([row.MeetingId], ct);
        return new ReadingText(row.Id, row.Title, row.Stage, meetings.GetValueOrDefault(row.MeetingId, ""), row.HeldOn, row.DraftTitle ?? row.Title, row.Explanation, row.TextJson);
    }

    // ---------------------------------------------------------------- choices

    /// <summary>A plan item as a record or proposal names it: the plan, its number and title, whether the plan is published.</summary>
    public sealed record ItemLink(int ItemId, int PlanId, string PlanTitle, int Number, string Title, bool IsPublished);

    public Task<ItemLink?> ItemLinkAsync(int itemId, CancellationToken ct) =>
        (from i in db.LegislationPlanItems.AsNoTracking()
         join p in db.LegislationPlans.AsNoTracking() on i.PlanId equals p.Id
         where i.Id == itemId
         select new ItemLink(i.Id, p.Id, p.Title, i.Number, i.Title, p.PublishedAt != null)).FirstOrDefaultAsync(ct);

    /// <summary>"plan·number. title" of an item whose plan is published, for the public and deputy proposal pages; null otherwise.</summary>
    public async Task<string?> PublishedItemTitleAsync(int? itemId, CancellationToken ct) =>
        itemId is { } id && await ItemLinkAsync(id, ct) is { IsPublished: true } item ? $"{item.PlanTitle}·{item.Number}. {item.Title}" : null;

    /// <summary>Open items (not cancelled) of plans covering <paramref name="year"/>, or of every plan when null: id and a label naming the plan.</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> ItemChoicesAsync(int? year, int? keep, CancellationToken ct)
    {
        var rows = await (from i in db.LegislationPlanItems.AsNoTracking()
                          join p in db.LegislationPlans.AsNoTracking() on i.PlanId equals p.Id
                          where (!i.IsCancelled && (year == null || (p.Year <= year && p.EndYear >= year))) || i.Id == keep
                          orderby p.Year descending, p.Id, i.Number
                          select new { i.Id, i.Number, i.Title, Plan = p.Title }).ToListAsync(ct);
        return rows.Select(r => (r.Id, $"{r.Plan}·{r.Number}. {r.Title}")).ToList();
    }

    /// <summary>Regulations of the library (published or not) for a record's choice: id, title and whether repealed.</summary>
    public async Task<IReadOnlyList<(int Id, string Title, bool Repealed)>> RegulationChoicesAsync(CancellationToken ct) =>
        (await db.Regulations.AsNoTracking().OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.State }).ToListAsync(ct))
        .Select(r => (r.Id, r.Title, r.State == RegulationState.Repealed)).ToList();
}
