using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How filing review shows a filing's state and its running deadline on staff pages (labels from <see cref="FilingWorkflow"/>).</summary>
public static class FilingDisplay
{
    /// <summary>Which deadline runs in a state, in words ("形式审查", "审查", "制定机关回复"); null when none runs.</summary>
    public static string? DeadlineLabel(FilingStatus status) => status switch
    {
        FilingStatus.Registered => "形式审查",
        FilingStatus.UnderReview => "审查",
        FilingStatus.CorrectionRequested => "制定机关回复",
        _ => null,
    };

    /// <summary>The running deadline seen from today: "due soon" within 3 days for a format check, 15 for a review, 5 for a reply.</summary>
    public static Deadline? DaysLeft(FilingStatus status, DateOnly? dueOn, DateOnly today) => dueOn is { } due
        ? Deadline.DaysLeft(due, today, status switch
        {
            FilingStatus.Registered => FilingReviewStore.FormatCheckSoonDays,
            FilingStatus.UnderReview => FilingReviewStore.ReviewSoonDays,
            _ => 5,
        })
        : null;

    public static string Badge(FilingStatus status) => status switch
    {
        FilingStatus.Registered => "text-bg-secondary",
        FilingStatus.Returned => "text-bg-warning",
        FilingStatus.UnderReview => "text-bg-primary",
        FilingStatus.CorrectionRequested => "text-bg-danger",
        _ => "text-bg-success",
    };

    public static string Badge(ReviewRequestStatus status) => status switch
    {
        ReviewRequestStatus.Received => "text-bg-secondary",
        ReviewRequestStatus.UnderReview => "text-bg-primary",
        _ => "text-bg-success",
    };

    /// <summary>逾期报备：公布后第 N 天报备 (filed more than 30 days after publication).</summary>
    public static string Late(DateOnly publishedOn, DateOnly filedOn) => $"逾期报备：公布后第 {filedOn.DayNumber - publishedOn.DayNumber} 天报备";

    /// <summary>Paragraphs of a stored text, for rendering each encoded in its own &lt;p&gt;.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0);
}
