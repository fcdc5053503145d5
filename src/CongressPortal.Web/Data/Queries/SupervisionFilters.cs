using CongressPortal.Domain.Supervision;

namespace CongressPortal.Web.Data.Queries;

/// <summary>What the public may read of supervision (the public pages and the open data API), translated to SQL.</summary>
public static class SupervisionFilters
{
    /// <summary>Plans the public may read: published.</summary>
    public static IQueryable<SupervisionPlan> Published(this IQueryable<SupervisionPlan> plans) => plans.Where(p => p.PublishedAt != null);

    /// <summary>
    /// Topics of published plans (<paramref name="plans"/>: every plan, the scope is applied here): the public reads what will
    /// be heard, when and by whom; their documents only when the topic itself is published.
    /// </summary>
    public static IQueryable<SupervisionTopic> OfPublishedPlans(this IQueryable<SupervisionTopic> topics, IQueryable<SupervisionPlan> plans)
    {
        var published = plans.Published();
        return topics.Where(t => published.Any(p => p.Id == t.PlanId));
    }
}
