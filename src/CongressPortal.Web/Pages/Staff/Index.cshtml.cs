using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel(SupervisionStore supervision, FilingReviewStore filings, LegislationStore legislation, DraftDesk.Handler drafts) : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [];

    /// <summary>Supervision topics whose handling report is overdue, and those whose report awaits the committee's evaluation.</summary>
    public (int ReportsOverdue, int AwaitingEvaluation) Supervision { get; private set; }

    /// <summary>备案审查: filings whose running deadline has passed, and review requests not answered yet.</summary>
    public (int Overdue, int Unanswered) Filing { get; private set; }

    /// <summary>立法: records in deliberation, records awaiting the province's approval, and those whose four months are near their end or over.</summary>
    public (int InDeliberation, int AwaitingApproval, int ApprovalNeedsAttention) Legislation { get; private set; }

    /// <summary>法规草案公开征求意见: drafts open for comment now, and comments waiting for a check.</summary>
    public (int Open, int AwaitingCheck) Drafts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Drafts = await drafts.WorkspaceCountsAsync(ct);
        Legislation = await legislation.WorkspaceCountsAsync(ct);
        Filing = (await FilingReviewStore.Overdue(filings.Filings.AsNoTracking(), filings.Today).CountAsync(ct),
            await FilingReviewStore.Unanswered(filings.Requests.AsNoTracking()).CountAsync(ct));
        var topics = supervision.Topics.AsNoTracking();
        Supervision = (await topics.ReportOverdue(supervision.Today).CountAsync(ct), await topics.AwaitingEvaluation().CountAsync(ct));
    }
}
