using System.Globalization;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>Where a commitment stands on a given day: done, in progress, or past its promised date and not done.</summary>
public enum CommitmentState
{
    InProgress,
    Done,
    Overdue,
}

/// <summary>
/// The filters of the commitments ledger (承诺事项台账) by their query-string names, shared by the staff page, its Excel
/// export and the public ledger. <see cref="Session"/> is a session id or <see cref="BetweenSessions"/>.
/// </summary>
public sealed record CommitmentLedgerFilter
{
    public const string BetweenSessions = "between";

    public string? Session { get; init; }
    public int? Year { get; init; }
    public int? Unit { get; init; }
    public CommitmentState? State { get; init; }
    /// <summary>Overdue only (the same as <see cref="State"/> = overdue; kept as its own tick box because staff ask for it first).</summary>
    public bool Overdue { get; init; }
    /// <summary>The commitments of one suggestion (the public ledger, linked from a published reply).</summary>
    public int? Suggestion { get; init; }

    public bool IsBetweenSessions => Session == BetweenSessions;

    public int? SessionId => int.TryParse(Session, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public bool IsEmpty => ToRouteValues().Count == 0;

    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsBetweenSessions) values["session"] = BetweenSessions;
        else if (SessionId is { } session) values["session"] = Text(session);
        if (Year is { } year) values["year"] = Text(year);
        if (Unit is { } unit) values["unit"] = Text(unit);
        if (State is { } state) values["state"] = state.ToString();
        if (Overdue) values["overdue"] = "true";
        if (Suggestion is { } suggestion) values["suggestion"] = Text(suggestion);
        return values;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One commitment with the suggestion and the unit's part it belongs to, before projection.</summary>
public sealed class CommitmentLedgerSource
{
    public Suggestion Suggestion { get; init; } = null!;
    public SuggestionAssignment Assignment { get; init; } = null!;
    public SuggestionCommitment Commitment { get; init; } = null!;
}

/// <summary>One line of the ledger: what was promised, by whom, by when, how far it got and where it stands today.</summary>
public sealed record CommitmentLedgerRow(
    int CommitmentId,
    int SuggestionId,
    string Number,
    string Title,
    int Year,
    string Unit,
    string Description,
    DateOnly PlannedOn,
    int Progress,
    DateOnly? CompletedOn,
    DateOnly? LatestOn,
    string? LatestNote,
    CommitmentState State,
    int DaysOverdue);

/// <summary>How many commitments the filter (without its state) keeps, by state.</summary>
public sealed record CommitmentLedgerCounts(int Total, int Done, int InProgress, int Overdue)
{
    public static CommitmentLedgerCounts Empty { get; } = new(0, 0, 0, 0);
}

public sealed record CommitmentLedgerPage(IReadOnlyList<CommitmentLedgerRow> Rows, CommitmentLedgerCounts Counts, int Matching, int Page, int Pages)
{
    public static CommitmentLedgerPage Empty { get; } = new([], CommitmentLedgerCounts.Empty, 0, 1, 1);
}

/// <summary>
/// The commitments ledger (承诺事项台账, docs/domain/suggestions.md#the-commitments-ledger): every commitment of a B- or
/// C-class reply across sessions and years, with its latest progress and its state on the server's China date.
/// Staff read every commitment of the current units' replies (every round, as the kept figures count them); the public
/// only those of published replies (<see cref="Pages.Suggestions.PublicSuggestions.PublishedCommitments"/>).
/// </summary>
public static class CommitmentLedger
{
    /// <summary>
    /// Overdue: the promised date is before today (the China date) and the commitment is not done. The promised day
    /// itself is still in time, as for every deadline of the portal.
    /// </summary>
    public static CommitmentState StateOf(DateOnly? completedOn, DateOnly plannedOn, DateOnly today) =>
        completedOn is not null ? CommitmentState.Done : plannedOn < today ? CommitmentState.Overdue : CommitmentState.InProgress;

