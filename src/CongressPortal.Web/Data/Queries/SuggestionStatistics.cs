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
/// a few grouped queries, not a walk over every reply. Per session, year and category a suggestion counts once; per unit
/// each answering assignment (主办 or 分别办理) counts for its unit.
/// </summary>
public sealed class SuggestionStatistics(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    /// <summary>The scope of a table: a year, a session, or everything.</summary>
    public sealed record Scope(int? Year, int? SessionId);

    public async Task<IReadOnlyList<SuggestionFigures>> ComputeAsync(StatsDimension dimension, Scope scope, CancellationToken ct)
    {
        var rules = await rulesProvider.GetAsync(ct);
        var solved = rules.Classifications.Where(c => c.CountsAsSolved).Select(c => c.Code).ToList();
        var today = Domain.Common.ChinaTime.Today(clock.GetUtcNow());
        var suggestions = db.Suggestions.AsNoTracking();
        if (scope.Year is { } year) suggestions = suggestions.Where(s => s.Year == year);
        if (scope.SessionId is { } sessionId) suggestions = suggestions.Where(s => s.SessionId == sessionId);

        var assignments = db.Set<SuggestionAssignment>().AsNoTracking();
        if (scope.Year is { } assignmentYear) assignments = assignments.Where(a => a.Year == assignmentYear);
        if (scope.SessionId is { } assignmentSession) assignments = assignments.Where(a => a.SessionId == assignmentSession);

        var figures = dimension == StatsDimension.Unit
            ? await ByUnitAsync(assignments, solved, today, ct)
            : await BySuggestionAsync(suggestions, dimension, solved, today, ct);
        return await LabelAsync(figures, dimension, ct);
    }

    private static async Task<List<SuggestionFigures>> BySuggestionAsync(IQueryable<Suggestion> suggestions, StatsDimension dimension, List<string> solved, DateOnly today, CancellationToken ct)
    {
        // One pass groups by every dimension's key at once (a few hundred groups at most); the chosen one is summed here.
        var groups = await suggestions
            .GroupBy(s => new { s.SessionId, s.Year, s.CategoryId, s.Classification })
            .Select(g => new
            {
                g.Key.SessionId,
                g.Key.Year,
                g.Key.CategoryId,
                g.Key.Classification,
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
                // passed is settled by the second query below; the others stand by their least satisfied rating.
                Satisfied = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.Satisfied),
                Basically = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.BasicallySatisfied),
                Unsatisfied = g.Count(s => s.UnratedUntil == null && s.Satisfaction == Satisfaction.Unsatisfied),
                Unrated = g.Count(s => s.UnratedUntil >= today),
                CommitmentsOpen = g.Sum(s => s.CommitmentsOpen),
                CommitmentsDone = g.Sum(s => s.CommitmentsDone),
            })
            .ToListAsync(ct);

        // Suggestions whose unrated replies are all past their window (a few per cent): each such reply leaves the rate
        // only if its rating reminder was sent — kept on the assignment, because a reminder must not touch the suggestion's
        // row version. The rule is Suggestion.SatisfactionStanding's.
        var settled = await suggestions
            .Where(s => s.UnratedUntil < today)
            .Select(s => new
            {
                s.SessionId,
                s.Year,
                s.CategoryId,
                s.Satisfaction,
                Unreminded = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).Any(a => a.UnratedUntil != null && a.RatingRemindedAt == null),
            })
            .ToListAsync(ct);

        int? KeyOf(int? sessionId, int year, int categoryId) => dimension switch
        {
            StatsDimension.Session => sessionId,
            StatsDimension.Year => year,
            _ => categoryId,
        };

        var standings = settled
            .Select(x => (Key: KeyOf(x.SessionId, x.Year, x.CategoryId),
                Standing: x.Unreminded ? RatingStanding.Unrated : x.Satisfaction is { } rating ? SuggestionAssignment.Standing(rating) : RatingStanding.Excluded))
            .ToLookup(x => x.Key, x => x.Standing);

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
            Satisfied = g.Sum(x => x.Satisfied) + standings[g.Key].Count(x => x == RatingStanding.Satisfied),
            BasicallySatisfied = g.Sum(x => x.Basically) + standings[g.Key].Count(x => x == RatingStanding.BasicallySatisfied),
            Unsatisfied = g.Sum(x => x.Unsatisfied) + standings[g.Key].Count(x => x == RatingStanding.Unsatisfied),
            Unrated = g.Sum(x => x.Unrated) + standings[g.Key].Count(x => x == RatingStanding.Unrated),
            RatingExcluded = standings[g.Key].Count(x => x == RatingStanding.Excluded),
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
