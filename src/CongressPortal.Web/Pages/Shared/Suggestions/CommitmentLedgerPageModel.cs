using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Shared.Suggestions;

/// <summary>What the staff and the public commitments ledger pages share: the page of rows, the choices, the links.</summary>
public abstract class CommitmentLedgerPageModel : PageModel
{
    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public CommitmentLedgerFilter Filter { get; protected set; } = new();

    public CommitmentLedgerPage Ledger { get; protected set; } = CommitmentLedgerPage.Empty;

    public IReadOnlyList<SelectListItem> Sessions { get; protected set; } = [];

    public IReadOnlyList<SelectListItem> Units { get; protected set; } = [];

    public DateOnly Today { get; protected set; }

    /// <summary>The current filter with another state (the counts link to it), on its first page.</summary>
    public Dictionary<string, string> RouteWith(CommitmentState? state) => (Filter with { State = state, Overdue = false }).ToRouteValues();

    public Dictionary<string, string> RouteFor(int page)
    {
        var values = Filter.ToRouteValues();
        if (page > 1) values["p"] = page.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    /// <summary>The sessions for the filter, newest first.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> SessionChoicesAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.Sessions.AsNoTracking()
            .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
            .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
            .ToListAsync(ct);
        return sessions.ConvertAll(s => new SelectListItem(CongressSession.FormatName(s.Term, s.Number), s.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
