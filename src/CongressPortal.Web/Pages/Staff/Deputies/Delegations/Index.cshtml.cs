using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies.Delegations;

/// <summary>The delegations (代表团) of a term, usually one per district, with how many deputies each has.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Filter =>
        Term is { } id ? new Dictionary<string, string> { ["term"] = RegistryOptions.Id(id) } : new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Term ??= await handler.CurrentTermAsync(ct);
        Rows = await handler.ListAsync(Term, ct);
        Terms = await handler.TermsAsync(ct);
    }

    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active, CancellationToken ct)
    {
        this.ReportOutcome(await handler.SetActiveAsync(id, active, ct), name => ReferencePages.Activated(active, name));
        return RedirectToPage(new { term = Term });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { term = Term });
    }

    public sealed record Row(int Id, string Name, string? Area, int SortOrder, bool IsActive, int Deputies);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public Task<int?> CurrentTermAsync(CancellationToken ct) => db.Terms.AsNoTracking().CurrentTermIdAsync(ChinaTime.Today(clock.GetUtcNow()), ct);

        public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => RegistryOptions.TermsAsync(db, ct);

        public async Task<IReadOnlyList<Row>> ListAsync(int? termId, CancellationToken ct) =>
            await db.Delegations.AsNoTracking()
                .Where(d => termId == null || d.TermId == termId)
                .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
                .Select(d => new Row(
                    d.Id, d.Name,
                    db.Areas.Where(a => a.Id == d.AreaId).Select(a => a.Name).FirstOrDefault(),
                    d.SortOrder, d.IsActive,
                    db.Deputies.Count(x => x.DelegationId == d.Id)))
                .ToListAsync(ct);

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct);
            if (delegation is null) return CommandResult<string>.Fail(Concurrency.Gone);
            delegation.SetActive(active);
            return await db.TrySaveAsync(delegation.Name, null, null, ct);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct);
            return await db.TryDeleteAsync(delegation, delegation?.Name ?? "", ct);
        }
    }
}
