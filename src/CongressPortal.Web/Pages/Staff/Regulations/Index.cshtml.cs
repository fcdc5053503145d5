using CongressPortal.Web.Infrastructure;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Regulations;

/// <summary>
/// 法规库管理: every regulation, drafts included, with its place in the library (未公开, 已公开, 已废止) and its public status
/// today (现行有效, 已修改, 已废止, 尚未施行), a mark where a version waits to be published; filtered by state, field and title.
/// </summary>
public sealed class IndexModel(RegulationStore store) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public RegulationState? State { get; set; }

    [BindProperty(SupportsGet = true)] public LegislativeField? Field { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public bool Pending { get; set; }

    /// <summary>The page number (not "page": Razor Pages routes by that name).</summary>
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public IReadOnlyList<RegulationStore.Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages { get; private set; }

    public DateOnly Today => store.Today;

    public IReadOnlyList<SelectListItem> States => RegulationChoices.States(State);

    public IReadOnlyList<SelectListItem> Fields => RegulationChoices.Fields(Field);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new RegulationStore.Filter(State, Field, Q, Pending);
        var (rows, total) = await store.ListAsync(filter, Paging.Page(P), PageSize, ct);
        Pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        // A page past the end shows the last page (issue 17), not an empty list.
        if (P > Pages) (rows, total) = await store.ListAsync(filter, Pages, PageSize, ct);
        P = Math.Clamp(P, 1, Pages);
        (Rows, Total) = (rows, total);
    }

    /// <summary>The list's filters with another page number, for the pager's links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string>();
        if (State is { } s) route["state"] = s.ToString();
        if (Field is { } f) route["field"] = f.ToString();
        if (!string.IsNullOrWhiteSpace(Q)) route["q"] = Q;
        if (Pending) route["pending"] = "true";
        if (page > 1) route["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }
}
