using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.FilingReview;

/// <summary>
/// 备案审查: what needs attention now (format checks due within 3 days or overdue, reviews due within 15 days or overdue,
/// replies to correction opinions overdue), the year's figures by body and kind, and the filings of a year filtered by
/// body, kind, status, late filing and overdue deadline, each with the deadline running now and the days left.
/// </summary>
public sealed class IndexModel(FilingReviewStore store) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public FilingBody? Body { get; set; }

    [BindProperty(SupportsGet = true)] public NormativeDocumentKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)] public FilingStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)] public bool Late { get; set; }

    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public sealed record Row(int Id, FilingBody Body, NormativeDocumentKind Kind, string Title, string DocumentNumber, DateOnly PublishedOn, DateOnly FiledOn,
        bool IsLate, FilingStatus Status, DateOnly? DueOn);

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public FilingAttention Attention { get; private set; } = null!;

    public FilingYearFigures Figures { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>Overdue filings of every year (the header's link), not of one year.</summary>
    public bool AllYears { get; private set; }

    public int UnansweredRequests { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = store.Today;
        // The header's "overdue" link names no year: a deadline missed is listed whatever year the document was filed.
        AllYears = Overdue && Year is null;
        Year = Year is >= 2000 and <= 2100 ? Year : Today.Year;
        Years = [.. (await store.YearsAsync(ct)).Append(Year.Value).Distinct().OrderByDescending(y => y)
            .Select(y => new SelectListItem($"{y}年", y.ToString(System.Globalization.CultureInfo.InvariantCulture), y == Year))];
        Attention = await store.AttentionAsync(ct);
        Figures = await store.YearFiguresAsync(Year.Value, ct);
        UnansweredRequests = await FilingReviewStore.Unanswered(store.Requests.AsNoTracking()).CountAsync(ct);
        var query = FilingReviewStore.Filter(store.Filings.AsNoTracking(), new FilingFilter(AllYears ? null : Year, Body, Kind, Status, Late, Overdue), Today);
        Total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(f => f.FiledOn).ThenByDescending(f => f.Id).Take(PageSize).ToListAsync(ct);
        Rows = [.. rows.Select(f => new Row(f.Id, f.Body, f.Kind, f.Title, f.DocumentNumber, f.PublishedOn, f.FiledOn, f.IsLate, f.Status, f.CurrentDueOn))];
    }
}
