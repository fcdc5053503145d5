namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Page numbers and years as they come from a query string, brought into range before any query uses them
/// (issue 17): <c>?p=2147483647</c> made <c>(p - 1) * pageSize</c> overflow into a negative Skip, <c>?year=-1</c> a
/// DateOnly that cannot exist — both 500s.
/// </summary>
public static class Paging
{
    /// <summary>Far beyond any list here, and small enough that <c>(page - 1) * pageSize</c> fits an int for a page size up to 2,000.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>
    /// The page to ask for: 1 for zero or less, at most <see cref="MaxPage"/>. A list that finds the page past its end asks
    /// again for its last page.
    /// </summary>
    public static int Page(int requested) => Math.Clamp(requested, 1, MaxPage);

    /// <summary>A year a date can have, or null (no filter) for one it cannot.</summary>
    public static int? Year(int? requested) => requested is >= 1 and <= 9999 ? requested : null;
}
