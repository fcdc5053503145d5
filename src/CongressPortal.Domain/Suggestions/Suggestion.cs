using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// A deputy's suggestion, criticism or opinion (代表建议) from registration to closing (docs/domain/suggestions.md).
/// Every action is one method. Before changing anything it asks <see cref="Check"/>, which runs the transition tables of
/// <see cref="SuggestionWorkflow"/> (who may act from which status, and on which unit's part) and the guards the tables
/// cannot express (which unit, which deputy, which deadline); pages ask the same question through
/// <see cref="AvailableActions"/>. Status moves only along the table (<see cref="WorkflowTable{TState,TAction}.Move"/>).
/// Each action adds a timeline event and touches <see cref="UpdatedAt"/>, so the row version changes with any change
/// to the aggregate and two people acting at once cannot both succeed.
/// </summary>
/// <remarks>The type is split by concern: registration and review here; assignment, handling, the checks and the kept
/// figures in their own files.</remarks>
public sealed partial class Suggestion
{
    /// <summary>A session suggestion received more than this many days after the session closed asks staff to confirm.</summary>
    public const int LateAfterSessionDays = 30;

    private readonly List<SuggestionDeputy> _deputies = [];
    private readonly List<SuggestionAssignment> _assignments = [];
    private readonly List<SuggestionEvent> _events = [];
    private readonly List<SuggestionAttachment> _attachments = [];

    private Suggestion() { }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public string NumberScope { get; private set; } = "";
    public int Sequence { get; private set; }
    public SuggestionSource Source { get; private set; }
    public int? SessionId { get; private set; }
    public int Year { get; private set; }
    public int LeadDeputyId { get; private set; }
    public string Title { get; private set; } = "";
    public string Content { get; private set; } = "";
    public int CategoryId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public bool SubmittedOnline { get; private set; }
    public SuggestionStatus Status { get; private set; }
    public HandlingMode? Mode { get; private set; }
    public DateOnly? AssignedOn { get; private set; }
    /// <summary>The earliest date a reply is due from a unit that has not yet answered; null when none is pending.</summary>
    public DateOnly? DueOn { get; private set; }
    public bool IsKey { get; private set; }
    public string? KeyLeader { get; private set; }
    public int? KeyCommitteeId { get; private set; }
    public int? ThemeId { get; private set; }
    public int? MergedIntoId { get; private set; }

