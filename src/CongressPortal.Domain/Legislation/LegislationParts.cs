using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>What staff write for a plan: the five-year programme names its first year (it runs five years), the annual plan its year.</summary>
public sealed record LegislationPlanDraft(LegislationPlanKind Kind, int Year, string Title, string? Summary);

/// <summary>The plan's adoption or one amendment: the day, the meeting (主任会议 or a standing-committee meeting) and what changed.</summary>
public sealed record LegislationPlanAdoption(DateOnly AdoptedOn, int? MeetingId, string? Summary);

/// <summary>
/// One item of a plan. <see cref="LegislationKind"/> says what it would do (制定, 修改, 废止; research items are
/// 立法调研); <see cref="RegulationId"/> names the regulation an amendment or repeal concerns;
/// <see cref="SourceSuggestionIds"/> the deputies' suggestions that fed it. After adoption an item is added only under
/// <see cref="AmendmentId"/>.
/// </summary>
public sealed record PlanItemDraft(
    PlanItemKind Kind,
    LegislationKind LegislationKind,
    string Title,
    string? DraftingBody,
    int? CommitteeId,
    int? TargetMeetingId,
    int? RegulationId,
    string? Note,
    IReadOnlyList<int> SourceSuggestionIds,
    int? AmendmentId = null);

/// <summary>What staff write for a legislation record.</summary>
public sealed record LegislationRecordDraft(
    string Title,
    LegislationKind Kind,
    LegislativeField Field,
    int? PlanItemId,
    int? RegulationId,
    string? DraftingBody,
    string? DraftingGroup,
    int? CommitteeId,
    string? Summary);

/// <summary>A reading: which one (初审, 二审, 三审), at which meeting, and the draft's title and explanation (说明).</summary>
public sealed record ReadingDraft(ReadingStage Stage, int? MeetingId, string? DraftTitle, string? Explanation);

/// <summary>A hearing, expert meeting, forum or research visit on the draft.</summary>
public sealed record ConsultationDraft(ConsultationKind Kind, DateOnly HeldOn, string? Place, string Summary);

/// <summary>表决通过 at a meeting, with the votes when recorded.</summary>
public sealed record PassDraft(int? MeetingId, int? VotesFor, int? VotesAgainst, int? Abstentions);

/// <summary>批准 by the provincial standing committee: its date (typed: the province's date) and the decision's name.</summary>
public sealed record ApprovalDraft(DateOnly ApprovedOn, string? Resolution);

/// <summary>公布: the 公告 number and date, and the date the regulation (or its repeal) takes effect.</summary>
public sealed record PromulgationDraft(string AnnouncementNumber, DateOnly PromulgatedOn, DateOnly EffectiveOn);

/// <summary>One version of a regulation as entered in the library (imported, or from a record's promulgation).</summary>
public sealed record RegulationVersionDraft(
    string Title,
    LegislationKind Kind,
    string AnnouncementNumber,
    DateOnly? PassedOn,
    DateOnly? ApprovedOn,
    DateOnly PromulgatedOn,
    DateOnly EffectiveOn,
    string? ChangeSummary);

/// <summary>The repeal of a regulation: its 公告 and the day it ceases to have effect.</summary>
public sealed record RepealDraft(string AnnouncementNumber, DateOnly PromulgatedOn, DateOnly RepealedOn, string? Reason);

/// <summary>A normative document filed for review, as registered.</summary>
public sealed record FilingDraft(FilingBody Body, NormativeDocumentKind Kind, string Title, string DocumentNumber, DateOnly PublishedOn, string? Summary);

/// <summary>The end of a review without a correction opinion.</summary>
public sealed record FilingConclusion(FilingReviewResult Result, string Opinion);

/// <summary>The body's reply to a correction opinion.</summary>
public sealed record FilingReply(FilingReviewResult Result, string ReplyText);

/// <summary>What a member of the public sends as a review request: the document, the reasons, an optional name and a private contact.</summary>
public sealed record ReviewRequestDraft(string DocumentTitle, int? FilingId, string Reasons, string? Name, string Contact);

/// <summary>The answer the requester reads with their receipt code.</summary>
public sealed record ReviewAnswer(ReviewRequestResult Result, string AnswerText);

/// <summary>A dated step of a legislation record, shown as its history.</summary>
public enum LegislationEventKind
{
    Created,
    Edited,
    Consultation,
    Reading,
    Passed,
    SubmittedForApproval,
    Approved,
    Promulgated,
    Concluded,
    Withdrawn,
}

/// <summary>The provincial approval's clock: how close the four-month limit is.</summary>
public enum ApprovalClock
{
    NotRunning,
    Running,
    Approaching,
    Overdue,
}

/// <summary>An amendment of an adopted plan (计划调整), kept with its date.</summary>
public sealed class LegislationPlanAmendment
{
    private LegislationPlanAmendment() { }

