using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>What staff write when they prepare a draft for public comment: its title, the 起草说明 and the last day of comment.</summary>
public sealed record OpenDraftDetails(string Title, string? Explanation, DateOnly LastDay);

/// <summary>The outcome staff publish after the comment period: an overall summary and, per article, how its comments were taken up.</summary>
public sealed record DraftOutcome(string Summary, IReadOnlyDictionary<string, string> ArticleNotes);

/// <summary>
/// The few facts of a draft that a comment needs (a comment is a small insert: it never loads the draft's text):
/// its stored status, when comment closes, and its article anchors.
/// </summary>
public sealed record DraftWindow(int DraftId, DraftPhase Status, DateTimeOffset? ClosesAt, IReadOnlyCollection<string> ArticleAnchors)
{
    public DraftPhase Phase(DateTimeOffset now) => OpenDraft.PhaseOf(Status, ClosesAt, now);

    public Refusal? Check(DraftAction action, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var phase = Phase(now);
        if (OpenDraftWorkflow.Table.Check(phase, action, actor.Role) is not { } refusal) return null;
        // The public reads why the form is closed in its own words, not the table's.
        return action == DraftAction.Comment && actor.Role == PortalRole.Public
            ? phase is DraftPhase.Prepared ? DraftMessages.NotOpenYet : DraftMessages.CommentClosed
            : refusal;
    }

    public bool HasArticle(string anchor) => ArticleAnchors.Contains(anchor);
}

/// <summary>
/// A draft regulation published for public comment (立法法 Art. 40, DOMAIN.md §6): opened from a reading of a legislation
/// record, with the text read at that reading. Staff prepare it (title, 起草说明, last day), publish it — the period from
/// the server's date is at least <see cref="MinimumDays"/> calendar days — and may extend it or close it early, each with a
/// reason. Comment closes by itself at <see cref="ClosesAt"/>, the end of the last day in China time: the phase is computed
/// from the clock (<see cref="Phase"/>), never from a job that might not run. After the period staff publish the outcome
/// (意见采纳情况), once every comment is checked and every valid one decided.
/// </summary>
public sealed class OpenDraft
{
    /// <summary>立法法 Art. 40: 征求意见的时间一般不少于三十日.</summary>
    public const int MinimumDays = 30;

    /// <summary>A period longer than this is surely a typing error (a year).</summary>
    public const int MaximumDays = 366;

    public const int MaxExplanationLength = 50000;

    public const int MaxReasonLength = 1000;

    public const int MaxSummaryLength = 10000;

    public const int MaxNoteLength = 4000;

    private readonly List<DraftDeadlineChange> _deadlineChanges = [];
    private readonly List<DraftArticleNote> _articleNotes = [];

    private OpenDraft() { }

    public int Id { get; private set; }
    public int RecordId { get; private set; }
    public int ReadingId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>起草说明 shown with the text.</summary>
    public string? Explanation { get; private set; }
    public string TextJson { get; private set; } = "[]";
    public int ArticleCount { get; private set; }

    /// <summary>The articles' anchors (第一条 … 第N条) a comment may point to, in order.</summary>
    public List<string> ArticleAnchors { get; private set; } = [];
    public DraftPhase Status { get; private set; }

    /// <summary>The last day on which comments are accepted (China time).</summary>
    public DateOnly LastDay { get; private set; }

    /// <summary>Set when published: the first instant comments are refused — the end of <see cref="LastDay"/>, or the moment of an early close.</summary>
    public DateTimeOffset? ClosesAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? ClosedEarlyAt { get; private set; }
    public string? ClosedEarlyReason { get; private set; }
    public string? OutcomeSummary { get; private set; }
    public DateTimeOffset? OutcomePublishedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>Extensions and early closes, oldest first.</summary>
    public IReadOnlyList<DraftDeadlineChange> DeadlineChanges => _deadlineChanges.AsReadOnly();

    /// <summary>The published adoption summary per article (anchor → note).</summary>
    public IReadOnlyList<DraftArticleNote> ArticleNotes => _articleNotes.AsReadOnly();

    public StatuteText Text() => StatuteText.FromJson(TextJson);

    public DraftWindow Window => new(Id, Status, ClosesAt, ArticleAnchors);

    /// <summary>The instant comment closes for a last day: 24:00 of that day in China time.</summary>
    public static DateTimeOffset EndOf(DateOnly lastDay) => ChinaTime.At(lastDay.AddDays(1), TimeOnly.MinValue).ToUniversalTime();

    /// <summary>
    /// The earliest last day for a draft published on <paramref name="openedOn"/>: the day of publication is not counted
    /// (民法典 Art. 201), so the period runs from the next day through the 30th day after it.
    /// </summary>
    public static DateOnly EarliestLastDay(DateOnly openedOn) => openedOn.AddDays(MinimumDays);