    /// <summary>The proposal this suggestion was registered from (作为建议处理), if any.</summary>
    public int? ProposalId { get; private set; }
    public string? StatusReason { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Staff's explanation when they closed after the deputy was twice not satisfied.</summary>
    public string? ClosingNote { get; private set; }
    /// <summary>
    /// The first day 办结 is allowed as things stand (every part answered, every latest reply rated or its window passed),
    /// or null while something else must happen first. Kept on the row so lists find what is ready to close; it is the
    /// same rule as <see cref="CloseBlockers"/> (a test holds them together).
    /// </summary>
    public DateOnly? CloseableOn { get; private set; }

    // Figures kept for statistics (see docs/adr/0012): a suggestion answered by several units counts as
    // replied when all have replied, on time only if all were on time, with its least solved classification
    // and its least satisfied rating.
    public DateOnly? RepliedOn { get; private set; }
    public bool? RepliedOnTime { get; private set; }
    public string? Classification { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    /// <summary>
    /// The last day of the rating windows of the answering parts' unrated latest replies; null when none waits for a
    /// rating. Kept by the workflow actions only (not by reminders, which must not change the row version), so a query
    /// knows without a join whether some reply is still in its window (S50a).
    /// </summary>
    public DateOnly? UnratedUntil { get; private set; }
    /// <summary>Every answering unit met the deputy before, during and after handling (三见面).</summary>
    public bool MetDeputy { get; private set; }
    public bool Rehandled { get; private set; }
    /// <summary>Commitments (B/C replies) of the active assignments not yet completed, and completed: kept for statistics.</summary>
    public int CommitmentsOpen { get; private set; }
    public int CommitmentsDone { get; private set; }
    /// <summary>
    /// The public may read the suggestion (docs/domain/suggestions.md#disclosure): 已答复, 重新办理 or 已办结, with an
    /// answering unit whose latest reviewed reply staff published. Kept by every workflow action, so the public list, its
    /// search and the open data index read a column instead of re-deriving the rule from the replies per row.
    /// </summary>
    public bool IsDisclosed { get; private set; }

    /// <summary>Overlapping character bigrams of title and content, indexed as a tsvector for Chinese search.</summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<SuggestionDeputy> Deputies => _deputies.AsReadOnly();
    public IReadOnlyList<SuggestionAssignment> Assignments => _assignments.AsReadOnly();
    public IReadOnlyList<SuggestionEvent> Events => _events.AsReadOnly();
    public IReadOnlyList<SuggestionAttachment> Attachments => _attachments.AsReadOnly();

    public IEnumerable<int> CoSignerIds => _deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).OrderBy(d => d.Order).Select(d => d.DeputyId);

    /// <summary>The units' parts still in force (not returned or reassigned).</summary>
    public IEnumerable<SuggestionAssignment> ActiveAssignments => _assignments.Where(a => a.IsActive);

    public bool IsOverdue(DateOnly today) => Status is SuggestionStatus.Handling or SuggestionStatus.Rehandling && DueOn < today;

    /// <summary>Which suggestions another may be merged into (并案): still under review, waiting or being handled. Queries use the same rule.</summary>
    public static Expression<Func<Suggestion, bool>> AcceptsMerges { get; } =
        s => s.Status == SuggestionStatus.Submitted || s.Status == SuggestionStatus.Accepted || s.Status == SuggestionStatus.Handling;

    private static readonly Func<Suggestion, bool> AcceptsMergesRule = AcceptsMerges.Compile();

    // ---------------------------------------------------------------- registration and review

    /// <summary>
    /// Registers a suggestion under the number the caller drew from the scope's counter. A session suggestion received
    /// long after its session closed needs <paramref name="confirmed"/> (a typing slip in the date is likelier).
    /// </summary>
    public static Suggestion Register(SuggestionDraft draft, string number, string scope, int sequence, Actor actor, DateTimeOffset now,
        DateOnly? sessionClosedOn = null, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (PortalRole.Staff or PortalRole.Deputy)) throw SuggestionMessages.RegisterRole.ToException();
        if (actor.Role == PortalRole.Deputy && actor.DeputyId != draft.LeadDeputyId) throw SuggestionMessages.OnlyOwnSubmission.ToException();
        var suggestion = new Suggestion
        {
            Number = Text.Required(number, "Number", "编号", 60),
            NumberScope = scope,
            Sequence = sequence,
            SubmittedOnline = actor.Role == PortalRole.Deputy,
            Status = SuggestionStatus.Submitted,
            CreatedAt = now.ToUniversalTime(),
        };
        suggestion.Apply(draft, actor, now);
        suggestion.ProposalId = draft.ProposalId is > 0 ? draft.ProposalId : null;
        if (!confirmed && RegistrationWarning(draft, sessionClosedOn) is { } warning) throw DomainMessages.NeedsConfirmation(warning).ToException();
        suggestion.Record(actor.Role == PortalRole.Deputy ? SuggestionEventKind.Submitted : SuggestionEventKind.Registered, now, actor, null, suggestion.Number);
        return suggestion;
    }

