using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Groups;

/// <summary>Deputy groups (代表小组) and professional groups (专业代表小组, each attached to a committee).</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")] public DeputyGroupKind? Kind { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Filter =>
        Kind is { } kind ? new Dictionary<string, string> { ["kind"] = kind.ToString() } : new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(Kind, ct);

    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active, CancellationToken ct)
    {
        this.ReportOutcome(await handler.SetActiveAsync(id, active, ct), name => ReferencePages.Activated(active, name));
        return RedirectToPage(new { kind = Kind });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { kind = Kind });
    }

    public sealed record Row(int Id, string Name, DeputyGroupKind Kind, string? Committee, int SortOrder, bool IsActive, int Deputies);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(DeputyGroupKind? kind, CancellationToken ct) =>
            await db.DeputyGroups.AsNoTracking()
                .Where(g => kind == null || g.Kind == kind)
                .OrderBy(g => g.Kind).ThenBy(g => g.SortOrder).ThenBy(g => g.Name)
                .Select(g => new Row(
                    g.Id, g.Name, g.Kind,
                    db.Committees.Where(c => c.Id == g.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                    g.SortOrder, g.IsActive,
                    db.Deputies.Count(d => d.DeputyGroupId == g.Id || d.ProfessionalGroupId == g.Id)))
                .ToListAsync(ct);

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var group = await db.DeputyGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
            if (group is null) return CommandResult<string>.Fail(Concurrency.Gone);
            group.SetActive(active);
            return await db.TrySaveAsync(group.Name, null, null, ct);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var group = await db.DeputyGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
            return await db.TryDeleteAsync(group, group?.Name ?? "", ct);
        }
    }
}
