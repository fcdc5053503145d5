using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Regulations;

/// <summary>
/// 法规库: every published regulation with its status on today's Beijing date, searched in the newest published
/// version's title and text (<see cref="RegulationLibrary.SearchAsync"/>), filtered by status and by the four fields of
/// 立法法 Art. 81, with the count of each filter's choices. Served from the output cache (ADR 0014), one entry per
/// combination of the query keys; saving a regulation evicts it.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Regulations, VaryByQueryKeys = ["q", "status", "field", "p"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>A <see cref="RegulationStatus"/> name; anything else lists every status.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    /// <summary>A <see cref="LegislativeField"/> name; anything else lists every field.</summary>
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result View { get; private set; } = null!;

    public bool Filtered => View.Query is not null || View.Status is not null || View.Field is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        if (query?.Length > MaxQueryLength) query = query[..MaxQueryLength];
        View = await handler.HandleAsync(query, Parse<RegulationStatus>(Status), Parse<LegislativeField>(Field), PageNumber, ct);
    }

    private static T? Parse<T>(string? name) where T : struct, Enum =>
        Enum.TryParse<T>(name?.Trim(), ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;

    /// <summary>The query keys of the current filters, for links to other pages of the list.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string>();
        if (View.Query is { } q) route["q"] = q;
        if (View.Status is { } status) route["status"] = status.ToString();
        if (View.Field is { } field) route["field"] = field.ToString();
        if (page > 1) route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    /// <summary>Where a search term occurs in a regulation's text: the article (with its anchor) and the words around it.</summary>
    public sealed record Snippet(string? Label, string? Anchor, IReadOnlyList<(string Text, bool Match)> Pieces);

    public sealed record Row(RegulationLibrary.Row Regulation, RegulationStatus Status, IReadOnlyList<(string Text, bool Match)>? TitlePieces, Snippet? Snippet);

    public sealed record Choice<T>(T Value, string Label, int Count) where T : struct;

    public sealed record Result(
        string? Query,
        RegulationStatus? Status,
        LegislativeField? Field,
        IReadOnlyList<Choice<RegulationStatus>> Statuses,
        IReadOnlyList<Choice<LegislativeField>> Fields,
        IReadOnlyList<Row> Rows,
        int Total,
        int Library,
        int Page,
        int Pages);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(string? query, RegulationStatus? status, LegislativeField? field, int page, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            // Every choice is counted within the other filter: the status counts for the field chosen, and the reverse.
            var facets = await RegulationLibrary.FacetsAsync(db, query, ct);
            var statusOf = facets.Select(f => (f.Field, Status: RegulationLibrary.StatusOf(f.FirstEffectiveOn, f.Versions, f.RepealedOn, today))).ToList();
            var statuses = Enum.GetValues<RegulationStatus>()
                .Select(s => new Choice<RegulationStatus>(s, RegulationWorkflow.LibraryStatusLabel(s),
                    statusOf.Count(f => (field is null || f.Field == field) && RegulationLibrary.ListedUnder(f.Status, s))))
                .ToList();
            var fields = Enum.GetValues<LegislativeField>()
                .Select(v => new Choice<LegislativeField>(v, LegislationWorkflow.FieldLabel(v),
                    statusOf.Count(f => f.Field == v && (status is null || RegulationLibrary.ListedUnder(f.Status, status.Value)))))
                .ToList();
            var library = query is null ? facets.Count : await db.Regulations.AsNoTracking().Published().CountAsync(ct);

            var total = statusOf.Count(f => (field is null || f.Field == field) && (status is null || RegulationLibrary.ListedUnder(f.Status, status.Value)));
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            // A page past the end answers the last one (and a page before the first, the first): never an error.
            page = Math.Clamp(page, 1, pages);
            var (rows, _) = await RegulationLibrary.SearchAsync(db, new RegulationLibrary.Filter(query, field, status), today, page, PageSize, ct);

            var terms = ChineseSearch.Terms(query);
            var ids = rows.Select(r => r.Id).ToList();
            var texts = terms.Count == 0 ? [] : await db.RegulationVersions.AsNoTracking()
                .Where(v => v.IsLatest && ids.Contains(v.RegulationId))
                .ToDictionaryAsync(v => v.RegulationId, v => v.TextJson, ct);
            var shown = rows.Select(r => new Row(r, RegulationLibrary.StatusOf(r, today),
                    terms.Count == 0 ? null : SearchHighlight.Pieces(r.Title, terms, r.Title.Length),
                    texts.TryGetValue(r.Id, out var json) ? SnippetOf(StatuteText.FromJson(json), terms) : null))
                .ToList();
            return new Result(query, status, field, statuses, fields, shown, total, library, page, pages);
        }

        /// <summary>The first article that holds a term, else the first other line (preamble, title note) that does.</summary>
        private static Snippet? SnippetOf(StatuteText text, IReadOnlyList<string> terms)
        {
            foreach (var article in text.Articles)
            {
                if (SearchHighlight.Pieces(article.BodyText.Replace('\n', ' '), terms) is { } pieces) return new Snippet(article.Label, article.Anchor, pieces);
            }
            var other = text.Lines.Where(l => l.Kind is StatuteLineKind.Preamble or StatuteLineKind.Note or StatuteLineKind.Chapter or StatuteLineKind.Section)
                .Select(l => SearchHighlight.Pieces(l.Text, terms)).FirstOrDefault(p => p is not null);
            return other is null ? null : new Snippet(null, null, other);
        }
    }
}
