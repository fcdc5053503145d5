using System.Globalization;
using System.Linq.Expressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CongressPortal.Web.Pages.Suggestions;

/// <summary>
/// 建议办理结果公开 (代表法第五十一条): the suggestions with a published reply, filtered by session, category and
/// answering unit, with Chinese full-text search. Public fields only: number, title, deputies' names, units.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SuggestionPages, VaryByQueryKeys = ["session", "category", "unit", "q", "p"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    /// <summary>A session id, <see cref="PublicSuggestions.BetweenSessions"/>, or empty for all.</summary>
    [BindProperty(SupportsGet = true)] public string? Session { get; set; }

    [BindProperty(SupportsGet = true)] public int? Category { get; set; }

    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result View { get; private set; } = null!;

    public bool Filtered => !string.IsNullOrWhiteSpace(Session) || Category is not null || Unit is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct) =>
        View = await handler.HandleAsync(new Query(Session, Category, Unit, Q, PageNumber), ct);

    /// <summary>The current filter, for the page links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Session)) route["session"] = Session.Trim();
        if (Category is { } category) route["category"] = category.ToString(CultureInfo.InvariantCulture);
        if (Unit is { } unit) route["unit"] = unit.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Q)) route["q"] = Q.Trim();
        if (page > 1) route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    public sealed record Query(string? Session, int? Category, int? Unit, string? Text, int Page);

    public sealed record Row(int Id, string Number, string Title, string? LeadDeputy, IReadOnlyList<string> Units);

    public sealed record Result(
        IReadOnlyList<SelectListItem> Sessions,
        IReadOnlyList<SelectListItem> Categories,
        IReadOnlyList<SelectListItem> Units,
        IReadOnlyList<Row> Rows,
        int Total,
        int Page,
        int Pages);

    public sealed class Handler(AppDbContext db, ReferenceLists references)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var lists = await references.GetAsync(db, ct);
            var sessions = lists.Sessions.Select(s => Option(s, query.Session)).ToList();
            sessions.Add(Option("闭会期间", PublicSuggestions.BetweenSessions, query.Session));
            var categories = lists.SuggestionCategories.Select(c => Option(c, query.Category?.ToString(CultureInfo.InvariantCulture))).ToList();
            var units = lists.HandlingUnits.Select(u => Option(u, query.Unit?.ToString(CultureInfo.InvariantCulture))).ToList();

            // Words only, the common search: compiled queries (below).
            var session = query.Session?.Trim();
            if (string.IsNullOrEmpty(session) && query.Category is null && query.Unit is null && ChineseSearch.TokensQuery(query.Text) is { } tokens)
            {
                var runs = SuggestionFilters.LikeRuns(query.Text);
                return await PageAsync(() => CountWords(db, tokens, runs, ct), async skip => await PageOfWords(db, tokens, runs, skip).ToListAsync(ct));
            }

            // Prepared: planning was most of the database's share of an uncached search (docs/benchmarks.md).
            var suggestions = db.Suggestions.AsNoTracking().Disclosed().Search(query.Text).Prepared();
            if (session == PublicSuggestions.BetweenSessions) suggestions = suggestions.Where(s => s.Source == SuggestionSource.BetweenSessions);
            else if (int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out var sessionId)) suggestions = suggestions.Where(s => s.SessionId == sessionId);
            if (query.Category is { } categoryId) suggestions = suggestions.Where(s => s.CategoryId == categoryId);
            if (query.Unit is { } unitId)
                suggestions = suggestions.AnsweredBy(unitId);

            // The official order: newest year first, the session's suggestions before those between sessions, then by number.
            var ordered = suggestions
                .OrderByDescending(s => s.Year).ThenBy(s => s.Source == SuggestionSource.BetweenSessions).ThenByDescending(s => s.SessionId).ThenBy(s => s.Sequence).ThenBy(s => s.Id);
            return await PageAsync(() => suggestions.CountAsync(ct), skip => ordered.Skip(skip).Take(PageSize).Select(RowOf(db)).ToListAsync(ct));

            async Task<Result> PageAsync(Func<Task<int>> count, Func<int, Task<List<Row>>> rowsFrom)
            {
                // A first page that is not full is the whole result: no count needed (most searches).
                List<Row>? rows = null;
                int total;
                if (query.Page <= 1)
                {
                    rows = await rowsFrom(0);
                    total = rows.Count < PageSize ? rows.Count : await count();
                }
                else
                {
                    total = await count();
                }
                var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
                var page = Math.Clamp(query.Page, 1, pages);
                rows ??= await rowsFrom((page - 1) * PageSize);
                return new Result(sessions, categories, units, rows, total, page, pages);
            }
        }

        /// <summary>A row: the lead deputy's name and the answering units' names in the order they were assigned.</summary>
        private static Expression<Func<Suggestion, Row>> RowOf(AppDbContext db) => s => new Row(
            s.Id,
            s.Number,
            s.Title,
            db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
            s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).OrderBy(a => a.Id)
                .Select(a => db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).First())
                .ToList());

        // The search by words alone, compiled once: EF otherwise builds, hashes and looks up the query's expression tree on
        // every call, the larger part of an uncached search's own time once the statements were prepared (docs/benchmarks.md).
        // The same filter (Disclosed, SuggestionFilters.TextMatch with its runs as a parameter), order and row as the
        // composed query above; the page's tests search both ways.
        private static readonly Func<AppDbContext, string, string[], CancellationToken, Task<int>> CountWords = EF.CompileAsyncQuery(
            (AppDbContext db, string tokens, string[] runs, CancellationToken ct) => db.Suggestions.TagWith(PreparedQueries.Tag)
                .Count(s => s.IsDisclosed
                    && EF.Property<NpgsqlTsVector>(s, SuggestionFilters.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tokens))
                    && runs.All(run => EF.Functions.Like(s.SearchText, run))));

        private static readonly Func<AppDbContext, string, string[], int, IAsyncEnumerable<Row>> PageOfWords = EF.CompileAsyncQuery(
            (AppDbContext db, string tokens, string[] runs, int skip) => db.Suggestions.AsNoTracking().TagWith(PreparedQueries.Tag)
                .Where(s => s.IsDisclosed
                    && EF.Property<NpgsqlTsVector>(s, SuggestionFilters.SearchVector).Matches(EF.Functions.ToTsQuery("simple", tokens))
                    && runs.All(run => EF.Functions.Like(s.SearchText, run)))
                .OrderByDescending(s => s.Year).ThenBy(s => s.Source == SuggestionSource.BetweenSessions).ThenByDescending(s => s.SessionId).ThenBy(s => s.Sequence).ThenBy(s => s.Id)
                .Skip(skip).Take(PageSize)
                .Select(s => new Row(
                    s.Id,
                    s.Number,
                    s.Title,
                    db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).OrderBy(a => a.Id)
                        .Select(a => db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).First())
                        .ToList())));

        private static SelectListItem Option(ReferenceLists.Item item, string? selected) =>
            Option(item.Name, item.Id.ToString(CultureInfo.InvariantCulture), selected);

        private static SelectListItem Option(string text, string value, string? selected) =>
            new(text, value, string.Equals(value, selected?.Trim(), StringComparison.Ordinal));
    }
}
