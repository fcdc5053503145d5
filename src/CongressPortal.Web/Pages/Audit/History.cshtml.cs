using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Audit;

/// <summary>Every recorded change of one record, newest first. Read-only.</summary>
public sealed class HistoryModel(HistoryModel.Handler handler) : PageModel
{
    public const int Limit = 500;

    [BindProperty(SupportsGet = true, Name = "type")] public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "key")] public string? EntityKey { get; set; }

    public IReadOnlyList<IndexModel.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(EntityType) || string.IsNullOrWhiteSpace(EntityKey)) return RedirectToPage("Index");
        Rows = await handler.HandleAsync(EntityType, EntityKey.Trim(), ct);
        return Page();
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<IndexModel.Row>> HandleAsync(string entityType, string entityKey, CancellationToken ct)
        {
            var entries = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == entityType && a.EntityKey == entityKey)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Take(Limit)
                .ToListAsync(ct);
            return await AuditReading.RowsAsync(db, entries, ct);
        }
    }
}
