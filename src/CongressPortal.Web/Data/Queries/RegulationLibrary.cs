using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Configurations;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The public regulation library as a query: published regulations only, filtered by field and by the status on a
/// given day (computed from the dates, as <see cref="Regulation.StatusOn"/> does), searched in the newest published
/// version's title and text with the bigram index. "已修改" means in force and amended at least once.
/// </summary>
public static class RegulationLibrary
{
    public sealed record Filter(string? Query, LegislativeField? Field, RegulationStatus? Status);

    public sealed record Row(int Id, string Title, LegislativeField Field, DateOnly? FirstEffectiveOn, DateOnly? LastPromulgatedOn, int Versions, DateOnly? RepealedOn, string AnnouncementNumber, int ArticleCount);

    public static IQueryable<Regulation> Published(this IQueryable<Regulation> regulations) =>
        regulations.Where(r => r.PublishedVersionCount > 0);

    public static IQueryable<Regulation> InStatus(this IQueryable<Regulation> regulations, RegulationStatus status, DateOnly today) => status switch
    {
        RegulationStatus.Repealed => regulations.Where(r => r.RepealedOn != null && r.RepealedOn <= today),
        RegulationStatus.NotYetInForce => regulations.Where(r => (r.RepealedOn == null || r.RepealedOn > today) && r.FirstEffectiveOn > today),
        RegulationStatus.Amended => regulations.Where(r => (r.RepealedOn == null || r.RepealedOn > today) && r.FirstEffectiveOn <= today && r.PublishedVersionCount > 1),
        _ => regulations.Where(r => (r.RepealedOn == null || r.RepealedOn > today) && r.FirstEffectiveOn <= today),
    };

    /// <summary>The library's rows for <paramref name="filter"/>, newest change first, one page at a time.</summary>
    public static async Task<(IReadOnlyList<Row> Rows, int Total)> SearchAsync(AppDbContext db, Filter filter, DateOnly today, int page, int pageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var regulations = db.Regulations.AsNoTracking().Published();
        if (filter.Field is { } field) regulations = regulations.Where(r => r.Field == field);
        if (filter.Status is { } status) regulations = regulations.InStatus(status, today);
        var rows = from r in regulations
                   join v in LatestMatching(db, filter.Query) on r.Id equals v.RegulationId
                   select new { r, v };
        var total = await rows.CountAsync(ct);
        var list = await rows
            .OrderByDescending(x => x.r.LastPromulgatedOn).ThenBy(x => x.r.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .Select(x => new Row(x.r.Id, x.r.Title, x.r.Field, x.r.FirstEffectiveOn, x.r.LastPromulgatedOn, x.r.PublishedVersionCount, x.r.RepealedOn, x.v.AnnouncementNumber, x.v.ArticleCount))
            .ToListAsync(ct);
        return (list, total);
    }

    /// <summary>What the library's filters count: the field and the dates the status follows, of every published regulation matching a search.</summary>
    public sealed record Facet(LegislativeField Field, DateOnly? FirstEffectiveOn, int Versions, DateOnly? RepealedOn);

    /// <summary>The field and status dates of every published regulation whose newest published version matches <paramref name="query"/> (all when empty).</summary>
    public static async Task<IReadOnlyList<Facet>> FacetsAsync(AppDbContext db, string? query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await (from r in db.Regulations.AsNoTracking().Published()
                      join v in LatestMatching(db, query) on r.Id equals v.RegulationId
                      select new Facet(r.Field, r.FirstEffectiveOn, r.PublishedVersionCount, r.RepealedOn))
            .ToListAsync(ct);
    }

    /// <summary>The newest published version of each regulation, searched with the bigram index when a query is given.</summary>
    private static IQueryable<RegulationVersion> LatestMatching(AppDbContext db, string? query)
    {
        var versions = db.RegulationVersions.AsNoTracking().Where(v => v.IsLatest);
        if (ChineseSearch.Query(query) is { } tsQuery)
            versions = versions.Where(v => EF.Property<NpgsqlTsVector>(v, RegulationVersionConfiguration.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
        return versions;
    }

    /// <summary>The status of a listed row on <paramref name="today"/>, the same rule as <see cref="InStatus"/>.</summary>
    public static RegulationStatus StatusOf(Row row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        return StatusOf(row.FirstEffectiveOn, row.Versions, row.RepealedOn, today);
    }

    /// <summary>
    /// The library's status from a regulation's dates (a list row, a facet, the reading page): 已废止 once the repeal is
    /// in effect, 尚未施行 before the first version is, 已修改 when in force with more than one published version.
    /// </summary>
    public static RegulationStatus StatusOf(DateOnly? firstEffectiveOn, int publishedVersions, DateOnly? repealedOn, DateOnly today) =>
        Regulation.StatusFrom(firstEffectiveOn, publishedVersions, repealedOn, today);

    /// <summary>Whether a regulation of <paramref name="status"/> (<see cref="StatusOf(DateOnly?, int, DateOnly?, DateOnly)"/>) is listed under the filter <paramref name="filter"/>, as <see cref="InStatus"/> lists it: 现行有效 includes the amended.</summary>
    public static bool ListedUnder(RegulationStatus status, RegulationStatus filter) =>
        status == filter || (filter == RegulationStatus.InForce && status == RegulationStatus.Amended);

    /// <summary>
    /// Whether a 公告 number is taken by any version or repeal other than the one being edited (numbers compared after
    /// <see cref="Announcement.Normalize"/>). The unique indexes are the last word; this gives the message before saving.
    /// </summary>
    public static async Task<bool> AnnouncementInUseAsync(AppDbContext db, string? number, int? exceptVersionId, int? exceptRepealOfRegulationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = Announcement.Normalize(number);
        if (normalized.Length == 0) return false;
        return await db.RegulationVersions.AnyAsync(v => v.AnnouncementNumber == normalized && v.Id != exceptVersionId, ct)
            || await db.Regulations.AnyAsync(r => r.RepealAnnouncementNumber == normalized && r.Id != exceptRepealOfRegulationId, ct);
    }
}
