using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

public enum SuggestionDeputyRole
{
    /// <summary>领衔.</summary>
    Lead,
    /// <summary>附议/联名.</summary>
    CoSigner,
    /// <summary>The deputy of a suggestion merged into this one: answered by this one's reply.</summary>
    Merged,
}

/// <summary>
/// What staff (or a deputy online) fill in to register a suggestion. <see cref="ProposalId"/> links a suggestion registered
/// from a proposal (作为建议处理) back to it; it is kept from registration and not edited.
/// </summary>
public sealed record SuggestionDraft(
    SuggestionSource Source,
    int? SessionId,
    int Year,
    int LeadDeputyId,
    IReadOnlyList<int> CoSignerIds,
    string Title,
    string Content,
    int CategoryId,
    DateOnly ReceivedOn,
    int? ProposalId = null);

public sealed record CommitmentDraft(string Description, DateOnly PlannedOn);

/// <summary>
/// A unit's reply: the structured fields and the signed letter. <see cref="SignedOn"/> is the date on the letter; the
/// day the reply is filed is recorded by the portal. <see cref="MissingOpinionsNote"/> says why a co-unit's opinion is
/// missing when the lead replies after that unit's window passed.
/// </summary>
public sealed record ReplyDraft(
    string ClassificationCode,
    string Text,
    string Signer,
    DateOnly SignedOn,
    bool IsPublishable,
    int? LetterFileId,
    IReadOnlyList<CommitmentDraft> Commitments,
    string? MissingOpinionsNote = null);

/// <summary>
/// 附议确认: a co-signer the lead named online is invited and confirms on their desk; staff registering the paper form
/// record signatures (<see cref="SuggestionDeputy.RecordedByStaff"/>). The lead and merged deputies are confirmed.
/// </summary>
public enum CoSignerState
{
    /// <summary>待确认: named by the lead deputy online, not yet answered.</summary>
    Invited,
    /// <summary>已确认 (or signed on paper and registered by staff).</summary>
    Confirmed,
}

public sealed class SuggestionDeputy
{
    private SuggestionDeputy() { }

    internal SuggestionDeputy(int deputyId, SuggestionDeputyRole role, int order, CoSignerState state = CoSignerState.Confirmed,
        DateTimeOffset? answeredAt = null, bool recordedByStaff = false)
    {
        DeputyId = deputyId;
        Role = role;
        Order = order;
        State = state;
        AnsweredAt = answeredAt?.ToUniversalTime();
        RecordedByStaff = recordedByStaff;
    }

    public int SuggestionId { get; private set; }
    public int DeputyId { get; private set; }
    public SuggestionDeputyRole Role { get; private set; }
    public int Order { get; private set; }

    /// <summary>Whether this deputy has signed. Only a co-signer named online can be <see cref="CoSignerState.Invited"/>.</summary>
    public CoSignerState State { get; private set; }

    /// <summary>When the co-signer confirmed in the portal (server time), or when staff registered the paper signature.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Staff entered this deputy from the signed paper form: no confirmation online is asked.</summary>
    public bool RecordedByStaff { get; private set; }

    public bool IsPending => State == CoSignerState.Invited;

    internal void Confirm(DateTimeOffset at)
    {
        State = CoSignerState.Confirmed;
        AnsweredAt = at.ToUniversalTime();
    }
}

/// <summary>One unit's part in handling a suggestion (交办记录), with its own clock.</summary>
public sealed class SuggestionAssignment
{
    private readonly List<SuggestionContact> _contacts = [];
    private readonly List<SuggestionOpinion> _opinions = [];
    private readonly List<SuggestionReply> _replies = [];

    private SuggestionAssignment() { }

    internal SuggestionAssignment(int unitId, AssignmentRole role, DateOnly assignedOn, SuggestionRules rules)
    {
        UnitId = unitId;
        Role = role;
        AssignedOn = assignedOn;
        State = AssignmentState.AwaitingAcceptance;
        Round = 1;
        ReturnDeadline = rules.ReturnDeadline(assignedOn);
        DueOn = role == AssignmentRole.CoHandling ? rules.CoOpinionDue(assignedOn) : rules.ReplyDue(assignedOn, extended: false);
    }

