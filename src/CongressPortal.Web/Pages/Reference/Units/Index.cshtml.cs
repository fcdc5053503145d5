using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Units;

/// <summary>Handling units (承办单位), filtered by kind and by a part of the name.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public HandlingUnitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The filter, carried by the row buttons so the list looks the same after 停用/删除.</summary>
    public IReadOnlyDictionary<string, string> Filter
    {
        get
        {
            var filter = new Dictionary<string, string>();
            if (Kind is { } kind) filter["kind"] = kind.ToString();
            if (!string.IsNullOrWhiteSpace(Q)) filter["q"] = Q;
            return filter;
        }
    }

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(Kind, Q, ct);

    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active, CancellationToken ct)
    {
        this.ReportOutcome(await handler.SetActiveAsync(id, active, ct), name => ReferencePages.Activated(active, name));
        return RedirectToPage(new { kind = Kind, q = Q });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { kind = Kind, q = Q });
    }

    public sealed record Row(int Id, string Name, string? ShortName, HandlingUnitKind Kind, string? ContactPerson, string? ContactPhone, bool IsActive);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(HandlingUnitKind? kind, string? q, CancellationToken ct)
        {
            var query = db.HandlingUnits.AsNoTracking();
            if (kind is { } k) query = query.Where(u => u.Kind == k);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var text = q.Trim();
                query = query.Where(u => u.Name.Contains(text) || (u.ShortName != null && u.ShortName.Contains(text)));
            }
            return await query
                .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new Row(u.Id, u.Name, u.ShortName, u.Kind, u.ContactPerson, u.ContactPhone, u.IsActive))
                .ToListAsync(ct);
        }

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var unit = await db.HandlingUnits.SingleOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null) return CommandResult<string>.Fail(Concurrency.Gone);
            unit.SetActive(active);
            return await db.TrySaveAsync(unit.Name, null, null, ct);
        }

        /// <summary>A unit linked to a user account (or, later, to suggestions) is refused by the foreign keys.</summary>
        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var unit = await db.HandlingUnits.SingleOrDefaultAsync(u => u.Id == id, ct);
            return await db.TryDeleteAsync(unit, unit?.Name ?? "", ct);
        }
    }
}
