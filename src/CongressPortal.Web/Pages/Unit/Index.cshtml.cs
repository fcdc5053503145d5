using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit;

public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var name = await handler.HandleAsync(User.GetUnitId()!.Value, ct);
        if (name is null) return NotFound();
        UnitName = name;
        return Page();
    }

    public sealed class Handler(AppDbContext db)
    {
        public Task<string?> HandleAsync(int unitId, CancellationToken ct) =>
            db.HandlingUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);
    }
}
