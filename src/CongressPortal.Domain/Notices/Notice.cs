using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Notices;

/// <summary>
/// A 通知公告 (notice) the office publishes on the portal: a title, a body in Markdown (rendered and sanitised for the
/// public, never trusted as HTML) and attachments kept as <see cref="StoredFile"/>s. Staff write it as a draft, publish it —
/// the server records the moment, which is the date the public sees — correct it while published, and withdraw it with a
/// reason. What may be done now is <see cref="NoticeWorkflow.Table"/>'s answer; the state moves only along it (ADR 0015).
/// </summary>
public sealed class Notice
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20000;
    public const int ReasonMaxLength = 500;
    public const int MaxAttachments = 10;

    private readonly List<NoticeAttachment> _attachments = [];

    private Notice() { }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public NoticeState State { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawReason { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<NoticeAttachment> Attachments => _attachments;

    /// <summary>What the public may read, as an expression the public pages, the feed and the home page filter with in SQL.</summary>
    public static Expression<Func<Notice, bool>> Public { get; } = n => n.State == NoticeState.Published;

    public static Notice Create(string title, string body, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (NoticeWorkflow.Table.Check(NoticeState.Draft, NoticeAction.Edit, actor.Role) is { } refusal) throw refusal.ToException();
        var notice = new Notice { State = NoticeState.Draft, CreatedAt = now.ToUniversalTime(), CreatedBy = actor.Name };
        notice.SetText(title, body, actor, now);
        return notice;
    }

    public void Edit(string title, string body, Actor actor, DateTimeOffset now)
    {
        Require(NoticeAction.Edit, actor);
        SetText(title, body, actor, now);
    }

    /// <summary>Puts the notice on the public site; its date is the server's moment of publishing.</summary>
    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(NoticeAction.Publish, actor);
        PublishedAt = now.ToUniversalTime();
        PublishedBy = actor.Name;
        Touch(actor, now);
        State = NoticeWorkflow.Table.Move(State, NoticeAction.Publish, actor.Role, NoticeState.Published);
    }

    /// <summary>Takes the notice off the public site; the reason stays on the record (and in the audit log).</summary>
    public void Withdraw(string reason, Actor actor, DateTimeOffset now)
    {
        Require(NoticeAction.Withdraw, actor);
        var clean = Text.Required(reason, "Reason", "撤回理由", ReasonMaxLength);
        WithdrawnAt = now.ToUniversalTime();
        WithdrawnBy = actor.Name;
        WithdrawReason = clean;
        Touch(actor, now);
        State = NoticeWorkflow.Table.Move(State, NoticeAction.Withdraw, actor.Role, NoticeState.Withdrawn);
    }

    /// <summary>Attaches a stored file (its content already checked by <see cref="StoredFile.Accept"/>).</summary>
    public NoticeAttachment AddAttachment(StoredFile file, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        Require(NoticeAction.Attach, actor);
        if (_attachments.Count >= MaxAttachments) throw NoticeMessages.TooManyAttachments.ToException();
        var attachment = new NoticeAttachment(file.Id, file.FileName, now.ToUniversalTime());
        _attachments.Add(attachment);
        Touch(actor, now);
        return attachment;
    }

    public void RemoveAttachment(int attachmentId, Actor actor, DateTimeOffset now)
    {
        Require(NoticeAction.Attach, actor);
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw NoticeMessages.NoSuchAttachment.ToException();
        _attachments.Remove(attachment);
        Touch(actor, now);
    }

    /// <summary>Every action with null (allowed) or its refusal: what the staff page renders its forms from.</summary>
    public AvailableActions<NoticeAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<NoticeAction>().Select(action => new ActionCheck<NoticeAction>(action, Check(action, actor))));

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now; the table says it all.</summary>
    public Refusal? Check(NoticeAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return NoticeWorkflow.Table.Check(State, action, actor.Role);
    }

    private void Require(NoticeAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void SetText(string title, string body, Actor actor, DateTimeOffset now)
    {
        // Both checked before either is set: a refusal changes nothing.
        var cleanTitle = Text.Required(title, "Title", "标题", TitleMaxLength);
        var cleanBody = Text.Required(body, "Body", "正文", BodyMaxLength);
        Title = cleanTitle;
        Body = cleanBody;
        Touch(actor, now);
    }

    private void Touch(Actor actor, DateTimeOffset now)
    {
        UpdatedAt = now.ToUniversalTime();
        UpdatedBy = actor.Name;
    }
}

/// <summary>A file attached to a notice; the public downloads it while the notice is published.</summary>
public sealed class NoticeAttachment
{
    private NoticeAttachment() { }

    internal NoticeAttachment(int fileId, string fileName, DateTimeOffset addedAt)
    {
        FileId = fileId;
        FileName = fileName;
        AddedAt = addedAt;
    }

    public int Id { get; private set; }
    public int NoticeId { get; private set; }
    public int FileId { get; private set; }
    public string FileName { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
}
