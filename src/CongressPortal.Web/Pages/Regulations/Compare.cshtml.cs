using CongressPortal.Domain.Legislation;
using Microsoft.AspNetCore.Html;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Regulations;

/// <summary>
/// Two published versions of a regulation side by side, article by article (<see cref="StatuteComparison"/>): the older
/// on the left, the newer on the right, added, removed and changed articles marked (with words, not colour alone) and the
/// changed words inside an article marked with del/ins (<see cref="InlineDiff"/>). By default the current version and
/// the one before it; a regulation not published, or a version not published, is a 404.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Regulations, VaryByQueryKeys = ["from", "to", "changed"])]
public sealed class CompareModel(CompareModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")] public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")] public int? To { get; set; }

    /// <summary>Only the articles that changed (the toggle).</summary>
    [BindProperty(SupportsGet = true, Name = "changed")] public bool OnlyChanged { get; set; }

    public Handler.Result? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        View = await handler.LoadAsync(Id, From, To, ct);
        return View is null ? NotFound() : Page();
    }

    /// <summary>The older side's text: a removed article struck through, the deleted words of a changed one in del.</summary>
    public static IHtmlContent Older(Handler.Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Article.Change switch
        {
            ArticleChange.Changed => Marked(InlineDiff.Older(row.Words), DiffKind.Deleted, "del"),
            ArticleChange.Removed => Marked([new DiffSegment(DiffKind.Deleted, row.Article.From!.BodyText)], DiffKind.Deleted, "del"),
            _ => new HtmlContentBuilder().Append(row.Article.From?.BodyText ?? ""),
        };
    }

    /// <summary>The newer side's text: an added article underlined, the inserted words of a changed one in ins.</summary>
    public static IHtmlContent Newer(Handler.Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Article.Change switch
        {
            ArticleChange.Changed => Marked(InlineDiff.Newer(row.Words), DiffKind.Inserted, "ins"),
            ArticleChange.Added => Marked([new DiffSegment(DiffKind.Inserted, row.Article.To!.BodyText)], DiffKind.Inserted, "ins"),
            _ => new HtmlContentBuilder().Append(row.Article.To?.BodyText ?? ""),
        };
    }

    // Built without whitespace between the pieces: the text is shown with white-space: pre-line. Text is encoded.
    private static HtmlContentBuilder Marked(IEnumerable<DiffSegment> segments, DiffKind marked, string tag)
    {
        var html = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.Kind == marked) html.AppendHtml($"<{tag}>").Append(segment.Text).AppendHtml($"</{tag}>");
            else html.Append(segment.Text);
        }
        return html;
    }

    public sealed class Handler(AppDbContext db)
    {
        public sealed record VersionInfo(int Number, string Title, LegislationKind Kind, string AnnouncementNumber, DateOnly PromulgatedOn, DateOnly EffectiveOn);

        /// <summary>A row to show: the comparison's row and, for a changed article, the marked words.</summary>
        public sealed record Row(ArticleComparison Article, IReadOnlyList<DiffSegment> Words);

        public sealed record Result(int Id, string Title, IReadOnlyList<VersionInfo> Versions, VersionInfo? Older, VersionInfo? Newer, StatuteComparison? Comparison, IReadOnlyList<Row> Rows);

        public async Task<Result?> LoadAsync(int id, int? from, int? to, CancellationToken ct)
        {
            var regulation = await db.Regulations.AsNoTracking().Published().Where(r => r.Id == id).Select(r => new { r.Id, r.Title }).SingleOrDefaultAsync(ct);
            if (regulation is null) return null;
            var versions = await db.RegulationVersions.AsNoTracking()
                .Where(v => v.RegulationId == id && v.PublishedAt != null)
                .OrderBy(v => v.Number)
                .Select(v => new VersionInfo(v.Number, v.Title, v.Kind, v.AnnouncementNumber, v.PromulgatedOn, v.EffectiveOn))
                .ToListAsync(ct);
            var newer = to is { } t ? versions.FirstOrDefault(v => v.Number == t) : versions.LastOrDefault();
            var older = from is { } f ? versions.FirstOrDefault(v => v.Number == f) : versions.LastOrDefault(v => v.Number < (newer?.Number ?? 0));
            if ((from is not null && older is null) || (to is not null && newer is null)) return null;
            if (older is null || newer is null) return new Result(regulation.Id, regulation.Title, versions, older, newer, null, []);
            if (older.Number > newer.Number) (older, newer) = (newer, older);

            var numbers = new[] { older.Number, newer.Number };
            var texts = await db.RegulationVersions.AsNoTracking()
                .Where(v => v.RegulationId == id && numbers.Contains(v.Number))
                .Select(v => new { v.Number, v.TextJson })
                .ToDictionaryAsync(v => v.Number, v => v.TextJson, ct);
            var comparison = StatuteComparison.Compare(StatuteText.FromJson(texts[older.Number]), StatuteText.FromJson(texts[newer.Number]));
            var rows = comparison.Rows
                .Select(r => new Row(r, r.Change == ArticleChange.Changed ? InlineDiff.Compare(r.From!.BodyText, r.To!.BodyText) : []))
                .ToList();
            return new Result(regulation.Id, regulation.Title, versions, older, newer, comparison, rows);
        }
    }
}
