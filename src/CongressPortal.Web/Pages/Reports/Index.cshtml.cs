using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>The published work reports, newest year first.</summary>
[OutputCache(PolicyName = PublicPageCache.Reports)]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(ct);

    public sealed record Row(int Year, string Title, DateOnly? DeliveredOn, string? SpeakerName, string? SpeakerTitle, DateTimeOffset FirstPublishedAt, int Versions, DateTimeOffset LastPublishedAt);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct) =>
            await db.WorkReports.AsNoTracking()
                .Where(WorkReport.Public)
                .OrderByDescending(r => r.Year)
                .Select(r => new Row(r.Year, r.Title, r.DeliveredOn, r.SpeakerName, r.SpeakerTitle,
                    r.Versions.Min(v => v.PublishedAt), r.Versions.Count, r.Versions.Max(v => v.PublishedAt)))
                .ToListAsync(ct);
    }
}
