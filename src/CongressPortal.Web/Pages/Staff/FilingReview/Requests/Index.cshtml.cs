using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview.Requests;

/// <summary>审查建议 from the public, newest first, filtered by status; the unanswered ones are what the header counts.</summary>
public sealed class IndexModel(FilingReviewStore store) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public ReviewRequestStatus? Status { get; set; }

    public sealed record Row(int Id, string DocumentTitle, string? Name, ReviewRequestStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? AnsweredAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; private set; } = [];

    public int Unanswered { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Statuses = [.. Enum.GetValues<ReviewRequestStatus>().Select(s => new SelectListItem(ReviewRequestWorkflow.StatusLabel(s), s.ToString(), s == Status))];
        var query = store.Requests.AsNoTracking();
        Unanswered = await FilingReviewStore.Unanswered(query).CountAsync(ct);
        if (Status is { } status) query = query.Where(r => r.Status == status);
        Rows = await query.OrderByDescending(r => r.SubmittedAt).Take(PageSize)
            .Select(r => new Row(r.Id, r.DocumentTitle, r.Name, r.Status, r.SubmittedAt, r.AnsweredAt)).ToListAsync(ct);
    }
}
