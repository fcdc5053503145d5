using System.Globalization;
using System.Linq.Expressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// The staff's working list of suggestions: filters in the query string (shared with the Excel export), newest
/// first, a page of 50 at a time by keyset (?after= the last id shown, ?before= the first), so a page deep in a
/// million rows costs what the first one does. Staff may accept (立案) several 待审查 suggestions at once.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : SuggestionFilterPage
{
    public const int PageSize = 50;

    /// <summary>Matches are counted up to this number; beyond it the page says "more than".</summary>
    public const int CountCap = 1000;

    /// <summary>How many of the nearest suggestions a search with more than <see cref="CountCap"/> matches looks at first for its page.</summary>
    public const int SearchWindow = 20000;


    /// <summary>Keyset paging (not "page": Razor Pages routes by that name): rows older than this id…</summary>
    [BindProperty(SupportsGet = true, Name = "after")] public int? After { get; set; }

    /// <summary>…or the page of rows just newer than this id.</summary>
    [BindProperty(SupportsGet = true, Name = "before")] public int? Before { get; set; }

    /// <summary>The 待审查 rows ticked for 批量立案, each as "id:version".</summary>
    [BindProperty(Name = "selected")] public IReadOnlyList<string> Selected { get; set; } = [];

    public ListFilter Filter { get; private set; } = new();

    public Listing Result { get; private set; } = Listing.Empty;

    public Options Choices { get; private set; } = Options.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = CurrentFilter();
        Result = await handler.ListAsync(Filter, After, Before, ct);
        Choices = await handler.OptionsAsync(ct);
    }

    /// <summary>批量立案: accepts each ticked 待审查 suggestion (checking the version the list showed), then shows the list again.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        var items = Selected.Select(ParseSelection).OfType<(int Id, uint Version)>().ToList();
        if (items.Count == 0)
        {
            TempData["ErrorMessage"] = "请先勾选要立案的待审查建议。";
        }
        else
        {
            var outcome = await handler.AcceptAsync(items, User.AsStaff(), ct);
            if (outcome.Accepted > 0) TempData["StatusMessage"] = $"已立案 {outcome.Accepted} 件建议，状态改为“待交办”。";
            if (outcome.Failures.Count > 0) TempData["ErrorMessage"] = $"{outcome.Failures.Count} 件未能立案：" + string.Join("；", outcome.Failures);
        }
        return Redirect(Url.ListHref(CurrentFilter().ToRouteValues()));
    }

    private static (int, uint)? ParseSelection(string value)
    {
        var parts = value.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && uint.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (id, version)
            : null;
    }

    /// <summary>The list's filter as a query string (starting with "?", or empty), for the export link.</summary>
    public string FilterQuery => Query(Filter.ToRouteValues());

    public string NextHref => Result.Rows.Count == 0 ? "" : Url.ListHref(With(Filter.ToRouteValues(), "after", Result.Rows[^1].Id));

    public string PreviousHref => Result.Rows.Count == 0 ? "" : Url.ListHref(With(Filter.ToRouteValues(), "before", Result.Rows[0].Id));

    public string FirstHref => Url.ListHref(Filter.ToRouteValues());

    /// <summary>The export of the list as filtered now.</summary>
    public string ExportHref => Url.Page("/Staff/Suggestions/Export") + FilterQuery;

    private static Dictionary<string, string> With(Dictionary<string, string> values, string key, int id)
    {
        values[key] = id.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    internal static string Query(IReadOnlyDictionary<string, string> values) =>
        QueryString.Create(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).ToUriComponent();

    /// <summary>
    /// The list's filters, by their query-string names: the list, the export and the dashboard's links share them.
    /// <see cref="Session"/> is a session id, or <see cref="BetweenSessions"/> for 闭会期间.
    /// </summary>
    public sealed record ListFilter
    {
        public const string BetweenSessions = "between";

        public string? Session { get; init; }
        public int? Year { get; init; }
        public SuggestionStatus? Status { get; init; }
        public int? Category { get; init; }
        public int? Unit { get; init; }
        public string? Deputy { get; init; }
        public bool Key { get; init; }
        public bool Overdue { get; init; }
        public bool DueSoon { get; init; }
        public string? Q { get; init; }
        public int? Theme { get; init; }
        public string? Classification { get; init; }
        public Satisfaction? Satisfaction { get; init; }
        public bool Unrated { get; init; }
        public bool OpenCommitments { get; init; }

        public bool IsBetweenSessions => Session == BetweenSessions;

        public int? SessionId => int.TryParse(Session, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

        public bool IsEmpty => ToRouteValues().Count == 0;

        public Dictionary<string, string> ToRouteValues()
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (IsBetweenSessions) values["session"] = BetweenSessions;
            else if (SessionId is { } session) values["session"] = Text(session);
            if (Year is { } year) values["year"] = Text(year);
            if (Status is { } status) values["status"] = status.ToString();
            if (Category is { } category) values["category"] = Text(category);
            if (Unit is { } unit) values["unit"] = Text(unit);
            if (!string.IsNullOrWhiteSpace(Deputy)) values["deputy"] = Deputy.Trim();
            if (Key) values["key"] = "true";
            if (Overdue) values["overdue"] = "true";
            if (DueSoon) values["due"] = "true";
            if (!string.IsNullOrWhiteSpace(Q)) values["q"] = Q.Trim();
            if (Theme is { } theme) values["theme"] = Text(theme);
            if (!string.IsNullOrWhiteSpace(Classification)) values["classification"] = Classification.Trim();
            if (Satisfaction is { } satisfaction) values["satisfaction"] = satisfaction.ToString();
            if (Unrated) values["unrated"] = "true";
            if (OpenCommitments) values["commitments"] = "true";
            return values;
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The suggestions the filter keeps, in no particular order (without the search words when <paramref name="search"/> is false).</summary>
        public async Task<IQueryable<Suggestion>> ApplyAsync(AppDbContext db, IQueryable<Suggestion> query, DateOnly today, int dueSoonDays, CancellationToken ct,
            bool search = true)
        {
            ArgumentNullException.ThrowIfNull(db);
            if (IsBetweenSessions) query = query.Where(s => s.Source == SuggestionSource.BetweenSessions);
            else if (SessionId is { } session) query = query.Where(s => s.SessionId == session);
            if (Year is { } year) query = query.Where(s => s.Year == year);
            if (Status is { } status) query = query.Where(s => s.Status == status);
            if (Category is { } category) query = query.Where(s => s.CategoryId == category);
            // Any unit still handling it: a unit that handed it back (退回) no longer counts.
            if (Unit is { } unit) query = query.AssignedTo(unit);
            if (!string.IsNullOrWhiteSpace(Deputy))
            {
                var name = Deputy.Trim();
                // Lead or co-signer; deputies of a suggestion merged into this one are answered by it but did not sign it.
                // The deputies matching the name are looked up first: given their ids as values, the planner goes from
                // the (deputy_id, suggestion_id) index, which carries the role, to the suggestions. As a sub-select it
                // guessed many deputies and walked every suggestion instead (benchmarks.md).
                var deputyIds = await db.Deputies.Where(x => x.Name.Contains(name)).Select(x => x.Id).ToListAsync(ct);
                query = query.Where(s => s.Deputies.Any(d => d.Role != SuggestionDeputyRole.Merged && deputyIds.Contains(d.DeputyId)));
            }
            if (Theme is { } theme) query = query.Where(s => s.ThemeId == theme);
            if (Key) query = query.Where(s => s.IsKey);
            if (Overdue) query = query.Overdue(today);
            if (DueSoon) query = query.DueWithin(today, dueSoonDays);
            if (!string.IsNullOrWhiteSpace(Classification)) query = query.ClassifiedAs(Classification);
            if (Satisfaction is { } satisfaction) query = query.RatedAs(satisfaction);
            if (Unrated) query = query.Unrated();
            if (OpenCommitments) query = query.WithOpenCommitments();
            if (search) query = Searched(query);
            return query;
        }

        /// <summary>
        /// Chinese full-text search over title and content (the predicate of <see cref="SuggestionFilters.Search"/>),
        /// or the number: exactly, and, when a digit was typed, any number containing it (“012” finds “…第012号”).
        /// Words without digits stay on the bigram index alone, so a 2-character search does not scan the table.
        /// </summary>
        /// <summary>The suggestions of <paramref name="query"/> that match the search words, if any were typed.</summary>
        public IQueryable<Suggestion> Searched(IQueryable<Suggestion> query) => string.IsNullOrWhiteSpace(Q) ? query : Matching(query, Q.Trim());

        private static IQueryable<Suggestion> Matching(IQueryable<Suggestion> query, string text)
        {
            var pattern = text.Any(char.IsAsciiDigit) ? "%" + EscapeLike(text) + "%" : null;
            Expression<Func<Suggestion, bool>> number = pattern is null
                ? s => s.Number == text
                : s => s.Number == text || EF.Functions.Like(s.Number, pattern, "\\");
            if (SuggestionFilters.TextMatch(text) is not { } words) return query.Where(number);
            var either = Expression.OrElse(number.Body, ReplacingExpressionVisitor.Replace(words.Parameters[0], number.Parameters[0], words.Body));
            return query.Where(Expression.Lambda<Func<Suggestion, bool>>(either, number.Parameters));
        }

        private static string EscapeLike(string text) =>
            text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>One unit handling the suggestion, with its part (主办 / 协办 / 承办).</summary>
    public sealed record UnitPart(string Name, AssignmentRole Role);

    public sealed record Row(
        int Id, uint Version, string Number, string Title, string Lead, string Category, IReadOnlyList<UnitPart> Units,
        SuggestionStatus Status, DateOnly? DueOn, int? DaysLeft, bool IsKey)
    {
        /// <summary>Offered for 批量立案: the table allows staff to accept from this status (审查立案 has no further rule).</summary>
        public bool CanAccept => SuggestionWorkflow.Table.Allows(Status, SuggestionAction.Accept, PortalRole.Staff);
    }

    /// <summary>One page of rows (newest first), the count for the whole filter, and whether there are rows on either side.</summary>
    public sealed record Listing(IReadOnlyList<Row> Rows, int Total, bool HasNewer, bool HasOlder, int DueSoonDays)
    {
        public static Listing Empty { get; } = new([], 0, false, false, 15);
    }

    public sealed record Options(
        IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<SelectListItem> Categories, IReadOnlyList<SelectListItem> Units,
        IReadOnlyList<SelectListItem> Classifications)
    {
        public static Options Empty { get; } = new([], [], [], []);
    }

    public sealed record AcceptOutcome(int Accepted, IReadOnlyList<string> Failures);

    public sealed class Handler(AppDbContext db, SuggestionStore store, SuggestionRulesProvider rulesProvider, TimeProvider clock)
    {
        public async Task<Listing> ListAsync(ListFilter filter, int? after, int? before, CancellationToken ct)
        {
            var rules = await rulesProvider.GetAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var days = rules.Settings.DueSoonDays;
            // The other filters first, the search words on top: a search with many matches pages within the former (below).
            var unsearched = await filter.ApplyAsync(db, db.Suggestions.AsNoTracking(), today, days, ct, search: false);
            var filtered = filter.Searched(unsearched);
            // Counting every match of a broad filter over a million rows costs more than the page itself:
            // count up to the cap and say "more than" beyond it.
            var total = await filtered.Take(CountCap + 1).CountAsync(ct);

            // One row more than a page tells whether another page follows.
            var backwards = before is not null && after is null;
            var newerThan = before.GetValueOrDefault();
            IQueryable<Suggestion> Ordered(IQueryable<Suggestion> query)
            {
                if (backwards) return query.Where(s => s.Id > newerThan).OrderBy(s => s.Id);
                if (after is { } olderThan) return query.Where(s => s.Id < olderThan).OrderByDescending(s => s.Id);
                return query.OrderByDescending(s => s.Id);
            }
            List<RowData>? rows = null;
            if (total > CountCap && !string.IsNullOrWhiteSpace(filter.Q))
            {
                // Many matches of the search words: the page is looked for among the nearest SearchWindow suggestions of
                // the other filters, walked in order (a sub-query with its own LIMIT, which PostgreSQL reads from an ordered
                // index and stops as soon as the page is full). Given the whole filter at once, the planner multiplies the
                // frequencies of a phrase's bigrams, which always occur together, expects a handful of matches where there
                // are tens of thousands, and reads and sorts every one of them (docs/benchmarks.md, 4-character phrases).
                // A window that does not fill the page proves nothing, so the ordinary query answers then.
                var near = await Project(Ordered(filter.Searched(Ordered(unsearched).Take(SearchWindow))).Take(PageSize + 1)).ToListAsync(ct);
                if (near.Count > PageSize) rows = near;
            }
            rows ??= await Project(Ordered(filtered).Take(PageSize + 1)).ToListAsync(ct);
            var more = rows.Count > PageSize;
            if (more) rows.RemoveAt(rows.Count - 1);
            bool hasNewer, hasOlder;
            if (backwards)
            {
                rows.Reverse();
                (hasNewer, hasOlder) = (more, true);
            }
            else
            {
                (hasNewer, hasOlder) = (after is not null, more);
            }
            return new Listing(rows.ConvertAll(r => r.ToRow(today)), total, hasNewer && rows.Count > 0, hasOlder && rows.Count > 0, days);
        }

        private IQueryable<RowData> Project(IQueryable<Suggestion> query) =>
            query.Select(s => new RowData
            {
                Id = s.Id,
                Version = s.Version,
                Number = s.Number,
                Title = s.Title,
                Lead = db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                Category = db.SuggestionCategories.Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefault(),
                Units = s.Assignments
                    .AsQueryable().Where(SuggestionAssignment.Active)
                    .OrderBy(a => a.Id)
                    .Select(a => new UnitData(db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(), a.Role))
                    .ToList(),
                Status = s.Status,
                DueOn = s.DueOn,
                IsKey = s.IsKey,
            });

        private sealed record UnitData(string? Name, AssignmentRole Role);

        private sealed class RowData
        {
            public int Id { get; init; }
            public uint Version { get; init; }
            public string Number { get; init; } = "";
            public string Title { get; init; } = "";
            public string? Lead { get; init; }
            public string? Category { get; init; }
            public List<UnitData> Units { get; init; } = [];
            public SuggestionStatus Status { get; init; }
            public DateOnly? DueOn { get; init; }
            public bool IsKey { get; init; }

            public Row ToRow(DateOnly today) => new(
                Id, Version, Number, Title, Lead ?? "", Category ?? "",
                // 主办 first, then the others in the order they were assigned.
                Units.OrderBy(u => u.Role == AssignmentRole.Lead ? 0 : 1).Select(u => new UnitPart(u.Name ?? "", u.Role)).ToList(),
                Status, DueOn, DueOn is { } due ? due.DayNumber - today.DayNumber : null, IsKey);
        }

        public async Task<Options> OptionsAsync(CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToListAsync(ct);
            var categories = await db.SuggestionCategories.AsNoTracking()
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name, c.IsActive })
                .ToListAsync(ct);
            var units = await db.HandlingUnits.AsNoTracking()
                .OrderBy(u => u.SortOrder).ThenBy(u => EF.Functions.Collate(u.Name, AppDbContext.PinyinCollation))
                .Select(u => new { u.Id, u.Name, u.IsActive })
                .ToListAsync(ct);
            return new Options(
                sessions.Select(s => new SelectListItem(CongressSession.FormatName(s.Term, s.Number), Id(s.Id))).ToList(),
                categories.Select(c => new SelectListItem(c.IsActive ? c.Name : c.Name + "（停用）", Id(c.Id))).ToList(),
                units.Select(u => new SelectListItem(u.IsActive ? u.Name : u.Name + "（停用）", Id(u.Id))).ToList(),
                (await rulesProvider.GetAsync(ct)).Classifications.DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
                    .Select(c => new SelectListItem($"{c.Code} {c.Label}", c.Code)).ToList());
        }

        private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

        /// <summary>Accepts each suggestion through the workflow; one refused (already reviewed, changed meanwhile) does not stop the others.</summary>
        public async Task<AcceptOutcome> AcceptAsync(IReadOnlyList<(int Id, uint Version)> items, Actor actor, CancellationToken ct)
        {
            var accepted = 0;
            var failed = new List<(int Id, string Error)>();
            foreach (var (id, version) in items.DistinctBy(i => i.Id))
            {
                var result = await store.ActAsync(db.Suggestions, id, version, (s, _, now) => s.Accept(actor, now), ct);
                if (result.IsSuccess) accepted++;
                else failed.Add((id, result.Error));
                db.ChangeTracker.Clear();
            }
            var failedIds = failed.Select(f => f.Id).ToList();
            var numbers = await db.Suggestions.AsNoTracking().Where(s => failedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
            return new AcceptOutcome(accepted, failed.ConvertAll(f => $"{numbers.GetValueOrDefault(f.Id, "（已不存在）")}：{f.Error}"));
        }
    }
}

/// <summary>Links to the staff suggestion list with a filter, built from the page's route so a rename breaks the build.</summary>
public static class SuggestionListLinks
{
    public static string ListHref(this IUrlHelper url, IReadOnlyDictionary<string, string> values) =>
        url.Page("/Staff/Suggestions/Index") + IndexModel.Query(values);
}
