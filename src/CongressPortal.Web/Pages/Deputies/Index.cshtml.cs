using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputies;

/// <summary>The public directory of the current term's municipal deputies: public fields only.</summary>
[OutputCache(PolicyName = PublicPageCache.DeputyPages, VaryByQueryKeys = ["q", "delegation", "sort", "p"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public int? Delegation { get; set; }

    /// <summary>"pinyin" for 按拼音; anything else is the official order, by surname strokes.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result View { get; private set; } = Result.Empty;

    public bool ByPinyin => string.Equals(Sort, "pinyin", StringComparison.Ordinal);

    public IEnumerable<SelectListItem> SortOptions => [new("按姓氏笔画", ""), new("按姓名拼音", "pinyin", ByPinyin)];

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Delegation is not null;

    public async Task OnGetAsync(CancellationToken ct) =>
        View = await handler.HandleAsync(new Query(Q, Delegation, ByPinyin, PageNumber), ct);

    /// <summary>The current search, for the sort switch and the page links.</summary>
    public Dictionary<string, string> RouteFor(int? page = null, bool? pinyin = null)
    {
        var route = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Q)) route["q"] = Q.Trim();
        if (Delegation is { } delegation) route["delegation"] = delegation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (pinyin ?? ByPinyin) route["sort"] = "pinyin";
        var target = page ?? View.Page;
        if (target > 1) route["p"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return route;
    }

    public sealed record Query(string? Name, int? DelegationId, bool ByPinyin, int Page);

    public sealed record Option(int Id, string Name);

    public sealed record Card(
        int Id,
        string Name,
        bool HasPhoto,
        string? Delegation,
        string? Occupation,
        DeputyStatus Status,
        IReadOnlyList<PublicDeputies.StationLink> Stations,
        PerformanceRecord Record);

    public sealed record Result(string? TermName, IReadOnlyList<Option> Delegations, IReadOnlyList<Card> Cards, int Total, int Page, int Pages)
    {
        public static Result Empty { get; } = new(null, [], [], 0, 1, 1);
    }

    public sealed class Handler(AppDbContext db, PerformanceRecords records, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var term = await db.CurrentTermAsync(ChinaTime.Today(clock.GetUtcNow()), ct);
            if (term is null) return Result.Empty;
            var delegations = await db.Delegations.AsNoTracking()
                .Where(d => d.TermId == term.Id && d.IsActive)
                .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
                .Select(d => new Option(d.Id, d.Name))
                .ToListAsync(ct);

            var deputies = db.Deputies.AsNoTracking().WithPublicProfile().Where(d => d.TermId == term.Id);
            if (!string.IsNullOrWhiteSpace(query.Name))
            {
                var name = query.Name.Trim();
                deputies = deputies.Where(d => d.Name.Contains(name));
            }
            if (query.DelegationId is { } delegationId) deputies = deputies.Where(d => d.DelegationId == delegationId);

            var total = await deputies.CountAsync(ct);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            var page = Math.Clamp(query.Page, 1, pages);
            // Serving deputies first; then 按姓氏笔画 (the official order) or by pinyin, through ICU collations.
            var collation = query.ByPinyin ? AppDbContext.PinyinCollation : AppDbContext.StrokeCollation;
            var rows = await deputies
                .OrderBy(d => d.Status != DeputyStatus.Serving)
                .ThenBy(d => EF.Functions.Collate(d.Name, collation))
                .ThenBy(d => d.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(d => new { d.Id, d.Name, d.HasPhoto, Delegation = d.Delegation!.Name, d.WorkUnitAndTitle, d.Status })
                .ToListAsync(ct);

            var ids = rows.ConvertAll(r => r.Id);
            var stations = await db.StationsOfAsync(ids, ct);
            var performance = await records.ForDeputiesAsync(ids, term.StartDate, term.EndDate, ct);
            var cards = rows.ConvertAll(r => new Card(r.Id, r.Name, r.HasPhoto, r.Delegation, r.WorkUnitAndTitle, r.Status,
                stations.GetValueOrDefault(r.Id) ?? [], performance[r.Id]));
            return new Result(term.Name, delegations, cards, total, page, pages);
        }
    }
}
