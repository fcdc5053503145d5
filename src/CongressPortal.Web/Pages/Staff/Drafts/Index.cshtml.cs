using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Drafts;

/// <summary>
/// 法规草案公开征求意见: every draft, newest first, with its phase (from the clock), record, period and figures — comments
/// waiting for a check stand out — filtered by phase. A draft is prepared from a reading of a legislation record.
/// </summary>
public sealed class IndexModel(DraftDesk.Handler desk) : PageModel
{
    [BindProperty(SupportsGet = true)] public DraftPhase? Phase { get; set; }

    public DraftDesk.DraftList List { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => List = await desk.ListAsync(Phase, ct);
}
