using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>
/// Search across the published reports. A handful of reports fit in memory, so every block of the latest versions is
/// matched directly (see ADR 0013); each hit links to the block's anchor with the matching words highlighted.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Reports, VaryByQueryKeys = ["q"])]
public sealed class SearchModel(SearchModel.Handler handler) : PageModel
{
    public const int MaxHits = 100;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }

    public IReadOnlyList<Hit> Hits { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Query)) return;
        var terms = ChineseSearch.Terms(Query);
        if (terms.Count == 0 || terms.Any(t => t.Length < 2))
        {
            Problem = "请输入两个字以上的词语，如“立法”“代表建议”。";
            return;
        }
        Hits = await handler.SearchAsync(terms, ct);
    }

    /// <summary>A matching block: where it is, the heading it falls under, and its text cut into plain and matching pieces.</summary>
    public sealed record Hit(int Year, string Anchor, string? Section, IReadOnlyList<(string Text, bool Match)> Pieces);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Hit>> SearchAsync(IReadOnlyList<string> terms, CancellationToken ct)
        {
            var hits = new List<Hit>();
            foreach (var report in await PublishedReports.LatestAsync(db, ct))
            {
                string? section = null;
                foreach (var block in ReportOutlineJson.Deserialize(report.BlocksJson).Blocks)
                {
                    if (block.Kind == ReportBlockKind.Part || block.IsHeading) section = block.Label + block.Text;
                    var text = block.FullText;
                    if (!terms.All(t => text.Contains(t, StringComparison.OrdinalIgnoreCase))) continue;
                    hits.Add(new Hit(report.Year, block.Anchor, section, SearchHighlight.Pieces(text, terms)!));
                    if (hits.Count == MaxHits) return hits;
                }
            }
            return hits;
        }
    }
}
