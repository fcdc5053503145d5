using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// One regulation's passage (立法项目): kind (制定 / 修改 / 修正 / 废止, or 立法调研), drafting body and group, responsible
/// committee; consultations (听证会, 论证会); readings 初审 → 二审 → 三审 at standing-committee meetings, each with the
/// draft text read; 表决通过 → 报批 (the server's date; the province approves within four months) → 批准 (the
/// province's date) → 公布 (公告 number, date, date in force). Research records have no readings and are concluded.
/// Every action asks <see cref="Check"/> — the table of <see cref="LegislationWorkflow"/>, then the guards.
/// </summary>
public sealed class LegislationRecord
{
    /// <summary>立法法第八十一条: the provincial standing committee approves within four months of the submission.</summary>
    public const int ApprovalMonths = 4;

    /// <summary>The approval clock warns this many days before the four months end.</summary>
    public const int ApprovalWarningDays = 30;

    private readonly List<LegislationReading> _readings = [];
    private readonly List<LegislationConsultation> _consultations = [];
    private readonly List<LegislationEvent> _events = [];

    private LegislationRecord() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public LegislationKind Kind { get; private set; }
    public LegislativeField Field { get; private set; }
    public LegislationStatus Status { get; private set; }
    public int? PlanItemId { get; private set; }

    /// <summary>The regulation amended or repealed; for a new regulation, set when it is promulgated.</summary>
    public int? RegulationId { get; private set; }
    public string? DraftingBody { get; private set; }
    public string? DraftingGroup { get; private set; }
    public int? CommitteeId { get; private set; }
    public string? Summary { get; private set; }
    public string? StatusReason { get; private set; }

    public DateOnly? PassedOn { get; private set; }
    public int? PassedMeetingId { get; private set; }
    public int? VotesFor { get; private set; }
    public int? VotesAgainst { get; private set; }
    public int? Abstentions { get; private set; }

    /// <summary>The text as passed, when it differs from the last reading's (staff import it at the vote); null: the last reading's.</summary>
    public string? PassedTextJson { get; private set; }

    /// <summary>The Beijing date of the submission to the province (server date): the four months run from it.</summary>
    public DateOnly? SubmittedOn { get; private set; }
    public DateOnly? ApprovalDueOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    public string? ApprovalResolution { get; private set; }
    public string? AnnouncementNumber { get; private set; }
    public DateOnly? PromulgatedOn { get; private set; }
    public DateOnly? EffectiveOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<LegislationReading> Readings => _readings.AsReadOnly();
    public IReadOnlyList<LegislationConsultation> Consultations => _consultations.AsReadOnly();
    public IReadOnlyList<LegislationEvent> Events => _events.AsReadOnly();

    /// <summary>The next reading (初审 when none yet); null after 三审.</summary>
    public ReadingStage? NextReading => _readings.Count >= 3 ? null : (ReadingStage)(_readings.Count + 1);

    public LegislationReading? LastReading => _readings.OrderBy(r => r.Stage).LastOrDefault();

    /// <summary>The text that becomes the regulation: as passed, or the last reading's.</summary>
    public StatuteText FinalText() => PassedTextJson is not null ? StatuteText.FromJson(PassedTextJson) : LastReading?.Text() ?? StatuteText.Empty;

    public static LegislationRecord Create(LegislationRecordDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("新建立法项目", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        var record = new LegislationRecord { Status = LegislationStatus.Drafting, CreatedAt = now.ToUniversalTime() };
        record.Apply(draft, now);
        record.Record(LegislationEventKind.Created, actor, now, null);
        return record;
    }

    public void Edit(LegislationRecordDraft draft, Actor actor, DateTimeOffset now)
    {
        Require(LegislationAction.Edit, actor);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Kind != Kind && _readings.Count > 0) throw LegislationMessages.KindFixedAfterReading.ToException();
        Apply(draft, now);
        Move(LegislationAction.Edit, actor, Status);
        Record(LegislationEventKind.Edited, actor, now, null);
    }