    /// <summary>Every commitment of the units still on their suggestions (not returned, not reassigned).</summary>
    public static IQueryable<CommitmentLedgerSource> All(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Suggestions.AsNoTracking()
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active), (s, a) => new { s, a })
            .SelectMany(x => x.a.Replies, (x, r) => new { x.s, x.a, r })
            .SelectMany(x => x.r.Commitments, (x, c) => new CommitmentLedgerSource { Suggestion = x.s, Assignment = x.a, Commitment = c });
    }

    /// <summary>The filter applied, its state included.</summary>
    public static IQueryable<CommitmentLedgerSource> Apply(this IQueryable<CommitmentLedgerSource> query, CommitmentLedgerFilter filter, DateOnly today) =>
        query.InScope(filter).InState(filter, today);

    private static IQueryable<CommitmentLedgerSource> InScope(this IQueryable<CommitmentLedgerSource> query, CommitmentLedgerFilter filter)
    {
        if (filter.IsBetweenSessions) query = query.Where(x => x.Suggestion.Source == SuggestionSource.BetweenSessions);
        else if (filter.SessionId is { } session) query = query.Where(x => x.Suggestion.SessionId == session);
        if (filter.Year is { } year) query = query.Where(x => x.Suggestion.Year == year);
        if (filter.Unit is { } unit) query = query.Where(x => x.Assignment.UnitId == unit);
        if (filter.Suggestion is { } suggestion) query = query.Where(x => x.Suggestion.Id == suggestion);
        return query;
    }

    private static IQueryable<CommitmentLedgerSource> InState(this IQueryable<CommitmentLedgerSource> query, CommitmentLedgerFilter filter, DateOnly today)
    {
        if (filter.Overdue) query = query.Where(x => x.Commitment.CompletedOn == null && x.Commitment.PlannedOn < today);
        return filter.State switch
        {
            CommitmentState.Done => query.Where(x => x.Commitment.CompletedOn != null),
            CommitmentState.Overdue => query.Where(x => x.Commitment.CompletedOn == null && x.Commitment.PlannedOn < today),
            CommitmentState.InProgress => query.Where(x => x.Commitment.CompletedOn == null && x.Commitment.PlannedOn >= today),
            _ => query,
        };
    }

    /// <summary>The counts at the top of the ledger: the filter's scope (session, year, unit) by state.</summary>
    public static async Task<CommitmentLedgerCounts> CountAsync(this IQueryable<CommitmentLedgerSource> query, CommitmentLedgerFilter filter, DateOnly today, CancellationToken ct)
    {
        var scope = query.InScope(filter);
        var total = await scope.CountAsync(ct);
        var done = await scope.CountAsync(x => x.Commitment.CompletedOn != null, ct);
        var overdue = await scope.CountAsync(x => x.Commitment.CompletedOn == null && x.Commitment.PlannedOn < today, ct);
        return new CommitmentLedgerCounts(total, done, total - done - overdue, overdue);
    }

    /// <summary>One page of the filtered ledger: the earliest promised date first (the most pressing on top).</summary>
    public static async Task<CommitmentLedgerPage> PageAsync(this IQueryable<CommitmentLedgerSource> query, AppDbContext db,
        CommitmentLedgerFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct)
    {
        var counts = await query.CountAsync(filter, today, ct);
        var filtered = query.Apply(filter, today);
        var matching = await filtered.CountAsync(ct);
        var pages = Math.Max(1, (matching + pageSize - 1) / pageSize);
        var number = Math.Clamp(page, 1, pages);
        var rows = await Ordered(filtered).Skip((number - 1) * pageSize).Take(pageSize).ProjectAsync(db, today, ct);
        return new CommitmentLedgerPage(rows, counts, matching, number, pages);
    }

    /// <summary>The whole filtered ledger in page order (the export), or null when it holds more than <paramref name="max"/> rows.</summary>
    public static async Task<IReadOnlyList<CommitmentLedgerRow>?> AllRowsAsync(this IQueryable<CommitmentLedgerSource> query, AppDbContext db,
        CommitmentLedgerFilter filter, DateOnly today, int max, CancellationToken ct)
    {
        var filtered = query.Apply(filter, today);
        if (await filtered.CountAsync(ct) > max) return null;
        return await Ordered(filtered).ProjectAsync(db, today, ct);
    }

    private static IQueryable<CommitmentLedgerSource> Ordered(IQueryable<CommitmentLedgerSource> query) =>
        query.OrderBy(x => x.Commitment.PlannedOn).ThenBy(x => x.Suggestion.Year).ThenBy(x => x.Suggestion.Sequence).ThenBy(x => x.Commitment.Id);

    private static async Task<List<CommitmentLedgerRow>> ProjectAsync(this IQueryable<CommitmentLedgerSource> query, AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await query
            .Select(x => new
            {
                x.Commitment.Id,
                SuggestionId = x.Suggestion.Id,
                x.Suggestion.Number,
                x.Suggestion.Title,
                x.Suggestion.Year,
                Unit = db.HandlingUnits.Where(u => u.Id == x.Assignment.UnitId).Select(u => u.Name).FirstOrDefault(),
                x.Commitment.Description,
                x.Commitment.PlannedOn,
                x.Commitment.Progress,
                x.Commitment.CompletedOn,
                Latest = x.Commitment.Updates.OrderByDescending(u => u.On).ThenByDescending(u => u.Id).Select(u => new { u.On, u.Note }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ConvertAll(r =>
        {
            var state = StateOf(r.CompletedOn, r.PlannedOn, today);
            return new CommitmentLedgerRow(r.Id, r.SuggestionId, r.Number, r.Title, r.Year, r.Unit ?? "", r.Description, r.PlannedOn, r.Progress,
                r.CompletedOn, r.Latest?.On, r.Latest?.Note, state, state == CommitmentState.Overdue ? today.DayNumber - r.PlannedOn.DayNumber : 0);
        });
    }

    /// <summary>已完成 / 进行中 / 已逾期.</summary>
    public static string Label(CommitmentState state) => state switch
    {
        CommitmentState.Done => "已完成",
        CommitmentState.Overdue => "已逾期",
        _ => "进行中",
    };
}
