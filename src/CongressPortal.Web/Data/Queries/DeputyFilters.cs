using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// The staff registry's filter, as it travels in the query string (<c>?term=&amp;delegation=&amp;group=&amp;status=&amp;level=&amp;q=&amp;sort=</c>):
/// the list page and the Excel export read the same names, so an export link is the list's own query string.
/// </summary>
public sealed record DeputyFilter
{
    /// <summary>届次. Null: every term. Applies to municipal deputies only: deputies of other levels have no term.</summary>
    public int? Term { get; init; }

    /// <summary>代表团.</summary>
    public int? Delegation { get; init; }

    /// <summary>代表小组 or 专业代表小组: a deputy matches when either of their groups is this one.</summary>
    public int? Group { get; init; }

    public DeputyStatus? Status { get; init; }

    public DeputyLevel? Level { get; init; }

    /// <summary>Part of the name, or the exact deputy number.</summary>
    public string? Q { get; init; }

    /// <summary><see cref="DeputySort.Stroke"/> (default), <see cref="DeputySort.Pinyin"/> or <see cref="DeputySort.Number"/>.</summary>
    public string? Sort { get; init; }

    /// <summary>The query-string values of this filter, with the names the list and the export read.</summary>
    public IDictionary<string, string?> ToRouteValues() => new Dictionary<string, string?>
    {
        ["term"] = Term?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["delegation"] = Delegation?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["group"] = Group?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = Status?.ToString(),
        ["level"] = Level?.ToString(),
        ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
        ["sort"] = DeputySort.Normalize(Sort),
    };
}

public static class DeputySort
{
    /// <summary>按姓氏笔画: the official order of name lists.</summary>
    public const string Stroke = "stroke";
    public const string Pinyin = "pinyin";
    public const string Number = "number";

    public static string Normalize(string? sort) => sort is Pinyin or Number ? sort : Stroke;
}

public static class DeputyFilters
{
    /// <summary>
    /// The filter with its default term filled in: a request that names no <c>term</c> at all means the current
    /// term (the term running today, else the latest); <c>term=</c> (empty) means every term.
    /// </summary>
    public static async Task<DeputyFilter> WithDefaultTermAsync(this DeputyFilter filter, bool termGiven, IQueryable<Term> terms, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (termGiven) return filter;
        return filter with { Term = await terms.CurrentTermIdAsync(today, ct) };
    }

    /// <summary>The term running on <paramref name="today"/>, else the one that started last; null when there are none.</summary>
    public static async Task<int?> CurrentTermIdAsync(this IQueryable<Term> terms, DateOnly today, CancellationToken ct) =>
        await terms
            .Where(t => t.StartDate <= today && (t.EndDate == null || t.EndDate >= today))
            .OrderByDescending(t => t.StartDate).ThenByDescending(t => t.Number)
            .Select(t => (int?)t.Id)
            .FirstOrDefaultAsync(ct)
        ?? await terms.OrderByDescending(t => t.StartDate).ThenByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);

    /// <summary>Applies every filter value that is set; the sort is applied by <see cref="SortBy"/>.</summary>
    public static IQueryable<Deputy> ApplyFilter(this IQueryable<Deputy> deputies, DeputyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Term is { } term)
        {
            // Deputies of other levels are not elected by this congress and have no term: a term filter keeps them.
            deputies = deputies.Where(d => d.TermId == term || d.Level != DeputyLevel.Municipal);
        }
        if (filter.Delegation is { } delegation) deputies = deputies.Where(d => d.DelegationId == delegation);
        if (filter.Group is { } group) deputies = deputies.Where(d => d.DeputyGroupId == group || d.ProfessionalGroupId == group);
        if (filter.Status is { } status) deputies = deputies.Where(d => d.Status == status);
        if (filter.Level is { } level) deputies = deputies.Where(d => d.Level == level);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            deputies = deputies.Where(d => d.Name.Contains(q) || d.Number == q);
        }
        return deputies;
    }

    /// <summary>Stroke order of the name (default), pinyin order, or deputy number; the id breaks ties so pages are stable.</summary>
    public static IOrderedQueryable<Deputy> SortBy(this IQueryable<Deputy> deputies, string? sort) => DeputySort.Normalize(sort) switch
    {
        DeputySort.Pinyin => deputies.OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.PinyinCollation)).ThenBy(d => d.Id),
        DeputySort.Number => deputies.OrderBy(d => d.Number == null).ThenBy(d => d.TermId).ThenBy(d => d.Number).ThenBy(d => d.Id),
        _ => deputies.OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id),
    };

    /// <summary>Filter and order in one call: what both the list and the export use.</summary>
    public static IOrderedQueryable<Deputy> FilterAndOrder(this IQueryable<Deputy> deputies, DeputyFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return deputies.ApplyFilter(filter).SortBy(filter.Sort);
    }
}