    public int Id { get; private set; }
    public int SuggestionId { get; private set; }
    public int UnitId { get; private set; }
    public AssignmentRole Role { get; private set; }
    public AssignmentState State { get; internal set; }
    public DateOnly AssignedOn { get; private set; }
    /// <summary>The reply due date (co-handling units: the opinion due date); moves on extension and re-handling.</summary>
    public DateOnly DueOn { get; internal set; }
    public DateOnly ReturnDeadline { get; private set; }
    public DateOnly? AcceptedOn { get; internal set; }
    public int Round { get; internal set; }
    public ExtensionState Extension { get; internal set; }
    public string? ExtensionReason { get; internal set; }
    public string? ExtensionDecisionNote { get; internal set; }
    public string? ReturnReason { get; internal set; }
    public string? ReturnDecisionNote { get; internal set; }

    // Figures kept up to date for statistics, so a year's figures are one grouped query. MetDeputy means all three
    // contacts of 三见面 are logged; one contact counts for its own stage only.
    public DateOnly? FirstRepliedOn { get; internal set; }
    public bool? RepliedOnTime { get; internal set; }
    public string? Classification { get; internal set; }
    public Satisfaction? Satisfaction { get; internal set; }
    /// <summary>
    /// The last day of the rating window of this part's latest reply while that reply waits for the deputy's rating; null
    /// when it is rated or there is no reply in the current round. With <see cref="RatingRemindedAt"/> it decides
    /// <see cref="Standing"/> in a query (S50a).
    /// </summary>
    public DateOnly? UnratedUntil { get; internal set; }
    /// <summary>When the rating reminder for the unrated latest reply was sent (copied from the reply); null if none was.</summary>
    public DateTimeOffset? RatingRemindedAt { get; internal set; }
    public bool MetDeputy { get; internal set; }
    /// <summary>Commitments of this unit's replies (every round) not yet completed, and completed: kept for statistics.</summary>
    public int CommitmentsOpen { get; internal set; }
    public int CommitmentsDone { get; internal set; }

    /// <summary>The suggestion's year, session and whether it is closed, copied here so per-unit statistics need no join.</summary>
    public int Year { get; internal set; }
    public int? SessionId { get; internal set; }
    public bool SuggestionClosed { get; internal set; }