    internal LegislationPlanAmendment(int number, DateOnly adoptedOn, int? meetingId, string summary, DateTimeOffset recordedAt, string recordedBy)
    {
        Number = number;
        AdoptedOn = adoptedOn;
        MeetingId = meetingId;
        Summary = summary;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int Number { get; private set; }
    public DateOnly AdoptedOn { get; private set; }
    public int? MeetingId { get; private set; }
    public string Summary { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>One item of a legislative plan.</summary>
public sealed class LegislationPlanItem
{
    private readonly List<LegislationPlanItemSuggestion> _sourceSuggestions = [];

    private LegislationPlanItem() { }

    internal LegislationPlanItem(int number) => Number = number;

    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>Its place in the plan (1, 2, …), kept when items are cancelled.</summary>
    public int Number { get; private set; }
    public PlanItemKind Kind { get; private set; }
    public LegislationKind LegislationKind { get; private set; }
    public string Title { get; private set; } = "";
    public string? DraftingBody { get; private set; }
    public int? CommitteeId { get; private set; }
    public int? TargetMeetingId { get; private set; }
    public int? RegulationId { get; private set; }
    public string? Note { get; private set; }
    public int? AddedByAmendmentId { get; private set; }
    public int? CancelledByAmendmentId { get; private set; }
    public string? CancelReason { get; private set; }
    public bool IsCancelled { get; private set; }

    public IReadOnlyList<LegislationPlanItemSuggestion> SourceSuggestions => _sourceSuggestions.AsReadOnly();

    internal void Apply(PlanItemDraft draft)
    {
        Kind = draft.Kind;
        Title = Text.Required(draft.Title, nameof(PlanItemDraft.Title), "项目名称", 200);
        LegislationKind = draft.Kind == PlanItemKind.Research ? LegislationKind.Research
            : draft.LegislationKind == LegislationKind.Research ? throw LegislationMessages.ResearchKindOnlyForResearchItems.ToException()
            : draft.LegislationKind;
        DraftingBody = Text.Optional(draft.DraftingBody, nameof(PlanItemDraft.DraftingBody), "起草单位", 100);
        if (draft.Kind == PlanItemKind.Deliberation && DraftingBody is null) throw LegislationMessages.DraftingBodyRequired.ToException();
        CommitteeId = draft.CommitteeId is > 0 ? draft.CommitteeId : null;
        TargetMeetingId = draft.Kind == PlanItemKind.Deliberation && draft.TargetMeetingId is > 0 ? draft.TargetMeetingId : null;
        RegulationId = LegislationKind is LegislationKind.Amend or LegislationKind.Revise or LegislationKind.Repeal
            ? draft.RegulationId is > 0 ? draft.RegulationId : null
            : null;
        Note = Text.Optional(draft.Note, nameof(PlanItemDraft.Note), "说明", 2000);
        var suggestions = draft.SourceSuggestionIds ?? [];
        if (suggestions.Distinct().Count() != suggestions.Count) throw LegislationMessages.DuplicateSource.ToException();
        _sourceSuggestions.RemoveAll(s => !suggestions.Contains(s.SuggestionId));
        foreach (var id in suggestions.Where(id => _sourceSuggestions.All(s => s.SuggestionId != id)))
            _sourceSuggestions.Add(new LegislationPlanItemSuggestion(id));
    }

    internal void MarkAdded(int? amendmentId) => AddedByAmendmentId = amendmentId;

    internal void Cancel(int? amendmentId, string reason)
    {
        IsCancelled = true;
        CancelledByAmendmentId = amendmentId;
        CancelReason = reason;
    }
}

/// <summary>A deputy's suggestion that fed a plan item (立法法第五十六条: proposals and suggestions feed the plan).</summary>
public sealed class LegislationPlanItemSuggestion
{
    private LegislationPlanItemSuggestion() { }

    internal LegislationPlanItemSuggestion(int suggestionId) => SuggestionId = suggestionId;

    public int ItemId { get; private set; }
    public int SuggestionId { get; private set; }
}

/// <summary>A reading of a record's draft at a standing-committee meeting, with the draft text read.</summary>
public sealed class LegislationReading
{
    private LegislationReading() { }

    internal LegislationReading(ReadingStage stage, int meetingId, DateOnly heldOn, string? draftTitle, StatuteText text, string? explanation, DateTimeOffset recordedAt)
    {
        Stage = stage;
        MeetingId = meetingId;
        HeldOn = heldOn;
        DraftTitle = draftTitle;
        TextJson = text.ToJson();
        ArticleCount = text.Articles.Count;
        Explanation = explanation;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int RecordId { get; private set; }
    public ReadingStage Stage { get; private set; }
    public int MeetingId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string? DraftTitle { get; private set; }
    public string TextJson { get; private set; } = "[]";
    public int ArticleCount { get; private set; }

    /// <summary>起草说明 or 审议结果报告 read with the draft.</summary>
    public string? Explanation { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public StatuteText Text() => StatuteText.FromJson(TextJson);
}

/// <summary>A hearing, expert meeting, forum or research visit.</summary>
public sealed class LegislationConsultation
{
    private LegislationConsultation() { }

    internal LegislationConsultation(ConsultationKind kind, DateOnly heldOn, string? place, string summary)
    {
        Kind = kind;
        HeldOn = heldOn;
        Place = place;
        Summary = summary;
    }

    public int Id { get; private set; }
    public int RecordId { get; private set; }
    public ConsultationKind Kind { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string? Place { get; private set; }
    public string Summary { get; private set; } = "";
}

/// <summary>One dated step of a record: what, when (server time), who, and a note.</summary>
public sealed class LegislationEvent
{
    private LegislationEvent() { }

    internal LegislationEvent(LegislationEventKind kind, DateTimeOffset at, string actorName, string? note)
    {
        Kind = kind;
        At = at;
        ActorName = actorName;
        Note = note;
    }

    public int Id { get; private set; }
    public int RecordId { get; private set; }
    public LegislationEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
    public string? Note { get; private set; }
}
