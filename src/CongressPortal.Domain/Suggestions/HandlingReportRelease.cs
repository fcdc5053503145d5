using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// A session's 代表建议办理情况报告 as the office published it (代表法第五十一条：办理情况应当向社会公开): the edited document
/// the standing committee received (PDF or Word), uploaded by staff. One per session; publishing again replaces the
/// document, withdrawing takes it off the public site with a reason. The server records who did it and when.
/// What may be done now is <see cref="HandlingReportWorkflow.Table"/>'s answer (<see cref="AvailableActions"/>); the state
/// moves only along it (ADR 0015).
/// </summary>
public sealed class HandlingReportRelease
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 500;

    /// <summary>The kinds of file the public site offers: a PDF (what most offices publish) or the Word document itself.</summary>
    public static IReadOnlySet<FileKind> AllowedKinds { get; } = new HashSet<FileKind> { FileKind.Pdf, FileKind.Docx };

    private HandlingReportRelease() { }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public int FileId { get; private set; }
    public HandlingReportState State { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawReason { get; private set; }
    public uint Version { get; private set; }

    public bool IsPublished => State == HandlingReportState.Published;

    /// <summary>What the public may read, as an expression the public list and the download filter with in SQL.</summary>
    public static Expression<Func<HandlingReportRelease, bool>> Public { get; } = r => r.State == HandlingReportState.Published;

    /// <summary>A session's report before its first publication (<see cref="HandlingReportState.NotPublished"/>): what the
    /// page asks for its actions while nothing is published, and what the first <see cref="Publish(string, StoredFile, Actor, DateTimeOffset)"/> saves.</summary>
    public static HandlingReportRelease ForSession(int sessionId) => new() { SessionId = sessionId, State = HandlingReportState.NotPublished };

    /// <summary>The first publication of a session's report.</summary>
    public static HandlingReportRelease Publish(int sessionId, string title, StoredFile file, Actor actor, DateTimeOffset now)
    {
        var release = ForSession(sessionId);
        release.Publish(title, file, actor, now);
        return release;
    }

    /// <summary>Publishes with a new document: the first time, after an edit (replacing the public one), or after a withdrawal.</summary>
    public void Publish(string title, StoredFile file, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        Require(HandlingReportAction.Publish, actor);
        var clean = Text.Required(title, "Title", "报告标题", TitleMaxLength);
        if (!AllowedKinds.Contains(file.Kind)) throw HandlingReportMessages.PdfOrWord.ToException();
        Title = clean;
        FileId = file.Id;
        PublishedAt = now.ToUniversalTime();
        PublishedBy = actor.Name;
        WithdrawnAt = null;
        WithdrawnBy = null;
        WithdrawReason = null;
        MoveTo(HandlingReportAction.Publish, actor, HandlingReportState.Published);
    }

    /// <summary>Takes the report off the public site; the reason stays on the record (and in the audit log).</summary>
    public void Withdraw(string reason, Actor actor, DateTimeOffset now)
    {
        Require(HandlingReportAction.Withdraw, actor);
        var clean = Text.Required(reason, "Reason", "撤回理由", ReasonMaxLength);
        WithdrawnAt = now.ToUniversalTime();
        WithdrawnBy = actor.Name;
        WithdrawReason = clean;
        MoveTo(HandlingReportAction.Withdraw, actor, HandlingReportState.Withdrawn);
    }

    /// <summary>Every action with null (allowed) or its refusal: what the staff page renders its forms from.</summary>
    public AvailableActions<HandlingReportAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<HandlingReportAction>().Select(action => new ActionCheck<HandlingReportAction>(action, Check(action, actor))));

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now, otherwise why not. The table says
    /// it all: a report has no rule beyond who acts and from which state.</summary>
    public Refusal? Check(HandlingReportAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return HandlingReportWorkflow.Check(State, action, actor.Role);
    }

    private void Require(HandlingReportAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    /// <summary>Moves the state along the table; a move the table does not list is a bug and throws.</summary>
    private void MoveTo(HandlingReportAction action, Actor actor, HandlingReportState to) =>
        State = HandlingReportWorkflow.Table.Move(State, action, actor.Role, to);
}
