using CongressPortal.Domain.Supervision;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The lists of the staff supervision pages and the dashboard, written once as query filters so that no page compares
/// states itself: reports overdue, reports awaiting the committee's evaluation, opinions not sent in time.
/// </summary>
public static class SupervisionStaffQueries
{
    /// <summary>A handling report is owed and its due date has passed.</summary>
    public static IQueryable<SupervisionTopic> ReportOverdue(this IQueryable<SupervisionTopic> topics, DateOnly today) =>
        topics.Where(t => t.ReportDueOn != null && t.ReportDueOn < today);

    /// <summary>A handling report is owed and falls due within <paramref name="days"/> days.</summary>
    public static IQueryable<SupervisionTopic> ReportDueSoon(this IQueryable<SupervisionTopic> topics, DateOnly today, int days) =>
        topics.Where(t => t.ReportDueOn != null && t.ReportDueOn >= today && t.ReportDueOn <= today.AddDays(days));

    /// <summary>The body filed its report; the committee has yet to evaluate it.</summary>
    public static IQueryable<SupervisionTopic> AwaitingEvaluation(this IQueryable<SupervisionTopic> topics) =>
        topics.Where(t => t.Status == SupervisionTopicStatus.Reported);

    /// <summary>Heard, not yet sent, and the working-day limit for sending has passed (as <see cref="SupervisionTopic.IsAssignmentOverdue"/>).</summary>
    public static IQueryable<SupervisionTopic> AssignmentOverdue(this IQueryable<SupervisionTopic> topics, DateOnly today) =>
        topics.Where(t => t.Status == SupervisionTopicStatus.Deliberated && t.AssignDueOn != null && t.AssignDueOn < today);

    /// <summary>Topics still in the plan (not cancelled).</summary>
    public static IQueryable<SupervisionTopic> NotCancelled(this IQueryable<SupervisionTopic> topics) =>
        topics.Where(t => t.Status != SupervisionTopicStatus.Cancelled);
}
