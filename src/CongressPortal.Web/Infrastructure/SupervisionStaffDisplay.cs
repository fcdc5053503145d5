using CongressPortal.Domain.Supervision;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How supervision states and figures look on the staff pages (the labels themselves are the workflow's).</summary>
public static class SupervisionStaffDisplay
{
    public static string Badge(SupervisionTopicStatus status) => status switch
    {
        SupervisionTopicStatus.Planned => "text-bg-light",
        SupervisionTopicStatus.Deliberated or SupervisionTopicStatus.Reported => "text-bg-warning",
        SupervisionTopicStatus.Assigned or SupervisionTopicStatus.Rectifying => "text-bg-primary",
        SupervisionTopicStatus.Rework => "text-bg-danger",
        SupervisionTopicStatus.Closed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Badge(SupervisionPlanStatus status) => status switch
    {
        SupervisionPlanStatus.Draft => "text-bg-light",
        SupervisionPlanStatus.Adopted => "text-bg-primary",
        _ => "text-bg-success",
    };

    public static string Badge(SupervisionProblemStatus status) => status switch
    {
        SupervisionProblemStatus.Closed => "text-bg-success",
        SupervisionProblemStatus.Reopened => "text-bg-danger",
        _ => "text-bg-warning",
    };

    /// <summary>"3/5": problems closed of all, or a dash when the topic has no problem list.</summary>
    public static string Problems(int closed, int total) => total == 0 ? "—" : $"{closed}/{total}";

    /// <summary>A piece of text as paragraphs (one per line).</summary>
    public static IEnumerable<string> Lines(string? text) => (text ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0);
}
