using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.FilingReview;

/// <summary>
/// 备案审查 for the public: what it is, who files what and within which periods, how to send a 审查建议 and look up its
/// answer, and the year's figures — counts by body and kind and the results of closed reviews. No document titles or
/// review opinions are listed (docs/domain/legislation.md: the public sees counts; the documents themselves are published
/// by the bodies that made them).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.FilingReviewPages, VaryByQueryKeys = ["year"])]
public sealed class IndexModel(FilingReviewStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public FilingYearFigures Figures { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var years = await store.YearsAsync(ct);
        var shown = Year is { } y && years.Contains(y) ? y : store.Today.Year;
        Years = [.. years.Select(x => new SelectListItem($"{x}年", x.ToString(System.Globalization.CultureInfo.InvariantCulture), x == shown))];
        Figures = await store.YearFiguresAsync(shown, ct);
        Year = shown;
    }
}
