namespace CongressPortal.Domain.Reports;

/// <summary>
/// One published text of a work report. Immutable once written: a correction adds a version, it never edits one, so
/// what the public read on a given day can always be shown again.
/// </summary>
public sealed class WorkReportVersion
{
    private WorkReportVersion() { }

    internal WorkReportVersion(int number, string blocksJson, DateTimeOffset publishedAt, string? correctionNote, string? publishedByUserId)
    {
        Number = number;
        BlocksJson = blocksJson;
        PublishedAt = publishedAt;
        CorrectionNote = correctionNote;
        PublishedByUserId = publishedByUserId;
    }

    public int Id { get; private set; }
    public int WorkReportId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The outline's blocks as JSON (<see cref="ReportOutlineJson"/>).</summary>
    public string BlocksJson { get; private set; } = "";

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>What a correction changed; null for the first version.</summary>
    public string? CorrectionNote { get; private set; }

    public string? PublishedByUserId { get; private set; }

    public ReportOutline Outline() => ReportOutlineJson.Deserialize(BlocksJson);
}
