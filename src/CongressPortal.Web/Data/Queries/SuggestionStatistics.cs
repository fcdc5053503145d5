using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>How a statistics table is broken down.</summary>
public enum StatsDimension
{
    Session,
    Year,
    Unit,
    Category,
}

/// <summary>
/// The handling statistics of docs/domain/suggestions.md#figures. Suggestion figures are kept on each suggestion and each
/// assignment as the workflow moves (see <see cref="Suggestion"/>), commitments included, so a year's table is
/// a few grouped queries, not a walk over every reply. Per session, year and category a suggestion counts once, read from
/// the <see cref="SuggestionTally"/> rows the database keeps (a few thousand, whatever the number of suggestions); per unit
/// each answering assignment (主办 or 分别办理) counts for its unit, read from the assignments' covering index.
/// </summary>
public sealed class SuggestionStatistics(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    /// <summary>The scope of a table: a year, a session, or everything.</summary>
    public sealed record Scope(int? Year, int? SessionId);

    public Task<IReadOnlyList<SuggestionFigures>> ComputeAsync(StatsDimension dimension, Scope scope, CancellationToken ct) =>
        ComputeAsync(dimension, scope, fromRows: false, ct);

    /// <summary>
    /// The same table computed from the suggestion rows instead of <see cref="SuggestionTally"/> (per unit both read the
    /// assignments): what the tallies must always equal, for tests and for checking a database by hand.
    /// </summary>
    public Task<IReadOnlyList<SuggestionFigures>> ComputeFromRowsAsync(StatsDimension dimension, Scope scope, CancellationToken ct) =>
        ComputeAsync(dimension, scope, fromRows: true, ct);

    private async Task<IReadOnlyList<SuggestionFigures>> ComputeAsync(StatsDimension dimension, Scope scope, bool fromRows, CancellationToken ct)
    {
        var rules = await rulesProvider.GetAsync(ct);
        var solved = rules.Classifications.Where(c => c.CountsAsSolved).Select(c => c.Code).ToList();
        var today = Domain.Common.ChinaTime.Today(clock.GetUtcNow());
        List<SuggestionFigures> figures;
        if (dimension == StatsDimension.Unit)
        {
            var assignments = db.Set<SuggestionAssignment>().AsNoTracking();
            if (scope.Year is { } assignmentYear) assignments = assignments.Where(a => a.Year == assignmentYear);
            if (scope.SessionId is { } assignmentSession) assignments = assignments.Where(a => a.SessionId == assignmentSession);
            figures = await ByUnitAsync(assignments, solved, today, ct);
        }
        else
        {
            var groups = fromRows ? await GroupRowsAsync(scope, today, ct) : await GroupTalliesAsync(scope, today, ct);
            figures = BySuggestion(groups, await SettledAsync(scope, today, ct), dimension, solved);
        }
        return await LabelAsync(figures, dimension, ct);
    }

    /// <summary>The figures of one combination of session, year, category and classification: every dimension's key at once.</summary>
    private sealed record Group
    {
        public int? SessionId { get; init; }
        public int Year { get; init; }
        public int CategoryId { get; init; }
        public string? Classification { get; init; }
        public int Received { get; init; }
        public int Accepted { get; init; }
        public int Letters { get; init; }
        public int Merged { get; init; }
        public int Withdrawn { get; init; }
        public int Assigned { get; init; }
        public int Replied { get; init; }
        public int OnTime { get; init; }
        public int Met { get; init; }
        public int Closed { get; init; }
        public int Overdue { get; init; }
        public int Rehandled { get; init; }
        public int Satisfied { get; init; }
        public int Basically { get; init; }
        public int Unsatisfied { get; init; }
        public int Unrated { get; init; }
        public int CommitmentsOpen { get; init; }
        public int CommitmentsDone { get; init; }
    }

    /// <summary>From the suggestion rows (their covering index): one grouped pass over every suggestion in scope.</summary>
    private async Task<List<Group>> GroupRowsAsync(Scope scope, DateOnly today, CancellationToken ct)
    {
        var suggestions = db.Suggestions.AsNoTracking();
        if (scope.Year is { } year) suggestions = suggestions.Where(s => s.Year == year);
        if (scope.SessionId is { } sessionId) suggestions = suggestions.Where(s => s.SessionId == sessionId);
        return await suggestions
            .GroupBy(s => new { s.SessionId, s.Year, s.CategoryId, s.Classification })
            .Select(g => new Group
            {
                SessionId = g.Key.SessionId,
                Year = g.Key.Year,
                CategoryId = g.Key.CategoryId,
                Classification = g.Key.Classification,
                Received = g.Count(),
                Accepted = g.Count(s => s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.Letter && s.Status != SuggestionStatus.Merged),
                Letters = g.Count(s => s.Status == SuggestionStatus.Letter),
                Merged = g.Count(s => s.Status == SuggestionStatus.Merged),
                Withdrawn = g.Count(s => s.Status == SuggestionStatus.Withdrawn),
                Assigned = g.Count(s => s.AssignedOn != null),
                Replied = g.Count(s => s.RepliedOn != null),
                OnTime = g.Count(s => s.RepliedOnTime == true),
                Met = g.Count(s => s.MetDeputy && s.RepliedOn != null),
                Closed = g.Count(s => s.Status == SuggestionStatus.Closed),
                Overdue = g.Count(s => (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling) && s.DueOn < today),
                Rehandled = g.Count(s => s.Rehandled),
                // S50a: a suggestion with a reply still in its rating window is 未评价 (counted); one whose windows all
                // passed is settled by SettledAsync; the others stand by their least satisfied rating.
                Satisfied = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.Satisfied),
                Basically = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.BasicallySatisfied),
                Unsatisfied = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.Unsatisfied),
                Unrated = g.Count(s => s.UnratedUntil >= today),
                CommitmentsOpen = g.Sum(s => s.CommitmentsOpen),
                CommitmentsDone = g.Sum(s => s.CommitmentsDone),
            })
            .ToListAsync(ct);
    }

    /// <summary>From the tallies the database keeps: the same conditions, each combination weighted by its count.</summary>
    private async Task<List<Group>> GroupTalliesAsync(Scope scope, DateOnly today, CancellationToken ct)
    {
        // Each row is a combination's +n or −n until folded: every row counts, and groups that came to nothing are left out.
        var tallies = db.SuggestionTallies.AsNoTracking();
        if (scope.Year is { } year) tallies = tallies.Where(t => t.Year == year);
        if (scope.SessionId is { } sessionId) tallies = tallies.Where(t => t.SessionId == sessionId);
        return await tallies
            .GroupBy(t => new { t.SessionId, t.Year, t.CategoryId, t.Classification })
            .Select(g => new Group
            {
                SessionId = g.Key.SessionId,
                Year = g.Key.Year,
                CategoryId = g.Key.CategoryId,
                Classification = g.Key.Classification,
                Received = g.Sum(t => t.Suggestions),
                Accepted = g.Sum(t => t.Status != SuggestionStatus.Submitted && t.Status != SuggestionStatus.Letter && t.Status != SuggestionStatus.Merged ? t.Suggestions : 0),
                Letters = g.Sum(t => t.Status == SuggestionStatus.Letter ? t.Suggestions : 0),
                Merged = g.Sum(t => t.Status == SuggestionStatus.Merged ? t.Suggestions : 0),
                Withdrawn = g.Sum(t => t.Status == SuggestionStatus.Withdrawn ? t.Suggestions : 0),
                Assigned = g.Sum(t => t.Assigned ? t.Suggestions : 0),
                Replied = g.Sum(t => t.Replied ? t.Suggestions : 0),
                OnTime = g.Sum(t => t.RepliedOnTime == true ? t.Suggestions : 0),
                Met = g.Sum(t => t.MetDeputy && t.Replied ? t.Suggestions : 0),
                Closed = g.Sum(t => t.Status == SuggestionStatus.Closed ? t.Suggestions : 0),
                // The deadline is kept only while in hand (the trigger's rule), so this is the rows' condition.
                Overdue = g.Sum(t => t.InHandDueOn < today ? t.Suggestions : 0),
                Rehandled = g.Sum(t => t.Rehandled ? t.Suggestions : 0),
                Satisfied = g.Sum(t => t.UnratedUntil == null && t.Satisfaction == Satisfaction.Satisfied ? t.Suggestions : 0),
                Basically = g.Sum(t => t.UnratedUntil == null && t.Satisfaction == Satisfaction.BasicallySatisfied ? t.Suggestions : 0),
                Unsatisfied = g.Sum(t => t.UnratedUntil == null && t.Satisfaction == Satisfaction.Unsatisfied ? t.Suggestions : 0),
                Unrated = g.Sum(t => t.UnratedUntil >= today ? t.Suggestions : 0),
                CommitmentsOpen = g.Sum(t => t.CommitmentsOpen),
                CommitmentsDone = g.Sum(t => t.CommitmentsDone),
            })
            .Where(g => g.Received != 0)
            .ToListAsync(ct);
    }

    /// <summary>A suggestion whose unrated replies are all past their rating window, and how it stands (S50a).</summary>
    private sealed record Settled(int? SessionId, int Year, int CategoryId, RatingStanding Standing, int Count);

    /// <summary>
    /// The suggestions whose unrated replies are all past their window (a few per cent, found by the partial index on
    /// <c>unrated_until</c>): each such reply leaves the rate only if its rating reminder was sent — kept on the assignment,
    /// because a reminder must not touch the suggestion's row version. The rule is Suggestion.SatisfactionStanding's.
    /// </summary>
    private async Task<List<Settled>> SettledAsync(Scope scope, DateOnly today, CancellationToken ct)
    {
        var suggestions = db.Suggestions.AsNoTracking().Where(s => s.UnratedUntil < today);
        if (scope.Year is { } year) suggestions = suggestions.Where(s => s.Year == year);
        if (scope.SessionId is { } sessionId) suggestions = suggestions.Where(s => s.SessionId == sessionId);
        var rows = await suggestions
            .Select(s => new
            {
                s.SessionId,
                s.Year,
                s.CategoryId,
                s.Satisfaction,
                Unreminded = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.UnratedUntil != null && a.RatingRemindedAt == null),
            })
            .GroupBy(x => new { x.SessionId, x.Year, x.CategoryId, x.Satisfaction, x.Unreminded })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => new Settled(r.Key.SessionId, r.Key.Year, r.Key.CategoryId,
            r.Key.Unreminded ? RatingStanding.Unrated : r.Key.Satisfaction is { } rating ? SuggestionAssignment.Standing(rating) : RatingStanding.Excluded, r.Count))];
    }

    private static List<SuggestionFigures> BySuggestion(List<Group> groups, List<Settled> settled, StatsDimension dimension, List<string> solved)
    {
        int? KeyOf(int? sessionId, int year, int categoryId) => dimension switch
        {
            StatsDimension.Session => sessionId,
            StatsDimension.Year => year,
            _ => categoryId,
        };

        var standings = settled.ToLookup(x => KeyOf(x.SessionId, x.Year, x.CategoryId));
        int Standing(int? key, RatingStanding standing) => standings[key].Where(x => x.Standing == standing).Sum(x => x.Count);
        return [.. groups.GroupBy(g => KeyOf(g.SessionId, g.Year, g.CategoryId)).Select(g => new SuggestionFigures
        {
            Key = g.Key,
            Received = g.Sum(x => x.Received),
            Accepted = g.Sum(x => x.Accepted),
            Letters = g.Sum(x => x.Letters),
            Merged = g.Sum(x => x.Merged),
            Withdrawn = g.Sum(x => x.Withdrawn),
            Assigned = g.Sum(x => x.Assigned),
            Replied = g.Sum(x => x.Replied),
            RepliedOnTime = g.Sum(x => x.OnTime),
            MetDeputy = g.Sum(x => x.Met),
            Closed = g.Sum(x => x.Closed),
            Overdue = g.Sum(x => x.Overdue),
            Rehandled = g.Sum(x => x.Rehandled),
            Satisfied = g.Sum(x => x.Satisfied) + Standing(g.Key, RatingStanding.Satisfied),
            BasicallySatisfied = g.Sum(x => x.Basically) + Standing(g.Key, RatingStanding.BasicallySatisfied),
            Unsatisfied = g.Sum(x => x.Unsatisfied) + Standing(g.Key, RatingStanding.Unsatisfied),
            Unrated = g.Sum(x => x.Unrated) + Standing(g.Key, RatingStanding.Unrated),
            RatingExcluded = Standing(g.Key, RatingStanding.Excluded),
            Solved = g.Where(x => x.Classification != null && solved.Contains(x.Classification)).Sum(x => x.Replied),
            ByClassification = g.Where(x => x.Classification != null).GroupBy(x => x.Classification!).ToDictionary(c => c.Key, c => c.Sum(x => x.Replied)),
            CommitmentsOpen = g.Sum(x => x.CommitmentsOpen),
            CommitmentsDone = g.Sum(x => x.CommitmentsDone),
        })];
    }

    private static async Task<List<SuggestionFigures>> ByUnitAsync(IQueryable<SuggestionAssignment> scoped, List<string> solved, DateOnly today, CancellationToken ct)
    {
        // The year, session and closing are kept on the assignment: one grouped query over one table.
        var groups = await scoped
            .Where(SuggestionAssignment.Answering)
            .GroupBy(a => new { a.UnitId, a.Classification })
            .Select(g => new
            {
                g.Key.UnitId,
                g.Key.Classification,
                Received = g.Count(),
                Replied = g.Count(a => a.FirstRepliedOn != null),
                OnTime = g.Count(a => a.RepliedOnTime == true),
                Met = g.Count(a => a.MetDeputy && a.FirstRepliedOn != null),
                Overdue = g.Count(a => (a.State == AssignmentState.AwaitingAcceptance || a.State == AssignmentState.Accepted
                    || a.State == AssignmentState.ReturnRequested || a.State == AssignmentState.Rehandling) && a.DueOn < today),
                Rehandled = g.Count(a => a.Round > 1),
                Satisfied = g.Count(a => a.Satisfaction == Satisfaction.Satisfied),
                Basically = g.Count(a => a.Satisfaction == Satisfaction.BasicallySatisfied),
                Unsatisfied = g.Count(a => a.Satisfaction == Satisfaction.Unsatisfied),
                // S50a, the rule of SuggestionAssignment.Standing: an unrated reply leaves the rate only after its rating
                // reminder and the end of its window.
                Unrated = g.Count(a => a.UnratedUntil != null && (a.RatingRemindedAt == null || a.UnratedUntil >= today)),
                Excluded = g.Count(a => a.UnratedUntil != null && a.RatingRemindedAt != null && a.UnratedUntil < today),
                Closed = g.Count(a => a.SuggestionClosed),
                CommitmentsOpen = g.Sum(a => a.CommitmentsOpen),
                CommitmentsDone = g.Sum(a => a.CommitmentsDone),
            })
            .ToListAsync(ct);

        return [.. groups.GroupBy(g => g.UnitId).Select(g => new SuggestionFigures
        {
            Key = g.Key,
            Received = g.Sum(x => x.Received),
            Accepted = g.Sum(x => x.Received),
            Assigned = g.Sum(x => x.Received),
            Replied = g.Sum(x => x.Replied),
            RepliedOnTime = g.Sum(x => x.OnTime),
            MetDeputy = g.Sum(x => x.Met),
            Closed = g.Sum(x => x.Closed),
            Overdue = g.Sum(x => x.Overdue),
            Rehandled = g.Sum(x => x.Rehandled),
            Satisfied = g.Sum(x => x.Satisfied),
            BasicallySatisfied = g.Sum(x => x.Basically),
            Unsatisfied = g.Sum(x => x.Unsatisfied),
            Unrated = g.Sum(x => x.Unrated),
            RatingExcluded = g.Sum(x => x.Excluded),
            Solved = g.Where(x => x.Classification != null && solved.Contains(x.Classification)).Sum(x => x.Replied),
            ByClassification = g.Where(x => x.Classification != null).GroupBy(x => x.Classification!).ToDictionary(c => c.Key, c => c.Sum(x => x.Replied)),
            CommitmentsOpen = g.Sum(x => x.CommitmentsOpen),
            CommitmentsDone = g.Sum(x => x.CommitmentsDone),
        })];
    }

    private async Task<IReadOnlyList<SuggestionFigures>> LabelAsync(List<SuggestionFigures> figures, StatsDimension dimension, CancellationToken ct)
    {
        switch (dimension)
        {
            case StatsDimension.Session:
            {
                var sessions = await db.Sessions.AsNoTracking().Include(s => s.Term)
                    .ToDictionaryAsync(s => s.Id, s => (Name: Domain.Reference.CongressSession.FormatName(s.Term.Number, s.Number), s.StartDate), ct);
                return [.. figures
                    .Select(f => f with { Label = f.Key is { } id && sessions.TryGetValue(id, out var s) ? s.Name : "闭会期间" })
                    .OrderByDescending(f => f.Key is { } id && sessions.TryGetValue(id, out var s) ? s.StartDate : DateOnly.MinValue)];
            }
            case StatsDimension.Year:
                return [.. figures.Select(f => f with { Label = $"{f.Key}年" }).OrderByDescending(f => f.Key)];
            case StatsDimension.Unit:
            {
                var units = await db.HandlingUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.Name, u.SortOrder), ct);
                return [.. figures
                    .Select(f => f with { Label = units.TryGetValue(f.Key ?? 0, out var u) ? u.Name : "（已删除的单位）" })
                    .OrderBy(f => units.TryGetValue(f.Key ?? 0, out var u) ? u.SortOrder : int.MaxValue).ThenBy(f => f.Label, StringComparer.Ordinal)];
            }
            default:
            {
                var categories = await db.SuggestionCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.Name, c.SortOrder), ct);
                return [.. figures
                    .Select(f => f with { Label = categories.TryGetValue(f.Key ?? 0, out var c) ? c.Name : "（未分类）" })
                    .OrderBy(f => categories.TryGetValue(f.Key ?? 0, out var c) ? c.SortOrder : int.MaxValue)];
            }
        }
    }
}
