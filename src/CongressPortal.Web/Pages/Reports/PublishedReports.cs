using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>The latest published version of every published report: what search, comparison and the feed read.</summary>
public static class PublishedReports
{
    public sealed record Published(int Year, string Title, DateTimeOffset FirstPublishedAt, DateTimeOffset LastPublishedAt, string BlocksJson);

    public static async Task<IReadOnlyList<Published>> LatestAsync(AppDbContext db, CancellationToken ct) =>
        await db.WorkReports.AsNoTracking()
            .Where(WorkReport.Public)
            .OrderByDescending(r => r.Year)
            .Select(r => new Published(r.Year, r.Title, r.Versions.Min(v => v.PublishedAt), r.Versions.Max(v => v.PublishedAt),
                r.Versions.OrderByDescending(v => v.Number).Select(v => v.BlocksJson).First()))
            .ToListAsync(ct);
}