    /// <summary>
    /// The unit's contact person for this suggestion (联系人), given from the assignment on and shown to the suggestion's
    /// deputies (and staff) — never to other units or the public.
    /// </summary>
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }
    public string? ContactEmail { get; private set; }
    public DateTimeOffset? ContactGivenAt { get; private set; }

    public IReadOnlyList<SuggestionContact> Contacts => _contacts.AsReadOnly();
    public IReadOnlyList<SuggestionOpinion> Opinions => _opinions.AsReadOnly();
    public IReadOnlyList<SuggestionReply> Replies => _replies.AsReadOnly();

    /// <summary>
    /// The part waits for its unit (to sign, answer, or re-handle) while the suggestion is still being handled: kept on the
    /// row so the unit's desk and the lists find it without re-deriving the rule.
    /// </summary>
    public bool AwaitsUnit { get; internal set; }

    /// <summary>Met the deputy before handling (办前), during (办中) and after the reply (办后): 三见面, kept for statistics.</summary>
    public bool MetBefore { get; internal set; }
    public bool MetDuring { get; internal set; }
    public bool MetAfter { get; internal set; }

    /// <summary>
    /// <see cref="IsActive"/> as an expression, so that database queries apply the very same rule
    /// (<c>s.Assignments.AsQueryable().Any(SuggestionAssignment.Active)</c>).
    /// </summary>
    public static Expression<Func<SuggestionAssignment, bool>> Active { get; } =
        a => a.State != AssignmentState.Returned && a.State != AssignmentState.Reassigned;

    /// <summary><see cref="Answers"/> as an expression, for queries.</summary>
    public static Expression<Func<SuggestionAssignment, bool>> Answering { get; } =
        a => a.Role != AssignmentRole.CoHandling && a.State != AssignmentState.Returned && a.State != AssignmentState.Reassigned;

    private static readonly Func<SuggestionAssignment, bool> IsActiveRule = Active.Compile();
    private static readonly Func<SuggestionAssignment, bool> AnswersRule = Answering.Compile();

    /// <summary>Answers the deputy (a split or lead unit that has not handed the suggestion back).</summary>
    public bool Answers => AnswersRule(this);

    /// <summary>Still this unit's part: not returned at its request, not reassigned by staff.</summary>
    public bool IsActive => IsActiveRule(this);

    /// <summary>How many of this unit's replies the deputy rated 不满意.</summary>
    public int UnsatisfiedRounds => _replies.Count(r => r.Rating == Suggestions.Satisfaction.Unsatisfied);

    public SuggestionReply? LatestReply => _replies.Count == 0 ? null : _replies.MaxBy(r => r.Round);

    /// <summary>The reply of the latest round staff reviewed: what the public reads of this unit when it is published.</summary>
    public SuggestionReply? LatestReviewedReply => _replies.Where(r => r.IsReviewed).MaxBy(r => r.Round);

    /// <summary>Where this part stands in the satisfaction rate on <paramref name="today"/> (S50a); a co-unit never does.</summary>
    public RatingStanding Standing(DateOnly today)
    {
        // SuggestionStatistics applies the same rule to the kept columns in SQL (a web test holds them together).
        if (!Answers) return RatingStanding.NothingToRate;
        if (Satisfaction is { } rating) return Standing(rating);
        if (UnratedUntil is not { } until) return RatingStanding.NothingToRate;
        return RatingRemindedAt is not null && until < today ? RatingStanding.Excluded : RatingStanding.Unrated;
    }

    /// <summary>The standing of a rated reply.</summary>
    public static RatingStanding Standing(Satisfaction rating) => rating switch
    {
        Suggestions.Satisfaction.Satisfied => RatingStanding.Satisfied,
        Suggestions.Satisfaction.BasicallySatisfied => RatingStanding.BasicallySatisfied,
        _ => RatingStanding.Unsatisfied,
    };

    /// <summary>Keeps <see cref="UnratedUntil"/> and <see cref="RatingRemindedAt"/> in step with the latest reply.</summary>
    internal void RefreshRating()
    {
        var waiting = State == AssignmentState.Replied && LatestReply is { Rating: null } latest && latest.Round == Round ? latest : null;
        UnratedUntil = waiting?.RatingDueOn;
        RatingRemindedAt = waiting?.RatingRemindedAt;
    }

    /// <summary>Its deadline was extended to the six-month one.</summary>
    public bool IsExtended => Extension == ExtensionState.Approved;

    /// <summary>Waiting for this unit's reply or opinion past its due date.</summary>
    public bool IsOverdue(DateOnly today) => IsPending && today > DueOn;

    /// <summary>Waiting for this unit to reply or send its opinion.</summary>
    public bool IsPending => State is AssignmentState.AwaitingAcceptance or AssignmentState.Accepted or AssignmentState.ReturnRequested or AssignmentState.Rehandling;

    internal void AddContact(SuggestionContact contact)
    {
        _contacts.Add(contact);
        MetBefore |= contact.Stage == ContactStage.Before;
        MetDuring |= contact.Stage == ContactStage.During;
        MetAfter |= contact.Stage == ContactStage.After;
        MetDeputy = MetBefore && MetDuring && MetAfter;
    }

    /// <summary>Whether a contact of <paramref name="stage"/> has been logged.</summary>
    public bool Met(ContactStage stage) => stage switch
    {
        ContactStage.Before => MetBefore,
        ContactStage.During => MetDuring,
        _ => MetAfter,
    };

    internal void GiveContact(string name, string phone, string? email, DateTimeOffset at)
    {
        ContactName = name;
        ContactPhone = phone;
        ContactEmail = email;
        ContactGivenAt = at.ToUniversalTime();
    }

    internal void AddOpinion(SuggestionOpinion opinion) => _opinions.Add(opinion);

    internal void AddReply(SuggestionReply reply) => _replies.Add(reply);
}

