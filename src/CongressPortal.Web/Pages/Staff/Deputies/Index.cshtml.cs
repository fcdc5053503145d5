using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// The deputy registry (代表名册): filtered by term, delegation, group, status, level and name, in surname-stroke
/// order by default. The filter's query-string names are shared with the Excel export (<see cref="DeputyFilter"/>).
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    [BindProperty(SupportsGet = true, Name = "delegation")] public int? Delegation { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")] public int? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")] public DeputyStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "level")] public DeputyLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }

    /// <summary>Page number, from 1 (not "page": Razor Pages routes by that name).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public DeputyFilter Filter { get; private set; } = new();

    public Listing Result { get; private set; } = new([], 0);

    public Options Choices { get; private set; } = new([], [], []);

    public int PageCount => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = new DeputyFilter { Term = Term, Delegation = Delegation, Group = Group, Status = Status, Level = Level, Q = Q, Sort = DeputySort.Normalize(Sort) };
        Filter = await handler.WithDefaultsAsync(filter, Request.Query.ContainsKey("term"), ct);
        P = Paging.Page(P);
        Result = await handler.ListAsync(Filter, P, ct);
        // A page past the end shows the last page (issue 17), not an empty list.
        if (P > PageCount) Result = await handler.ListAsync(Filter, P = PageCount, ct);
        Choices = await handler.OptionsAsync(Filter, ct);
    }

    public string PageHref(int page)
    {
        var values = Filter.ToRouteValues();
        values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Url.PageWithQuery("/Staff/Deputies/Index", values);
    }

    public sealed record Listing(IReadOnlyList<Row> Rows, int Total);

    /// <summary>One deputy in the list; the mobile is masked here, so the full number never reaches the page.</summary>
    public sealed record Row(
        int Id, string? Number, string Name, Gender Gender, DeputyLevel Level, string? Delegation, string? DeputyGroup,
        string? ProfessionalGroup, string? Occupation, DeputyStatus Status, string? MaskedMobile)
    {
        /// <summary>The deputy group and the professional group, as one cell.</summary>
        public string Groups => DeputyGroup is null && ProfessionalGroup is null ? "—" : string.Join("、", new[] { DeputyGroup, ProfessionalGroup }.OfType<string>());
    }

    public sealed record Options(IReadOnlyList<SelectListItem> Terms, IReadOnlyList<SelectListItem> Delegations, IReadOnlyList<SelectListItem> Groups);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public Task<DeputyFilter> WithDefaultsAsync(DeputyFilter filter, bool termGiven, CancellationToken ct) =>
            filter.WithDefaultTermAsync(termGiven, db.Terms.AsNoTracking(), ChinaTime.Today(clock.GetUtcNow()), ct);

        public async Task<Listing> ListAsync(DeputyFilter filter, int page, CancellationToken ct)
        {
            var deputies = db.Deputies.AsNoTracking().ApplyFilter(filter);
            var total = await deputies.CountAsync(ct);
            var rows = await deputies.SortBy(filter.Sort)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(d => new
                {
                    d.Id, d.Number, d.Name, d.Gender, d.Level,
                    Delegation = d.Delegation!.Name, DeputyGroup = d.DeputyGroup!.Name, ProfessionalGroup = d.ProfessionalGroup!.Name,
                    d.WorkUnitAndTitle, d.Status, d.Mobile,
                })
                .ToListAsync(ct);
            return new Listing(
                rows.ConvertAll(r => new Row(r.Id, r.Number, r.Name, r.Gender, r.Level, r.Delegation, r.DeputyGroup, r.ProfessionalGroup,
                    r.WorkUnitAndTitle, r.Status, Mask.Value(r.Mobile))),
                total);
        }

        public async Task<Options> OptionsAsync(DeputyFilter filter, CancellationToken ct) => new(
            await RegistryOptions.TermsAsync(db, ct),
            await RegistryOptions.DelegationsAsync(db, filter.Term, filter.Delegation, ct),
            await RegistryOptions.GroupsAsync(db, null, filter.Group, ct));
    }
}
