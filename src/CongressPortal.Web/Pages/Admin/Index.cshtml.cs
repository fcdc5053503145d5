using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin;

/// <summary>The administrator's desk: accounts and reference data. Administrators make no business edits (docs/domain/README.md#roles).</summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Summary Accounts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await handler.HandleAsync(ct);

    public sealed record Summary(int Total, int Disabled, int Locked);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Summary> HandleAsync(CancellationToken ct)
        {
            // Identity reckons lockout with the system clock, so the count does too.
            var now = DateTimeOffset.UtcNow;
            var counts = await db.Users
                .GroupBy(_ => 1)
                .Select(g => new Summary(g.Count(), g.Count(u => u.IsDisabled), g.Count(u => u.LockoutEnd > now)))
                .SingleOrDefaultAsync(ct);
            return counts ?? new Summary(0, 0, 0);
        }
    }
}
