using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>What a member of the public sends: the article (its anchor, or null for the draft as a whole), the comment, an optional name and a contact.</summary>
public sealed record DraftCommentDraft(string? ArticleAnchor, string? Body, string? Name, string? Contact);

/// <summary>A comment a 基层立法联系点 collected, entered by staff: the point, the article, the comment, who gave it (optional) and the day collected.</summary>
public sealed record PointCommentDraft(int ContactPointId, string? ArticleAnchor, string? Body, string? Name, string? Contact, DateOnly CollectedOn);

/// <summary>
/// One comment on an open draft. Online comments arrive 待审核 and count nowhere until staff check them (有效, 重复, 与草案无关,
/// 不当言论); a valid one is later decided (采纳, 部分采纳, 未采纳) with a reason the writer reads with their receipt code.
/// Comments a contact point collected are entered by staff and start as checked (有效). The contact is private: it is shown
/// to staff only, never in a public page, export or feed. Checks and decisions are refused once the draft's outcome is
/// published (withdraw it first).
/// </summary>
public sealed class DraftComment
{
    public const int MaxBodyLength = 2000;
    public const int MinBodyLength = 5;
    public const int MaxReasonLength = 1000;

    private DraftComment() { }

    public int Id { get; private set; }
    public int DraftId { get; private set; }

    /// <summary>The article commented on (第五条), or null for the draft as a whole.</summary>
    public string? ArticleAnchor { get; private set; }
    public string Body { get; private set; } = "";
    public string? Name { get; private set; }

    /// <summary>Private: shown to staff only.</summary>
    public string? Contact { get; private set; }

