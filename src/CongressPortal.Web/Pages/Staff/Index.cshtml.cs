using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel(SupervisionStore supervision) : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [];

    /// <summary>Supervision topics whose handling report is overdue, and those whose report awaits the committee's evaluation.</summary>
    public (int ReportsOverdue, int AwaitingEvaluation) Supervision { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var topics = supervision.Topics.AsNoTracking();
        Supervision = (await topics.ReportOverdue(supervision.Today).CountAsync(ct), await topics.AwaitingEvaluation().CountAsync(ct));
    }
}
