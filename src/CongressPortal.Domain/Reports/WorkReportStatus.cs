namespace CongressPortal.Domain.Reports;

/// <summary>Where a work report stands: drafts are private; a published report shows its latest version to everyone.</summary>
public enum WorkReportStatus
{
    Draft,
    Published,
    Unpublished,
}