    /// <summary>What staff should confirm before registering <paramref name="draft"/>, or null.</summary>
    public static Warning? RegistrationWarning(SuggestionDraft draft, DateOnly? sessionClosedOn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Source != SuggestionSource.DuringSession || sessionClosedOn is not { } closed) return null;
        var days = draft.ReceivedOn.DayNumber - closed.DayNumber;
        return days > LateAfterSessionDays ? SuggestionMessages.ReceivedLongAfterSession(days) : null;
    }

    /// <summary>
    /// Records on the timeline that the suggestion was registered although the duplicate check flagged it, and that
    /// whoever registered it confirmed it is not a duplicate of <paramref name="numbers"/> (S63).
    /// </summary>
    public void ConfirmNotDuplicate(IReadOnlyList<string> numbers, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(actor);
        if (numbers.Count == 0) throw new ArgumentException("No flagged suggestion to confirm against.", nameof(numbers));
        Record(SuggestionEventKind.DuplicateDismissed, now, actor, null, SuggestionMessages.NotDuplicateOf(numbers));
    }

    /// <summary>Corrects what was registered. The number stays: source and session cannot change.</summary>
    public void Edit(SuggestionDraft draft, Actor actor, DateTimeOffset now, DateOnly? sessionClosedOn = null, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(SuggestionAction.Edit, actor, now);
        if (draft.Source != Source || draft.SessionId != SessionId || (Source == SuggestionSource.BetweenSessions && draft.Year != Year))
            throw SuggestionMessages.NumberScopeFixed.ToException();
        if (!confirmed && draft.ReceivedOn != ReceivedOn && RegistrationWarning(draft, sessionClosedOn) is { } warning)
            throw DomainMessages.NeedsConfirmation(warning).ToException();
        Apply(draft, actor, now);
        MoveTo(SuggestionAction.Edit, actor, Status);
        Record(SuggestionEventKind.Edited, now, actor, null, null);
    }

    public void Accept(Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.Accept, actor, now);
        MoveTo(SuggestionAction.Accept, actor, SuggestionStatus.Accepted);
        Record(SuggestionEventKind.Accepted, now, actor, null, null);
        LapseInvitations(actor, now);
    }

    /// <summary>Not a suggestion (personal matter, petition, court case, promotion, no content): kept as a letter.</summary>
    public void ConvertToLetter(string reason, Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.ConvertToLetter, actor, now);
        var text = Text.Required(reason, "Reason", "转为来信的理由", 500);
        StatusReason = text;
        MoveTo(SuggestionAction.ConvertToLetter, actor, SuggestionStatus.Letter);
        Record(SuggestionEventKind.ConvertedToLetter, now, actor, null, StatusReason);
    }

    /// <summary>Merges this suggestion into <paramref name="target"/>; its deputies are answered by the target's reply.</summary>
    public void MergeInto(Suggestion target, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        Require(SuggestionAction.Merge, actor, now);
        if (ReferenceEquals(target, this) || target.Id == Id) throw SuggestionMessages.MergeIntoSelf.ToException();
        if (!AcceptsMergesRule(target)) throw SuggestionMessages.MergeTargetClosed.ToException();
        MoveTo(SuggestionAction.Merge, actor, SuggestionStatus.Merged);
        MergedIntoId = target.Id;
        StatusReason = target.Number;
        // An invitation nobody confirmed is not a signature (S1a): only deputies who signed are answered by the target.
        foreach (var deputy in _deputies.Where(d => !d.IsPending).OrderBy(d => d.Order))
        {
            if (target._deputies.All(d => d.DeputyId != deputy.DeputyId))
                target._deputies.Add(new SuggestionDeputy(deputy.DeputyId, SuggestionDeputyRole.Merged, target._deputies.Count));
        }
        Record(SuggestionEventKind.MergedInto, now, actor, null, target.Number);
        target.Record(SuggestionEventKind.Merged, now, actor, null, Number);
    }

    /// <summary>Records the deputy's written withdrawal.</summary>
    public void Withdraw(string reason, Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.Withdraw, actor, now);
        var text = Text.Required(reason, "Reason", "撤回说明", 500);
        StatusReason = text;
        MoveTo(SuggestionAction.Withdraw, actor, SuggestionStatus.Withdrawn);
        DueOn = null;
        Record(SuggestionEventKind.Withdrawn, now, actor, null, StatusReason);
    }

    public void AddAttachment(int fileId, string fileName, Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.AddAttachment, actor, now);
        var name = Text.Required(fileName, "FileName", "文件名", 200);
        _attachments.Add(new SuggestionAttachment(fileId, name));
        MoveTo(SuggestionAction.AddAttachment, actor, Status);
        Record(SuggestionEventKind.AttachmentAdded, now, actor, null, name);
    }

    // ---------------------------------------------------------------- supervision

    /// <summary>Designates a key suggestion (重点督办) with its supervising leader and committee, or changes them.</summary>
    public void MarkKey(string? leader, int? committeeId, Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.MarkKey, actor, now);
        KeyLeader = Text.Required(leader, "Leader", "领衔督办领导", 50);
        KeyCommitteeId = committeeId is > 0 ? committeeId : null;
        IsKey = true;
        MoveTo(SuggestionAction.MarkKey, actor, Status);
        Record(SuggestionEventKind.MarkedKey, now, actor, null, $"领衔督办：{KeyLeader}");
    }

    public void UnmarkKey(Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.UnmarkKey, actor, now);
        IsKey = false;
        KeyLeader = null;
        KeyCommitteeId = null;
        MoveTo(SuggestionAction.UnmarkKey, actor, Status);
        Record(SuggestionEventKind.UnmarkedKey, now, actor, null, null);
    }

    /// <summary>Bundles the suggestion under a theme (打捆督办), or takes it out with null.</summary>
    public void ChangeTheme(int? themeId, string? themeName, Actor actor, DateTimeOffset now)
    {
        Require(SuggestionAction.ChangeTheme, actor, now);
        ThemeId = themeId is > 0 ? themeId : null;
        MoveTo(SuggestionAction.ChangeTheme, actor, Status);
        Record(SuggestionEventKind.ThemeChanged, now, actor, null, ThemeId is null ? "移出打捆主题" : themeName);
    }

    // ---------------------------------------------------------------- visibility

    public bool IsDeputyOf(Actor actor) => actor?.DeputyId is { } id && _deputies.Any(d => d.DeputyId == id);

    public SuggestionAssignment? AssignmentOf(int unitId) => _assignments.FirstOrDefault(a => a.IsActive && a.UnitId == unitId);

    /// <summary>
    /// Every problem of <paramref name="draft"/> itself, each with the draft's field it concerns. <see cref="Register"/> and
    /// <see cref="Edit"/> throw the first (who acts and the confirmation are checked apart); imports report them all at once.
    /// </summary>
    public static IReadOnlyList<Refusal> Problems(SuggestionDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<Refusal>();
        if (draft.Source == SuggestionSource.DuringSession && draft.SessionId is not > 0) problems.Add(SuggestionMessages.SessionRequired);
        if (draft.LeadDeputyId <= 0) problems.Add(SuggestionMessages.LeadDeputyRequired);
        if (draft.CoSignerIds.Contains(draft.LeadDeputyId)) problems.Add(SuggestionMessages.LeadNotCoSigner);
        if (draft.ReceivedOn > today) problems.Add(SuggestionMessages.ReceivedInFuture);
        if (draft.Year is < 1980 or > 2200) problems.Add(SuggestionMessages.YearOutOfRange);
        if (Text.RequiredProblem(draft.Title, nameof(draft.Title), "标题", 200) is { } title) problems.Add(title);
        if (Text.RequiredProblem(draft.Content, nameof(draft.Content), "内容", 20000) is { } content) problems.Add(content);
        if (draft.CategoryId <= 0) problems.Add(DomainMessages.MustBePositive(nameof(draft.CategoryId), "类别"));
        return problems;
    }

    // ---------------------------------------------------------------- internals

    private void Apply(SuggestionDraft draft, Actor actor, DateTimeOffset now)
    {
        var today = ChinaTime.Today(now);
        if (Problems(draft, today) is [var first, ..]) throw first.ToException();
        // Checked above: these only trim.
        var title = Text.Required(draft.Title, nameof(draft.Title), "标题", 200);
        var content = Text.Required(draft.Content, nameof(draft.Content), "内容", 20000);
        var categoryId = Text.Positive(draft.CategoryId, nameof(draft.CategoryId), "类别");
        Source = draft.Source;
        SessionId = draft.Source == SuggestionSource.DuringSession ? draft.SessionId : null;
        Year = draft.Year;
        Title = title;
        Content = content;
        CategoryId = categoryId;
        ReceivedOn = draft.ReceivedOn;
        LeadDeputyId = draft.LeadDeputyId;
        var merged = _deputies.Where(d => d.Role == SuggestionDeputyRole.Merged).ToList();
        var previous = _deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).ToDictionary(d => d.DeputyId);
        var byStaff = actor.Role == PortalRole.Staff;
        _deputies.Clear();
        _deputies.Add(new SuggestionDeputy(draft.LeadDeputyId, SuggestionDeputyRole.Lead, 0, CoSignerState.Confirmed, now, byStaff));
        var order = 1;
        foreach (var id in draft.CoSignerIds.Where(id => id > 0).Distinct())
        {
            // A co-signer keeps their answer when staff correct the suggestion. Staff naming a new one record the signature
            // on the paper form; a deputy naming one online invites them to confirm on their desk (S1a).
            _deputies.Add(previous.TryGetValue(id, out var before)
                ? new SuggestionDeputy(id, SuggestionDeputyRole.CoSigner, order++, before.State, before.AnsweredAt, before.RecordedByStaff)
                : byStaff
                    ? new SuggestionDeputy(id, SuggestionDeputyRole.CoSigner, order++, CoSignerState.Confirmed, now, recordedByStaff: true)
                    : new SuggestionDeputy(id, SuggestionDeputyRole.CoSigner, order++, CoSignerState.Invited));
        }
        foreach (var deputy in merged.Where(m => _deputies.All(d => d.DeputyId != m.DeputyId)))
            _deputies.Add(new SuggestionDeputy(deputy.DeputyId, SuggestionDeputyRole.Merged, order++));
        SearchText = ChineseSearch.Index(Title + "\n" + Content);
    }

    private void Record(SuggestionEventKind kind, DateTimeOffset now, Actor actor, int? unitId, string? detail)
    {
        // Instants are kept in UTC (timestamptz); pages show them in Beijing time.
        _events.Add(new SuggestionEvent(kind, now.ToUniversalTime(), actor, unitId, detail));
        UpdatedAt = now.ToUniversalTime();
        RefreshKept();
    }
}