    /// <summary>The phase at <paramref name="now"/>: an open draft whose closing instant has come is closed, to the second.</summary>
    public static DraftPhase PhaseOf(DraftPhase stored, DateTimeOffset? closesAt, DateTimeOffset now) =>
        stored == DraftPhase.Open && closesAt is { } closes && now >= closes ? DraftPhase.Closed : stored;

    public DraftPhase Phase(DateTimeOffset now) => PhaseOf(Status, ClosesAt, now);

    public bool AcceptsCommentsAt(DateTimeOffset now) => Phase(now) == DraftPhase.Open;

    /// <summary>Whole days left after today (0: today is the last day), or null when not open.</summary>
    public int? DaysLeft(DateTimeOffset now) => AcceptsCommentsAt(now) ? LastDay.DayNumber - ChinaTime.Today(now).DayNumber : null;

    /// <summary>Prepares a draft from a reading of a record, with the text read at that reading. Nothing is public yet.</summary>
    public static OpenDraft Prepare(LegislationRecord record, int readingId, OpenDraftDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("公开征求意见", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        var reading = record.Readings.FirstOrDefault(r => r.Id == readingId) ?? throw DraftMessages.ReadingNotFound.ToException();
        var text = reading.Text();
        if (text.Articles.Count == 0) throw DraftMessages.ReadingHasNoText.ToException();
        var draft = new OpenDraft
        {
            RecordId = record.Id,
            ReadingId = reading.Id,
            TextJson = reading.TextJson,
            ArticleCount = text.Articles.Count,
            ArticleAnchors = [.. text.Articles.Select(a => a.Anchor)],
            Status = DraftPhase.Prepared,
            CreatedAt = now.ToUniversalTime(),
        };
        draft.Apply(details, now);
        return draft;
    }

    public void Edit(OpenDraftDetails details, Actor actor, DateTimeOffset now)
    {
        Require(DraftAction.Edit, actor, now);
        Apply(details, now);
    }

    /// <summary>Publishes the draft on the server's date; the last day must leave at least 30 days.</summary>
    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(DraftAction.Publish, actor, now);
        CheckPeriod(LastDay, ChinaTime.Today(now), nameof(OpenDraftDetails.LastDay));
        OpenedAt = now.ToUniversalTime();
        ClosesAt = EndOf(LastDay);
        Status = OpenDraftWorkflow.Table.Move(Status, DraftAction.Publish, actor.Role, DraftPhase.Open);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Moves the last day later while comment is open, with the reason (shown to the public).</summary>
    public void Extend(DateOnly newLastDay, string? reason, Actor actor, DateTimeOffset now)
    {
        Require(DraftAction.Extend, actor, now);
        var why = Common.Text.Required(reason, "Reason", "延长的理由", MaxReasonLength);
        if (newLastDay <= LastDay) throw DraftMessages.ExtensionNotLater.ToException();
        if (newLastDay.DayNumber - ChinaTime.Today(now).DayNumber > MaximumDays) throw DraftMessages.PeriodTooLong.On("LastDay").ToException();
        _deadlineChanges.Add(new DraftDeadlineChange(DraftDeadlineChangeKind.Extended, LastDay, newLastDay, why, now.ToUniversalTime(), actor.Name));
        LastDay = newLastDay;
        ClosesAt = EndOf(newLastDay);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Ends comment now, before the last day, with the reason (shown to the public).</summary>
    public void CloseEarly(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(DraftAction.CloseEarly, actor, now);
        var why = Common.Text.Required(reason, "Reason", "提前结束的理由", MaxReasonLength);
        var today = ChinaTime.Today(now);
        _deadlineChanges.Add(new DraftDeadlineChange(DraftDeadlineChangeKind.ClosedEarly, LastDay, today, why, now.ToUniversalTime(), actor.Name));
        ClosedEarlyAt = now.ToUniversalTime();
        ClosedEarlyReason = why;
        ClosesAt = now.ToUniversalTime();
        Status = OpenDraftWorkflow.Table.Move(Status, DraftAction.CloseEarly, actor.Role, DraftPhase.Closed);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// Publishes the outcome once the period is over, every comment is checked and every valid one decided. Notes are
    /// per article anchor ("" for the draft as a whole); empty notes are dropped.
    /// </summary>
    public void PublishOutcome(DraftOutcome outcome, DraftCommentFigures figures, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(figures);
        Require(DraftAction.PublishOutcome, actor, now);
        if (OutcomeBlockedBy(figures) is { } blocked) throw blocked.ToException();
        var summary = Common.Text.Required(outcome.Summary, nameof(DraftOutcome.Summary), "采纳情况说明", MaxSummaryLength);
        var notes = new List<DraftArticleNote>();
        foreach (var (anchor, text) in outcome.ArticleNotes)
        {
            var key = anchor?.Trim() ?? "";
            if (key.Length > 0 && !ArticleAnchors.Contains(key)) throw DraftMessages.UnknownArticle.ToException();
            if (Common.Text.Optional(text, nameof(DraftOutcome.ArticleNotes), $"{(key.Length == 0 ? "草案整体" : key)}的采纳情况", MaxNoteLength) is { } note)
                notes.Add(new DraftArticleNote(key, note));
        }
        _articleNotes.Clear();
        _articleNotes.AddRange(notes.OrderBy(n => n.ArticleAnchor.Length == 0 ? -1 : ArticleAnchors.IndexOf(n.ArticleAnchor)));
        OutcomeSummary = summary;
        OutcomePublishedAt = now.ToUniversalTime();
        // From the phase, not the stored status: a draft closed by the clock is still stored as open.
        Status = OpenDraftWorkflow.Table.Move(Phase(now), DraftAction.PublishOutcome, actor.Role, DraftPhase.OutcomePublished);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Why the outcome cannot be published with these figures yet (comments unchecked, valid ones undecided), or null.</summary>
    public static Refusal? OutcomeBlockedBy(DraftCommentFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Pending > 0 ? DraftMessages.CommentsNotChecked(figures.Pending)
            : figures.Undecided > 0 ? DraftMessages.CommentsNotDecided(figures.Undecided)
            : null;
    }

    /// <summary>Takes the outcome off the public pages to correct it; the summary stays for editing.</summary>
    public void WithdrawOutcome(Actor actor, DateTimeOffset now)
    {
        Require(DraftAction.WithdrawOutcome, actor, now);
        OutcomePublishedAt = null;
        Status = OpenDraftWorkflow.Table.Move(Status, DraftAction.WithdrawOutcome, actor.Role, DraftPhase.Closed);
        UpdatedAt = now.ToUniversalTime();
    }

    public AvailableActions<DraftAction> AvailableActions(Actor actor, DateTimeOffset now) =>
        new(Enum.GetValues<DraftAction>().Select(a => new ActionCheck<DraftAction>(a, Check(a, actor, now))));

    public Refusal? Check(DraftAction action, Actor actor, DateTimeOffset now) => Window.Check(action, actor, now);

    private void Require(DraftAction action, Actor actor, DateTimeOffset now)
    {
        if (Check(action, actor, now) is { } refusal) throw refusal.ToException();
    }

    private void Apply(OpenDraftDetails details, DateTimeOffset now)
    {
        Title = Common.Text.Required(details.Title, nameof(OpenDraftDetails.Title), "草案名称", 200);
        Explanation = Common.Text.Optional(details.Explanation, nameof(OpenDraftDetails.Explanation), "起草说明", MaxExplanationLength);
        CheckPeriod(details.LastDay, ChinaTime.Today(now), nameof(OpenDraftDetails.LastDay));
        LastDay = details.LastDay;
        UpdatedAt = now.ToUniversalTime();
    }

    private static void CheckPeriod(DateOnly lastDay, DateOnly today, string field)
    {
        var earliest = EarliestLastDay(today);
        if (lastDay < earliest) throw DraftMessages.PeriodTooShort(earliest).On(field).ToException();
        if (lastDay.DayNumber - today.DayNumber > MaximumDays) throw DraftMessages.PeriodTooLong.On(field).ToException();
    }
}

/// <summary>An extension or early close of a draft's comment period: from which last day to which, why, when (server time), by whom.</summary>
public sealed class DraftDeadlineChange
{
    private DraftDeadlineChange() { }

    internal DraftDeadlineChange(DraftDeadlineChangeKind kind, DateOnly fromLastDay, DateOnly toLastDay, string reason, DateTimeOffset at, string actorName)
    {
        Kind = kind;
        FromLastDay = fromLastDay;
        ToLastDay = toLastDay;
        Reason = reason;
        At = at;
        ActorName = actorName;
    }

    public int Id { get; private set; }
    public int DraftId { get; private set; }
    public DraftDeadlineChangeKind Kind { get; private set; }
    public DateOnly FromLastDay { get; private set; }
    public DateOnly ToLastDay { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
}

/// <summary>The published adoption note of one article ("" for the draft as a whole).</summary>
public sealed class DraftArticleNote
{
    private DraftArticleNote() { }

    internal DraftArticleNote(string articleAnchor, string note)
    {
        ArticleAnchor = articleAnchor;
        Note = note;
    }

    public int Id { get; private set; }
    public int DraftId { get; private set; }
    public string ArticleAnchor { get; private set; } = "";
    public string Note { get; private set; } = "";
}
