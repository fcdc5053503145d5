using CongressPortal.Domain.Notices;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff.Notices;

/// <summary>通知公告 for staff: every notice (or those in one state), most recently changed first.</summary>
public sealed class IndexModel(NoticeStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public NoticeState? State { get; set; }

    public IReadOnlyList<NoticeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await store.ListAsync(State, ct);
}
