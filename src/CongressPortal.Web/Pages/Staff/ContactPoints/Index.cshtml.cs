using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.ContactPoints;

/// <summary>The registry of 基层立法联系点 with each point's figures: drafts commented, comments collected, valid, adopted. Filter: in use, stopped, all.</summary>
public sealed class IndexModel(ContactPointStore store) : PageModel
{
    /// <summary>true: in use only; false: stopped only; null: all.</summary>
    [BindProperty(SupportsGet = true)] public bool? Active { get; set; }

    public IReadOnlyList<ContactPointRow> Points { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Points = await store.ListAsync(Active, ct);
}