/// <summary>A contact with the deputy (三见面): before, during or after handling.</summary>
public sealed class SuggestionContact
{
    private SuggestionContact() { }

    internal SuggestionContact(ContactStage stage, DateOnly date, ContactForm form, string? notes, string recordedBy)
    {
        Stage = stage;
        Date = date;
        Form = form;
        Notes = notes;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int AssignmentId { get; private set; }
    public ContactStage Stage { get; private set; }
    public DateOnly Date { get; private set; }
    public ContactForm Form { get; private set; }
    public string? Notes { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

/// <summary>A co-handling unit's opinion to the lead unit (协办意见).</summary>
public sealed class SuggestionOpinion
{
    private SuggestionOpinion() { }

    internal SuggestionOpinion(string text, DateOnly sentOn, string sentBy)
    {
        Text = text;
        SentOn = sentOn;
        SentBy = sentBy;
    }

    public int Id { get; private set; }
    public int AssignmentId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly SentOn { get; private set; }
    public string SentBy { get; private set; } = "";
}

/// <summary>
/// A reply (答复) in one round, the staff's review before publication, and the deputy's rating of it. The unit may
/// correct it until it is reviewed or rated; every earlier version is kept in <see cref="Revisions"/>.
/// </summary>
public sealed class SuggestionReply
{
    private readonly List<SuggestionCommitment> _commitments = [];
    private readonly List<SuggestionReplyRevision> _revisions = [];

    private SuggestionReply() { }

    internal SuggestionReply(int round, ReplyDraft draft, DateOnly filedOn, DateTimeOffset filedAt, bool onTime, DateOnly ratingDueOn)
    {
        Round = round;
        FiledOn = filedOn;
        FiledAt = filedAt.ToUniversalTime();
        OnTime = onTime;
        RatingDueOn = ratingDueOn;
        SetContent(draft);
        _commitments.AddRange(draft.Commitments.Select(c => new SuggestionCommitment(c.Description.Trim(), c.PlannedOn)));
    }

    public int Id { get; private set; }
    public int AssignmentId { get; private set; }
    public int Round { get; private set; }
    public string Classification { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Signer { get; private set; } = "";
    /// <summary>The date on the signed letter, as the unit typed it.</summary>
    public DateOnly SignedOn { get; private set; }
    /// <summary>The day the reply was filed in the portal: decides <see cref="OnTime"/> and starts the rating window.</summary>
    public DateOnly FiledOn { get; private set; }
    public DateTimeOffset FiledAt { get; private set; }
    /// <summary>The unit allows publication (no state or business secrets, no privacy).</summary>
    public bool IsPublishable { get; private set; }
    public int? LetterFileId { get; private set; }
    /// <summary>Why a co-unit's opinion is missing (the lead replied after that unit's window passed).</summary>
    public string? MissingOpinionsNote { get; private set; }
    public bool OnTime { get; private set; }
    public DateOnly RatingDueOn { get; private set; }
    /// <summary>
    /// When the portal sent the lead deputy the rating reminder (评价提醒) for this reply, by the server's clock; only a
    /// reminder sent while the reply was unrated and its window open counts (S50a).
    /// </summary>
    public DateTimeOffset? RatingRemindedAt { get; private set; }
    public Satisfaction? Rating { get; private set; }
    public string? RatingComment { get; private set; }
    public DateOnly? RatedOn { get; private set; }
    /// <summary>When staff reviewed the reply; before that the public does not see it and the unit may still correct it.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    /// <summary>Reviewed and published: the public reads it (only ever true for a reply the unit allowed to publish).</summary>
    public bool IsPublished { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    public IReadOnlyList<SuggestionCommitment> Commitments => _commitments.AsReadOnly();

    /// <summary>The earlier versions, oldest first.</summary>
    public IReadOnlyList<SuggestionReplyRevision> Revisions => _revisions.AsReadOnly();

    /// <summary>Records the rating reminder when it can still lead to a rating: unrated, window open, the first one.</summary>
    internal bool RecordRatingReminder(DateTimeOffset at)
    {
        if (Rating is not null || RatingRemindedAt is not null || ChinaTime.Today(at) > RatingDueOn) return false;
        RatingRemindedAt = at.ToUniversalTime();
        return true;
    }

    internal void Rate(Satisfaction rating, string? comment, DateOnly on)
    {
        Rating = rating;
        RatingComment = comment;
        RatedOn = on;
    }

    internal void Review(bool publish, string by, DateTimeOffset at)
    {
        ReviewedAt = at.ToUniversalTime();
        ReviewedBy = by;
        IsPublished = publish && IsPublishable;
    }

    /// <summary>Keeps the current content as a revision and takes the corrected one. Commitments are replaced only when they changed.</summary>
    internal void Revise(ReplyDraft draft, string reason, string by, DateTimeOffset at)
    {
        _revisions.Add(new SuggestionReplyRevision(this, _revisions.Count + 1, reason, by, at));
        SetContent(draft);
        var unchanged = _commitments.Count == draft.Commitments.Count
            && _commitments.OrderBy(c => c.Id).Zip(draft.Commitments).All(p => p.First.Description == p.Second.Description.Trim() && p.First.PlannedOn == p.Second.PlannedOn);
        if (unchanged) return;
        _commitments.Clear();
        _commitments.AddRange(draft.Commitments.Select(c => new SuggestionCommitment(c.Description.Trim(), c.PlannedOn)));
    }

    private void SetContent(ReplyDraft draft)
    {
        Classification = draft.ClassificationCode.Trim().ToUpperInvariant();
        Text = Common.Text.Required(draft.Text, nameof(draft.Text), "答复内容", 20000);
        Signer = Common.Text.Required(draft.Signer, nameof(draft.Signer), "签发人", 50);
        SignedOn = draft.SignedOn;
        IsPublishable = draft.IsPublishable;
        LetterFileId = draft.LetterFileId;
        MissingOpinionsNote = draft.MissingOpinionsNote;
    }
}

/// <summary>An earlier version of a reply, kept when the unit corrected it: what it said, and who replaced it when and why.</summary>
public sealed class SuggestionReplyRevision
{
    private SuggestionReplyRevision() { }

    internal SuggestionReplyRevision(SuggestionReply reply, int number, string reason, string revisedBy, DateTimeOffset revisedAt)
    {
        Number = number;
        Classification = reply.Classification;
        Text = reply.Text;
        Signer = reply.Signer;
        SignedOn = reply.SignedOn;
        IsPublishable = reply.IsPublishable;
        LetterFileId = reply.LetterFileId;
        MissingOpinionsNote = reply.MissingOpinionsNote;
        Commitments = string.Join("\n", reply.Commitments.Select(c => $"{c.Description}（计划{ChinaTime.FormatDate(c.PlannedOn)}完成）"));
        Reason = reason;
        RevisedBy = revisedBy;
        RevisedAt = revisedAt.ToUniversalTime();
    }

    public int Id { get; private set; }
    public int ReplyId { get; private set; }
    /// <summary>1 for the first version filed, 2 for the next…</summary>
    public int Number { get; private set; }
    public string Classification { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Signer { get; private set; } = "";
    public DateOnly SignedOn { get; private set; }
    public bool IsPublishable { get; private set; }
    public int? LetterFileId { get; private set; }
    public string? MissingOpinionsNote { get; private set; }
    /// <summary>The commitments of this version, one per line.</summary>
    public string Commitments { get; private set; } = "";
    /// <summary>Why the unit replaced this version.</summary>
    public string Reason { get; private set; } = "";
    public string RevisedBy { get; private set; } = "";
    public DateTimeOffset RevisedAt { get; private set; }
}

/// <summary>A commitment (承诺事项) of a B- or C-class reply, followed up until done, across years if need be.</summary>
public sealed class SuggestionCommitment
{
    private readonly List<CommitmentUpdate> _updates = [];

    private SuggestionCommitment() { }

    internal SuggestionCommitment(string description, DateOnly plannedOn)
    {
        Description = description;
        PlannedOn = plannedOn;
    }

    public int Id { get; private set; }
    public int ReplyId { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly PlannedOn { get; private set; }
    public int Progress { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    public IReadOnlyList<CommitmentUpdate> Updates => _updates.AsReadOnly();

    public bool IsDone => CompletedOn is not null;

    internal void Update(int progress, string note, DateOnly on, string recordedBy)
    {
        if (IsDone) throw new DomainRuleException(SuggestionMessages.CommitmentDone);
        if (progress is < 0 or > 100) throw new DomainRuleException(SuggestionMessages.ProgressRange);
        if (progress < Progress) throw new DomainRuleException(SuggestionMessages.ProgressBackwards);
        Progress = progress;
        if (progress == 100) CompletedOn = on;
        _updates.Add(new CommitmentUpdate(on, progress, note, recordedBy));
    }
}

public sealed class CommitmentUpdate
{
    private CommitmentUpdate() { }

    internal CommitmentUpdate(DateOnly on, int progress, string note, string recordedBy)
    {
        On = on;
        Progress = progress;
        Note = note;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int CommitmentId { get; private set; }
    public DateOnly On { get; private set; }
    public int Progress { get; private set; }
    public string Note { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
}

/// <summary>One entry of the suggestion's timeline: what happened, who did it and when.</summary>
public sealed class SuggestionEvent
{
    private SuggestionEvent() { }

    internal SuggestionEvent(SuggestionEventKind kind, DateTimeOffset at, Actor actor, int? unitId, string? detail)
    {
        Kind = kind;
        At = at;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        UnitId = unitId;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
    }

    public int Id { get; private set; }
    public int SuggestionId { get; private set; }
    public SuggestionEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
    public string ActorRole { get; private set; } = "";
    public int? UnitId { get; private set; }
    public string? Detail { get; private set; }
}

/// <summary>A file attached to the suggestion (scan of the paper form, PDF, Word).</summary>
public sealed class SuggestionAttachment
{
    private SuggestionAttachment() { }

    internal SuggestionAttachment(int fileId, string fileName)
    {
        FileId = fileId;
        FileName = fileName;
    }

    public int Id { get; private set; }
    public int SuggestionId { get; private set; }
    public int FileId { get; private set; }
    public string FileName { get; private set; } = "";
}

/// <summary>A named theme that key suggestions are bundled under (打捆督办); supervision topics link to it later.</summary>
public sealed class SuggestionTheme
{
    private SuggestionTheme() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Year { get; private set; }
    public string? Description { get; private set; }

    /// <summary>The supervision topic the theme's key suggestions are bundled with (打捆督办), if any.</summary>
    public int? SupervisionTopicId { get; private set; }
    public uint Version { get; private set; }

    /// <summary>Bundles the theme with a supervision topic of its year (null: none).</summary>
    public void LinkTopic(int? topicId) => SupervisionTopicId = topicId is > 0 ? topicId : null;

    public static SuggestionTheme Create(string name, int year, string? description)
    {
        var theme = new SuggestionTheme();
        theme.Update(name, year, description);
        return theme;
    }

    public void Update(string name, int year, string? description)
    {
        Name = Common.Text.Required(name, "Name", "主题名称", 100);
        Year = Text.Positive(year, "Year", "年度");
        Description = Common.Text.Optional(description, "Description", "说明", 1000);
    }
}

/// <summary>The last number given in a numbering scope; numbers are never reused.</summary>
public sealed class SuggestionNumberCounter
{
    private SuggestionNumberCounter() { }

    public string Scope { get; private set; } = "";
    public int LastValue { get; private set; }
    public uint Version { get; private set; }

    public static SuggestionNumberCounter Start(string scope) => new() { Scope = scope };

    public int Next() => ++LastValue;
}
