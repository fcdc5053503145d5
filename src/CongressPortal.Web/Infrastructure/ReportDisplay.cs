using CongressPortal.Domain.Reports;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How work report statuses look on the pages (the words come from <see cref="WorkReportWorkflow.StatusLabel"/>; the colour only repeats them).</summary>
public static class ReportDisplay
{
    public static string StatusName(WorkReportStatus status) => WorkReportWorkflow.StatusLabel(status);

    public static string Badge(WorkReportStatus status) => status switch
    {
        WorkReportStatus.Published => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
