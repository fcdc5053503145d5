using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Categories;

/// <summary>Categories of deputies' suggestions (docs/domain/suggestions.md: by default the committees' fields).</summary>
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

    public sealed record Row(int Id, string Name, int SortOrder, bool IsActive);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> ListAsync(CancellationToken ct) =>
            await db.SuggestionCategories.AsNoTracking()
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new Row(c.Id, c.Name, c.SortOrder, c.IsActive))
                .ToListAsync(ct);

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var category = await db.SuggestionCategories.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (category is null) return CommandResult<string>.Fail(Concurrency.Gone);
            category.SetActive(active);
            return await db.TrySaveAsync(category.Name, null, null, ct);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var category = await db.SuggestionCategories.SingleOrDefaultAsync(c => c.Id == id, ct);
            return await db.TryDeleteAsync(category, category?.Name ?? "", ct);
        }
    }
}
