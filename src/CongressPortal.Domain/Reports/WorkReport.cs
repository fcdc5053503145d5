using System.Linq.Expressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// The standing committee's work report of one year (常委会工作报告). Staff work on a private draft outline; publishing
/// freezes it as a version the public reads; a correction after publishing adds a version with a note, and the public
/// page says when it was corrected; unpublishing needs a reason. Which action is possible in which status, and where it
/// leads, is <see cref="WorkReportWorkflow.Table"/>; every action method runs <see cref="Check"/> (the table, then the
/// report's own guards) before it changes anything, throws a <see cref="DomainRuleException"/> when refused — never a
/// silent no-op — and moves the status only along the table. Pages ask <see cref="AvailableActions"/> for the same answer.
/// </summary>
public sealed class WorkReport
{
    public const int MinYear = 1979;
    public const int MaxYear = 2100;

    private readonly List<WorkReportVersion> _versions = [];
    private readonly List<KeyFigure> _figures = [];

    private WorkReport() { }

    public int Id { get; private set; }

    /// <summary>The year the report is delivered in (unique): a report delivered in January 2026 is the 2026 report.</summary>
    public int Year { get; private set; }

    public int? SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly? DeliveredOn { get; private set; }
    public string? SpeakerName { get; private set; }
    public string? SpeakerTitle { get; private set; }
    public WorkReportStatus Status { get; private set; }

    /// <summary>The working outline as JSON; null until text has been imported.</summary>
    public string? DraftJson { get; private set; }

    /// <summary>The notice shown after import (no outline found…); cleared by the next import.</summary>
    public string? ImportNotice { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? UnpublishReason { get; private set; }
    public DateTimeOffset? UnpublishedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<WorkReportVersion> Versions => _versions.AsReadOnly();
    public IReadOnlyList<KeyFigure> Figures => _figures.AsReadOnly();

    public WorkReportVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    /// <summary>True when the draft differs from what was last published.</summary>
    public bool HasUnpublishedChanges => DraftJson is not null && DraftJson != LatestVersion?.BlocksJson;

    /// <summary>Whether readers see the report: only a published one is public.</summary>
    public bool IsPublic => IsPublicIn(Status);

    /// <summary>Publishing again after unpublishing a changed draft adds a version, which needs a correction note.</summary>
    public bool PublishNeedsNote => _versions.Count > 0 && HasUnpublishedChanges;

    public static bool IsPublicIn(WorkReportStatus status) => status == WorkReportStatus.Published;

    /// <summary><see cref="IsPublic"/> for queries, translated to SQL.</summary>
    public static Expression<Func<WorkReport, bool>> Public { get; } = r => r.Status == WorkReportStatus.Published;

    public static WorkReport Create(WorkReportDetails details, Actor actor, DateTimeOffset now)
    {
        var report = new WorkReport { Status = WorkReportStatus.Draft, CreatedAt = now };
        report.Update(details, actor, now);
        return report;
    }

    public void Update(WorkReportDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        Require(WorkReportAction.EditDetails, actor);
        if (details.Year is < MinYear or > MaxYear) throw ReportMessages.YearOutOfRange(MinYear, MaxYear).ToException();
        if (details.SessionId is <= 0) throw DomainMessages.MustBePositive(nameof(details.SessionId), "人代会会议").ToException();
        var title = Text.Required(details.Title, nameof(details.Title), "标题", 100);
        var speakerName = Text.Optional(details.SpeakerName, nameof(details.SpeakerName), "报告人", 30);
        var speakerTitle = Text.Optional(details.SpeakerTitle, nameof(details.SpeakerTitle), "报告人职务", 60);
        (Year, SessionId, Title, DeliveredOn, SpeakerName, SpeakerTitle) = (details.Year, details.SessionId, title, details.DeliveredOn, speakerName, speakerTitle);
        MoveTo(WorkReportAction.EditDetails, actor, Status);
        UpdatedAt = now;
    }

    public ReportOutline? Draft() => DraftJson is null ? null : ReportOutlineJson.Deserialize(DraftJson);

    /// <summary>Replaces the draft outline with freshly imported text; published versions are untouched.</summary>
    public void Import(ReportOutline outline, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outline);
        Require(WorkReportAction.Import, actor);
        DraftJson = ReportOutlineJson.Serialize(outline);
        ImportNotice = outline.Warnings.FirstOrDefault(w => w.BlockId is null)?.Message;
        MoveTo(WorkReportAction.Import, actor, Status);
        UpdatedAt = now;
    }

    /// <summary>Applies one outline correction (promote, merge, delete…) to the draft.</summary>
    public void EditDraft(Func<ReportOutline, ReportOutline> edit, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(edit);
        Require(WorkReportAction.EditOutline, actor);
        DraftJson = ReportOutlineJson.Serialize(edit(Draft()!));
        MoveTo(WorkReportAction.EditOutline, actor, Status);
        UpdatedAt = now;
    }

