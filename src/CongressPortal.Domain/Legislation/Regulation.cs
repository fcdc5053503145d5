using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// A regulation in the library (法规库): its versions, each with its 公告, dates and full text, and its repeal. A version
/// enters as a draft (imported by staff, or promulgated from a <see cref="LegislationRecord"/>), is checked and then
/// published; a published version never changes, a correction of the law is a new version. The public status
/// (现行有效, 已修改, 已废止, 尚未施行) is computed from the dates on the day asked (<see cref="StatusOn"/>).
/// </summary>
public sealed class Regulation
{
    private readonly List<RegulationVersion> _versions = [];

    private Regulation() { }

    public int Id { get; private set; }

    /// <summary>The title of the newest published version (of the first version until one is published).</summary>
    public string Title { get; private set; } = "";
    public LegislativeField Field { get; private set; }
    public RegulationState State { get; private set; }

    /// <summary>The day the first published version took (or takes) effect.</summary>
    public DateOnly? FirstEffectiveOn { get; private set; }

    /// <summary>The 公告 date of the newest published change (a version or the repeal): the library's "latest" order and the feed.</summary>
    public DateOnly? LastPromulgatedOn { get; private set; }
    public int PublishedVersionCount { get; private set; }
    public DateTimeOffset? FirstPublishedAt { get; private set; }
    public DateTimeOffset? LastPublishedAt { get; private set; }

    public DateOnly? RepealedOn { get; private set; }
    public string? RepealAnnouncementNumber { get; private set; }
    public DateOnly? RepealPromulgatedOn { get; private set; }
    public string? RepealReason { get; private set; }
    public int? RepealRecordId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<RegulationVersion> Versions => _versions.AsReadOnly();

    public RegulationVersion? PendingVersion => _versions.FirstOrDefault(v => !v.IsPublished);

    public RegulationVersion? CurrentVersion => _versions.Where(v => v.IsPublished).OrderBy(v => v.Number).LastOrDefault();

    public bool IsPublished => PublishedVersionCount > 0;

