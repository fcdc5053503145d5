using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Committees;

/// <summary>Special committees, working committees and offices, in their official order.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await handler.ListAsync(ct);

    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active, CancellationToken ct)
    {
        this.ReportOutcome(await handler.SetActiveAsync(id, active, ct), name => ReferencePages.Activated(active, name));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage();
    }

    public sealed record Row(int Id, string Name, string? ShortName, CommitteeKind Kind, int SortOrder, bool IsActive);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct) =>
            await db.Committees.AsNoTracking()
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new Row(c.Id, c.Name, c.ShortName, c.Kind, c.SortOrder, c.IsActive))
                .ToListAsync(ct);

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (committee is null) return CommandResult<string>.Fail(Concurrency.Gone);
            committee.SetActive(active);
            return await db.TrySaveAsync(committee.Name, null, null, ct);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == id, ct);
            return await db.TryDeleteAsync(committee, committee?.Name ?? "", ct);
        }
    }
}
