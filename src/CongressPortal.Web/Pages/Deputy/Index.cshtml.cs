using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy;

public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public string DeputyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var name = await handler.HandleAsync(User.GetDeputyId()!.Value, ct);
        if (name is null) return NotFound();
        DeputyName = name;
        return Page();
    }

    public sealed class Handler(AppDbContext db)
    {
        public Task<string?> HandleAsync(int deputyId, CancellationToken ct) =>
            db.Deputies.Where(d => d.Id == deputyId).Select(d => d.Name).SingleOrDefaultAsync(ct);
    }
}