    /// <summary>A new regulation with its first version, not yet public.</summary>
    public static Regulation Create(LegislativeField field, RegulationVersionDraft draft, StatuteText text, int? recordId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole("录入法规", PortalRole.DisplayName(PortalRole.Staff)).ToException();
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Kind != LegislationKind.Enact) throw LegislationMessages.FirstVersionIsEnactment.ToException();
        var regulation = new Regulation { Field = field, State = RegulationState.Draft, CreatedAt = now.ToUniversalTime(), UpdatedAt = now.ToUniversalTime() };
        var version = new RegulationVersion(1, recordId);
        version.Apply(draft, text, now);
        regulation._versions.Add(version);
        regulation.Title = version.Title;
        return regulation;
    }

    /// <summary>Corrects the version not yet published (a wrong date, a mis-detected article); published versions never change.</summary>
    public void EditPendingVersion(RegulationVersionDraft draft, StatuteText text, LegislativeField field, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(RegulationAction.EditVersion, actor);
        var pending = PendingVersion!;
        if ((pending.Number == 1) != (draft.Kind == LegislationKind.Enact)) throw (pending.Number == 1 ? LegislationMessages.FirstVersionIsEnactment : LegislationMessages.LaterVersionIsAmendment).ToException();
        CheckAfterPrevious(draft, pending.Number);
        pending.Apply(draft, text, now);
        if (!IsPublished)
        {
            Title = pending.Title;
            Field = field;
        }
        Move(RegulationAction.EditVersion, actor, State);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Publishes the pending version: the library shows it (and, once in force, the earlier one as 已修改).</summary>
    public RegulationVersion Publish(Actor actor, DateTimeOffset now)
    {
        Require(RegulationAction.Publish, actor);
        var pending = PendingVersion!;
        pending.MarkPublished(now);
        foreach (var version in _versions) version.MarkLatest(version == pending);
        PublishedVersionCount = _versions.Count(v => v.IsPublished);
        Title = pending.Title;
        FirstEffectiveOn ??= pending.EffectiveOn;
        LastPromulgatedOn = pending.PromulgatedOn;
        FirstPublishedAt ??= now.ToUniversalTime();
        LastPublishedAt = now.ToUniversalTime();
        Move(RegulationAction.Publish, actor, RegulationState.Published);
        UpdatedAt = now.ToUniversalTime();
        return pending;
    }

    /// <summary>An amended text (修改 or 修正): a new version, promulgated after the one before, published when staff have checked it.</summary>
    public RegulationVersion AddVersion(RegulationVersionDraft draft, StatuteText text, int? recordId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(RegulationAction.AddVersion, actor);
        if (draft.Kind is not (LegislationKind.Amend or LegislationKind.Revise)) throw LegislationMessages.LaterVersionIsAmendment.ToException();
        var number = _versions.Max(v => v.Number) + 1;
        CheckAfterPrevious(draft, number);
        var version = new RegulationVersion(number, recordId);
        version.Apply(draft, text, now);
        _versions.Add(version);
        Move(RegulationAction.AddVersion, actor, State);
        UpdatedAt = now.ToUniversalTime();
        return version;
    }

    /// <summary>废止: by 公告, not before the last version's, in effect from <see cref="RepealDraft.RepealedOn"/> (which may be ahead).</summary>
    public void Repeal(RepealDraft draft, int? recordId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(RegulationAction.Repeal, actor);
        var number = Announcement.Required(draft.AnnouncementNumber, nameof(RepealDraft.AnnouncementNumber));
        if (draft.PromulgatedOn > ChinaTime.Today(now)) throw LegislationMessages.PromulgatedInFuture.ToException();
        if (CurrentVersion is { } current && draft.PromulgatedOn < current.PromulgatedOn) throw LegislationMessages.RepealBeforeLastVersion.ToException();
        if (draft.RepealedOn < draft.PromulgatedOn) throw LegislationMessages.RepealEffectiveBeforePromulgation.ToException();
        RepealAnnouncementNumber = number;
        RepealPromulgatedOn = draft.PromulgatedOn;
        RepealedOn = draft.RepealedOn;
        RepealReason = Text.Optional(draft.Reason, nameof(RepealDraft.Reason), "废止理由", 2000);
        RepealRecordId = recordId;
        LastPromulgatedOn = draft.PromulgatedOn;
        LastPublishedAt = now.ToUniversalTime();
        Move(RegulationAction.Repeal, actor, RegulationState.Repealed);
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// The regulation's status on <paramref name="today"/>: 已废止 once the repeal is in effect; 尚未施行 before its first
    /// version is; 已修改 when in force and amended at least once (more than one published version); otherwise 现行有效.
    /// The same rule as the library's list (RegulationLibrary.InStatus).
    /// </summary>
    public RegulationStatus StatusOn(DateOnly today) => StatusFrom(FirstEffectiveOn, PublishedVersionCount, RepealedOn, today);

    /// <summary>The rule of <see cref="StatusOn"/> from the kept dates alone, for lists that read only those columns.</summary>
    public static RegulationStatus StatusFrom(DateOnly? firstEffectiveOn, int publishedVersions, DateOnly? repealedOn, DateOnly today)
    {
        if (repealedOn is { } repealed && repealed <= today) return RegulationStatus.Repealed;
        if (firstEffectiveOn is not { } first || first > today) return RegulationStatus.NotYetInForce;
        return publishedVersions > 1 ? RegulationStatus.Amended : RegulationStatus.InForce;
    }

    /// <summary>
    /// A published version's status on <paramref name="today"/>: 尚未施行 before its day; 已修改 once a later published
    /// version is in force; 已废止 once the regulation's repeal is; otherwise 现行有效.
    /// </summary>
    public RegulationStatus VersionStatusOn(RegulationVersion version, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (RepealedOn is { } repealed && repealed <= today) return RegulationStatus.Repealed;
        if (version.EffectiveOn > today) return RegulationStatus.NotYetInForce;
        return _versions.Any(v => v.IsPublished && v.Number > version.Number && v.EffectiveOn <= today) ? RegulationStatus.Amended : RegulationStatus.InForce;
    }

    /// <summary>The version in force on <paramref name="today"/> (the newest published one whose day has come); null before the first.</summary>
    public RegulationVersion? VersionInForceOn(DateOnly today) =>
        _versions.Where(v => v.IsPublished && v.EffectiveOn <= today).OrderBy(v => v.Number).LastOrDefault();

    public AvailableActions<RegulationAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<RegulationAction>().Select(a => new ActionCheck<RegulationAction>(a, Check(a, actor))));

    public Refusal? Check(RegulationAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (State == RegulationState.Repealed && action == RegulationAction.AddVersion && actor.Role == PortalRole.Staff)
            return LegislationMessages.RepealedCannotBeAmended;
        return RegulationWorkflow.Table.Check(State, action, actor.Role) ?? action switch
        {
            RegulationAction.EditVersion or RegulationAction.Publish when PendingVersion is null => LegislationMessages.NoPendingVersion,
            RegulationAction.AddVersion or RegulationAction.Repeal when PendingVersion is not null => LegislationMessages.PendingVersionExists,
            _ => null,
        };
    }

    private void CheckAfterPrevious(RegulationVersionDraft draft, int number)
    {
        if (_versions.Where(v => v.Number < number).OrderBy(v => v.Number).LastOrDefault() is { } previous && draft.PromulgatedOn <= previous.PromulgatedOn)
            throw LegislationMessages.VersionNotAfterPrevious.ToException();
    }

    private void Require(RegulationAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(RegulationAction action, Actor actor, RegulationState to) =>
        State = RegulationWorkflow.Table.Move(State, action, actor.Role, to);
}

/// <summary>One text of a regulation: its 公告, dates, what changed and the full text with its structure.</summary>
public sealed class RegulationVersion
{
    private RegulationVersion() { }

    internal RegulationVersion(int number, int? recordId)
    {
        Number = number;
        LegislationRecordId = recordId;
    }

    public int Id { get; private set; }
    public int RegulationId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public LegislationKind Kind { get; private set; }
    public string AnnouncementNumber { get; private set; } = "";
    public DateOnly? PassedOn { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    public DateOnly PromulgatedOn { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? ChangeSummary { get; private set; }
    public string TextJson { get; private set; } = "[]";
    public int ArticleCount { get; private set; }

    /// <summary>Bigrams of the title and text (<see cref="ChineseSearch"/>), searched for the newest published version only.</summary>
    public string SearchText { get; private set; } = "";
    public int? LegislationRecordId { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The newest published version of its regulation: the one the library lists and searches.</summary>
    public bool IsLatest { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public StatuteText Text() => StatuteText.FromJson(TextJson);

    internal void Apply(RegulationVersionDraft draft, StatuteText text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        Title = Common.Text.Required(draft.Title, nameof(RegulationVersionDraft.Title), "法规名称", 200);
        Kind = draft.Kind;
        AnnouncementNumber = Announcement.Required(draft.AnnouncementNumber, nameof(RegulationVersionDraft.AnnouncementNumber));
        var today = ChinaTime.Today(now);
        if (draft.PromulgatedOn > today) throw LegislationMessages.PromulgatedInFuture.ToException();
        if (draft.EffectiveOn < draft.PromulgatedOn) throw LegislationMessages.EffectiveBeforePromulgation.ToException();
        if (draft.ApprovedOn is { } approved && approved > draft.PromulgatedOn) throw LegislationMessages.PromulgatedBeforeApproval.ToException();
        if (draft.PassedOn is { } passed && (draft.ApprovedOn ?? draft.PromulgatedOn) < passed) throw LegislationMessages.ApprovedBeforePassing.ToException();
        if (text.Articles.Count == 0) throw LegislationMessages.DraftTextRequired.On("Text").ToException();
        PassedOn = draft.PassedOn;
        ApprovedOn = draft.ApprovedOn;
        PromulgatedOn = draft.PromulgatedOn;
        EffectiveOn = draft.EffectiveOn;
        ChangeSummary = Common.Text.Optional(draft.ChangeSummary, nameof(RegulationVersionDraft.ChangeSummary), "修改说明", 4000);
        TextJson = text.ToJson();
        ArticleCount = text.Articles.Count;
        SearchText = ChineseSearch.Index(Title + "\n" + text.PlainText);
        UpdatedAt = now.ToUniversalTime();
    }

    internal void MarkPublished(DateTimeOffset now) => PublishedAt = now.ToUniversalTime();

    internal void MarkLatest(bool latest) => IsLatest = latest;
}
