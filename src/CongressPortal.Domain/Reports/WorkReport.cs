using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// The standing committee's work report of one year (常委会工作报告). Staff work on a private draft outline; publishing
/// freezes it as a version the public reads; a correction after publishing adds a version with a note, and the public
/// page says when it was corrected; unpublishing needs a reason. Every change goes through one method that checks
/// everything first and throws a <see cref="DomainRuleException"/> — never a silent no-op.
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

    public static WorkReport Create(WorkReportDetails details, DateTimeOffset now)
    {
        var report = new WorkReport { Status = WorkReportStatus.Draft, CreatedAt = now };
        report.Update(details, now);
        return report;
    }

    public void Update(WorkReportDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Year is < MinYear or > MaxYear) throw new DomainRuleException(ReportMessages.YearOutOfRange(MinYear, MaxYear));
        if (details.SessionId is <= 0) throw DomainMessages.MustBePositive(nameof(details.SessionId), "人代会会议").ToException();
        Year = details.Year;
        SessionId = details.SessionId;
        Title = Text.Required(details.Title, nameof(details.Title), "标题", 100);
        DeliveredOn = details.DeliveredOn;
        SpeakerName = Text.Optional(details.SpeakerName, nameof(details.SpeakerName), "报告人", 30);
        SpeakerTitle = Text.Optional(details.SpeakerTitle, nameof(details.SpeakerTitle), "报告人职务", 60);
        UpdatedAt = now;
    }

    public ReportOutline? Draft() => DraftJson is null ? null : ReportOutlineJson.Deserialize(DraftJson);

    /// <summary>Replaces the draft outline with freshly imported text; published versions are untouched.</summary>
    public void Import(ReportOutline outline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outline);
        DraftJson = ReportOutlineJson.Serialize(outline);
        ImportNotice = outline.Warnings.FirstOrDefault(w => w.BlockId is null)?.Message;
        UpdatedAt = now;
    }

    /// <summary>Applies one outline correction (promote, merge, delete…) to the draft.</summary>
    public void EditDraft(Func<ReportOutline, ReportOutline> edit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var draft = Draft() ?? throw new DomainRuleException(ReportMessages.NoDraft);
        DraftJson = ReportOutlineJson.Serialize(edit(draft));
        UpdatedAt = now;
    }

    /// <summary>
    /// Makes the draft public. The first publication is version 1. Publishing again after unpublishing shows the last
    /// version again when the draft is unchanged; a changed draft becomes a new version and needs a correction note.
    /// </summary>
    public void Publish(string? note, string? userId, DateTimeOffset now)
    {
        if (Status == WorkReportStatus.Published) throw new DomainRuleException(ReportMessages.AlreadyPublished);
        CheckPublishable();
        if (_versions.Count == 0) AddVersion(null, userId, now);
        else if (HasUnpublishedChanges) AddVersion(Text.Required(note, "Note", "更正说明", 500), userId, now);
        Status = WorkReportStatus.Published;
        UnpublishReason = null;
        UnpublishedAt = null;
        UpdatedAt = now;
    }

    /// <summary>Publishes the changed draft of a published report as a new version with a note saying what changed.</summary>
    public void Correct(string note, string? userId, DateTimeOffset now)
    {
        if (Status != WorkReportStatus.Published) throw new DomainRuleException(ReportMessages.CorrectOnlyPublished);
        var text = Text.Required(note, "Note", "更正说明", 500);
        if (!HasUnpublishedChanges) throw new DomainRuleException(ReportMessages.NothingToCorrect);
        CheckPublishable();
        AddVersion(text, userId, now);
        UpdatedAt = now;
    }

    public void Unpublish(string reason, DateTimeOffset now)
    {
        if (Status != WorkReportStatus.Published) throw new DomainRuleException(ReportMessages.UnpublishOnlyPublished);
        UnpublishReason = Text.Required(reason, "Reason", "撤回原因", 500);
        UnpublishedAt = now;
        Status = WorkReportStatus.Unpublished;
        UpdatedAt = now;
    }

    public KeyFigure AddFigure(KeyFigureDetails details, DateTimeOffset now)
    {
        var figure = new KeyFigure(details, _figures.Count == 0 ? 1 : _figures.Max(f => f.SortOrder) + 1);
        _figures.Add(figure);
        UpdatedAt = now;
        return figure;
    }

    public void UpdateFigure(int figureId, KeyFigureDetails details, DateTimeOffset now)
    {
        FindFigure(figureId).Update(details);
        UpdatedAt = now;
    }

    public void RemoveFigure(int figureId, DateTimeOffset now)
    {
        _figures.Remove(FindFigure(figureId));
        UpdatedAt = now;
    }

    private KeyFigure FindFigure(int figureId) =>
        _figures.FirstOrDefault(f => f.Id == figureId) ?? throw new DomainRuleException(ReportMessages.FigureNotFound);

    private void CheckPublishable()
    {
        var draft = Draft() ?? throw new DomainRuleException(ReportMessages.NoDraft);
        if (draft.HasSuspectedContent) throw new DomainRuleException(ReportMessages.SuspectedBeforePublish);
    }

    private void AddVersion(string? note, string? userId, DateTimeOffset now) =>
        _versions.Add(new WorkReportVersion((LatestVersion?.Number ?? 0) + 1, DraftJson!, now, note, userId));
}

public sealed record WorkReportDetails(
    int Year,
    int? SessionId,
    string Title,
    DateOnly? DeliveredOn = null,
    string? SpeakerName = null,
    string? SpeakerTitle = null);