    public LegislationConsultation RecordConsultation(ConsultationDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(LegislationAction.RecordConsultation, actor);
        if (draft.HeldOn > ChinaTime.Today(now)) throw LegislationMessages.ConsultationInFuture.ToException();
        var consultation = new LegislationConsultation(draft.Kind, draft.HeldOn,
            Text.Optional(draft.Place, nameof(ConsultationDraft.Place), "地点", 200),
            Text.Required(draft.Summary, nameof(ConsultationDraft.Summary), "情况摘要", 4000));
        _consultations.Add(consultation);
        Move(LegislationAction.RecordConsultation, actor, Status);
        Record(LegislationEventKind.Consultation, actor, now, LegislationWorkflow.ConsultationLabel(draft.Kind));
        return consultation;
    }

    /// <summary>
    /// A reading at the meeting held on <paramref name="meetingDate"/> (the meeting's date from the calendar, never
    /// typed). It must be the next one (初审, then 二审, then 三审), at a later meeting than the one before, and bring the
    /// draft text read (a repeal's text may be empty).
    /// </summary>
    public LegislationReading RecordReading(ReadingDraft draft, DateOnly meetingDate, StatuteText text, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);
        Require(LegislationAction.RecordReading, actor);
        if (draft.Stage != NextReading) throw LegislationMessages.ReadingOutOfOrder(NextReading, draft.Stage).ToException();
        if (draft.MeetingId is not > 0) throw LegislationMessages.MeetingRequired.On(nameof(ReadingDraft.MeetingId)).ToException();
        if (meetingDate > ChinaTime.Today(now)) throw LegislationMessages.MeetingInFuture.On(nameof(ReadingDraft.MeetingId)).ToException();
        if (LastReading is { } last && meetingDate <= last.HeldOn) throw LegislationMessages.ReadingNotAfterPrevious(last.Stage).ToException();
        if (Kind != LegislationKind.Repeal && text.Articles.Count == 0) throw LegislationMessages.DraftTextRequired.ToException();
        var reading = new LegislationReading(draft.Stage, draft.MeetingId.Value, meetingDate,
            Text.Optional(draft.DraftTitle, nameof(ReadingDraft.DraftTitle), "草案名称", 200) ?? Title, text,
            Text.Optional(draft.Explanation, nameof(ReadingDraft.Explanation), "说明", 50000), now.ToUniversalTime());
        _readings.Add(reading);
        Move(LegislationAction.RecordReading, actor, LegislationStatus.InDeliberation);
        Record(LegislationEventKind.Reading, actor, now, LegislationWorkflow.ReadingLabel(draft.Stage));
        return reading;
    }

    /// <summary>表决通过 at the meeting of <paramref name="meetingDate"/>: not before the last reading. A text imported at the vote replaces the last reading's as the text passed.</summary>
    public void Pass(PassDraft draft, DateOnly meetingDate, StatuteText? passedText, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(LegislationAction.Pass, actor);
        if (draft.MeetingId is not > 0) throw LegislationMessages.MeetingRequired.On(nameof(PassDraft.MeetingId)).ToException();
        if (meetingDate > ChinaTime.Today(now)) throw LegislationMessages.MeetingInFuture.On(nameof(PassDraft.MeetingId)).ToException();
        if (LastReading is { } last && meetingDate < last.HeldOn) throw LegislationMessages.PassedBeforeReading.ToException();
        foreach (var (value, field) in new[] { (draft.VotesFor, nameof(PassDraft.VotesFor)), (draft.VotesAgainst, nameof(PassDraft.VotesAgainst)), (draft.Abstentions, nameof(PassDraft.Abstentions)) })
            if (value is < 0 or > 1000) throw LegislationMessages.VotesOutOfRange.On(field).ToException();
        if (passedText is { Lines.Count: > 0 } && Kind != LegislationKind.Repeal && passedText.Articles.Count == 0) throw LegislationMessages.DraftTextRequired.On("Text").ToException();
        PassedOn = meetingDate;
        PassedMeetingId = draft.MeetingId;
        (VotesFor, VotesAgainst, Abstentions) = (draft.VotesFor, draft.VotesAgainst, draft.Abstentions);
        PassedTextJson = passedText is { Lines.Count: > 0 } ? passedText.ToJson() : null;
        Move(LegislationAction.Pass, actor, LegislationStatus.Passed);
        Record(LegislationEventKind.Passed, actor, now, null);
    }

    /// <summary>报请批准 today (server date): the province has four months, to <see cref="ApprovalDueOn"/>.</summary>
    public void SubmitForApproval(Actor actor, DateTimeOffset now)
    {
        Require(LegislationAction.SubmitForApproval, actor);
        SubmittedOn = ChinaTime.Today(now);
        ApprovalDueOn = SubmittedOn.Value.AddMonths(ApprovalMonths);
        Move(LegislationAction.SubmitForApproval, actor, LegislationStatus.AwaitingApproval);
        Record(LegislationEventKind.SubmittedForApproval, actor, now, null);
    }

    /// <summary>批准: the province's date, not before the submission and not after today.</summary>
    public void Approve(ApprovalDraft draft, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(LegislationAction.Approve, actor);
        if (draft.ApprovedOn > ChinaTime.Today(now)) throw LegislationMessages.ApprovedInFuture.ToException();
        if (draft.ApprovedOn < SubmittedOn) throw LegislationMessages.ApprovedBeforeSubmission.ToException();
        ApprovedOn = draft.ApprovedOn;
        ApprovalResolution = Text.Optional(draft.Resolution, nameof(ApprovalDraft.Resolution), "批准决定", 200);
        Move(LegislationAction.Approve, actor, LegislationStatus.Approved);
        Record(LegislationEventKind.Approved, actor, now, null);
    }

    /// <summary>
    /// 公布 by 公告: the number (unique across the library; the store checks), the day (not before approval, not after
    /// today) and the day in force (not before promulgation). <paramref name="regulationId"/> is the regulation the
    /// library now holds the version (or the repeal) in.
    /// </summary>
    public void Promulgate(PromulgationDraft draft, int regulationId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(LegislationAction.Promulgate, actor);
        CheckPromulgation(draft, ApprovedOn, now);
        AnnouncementNumber = Announcement.Normalize(draft.AnnouncementNumber);
        PromulgatedOn = draft.PromulgatedOn;
        EffectiveOn = draft.EffectiveOn;
        RegulationId = regulationId;
        Move(LegislationAction.Promulgate, actor, LegislationStatus.Promulgated);
        Record(LegislationEventKind.Promulgated, actor, now, AnnouncementNumber);
    }

    /// <summary>The checks of a promulgation, also run before the store touches the library.</summary>
    public static void CheckPromulgation(PromulgationDraft draft, DateOnly? approvedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Announcement.Required(draft.AnnouncementNumber, nameof(PromulgationDraft.AnnouncementNumber));
        if (draft.PromulgatedOn > ChinaTime.Today(now)) throw LegislationMessages.PromulgatedInFuture.ToException();
        if (draft.PromulgatedOn < approvedOn) throw LegislationMessages.PromulgatedBeforeApproval.ToException();
        if (draft.EffectiveOn < draft.PromulgatedOn) throw LegislationMessages.EffectiveBeforePromulgation.ToException();
    }

    public void ConcludeResearch(string? summary, Actor actor, DateTimeOffset now)
    {
        Require(LegislationAction.ConcludeResearch, actor);
        StatusReason = Text.Required(summary, "Reason", "调研成果", 4000);
        Move(LegislationAction.ConcludeResearch, actor, LegislationStatus.Concluded);
        Record(LegislationEventKind.Concluded, actor, now, null);
    }

    public void Withdraw(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(LegislationAction.Withdraw, actor);
        StatusReason = Text.Required(reason, "Reason", "终止理由", 1000);
        Move(LegislationAction.Withdraw, actor, LegislationStatus.Withdrawn);
        Record(LegislationEventKind.Withdrawn, actor, now, StatusReason);
    }

    /// <summary>Where the province's four months stand on <paramref name="today"/>.</summary>
    public ApprovalClock ApprovalClockOn(DateOnly today)
    {
        if (Status != LegislationStatus.AwaitingApproval || ApprovalDueOn is not { } due) return ApprovalClock.NotRunning;
        if (today > due) return ApprovalClock.Overdue;
        return today >= due.AddDays(-ApprovalWarningDays) ? ApprovalClock.Approaching : ApprovalClock.Running;
    }

    public AvailableActions<LegislationAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<LegislationAction>().Select(a => new ActionCheck<LegislationAction>(a, Check(a, actor))));

    public Refusal? Check(LegislationAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return LegislationWorkflow.Table.Check(Status, action, actor.Role) ?? action switch
        {
            LegislationAction.RecordReading when Kind == LegislationKind.Research => LegislationMessages.ResearchHasNoReadings,
            LegislationAction.RecordReading when NextReading is null => LegislationMessages.NoMoreReadings,
            LegislationAction.ConcludeResearch when Kind != LegislationKind.Research => LegislationMessages.ConcludeOnlyResearch,
            _ => null,
        };
    }

    private void Apply(LegislationRecordDraft draft, DateTimeOffset now)
    {
        Title = Text.Required(draft.Title, nameof(LegislationRecordDraft.Title), "项目名称", 200);
        Kind = draft.Kind;
        Field = draft.Field;
        PlanItemId = draft.PlanItemId is > 0 ? draft.PlanItemId : null;
        if (draft.Kind is LegislationKind.Amend or LegislationKind.Revise or LegislationKind.Repeal)
            RegulationId = draft.RegulationId is > 0 ? draft.RegulationId : throw LegislationMessages.RegulationRequired.ToException();
        else if (Status != LegislationStatus.Promulgated)
            RegulationId = null;
        DraftingBody = Text.Optional(draft.DraftingBody, nameof(LegislationRecordDraft.DraftingBody), "起草单位", 100);
        DraftingGroup = Text.Optional(draft.DraftingGroup, nameof(LegislationRecordDraft.DraftingGroup), "起草小组", 500);
        CommitteeId = draft.CommitteeId is > 0 ? draft.CommitteeId : null;
        Summary = Text.Optional(draft.Summary, nameof(LegislationRecordDraft.Summary), "项目说明", 4000);
        UpdatedAt = now.ToUniversalTime();
    }

    private void Record(LegislationEventKind kind, Actor actor, DateTimeOffset now, string? note)
    {
        _events.Add(new LegislationEvent(kind, now.ToUniversalTime(), actor.Name, note));
        UpdatedAt = now.ToUniversalTime();
    }

    private void Require(LegislationAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(LegislationAction action, Actor actor, LegislationStatus to) =>
        Status = LegislationWorkflow.Table.Move(Status, action, actor.Role, to);
}

/// <summary>公告 numbers: required, at most 100 characters, compared after width and spacing are unified (第５号 = 第5号).</summary>
public static class Announcement
{
    public const int MaxLength = 100;

    public static string Normalize(string? value) =>
        new([.. (value ?? "").Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))]);

    public static string Required(string? value, string field)
    {
        var normalized = Normalize(value);
        if (normalized.Length == 0) throw DomainMessages.Required(field, "公告编号").ToException();
        if (normalized.Length > MaxLength) throw DomainMessages.TooLong(field, "公告编号", MaxLength).ToException();
        return normalized;
    }
}
