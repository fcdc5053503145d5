using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference;

/// <summary>The terms as options (newest first): sessions and meetings belong to one, and their lists filter by it.</summary>
internal static class TermOptions
{
    public static async Task<IReadOnlyList<SelectListItem>> TermOptionsAsync(this AppDbContext db, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().OrderByDescending(t => t.Number).ToListAsync(ct);
        return terms.Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }
}
