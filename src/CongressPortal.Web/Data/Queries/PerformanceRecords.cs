using System.Collections.Concurrent;
using System.Linq.Expressions;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Performance records (履职档案) computed from recorded events and receptions — never stored totals.
/// Suggestions count those the deputy led or co-signed that were accepted (not a letter, not merged away,
/// not waiting for review), by date received. Proposals count those the deputy led (<see cref="PerformanceRecord.Proposals"/>)
/// and those they co-signed (<see cref="PerformanceRecord.ProposalsCoSigned"/>), by date registered.
/// </summary>
public sealed class PerformanceRecords(AppDbContext db)
{
    public async Task<PerformanceRecord> ForDeputyAsync(int deputyId, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default) =>
        (await ForDeputiesAsync([deputyId], from, to, ct))[deputyId];

    public async Task<IReadOnlyDictionary<int, PerformanceRecord>> ForDeputiesAsync(IReadOnlyCollection<int> deputyIds, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        var ids = deputyIds as int[] ?? [.. deputyIds];
        var tallies = await Tallies.GetOrAdd((from, to), Compile)(db, ids).ToListAsync(ct);
        int Sum(int id, int source, string? code = null) =>
            tallies.Where(t => t.DeputyId == id && t.Source == source && (code is null || t.Code == code)).Sum(t => t.Count);
        return deputyIds.Distinct().ToDictionary(
            id => id,
            id => PerformanceRecord.From(
                tallies.Where(t => t.DeputyId == id && t.Source == EventSource).ToDictionary(t => Enum.Parse<PerformanceEventKind>(t.Code), t => t.Count),
                Sum(id, ReceptionSource),
                suggestions: Sum(id, SuggestionSource),
                proposals: Sum(id, ProposalSource, nameof(ProposalSignerRole.Lead)),
                proposalsCoSigned: Sum(id, ProposalSource, nameof(ProposalSignerRole.CoSigner))));
    }

    private const int EventSource = 0, ReceptionSource = 1, SuggestionSource = 2, ProposalSource = 3;

    /// <summary>
    /// The tally query of each period asked for (a term's dates, or none), compiled once: EF otherwise builds and looks up the
    /// four-part expression tree on every call, most of a public profile's own time (docs/benchmarks.md). There are few
    /// periods (one per term), so few entries.
    /// </summary>
    private static readonly ConcurrentDictionary<(DateOnly? From, DateOnly? To), Func<AppDbContext, int[], IAsyncEnumerable<Tally>>> Tallies = new();

    /// <summary>
    /// The four grouped counts as one UNION ALL, one round trip, prepared (<see cref="PreparedQueries"/>). The period's dates
    /// (the widest dates when none is asked for) are constants in the SQL: "date between two parameters" makes PostgreSQL's
    /// generic plan of a prepared statement assume a narrow range and scan every event, reception and suggestion
    /// (docs/benchmarks.md).
    /// Suggestions count those accepted (not a letter, not merged away, not waiting for review); proposals the registered ones
    /// (a number given, so not drafts or paper proposals kept as suggestions) that were not withdrawn — the lead took a
    /// withdrawn one back before the presidium decided, so it was never before the congress ("提出议案" counts those the
    /// congress dealt with) — and only the deputies who signed. Kinds and roles travel as their stored names, so every branch
    /// has the same column types.
    /// </summary>
    private static Func<AppDbContext, int[], IAsyncEnumerable<Tally>> Compile((DateOnly? From, DateOnly? To) period)
    {
        // The dates become constants of the expression tree, so SQL literals; the deputies stay a parameter.
        var dates = new Dictionary<ParameterExpression, Expression>
        {
            [TallyQuery.Parameters[2]] = Expression.Constant(period.From ?? DateOnly.MinValue),
            [TallyQuery.Parameters[3]] = Expression.Constant(period.To ?? DateOnly.MaxValue),
        };
        var body = new ParameterReplacer(dates).Visit(TallyQuery.Body);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, int[], IQueryable<Tally>>>(body, TallyQuery.Parameters[0], TallyQuery.Parameters[1]));
    }

    private static readonly Expression<Func<AppDbContext, int[], DateOnly, DateOnly, IQueryable<Tally>>> TallyQuery = (db, deputyIds, first, last) =>
        db.PerformanceEvents.Where(e => e.Date >= first && e.Date <= last)
            .SelectMany(e => e.Participants.Where(p => deputyIds.Contains(p.DeputyId)).Select(p => new { p.DeputyId, Kind = e.Kind.ToString() }))
            .GroupBy(x => new { x.DeputyId, x.Kind })
            .Select(g => new Tally { Source = EventSource, DeputyId = g.Key.DeputyId, Code = g.Key.Kind, Count = g.Count() })
            .Concat(db.Receptions.Where(r => r.Date >= first && r.Date <= last)
                .SelectMany(r => r.Deputies.Where(d => deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
                .GroupBy(id => id)
                .Select(g => new Tally { Source = ReceptionSource, DeputyId = g.Key, Code = "", Count = g.Count() }))
            .Concat(db.Suggestions.Where(s => s.Status != SuggestionStatus.Submitted && s.Status != SuggestionStatus.Letter && s.Status != SuggestionStatus.Merged
                    && s.ReceivedOn >= first && s.ReceivedOn <= last)
                .SelectMany(s => s.Deputies.Where(d => d.Role != SuggestionDeputyRole.Merged && deputyIds.Contains(d.DeputyId)).Select(d => d.DeputyId))
                .GroupBy(id => id)
                .Select(g => new Tally { Source = SuggestionSource, DeputyId = g.Key, Code = "", Count = g.Count() }))
            .Concat(db.Proposals.Where(p => p.Number != null && p.Status != ProposalStatus.Withdrawn && p.RegisteredOn >= first && p.RegisteredOn <= last)
                .SelectMany(p => p.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule).Where(s => deputyIds.Contains(s.DeputyId)).Select(s => new { s.DeputyId, Role = s.Role.ToString() }))
                .GroupBy(x => new { x.DeputyId, x.Role })
                .Select(g => new Tally { Source = ProposalSource, DeputyId = g.Key.DeputyId, Code = g.Key.Role, Count = g.Count() }))
            .TagWith(PreparedQueries.Tag);

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }

    /// <summary>One row of the union: a count of one kind (an event kind, a signer role, or none) for one deputy.</summary>
    private sealed class Tally
    {
        public int Source { get; init; }
        public int DeputyId { get; init; }
        public string Code { get; init; } = "";
        public int Count { get; init; }
    }
}