    /// <summary>
    /// Makes the draft public. The first publication is version 1. Publishing again after unpublishing shows the last
    /// version again when the draft is unchanged; a changed draft becomes a new version and needs a correction note.
    /// </summary>
    public void Publish(string? note, Actor actor, string? userId, DateTimeOffset now)
    {
        Require(WorkReportAction.Publish, actor);
        if (_versions.Count == 0) AddVersion(null, userId, now);
        else if (PublishNeedsNote) AddVersion(Text.Required(note, "Note", "更正说明", 500), userId, now);
        MoveTo(WorkReportAction.Publish, actor, WorkReportStatus.Published);
        UnpublishReason = null;
        UnpublishedAt = null;
        UpdatedAt = now;
    }

    /// <summary>Publishes the changed draft of a published report as a new version with a note saying what changed.</summary>
    public void Correct(string? note, Actor actor, string? userId, DateTimeOffset now)
    {
        Require(WorkReportAction.Correct, actor);
        AddVersion(Text.Required(note, "Note", "更正说明", 500), userId, now);
        MoveTo(WorkReportAction.Correct, actor, Status);
        UpdatedAt = now;
    }

    public void Unpublish(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(WorkReportAction.Unpublish, actor);
        UnpublishReason = Text.Required(reason, "Reason", "撤回原因", 500);
        UnpublishedAt = now;
        MoveTo(WorkReportAction.Unpublish, actor, WorkReportStatus.Unpublished);
        UpdatedAt = now;
    }

    public KeyFigure AddFigure(KeyFigureDetails details, Actor actor, DateTimeOffset now)
    {
        Require(WorkReportAction.EditFigures, actor);
        var figure = new KeyFigure(details, _figures.Count == 0 ? 1 : _figures.Max(f => f.SortOrder) + 1);
        _figures.Add(figure);
        MoveTo(WorkReportAction.EditFigures, actor, Status);
        UpdatedAt = now;
        return figure;
    }

    public void UpdateFigure(int figureId, KeyFigureDetails details, Actor actor, DateTimeOffset now)
    {
        Require(WorkReportAction.EditFigures, actor);
        FindFigure(figureId).Update(details);
        MoveTo(WorkReportAction.EditFigures, actor, Status);
        UpdatedAt = now;
    }

    public void RemoveFigure(int figureId, Actor actor, DateTimeOffset now)
    {
        Require(WorkReportAction.EditFigures, actor);
        _figures.Remove(FindFigure(figureId));
        MoveTo(WorkReportAction.EditFigures, actor, Status);
        UpdatedAt = now;
    }

    private KeyFigure FindFigure(int figureId) =>
        _figures.FirstOrDefault(f => f.Id == figureId) ?? throw ReportMessages.FigureNotFound.ToException();

    private void AddVersion(string? note, string? userId, DateTimeOffset now) =>
        _versions.Add(new WorkReportVersion((LatestVersion?.Number ?? 0) + 1, DraftJson!, now, note, userId));

    // ---------------------------------------------------------------- what may be done now

    /// <summary>Every action with its answer for <paramref name="actor"/>: pages show buttons and forms from it.</summary>
    public AvailableActions<WorkReportAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<WorkReportAction>().Select(action => new ActionCheck<WorkReportAction>(action, Check(action, actor))));

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now, otherwise why not: the table first, then the guard.</summary>
    public Refusal? Check(WorkReportAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WorkReportWorkflow.Check(Status, action, actor.Role) ?? Guard(action);
    }

    /// <summary>The rules beyond role and status.</summary>
    private Refusal? Guard(WorkReportAction action) => action switch
    {
        WorkReportAction.EditOutline => DraftJson is null ? ReportMessages.NoDraft : null,
        WorkReportAction.Publish => PublishableRefusal(),
        WorkReportAction.Correct => HasUnpublishedChanges ? PublishableRefusal() : ReportMessages.NothingToCorrect,
        _ => null,
    };

    /// <summary>What readers would get must be text, with nothing left that may have been pasted in by mistake.</summary>
    private Refusal? PublishableRefusal() => Draft() switch
    {
        null => ReportMessages.NoDraft,
        { HasSuspectedContent: true } => ReportMessages.SuspectedBeforePublish,
        _ => null,
    };

    /// <summary>Throws the refusal of <paramref name="action"/>; every action method calls it before it changes anything.</summary>
    private void Require(WorkReportAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    /// <summary>Moves the status along the table; a move the table does not list is a bug and throws.</summary>
    private void MoveTo(WorkReportAction action, Actor actor, WorkReportStatus to) =>
        Status = WorkReportWorkflow.Table.Move(Status, action, actor.Role, to);
}

public sealed record WorkReportDetails(
    int Year,
    int? SessionId,
    string Title,
    DateOnly? DeliveredOn = null,
    string? SpeakerName = null,
    string? SpeakerTitle = null);