    /// <summary>Online comments only: the code the writer looks the result up with.</summary>
    public string? ReceiptCode { get; private set; }
    public DraftCommentSource Source { get; private set; }
    public int? ContactPointId { get; private set; }
    public DateOnly? CollectedOn { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DraftCommentStatus Status { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }
    public string? CheckedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>Why it was (partly, not) adopted: the writer reads this.</summary>
    public string? DecisionReason { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>A comment from the public, accepted only while the draft is open at <paramref name="now"/> (server time).</summary>
    public static DraftComment Submit(DraftWindow draft, DraftCommentDraft comment, string receiptCode, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentException.ThrowIfNullOrEmpty(receiptCode);
        if (draft.Check(DraftAction.Comment, new Actor(PortalRole.Public, "公众"), now) is { } refusal) throw refusal.ToException();
        var contact = Text.Required(comment.Contact, nameof(DraftCommentDraft.Contact), "联系方式", 100);
        if (!ContactFormat.LooksValid(contact)) throw DraftMessages.ContactInvalid.ToException();
        return new DraftComment
        {
            DraftId = draft.DraftId,
            ArticleAnchor = Anchor(draft, comment.ArticleAnchor),
            Body = CheckBody(comment.Body),
            Name = Text.Optional(comment.Name, nameof(DraftCommentDraft.Name), "姓名", 50),
            Contact = contact,
            ReceiptCode = receiptCode,
            Source = DraftCommentSource.Online,
            SubmittedAt = now.ToUniversalTime(),
            Status = DraftCommentStatus.Received,
            UpdatedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>A comment a contact point collected, entered by staff while the draft is open or closed (not after the outcome); it starts checked.</summary>
    public static DraftComment Record(DraftWindow draft, PointCommentDraft comment, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(comment);
        ArgumentNullException.ThrowIfNull(actor);
        if (draft.Check(DraftAction.RecordPointComment, actor, now) is { } refusal) throw refusal.ToException();
        if (comment.ContactPointId <= 0) throw DraftMessages.ContactPointRequired.ToException();
        if (comment.CollectedOn > ChinaTime.Today(now)) throw DraftMessages.CollectedInFuture.ToException();
        var contact = Text.Optional(comment.Contact, nameof(PointCommentDraft.Contact), "联系方式", 100);
        if (contact is not null && !ContactFormat.LooksValid(contact)) throw DraftMessages.ContactInvalid.ToException();
        return new DraftComment
        {
            DraftId = draft.DraftId,
            ArticleAnchor = Anchor(draft, comment.ArticleAnchor),
            Body = CheckBody(comment.Body),
            Name = Text.Optional(comment.Name, nameof(PointCommentDraft.Name), "意见提出人", 50),
            Contact = contact,
            Source = DraftCommentSource.ContactPoint,
            ContactPointId = comment.ContactPointId,
            CollectedOn = comment.CollectedOn,
            SubmittedAt = now.ToUniversalTime(),
            Status = DraftCommentStatus.Valid,
            CheckedAt = now.ToUniversalTime(),
            CheckedBy = actor.Name,
            UpdatedAt = now.ToUniversalTime(),
        };
    }

    /// <summary>The check: valid, duplicate, off-topic or abusive. Marking anything but valid clears a decision.</summary>
    public void Check(DraftWindow draft, DraftCommentCheck check, Actor actor, DateTimeOffset now)
    {
        var (action, to) = check switch
        {
            DraftCommentCheck.Valid => (DraftCommentAction.MarkValid, DraftCommentStatus.Valid),
            DraftCommentCheck.Duplicate => (DraftCommentAction.MarkDuplicate, DraftCommentStatus.Duplicate),
            DraftCommentCheck.OffTopic => (DraftCommentAction.MarkOffTopic, DraftCommentStatus.OffTopic),
            DraftCommentCheck.Abusive => (DraftCommentAction.MarkAbusive, DraftCommentStatus.Abusive),
            _ => throw new ArgumentOutOfRangeException(nameof(check)),
        };
        Require(draft, action, actor, now);
        Status = DraftCommentWorkflow.Table.Move(Status, action, actor.Role, to);
        CheckedAt = now.ToUniversalTime();
        CheckedBy = actor.Name;
        DecidedAt = null;
        DecidedBy = null;
        DecisionReason = null;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>The decision on a valid comment, with the reason its writer reads.</summary>
    public void Decide(DraftWindow draft, AdoptionDecision decision, string? reason, Actor actor, DateTimeOffset now)
    {
        var (action, to) = decision switch
        {
            AdoptionDecision.Adopted => (DraftCommentAction.Adopt, DraftCommentStatus.Adopted),
            AdoptionDecision.PartlyAdopted => (DraftCommentAction.AdoptInPart, DraftCommentStatus.PartlyAdopted),
            AdoptionDecision.NotAdopted => (DraftCommentAction.NotAdopt, DraftCommentStatus.NotAdopted),
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        Require(draft, action, actor, now);
        DecisionReason = Text.Required(reason, "Reason", "采纳情况的理由", MaxReasonLength);
        Status = DraftCommentWorkflow.Table.Move(Status, action, actor.Role, to);
        DecidedAt = now.ToUniversalTime();
        DecidedBy = actor.Name;
        UpdatedAt = now.ToUniversalTime();
    }

    public bool IsChecked => Status != DraftCommentStatus.Received;

    public AvailableActions<DraftCommentAction> AvailableActions(DraftWindow draft, Actor actor, DateTimeOffset now) =>
        new(Enum.GetValues<DraftCommentAction>().Select(a => new ActionCheck<DraftCommentAction>(a, Check(draft, a, actor, now))));

    /// <summary>The comment table first, then the draft: moderation is closed once the outcome is published.</summary>
    public Refusal? Check(DraftWindow draft, DraftCommentAction action, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (draft.DraftId != DraftId) throw new InvalidOperationException("The comment belongs to another draft.");
        return DraftCommentWorkflow.Table.Check(Status, action, actor.Role)
            ?? (draft.Phase(now) == DraftPhase.OutcomePublished ? DraftMessages.OutcomeAlreadyPublished : draft.Check(DraftAction.Moderate, actor, now));
    }

    private void Require(DraftWindow draft, DraftCommentAction action, Actor actor, DateTimeOffset now)
    {
        if (Check(draft, action, actor, now) is { } refusal) throw refusal.ToException();
    }

    private static string? Anchor(DraftWindow draft, string? anchor)
    {
        var value = anchor?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        return draft.HasArticle(value) ? value : throw DraftMessages.UnknownArticle.ToException();
    }

    private static string CheckBody(string? body)
    {
        var value = Text.Required(body, nameof(DraftCommentDraft.Body), "意见内容", MaxBodyLength);
        return value.Length >= MinBodyLength ? value : throw DraftMessages.BodyTooShort.ToException();
    }
}

/// <summary>
/// A draft's comments counted by status. Only checked comments count anywhere public: <see cref="Checked"/> (收到意见),
/// <see cref="Counted"/> (有效意见), <see cref="AdoptedTotal"/> (采纳, partly adopted included). <see cref="Pending"/> waits for a check.
/// </summary>
public sealed record DraftCommentFigures(int Pending, int Undecided, int Duplicate, int OffTopic, int Abusive, int Adopted, int PartlyAdopted, int NotAdopted)
{
    public static DraftCommentFigures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public int Checked => Undecided + Duplicate + OffTopic + Abusive + Adopted + PartlyAdopted + NotAdopted;

    /// <summary>Valid comments: decided or not.</summary>
    public int Counted => Undecided + Adopted + PartlyAdopted + NotAdopted;

    public int AdoptedTotal => Adopted + PartlyAdopted;

    public int Excluded => Duplicate + OffTopic + Abusive;

    public int Total => Pending + Checked;

    public static DraftCommentFigures From(IEnumerable<(DraftCommentStatus Status, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var by = counts.GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        int Of(DraftCommentStatus status) => by.GetValueOrDefault(status);
        return new DraftCommentFigures(Of(DraftCommentStatus.Received), Of(DraftCommentStatus.Valid), Of(DraftCommentStatus.Duplicate),
            Of(DraftCommentStatus.OffTopic), Of(DraftCommentStatus.Abusive), Of(DraftCommentStatus.Adopted), Of(DraftCommentStatus.PartlyAdopted),
            Of(DraftCommentStatus.NotAdopted));
    }

    public static DraftCommentFigures operator +(DraftCommentFigures a, DraftCommentFigures b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Pending + b.Pending, a.Undecided + b.Undecided, a.Duplicate + b.Duplicate, a.OffTopic + b.OffTopic, a.Abusive + b.Abusive,
            a.Adopted + b.Adopted, a.PartlyAdopted + b.PartlyAdopted, a.NotAdopted + b.NotAdopted);
    }
}

/// <summary>
/// How many comments of a draft are on one article ("" for the draft as a whole) in one status: kept by the database itself
/// (a trigger on the comments), read by the moderation list, the figures and the to-do count so that none of them has to
/// count tens of thousands of comments. Never written by the application.
/// </summary>
public sealed class DraftCommentTally
{
    private DraftCommentTally() { }

    public int DraftId { get; private set; }
    public string ArticleAnchor { get; private set; } = "";
    public DraftCommentStatus Status { get; private set; }
    public int Count { get; private set; }
}
