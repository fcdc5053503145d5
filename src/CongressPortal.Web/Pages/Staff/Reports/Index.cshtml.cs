using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>Every work report, newest year first, with its status and whether the draft has unpublished changes.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(ct);

    public sealed record Row(int Id, int Year, string Title, WorkReportStatus Status, int Versions, bool HasDraft, bool Changed, DateTimeOffset UpdatedAt)
    {
        public bool IsPublic => WorkReport.IsPublicIn(Status);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct) =>
            await db.WorkReports.AsNoTracking()
                .OrderByDescending(r => r.Year)
                .Select(r => new Row(
                    r.Id,
                    r.Year,
                    r.Title,
                    r.Status,
                    r.Versions.Count,
                    r.DraftJson != null,
                    r.DraftJson != null && r.DraftJson != r.Versions.OrderByDescending(v => v.Number).Select(v => v.BlocksJson).FirstOrDefault(),
                    r.UpdatedAt))
                .ToListAsync(ct);
    }
}
