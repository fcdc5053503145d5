using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Areas;

/// <summary>Districts (区/县/旗), each followed by its sub-districts and townships; optionally one district only.</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "district")] public int? DistrictId { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Filter =>
        DistrictId is { } id ? new Dictionary<string, string> { ["district"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) } : new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct) => (Rows, Districts) = await handler.ListAsync(DistrictId, ct);

    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active, CancellationToken ct)
    {
        this.ReportOutcome(await handler.SetActiveAsync(id, active, ct), name => ReferencePages.Activated(active, name));
        return RedirectToPage(new { district = DistrictId });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { district = DistrictId });
    }

    public sealed record Row(int Id, string Name, AreaLevel Level, string? Code, int SortOrder, bool IsActive, int Children);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<(IReadOnlyList<Row>, IReadOnlyList<SelectListItem>)> ListAsync(int? districtId, CancellationToken ct)
        {
            var areas = await db.Areas.AsNoTracking()
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
                .Select(a => new { a.Id, a.Name, a.Level, a.ParentId, a.Code, a.SortOrder, a.IsActive })
                .ToListAsync(ct);
            var children = areas.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value);
            var districts = areas.Where(a => a.ParentId is null).ToList();
            var rows = new List<Row>();
            foreach (var district in districts.Where(d => districtId is null || d.Id == districtId))
            {
                rows.Add(new Row(district.Id, district.Name, district.Level, district.Code, district.SortOrder, district.IsActive, children[district.Id].Count()));
                rows.AddRange(children[district.Id].Select(a => new Row(a.Id, a.Name, a.Level, a.Code, a.SortOrder, a.IsActive, 0)));
            }
            var options = districts
                .Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Id == districtId))
                .ToList();
            return (rows, options);
        }

        public async Task<CommandResult<string>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == id, ct);
            if (area is null) return CommandResult<string>.Fail(Concurrency.Gone);
            area.SetActive(active);
            return await db.TrySaveAsync(area.Name, null, null, ct);
        }

        /// <summary>A district with sub-districts (or an area stations hang off) is refused by the foreign keys.</summary>
        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var area = await db.Areas.SingleOrDefaultAsync(a => a.Id == id, ct);
            return await db.TryDeleteAsync(area, area?.Name ?? "", ct);
        }
    }
}
