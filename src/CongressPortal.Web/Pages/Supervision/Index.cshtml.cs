using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Supervision;

/// <summary>
/// 监督工作: the year's published supervision plan (监督法第六十三条) — its adoption, amendments and topics by form, with
/// who reports, which committee, when it is heard and where it stands — and how many problems are closed, per topic and
/// for the year. Only published topics' problem lists count (监督法第十七条: the documents are public once published).
/// With <c>?q=</c>, a search across every public topic, matches highlighted. Not output-cached (ADR 0014 caches the
/// work reports only, as the proposal pages), so publishing or unpublishing shows at once.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.SupervisionPages, VaryByQueryKeys = ["year", "q"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int MaxHits = 100;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public Result View { get; private set; } = null!;

    public bool Searching => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.HandleAsync(Year, Q, ct);

    public sealed record Amendment(int Number, DateOnly AdoptedOn, string? Meeting, string Summary);

    public sealed record Plan(int Year, string Title, string? Summary, DateOnly? AdoptedOn, string? Meeting, IReadOnlyList<Amendment> Amendments);

    public sealed record Row(
        int Id, string Title, SupervisionForm Form, string ReportingUnit, string Committee, string? Meeting, int? PlannedMonth,
        SupervisionTopicStatus Status, bool IsPublished, int ProblemCount, int ClosedProblemCount, DateOnly? HeardOn = null)
    {
        /// <summary>The bar, for a published topic with a problem list (before publication its problems are not public).</summary>
        public SupervisionDisplay.Progress? Progress => IsPublished && ProblemCount > 0 ? new(ClosedProblemCount, ProblemCount) : null;
    }

    public sealed record Group(SupervisionForm Form, IReadOnlyList<Row> Rows);

    public sealed record Hit(int Id, int Year, SupervisionForm Form, IReadOnlyList<(string Text, bool Match)> Title, IReadOnlyList<(string Text, bool Match)>? Excerpt);

    public sealed record Result(
        IReadOnlyList<int> Years, int? Year, Plan? Plan, IReadOnlyList<Group> Groups, SupervisionDisplay.Progress YearProgress,
        IReadOnlyList<Hit>? Hits, string? Problem);

    public sealed class Handler(AppDbContext db, SupervisionStore store)
    {
        public async Task<Result> HandleAsync(int? year, string? q, CancellationToken ct)
        {
            var years = await store.PublishedPlans.AsNoTracking().Select(p => p.Year).OrderByDescending(y => y).ToListAsync(ct);
            if (!string.IsNullOrWhiteSpace(q))
            {
                var terms = ChineseSearch.Terms(q);
                if (terms.Count == 0 || terms.Any(t => t.Length < 2))
                    return new Result(years, null, null, [], new(0, 0), [], "请输入两个字以上的词语，如“养老”“执法检查”。");
                return new Result(years, null, null, [], new(0, 0), await SearchAsync(q, terms, ct), null);
            }
            int? shown = year is { } wanted && years.Contains(wanted) ? wanted : years.Count > 0 ? years[0] : null;
            if (shown is not { } planYear) return new Result(years, null, null, [], new(0, 0), null, null);

            var plan = await store.PublishedPlans.AsNoTracking().Include(p => p.Amendments).SingleAsync(p => p.Year == planYear, ct);
            var topics = await store.PublicTopics.AsNoTracking().Where(t => t.PlanId == plan.Id)
                .OrderBy(t => t.PlannedMonth == null).ThenBy(t => t.PlannedMonth).ThenBy(t => t.Id)
                .Select(t => new
                {
                    t.Id, t.Title, t.Form, t.MeetingId, t.PlannedMonth, t.Status, IsPublished = t.PublishedAt != null, t.ProblemCount, t.ClosedProblemCount, t.HeardOn,
                    Unit = db.HandlingUnits.Where(u => u.Id == t.ReportingUnitId).Select(u => u.Name).FirstOrDefault(),
                    Committee = db.Committees.Where(c => c.Id == t.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var meetings = await db.MeetingNamesAsync(
                topics.Select(t => t.MeetingId).Append(plan.AdoptedMeetingId).Concat(plan.Amendments.Select(a => a.MeetingId)), ct);
            var rows = topics.ConvertAll(t => new Row(t.Id, t.Title, t.Form, t.Unit ?? "", t.Committee ?? "",
                t.MeetingId is { } m ? meetings.GetValueOrDefault(m) : null, t.PlannedMonth, t.Status, t.IsPublished, t.ProblemCount, t.ClosedProblemCount, t.HeardOn));
            var groups = rows.GroupBy(r => r.Form).OrderBy(g => g.Key).Select(g => new Group(g.Key, [.. g])).ToList();
            var published = rows.Where(r => r.IsPublished).ToList();
            var progress = new SupervisionDisplay.Progress(published.Sum(r => r.ClosedProblemCount), published.Sum(r => r.ProblemCount));
            var amendments = plan.Amendments.OrderBy(a => a.Number)
                .Select(a => new Amendment(a.Number, a.AdoptedOn, a.MeetingId is { } am ? meetings.GetValueOrDefault(am) : null, a.Summary)).ToList();
            return new Result(years, planYear,
                new Plan(plan.Year, plan.Title, plan.Summary, plan.AdoptedOn, plan.AdoptedMeetingId is { } pm ? meetings.GetValueOrDefault(pm) : null, amendments),
                groups, progress, null, null);
        }

        /// <summary>
        /// The public topics whose searchable text matches (the index holds the documents only of published topics), each with
        /// its title and the first matching passage highlighted; documents of an unpublished topic are never read here.
        /// </summary>
        private async Task<IReadOnlyList<Hit>> SearchAsync(string q, IReadOnlyList<string> terms, CancellationToken ct)
        {
            var found = await SupervisionStore.Search(store.PublicTopics.AsNoTracking(), q)
                .OrderByDescending(t => t.Year).ThenBy(t => t.Id).Take(MaxHits)
                .Select(t => new
                {
                    t.Id, t.Year, t.Form, t.Title, t.Summary, t.LawName,
                    ReportText = t.PublishedAt != null ? t.ReportText : null,
                    OpinionsText = t.PublishedAt != null ? t.OpinionsText : null,
                    Problems = t.PublishedAt != null ? t.Problems.OrderBy(p => p.Number).Select(p => p.Text).ToList() : new List<string>(),
                })
                .ToListAsync(ct);
            return found.ConvertAll(t =>
            {
                string?[] passages = [t.Summary, t.LawName, t.OpinionsText, .. t.Problems, t.ReportText];
                var excerpt = passages.Select(p => SearchHighlight.Pieces(p, terms)).FirstOrDefault(p => p is not null);
                return new Hit(t.Id, t.Year, t.Form, SearchHighlight.Pieces(t.Title, terms, 200) ?? [(t.Title, false)], excerpt);
            });
        }
    }
}
