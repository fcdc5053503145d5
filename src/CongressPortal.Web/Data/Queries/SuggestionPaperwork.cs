using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// Who sends the suggestion paperwork and whom units and deputies call: <c>SuggestionOffice</c> in the configuration
/// (<c>Issuer</c>, <c>Office</c>, <c>ContactPerson</c>, <c>ContactPhone</c>, <c>CopyTo</c>). Without it the usual
/// municipal names and blank contact lines for the office to fill in.
/// </summary>
public sealed record SuggestionOffice(string Issuer, string Office, string? ContactPerson, string? ContactPhone, string CopyTo)
{
    public const string DefaultIssuer = "市人大常委会办公室";
    public const string DefaultOffice = "市人大常委会选举任免代表工作委员会";

    public static SuggestionOffice From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("SuggestionOffice");
        static string? Value(IConfigurationSection s, string key) => string.IsNullOrWhiteSpace(s[key]) ? null : s[key]!.Trim();
        var issuer = Value(section, "Issuer") ?? DefaultIssuer;
        var office = Value(section, "Office") ?? DefaultOffice;
        return new SuggestionOffice(issuer, office, Value(section, "ContactPerson"), Value(section, "ContactPhone"),
            Value(section, "CopyTo") ?? $"{office}，{issuer}");
    }
}

/// <summary>
/// What the suggestion paperwork (Word documents) is written from: the 交办通知 of one unit's batch, the reply-letter
/// template of one part, the deputy's opinion form and the handling report of a session. Reads only what the documents
/// print — names, never a deputy's mobile, ID number or address — and within the reader's scope (the callers pass
/// <see cref="SuggestionStore.ForUnit"/> or <see cref="SuggestionStore.ForDeputy"/>); anything else is null (404).
/// The report's figures are <see cref="SuggestionStatistics"/>' own, as on the statistics page.
/// </summary>
public sealed class SuggestionPaperwork(AppDbContext db, SuggestionRulesProvider rulesProvider, SuggestionStatistics statistics,
    IConfiguration configuration, TimeProvider clock)
{
    public SuggestionOffice Office { get; } = SuggestionOffice.From(configuration);

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <summary>Every suggestion: the staff scope.</summary>
    public IQueryable<Suggestion> All => db.Suggestions;

    // ---------------------------------------------------------------- 交办通知

    public sealed record NoticeItem(string Number, string Title, string LeadDeputy, AssignmentRole Role, string OtherUnits, DateOnly DueOn);

    /// <summary>The suggestions given to one unit on one day (the unit's assignment date: the 交办会's batch).</summary>
    public sealed record Notice(string Unit, DateOnly AssignedOn, string Batch, IReadOnlyList<NoticeItem> Items, SuggestionRules Rules, SuggestionOffice Office);

    /// <summary>The unit's batch of <paramref name="on"/>; null for an unknown unit or a day nothing was given to it.</summary>
    public async Task<Notice?> NoticeAsync(int unitId, DateOnly on, CancellationToken ct)
    {
        var unit = await db.HandlingUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (unit is null) return null;
        var parts = await db.Suggestions.AsNoTracking()
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId && a.AssignedOn == on)
                .Select(a => new
                {
                    SuggestionId = s.Id, s.Number, s.Title, s.Source, s.SessionId, s.Year, a.Role, a.DueOn,
                    Lead = db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                }))
            .OrderBy(p => p.SuggestionId)
            .ToListAsync(ct);
        if (parts.Count == 0) return null;
        var ids = parts.Select(p => p.SuggestionId).ToList();
        var others = await OtherUnitsAsync(ids, unitId, ct);
        var items = parts.Select(p => new NoticeItem(p.Number, p.Title, p.Lead ?? "", p.Role,
            string.Join("、", others.GetValueOrDefault(p.SuggestionId) ?? []), p.DueOn)).ToList();
        var batch = await BatchNameAsync(parts.Select(p => (p.Source, p.SessionId, p.Year)), ct);
        return new Notice(unit, on, batch, items, await rulesProvider.GetAsync(ct), Office);
    }

    /// <summary>One 交办 batch of a unit: the assignment date and how many of its current parts were given to it that day.</summary>
    public sealed record Batch(DateOnly On, int Count);

    /// <summary>The unit's batches, newest first (the choice the 交办清单 offers); null for an unknown unit.</summary>
    public async Task<(string Unit, IReadOnlyList<Batch> Batches)?> BatchesAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.HandlingUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (unit is null) return null;
        var batches = await db.Set<SuggestionAssignment>().AsNoTracking().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId)
            .GroupBy(a => a.AssignedOn).OrderByDescending(g => g.Key).Select(g => new Batch(g.Key, g.Count()))
            .ToListAsync(ct);
        return (unit, batches);
    }

    /// <summary>The other active units of each suggestion, "名称（主办）", in assignment order.</summary>
    private async Task<Dictionary<int, List<string>>> OtherUnitsAsync(List<int> suggestionIds, int unitId, CancellationToken ct)
    {
        var rows = await db.Suggestions.AsNoTracking().Where(s => suggestionIds.Contains(s.Id))
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId != unitId)
                .Select(a => new { SuggestionId = s.Id, a.Id, a.Role, Unit = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault() }))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Id).GroupBy(r => r.SuggestionId)
            .ToDictionary(g => g.Key, g => g.Select(r => $"{r.Unit}（{SuggestionLabels.For(r.Role)}）").ToList());
    }

    /// <summary>"市十六届人大五次会议", "2026年闭会期间", or several joined by "、".</summary>
    private async Task<string> BatchNameAsync(IEnumerable<(SuggestionSource Source, int? SessionId, int Year)> keys, CancellationToken ct)
    {
        var distinct = keys.Distinct().ToList();
        var sessionIds = distinct.Where(k => k.SessionId is not null).Select(k => k.SessionId!.Value).Distinct().ToList();
        var sessions = await SessionNamesAsync(sessionIds, ct);
        var names = distinct.Select(k => k.Source == SuggestionSource.DuringSession && k.SessionId is { } id && sessions.TryGetValue(id, out var name)
            ? name : $"{k.Year}年闭会期间").Distinct();
        return string.Join("、", names);
    }

    private async Task<Dictionary<int, string>> SessionNamesAsync(List<int> sessionIds, CancellationToken ct) =>
        (await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).Select(s => new { s.Id, Term = s.Term.Number, s.Number }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => SessionName(s.Term, s.Number));

    /// <summary>The short name official letters use: 市十六届人大五次会议.</summary>
    public static string SessionName(int term, int number) => $"市{ChineseNumerals.Format(term)}届人大{ChineseNumerals.Format(number)}次会议";

    // ---------------------------------------------------------------- reply-letter template

    /// <summary>One unit's part of a suggestion, for the letter it answers with.</summary>
    public sealed record ReplyTemplate(
        string Number, string Title, string LeadDeputy, IReadOnlyList<string> CoSigners, string Unit, AssignmentRole Role,
        string OtherUnits, DateOnly AssignedOn, DateOnly DueOn, string? ContactPerson, string? ContactPhone,
        IReadOnlyList<ReplyClassification> Classifications, SuggestionOffice Office);

    /// <summary>The part of <paramref name="unitId"/> in suggestion <paramref name="id"/>; null when it has none (404).</summary>
    public async Task<ReplyTemplate?> ReplyTemplateAsync(IQueryable<Suggestion> scope, int id, int unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var part = await scope.AsNoTracking().Where(s => s.Id == id)
            .SelectMany(s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId)
                .Select(a => new { s.Number, s.Title, s.LeadDeputyId, a.Role, a.AssignedOn, a.DueOn, a.ContactName, a.ContactPhone }))
            .FirstOrDefaultAsync(ct);
        if (part is null) return null;
        var unit = await db.HandlingUnits.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Name, u.ContactPerson, u.ContactPhone }).SingleAsync(ct);
        var (lead, coSigners) = await DeputiesAsync(id, ct);
        var others = await OtherUnitsAsync([id], unitId, ct);
        var rules = await rulesProvider.GetAsync(ct);
        return new ReplyTemplate(part.Number, part.Title, lead, coSigners, unit.Name, part.Role,
            // The contact person the unit named for this suggestion (S37a), else the one in its record.
            string.Join("、", others.GetValueOrDefault(id) ?? []), part.AssignedOn, part.DueOn,
            part.ContactName ?? unit.ContactPerson, part.ContactName is null ? unit.ContactPhone : part.ContactPhone,
            [.. rules.Classifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder)], Office);
    }

    /// <summary>The lead deputy's name and the co-signers' names, in their order: names only.</summary>
    private async Task<(string Lead, IReadOnlyList<string> CoSigners)> DeputiesAsync(int suggestionId, CancellationToken ct)
    {
        var deputies = await db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId)
            .SelectMany(s => s.Deputies.Where(d => d.Role != SuggestionDeputyRole.Merged)
                .Select(d => new { d.Role, d.Order, Name = db.Deputies.Where(x => x.Id == d.DeputyId).Select(x => x.Name).FirstOrDefault() }))
            .ToListAsync(ct);
        var lead = deputies.FirstOrDefault(d => d.Role == SuggestionDeputyRole.Lead)?.Name ?? "";
        return (lead, [.. deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).OrderBy(d => d.Order).Select(d => d.Name ?? "")]);
    }

    // ---------------------------------------------------------------- 征询意见表

    public sealed record OpinionUnit(string Unit, AssignmentRole Role, bool Answers, DateOnly? RepliedOn, string? Classification,
        string? ReplySummary, bool MetBefore, bool MetDuring, bool MetAfter);

    public sealed record OpinionForm(string Number, string Title, string LeadDeputy, IReadOnlyList<string> CoSigners,
        IReadOnlyList<OpinionUnit> Units, SuggestionRules Rules, SuggestionOffice Office);

    /// <summary>How much of a reply's text the opinion form quotes.</summary>
    public const int SummaryLength = 200;

    /// <summary>The suggestion with each active unit's latest reply; null outside <paramref name="scope"/> (404).</summary>
    public async Task<OpinionForm?> OpinionFormAsync(IQueryable<Suggestion> scope, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var suggestion = await scope.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Number, s.Title }).FirstOrDefaultAsync(ct);
        if (suggestion is null) return null;
        var parts = await db.Set<SuggestionAssignment>().AsNoTracking().Where(a => a.SuggestionId == id).Where(SuggestionAssignment.Active)
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Role, a.MetBefore, a.MetDuring, a.MetAfter,
                Unit = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
                Reply = a.Replies.OrderByDescending(r => r.Round).Select(r => new { r.FiledOn, r.Classification, r.Text }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var rules = await rulesProvider.GetAsync(ct);
        var (lead, coSigners) = await DeputiesAsync(id, ct);
        var units = parts.Select(p => new OpinionUnit(p.Unit ?? "", p.Role, p.Role != AssignmentRole.CoHandling, p.Reply?.FiledOn,
            p.Reply is null ? null : ClassificationText(rules, p.Reply.Classification), p.Reply is null ? null : Summary(p.Reply.Text),
            p.MetBefore, p.MetDuring, p.MetAfter)).ToList();
        return new OpinionForm(suggestion.Number, suggestion.Title, lead, coSigners, units, rules, Office);
    }

    private static string ClassificationText(SuggestionRules rules, string code) =>
        rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c ? $"{c.Code}类（{c.Label}）" : code;

    private static string Summary(string text)
    {
        var flat = string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= SummaryLength ? flat : flat[..SummaryLength] + "……";
    }

    // ---------------------------------------------------------------- 办理情况报告

    public sealed record KeySuggestion(string Number, string Title, string LeadDeputy, string? Leader, string Units, SuggestionStatus Status);

    public sealed record HandlingReport(
        string Session, DateOnly Today, SuggestionFigures Total, IReadOnlyList<SuggestionFigures> Units, IReadOnlyList<SuggestionFigures> Categories,
        IReadOnlyList<KeySuggestion> KeySuggestions, CommitmentLedgerCounts CommitmentCounts, IReadOnlyList<CommitmentLedgerRow> Commitments,
        IReadOnlyList<ReplyClassification> Classifications, SuggestionOffice Office)
    {
        /// <summary>The session the report is about.</summary>
        public int SessionId { get; init; }
    }

    /// <summary>A session's report (the latest session when none is named); null for an unknown session.</summary>
    public async Task<HandlingReport?> HandlingReportAsync(int? sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Where(s => sessionId == null || s.Id == sessionId)
            .OrderByDescending(s => s.StartDate).Select(s => new { s.Id, Term = s.Term.Number, s.Number }).FirstOrDefaultAsync(ct);
        if (session is null) return null;
        var scope = new SuggestionStatistics.Scope(null, session.Id);
        // The statistics page's own figures: the session row (empty when the session has no suggestion yet), units, categories.
        var total = (await statistics.ComputeAsync(StatsDimension.Session, scope, ct)) is [var row, ..] ? row : new SuggestionFigures();
        var units = await statistics.ComputeAsync(StatsDimension.Unit, scope, ct);
        var categories = await statistics.ComputeAsync(StatsDimension.Category, scope, ct);
        var rules = await rulesProvider.GetAsync(ct);

        var keys = await db.Suggestions.AsNoTracking().Where(s => s.SessionId == session.Id && s.IsKey).OrderBy(s => s.Sequence)
            .Select(s => new
            {
                s.Id, s.Number, s.Title, s.KeyLeader, s.Status,
                Lead = db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                Units = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).OrderBy(a => a.Id)
                    .Select(a => db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault()).ToList(),
            })
            .ToListAsync(ct);
        // The commitments ledger's own rows and counts for the session (the staff ledger filtered by session): not done
        // is in progress or overdue on today's China date.
        var ledger = CommitmentLedger.All(db);
        var filter = new CommitmentLedgerFilter { Session = session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var counts = await ledger.CountAsync(filter, Today, ct);
        var overdue = await ledger.AllRowsAsync(db, filter with { State = CommitmentState.Overdue }, Today, int.MaxValue, ct) ?? [];
        var inProgress = await ledger.AllRowsAsync(db, filter with { State = CommitmentState.InProgress }, Today, int.MaxValue, ct) ?? [];
        return new HandlingReport(SessionName(session.Term, session.Number), Today, total, units, categories,
            [.. keys.Select(k => new KeySuggestion(k.Number, k.Title, k.Lead ?? "", k.KeyLeader, string.Join("、", k.Units), k.Status))],
            counts, [.. overdue.Concat(inProgress).OrderBy(c => c.PlannedOn).ThenBy(c => c.Number, StringComparer.Ordinal).ThenBy(c => c.CommitmentId)],
            [.. rules.Classifications.Where(c => c.IsActive).OrderBy(c => c.SortOrder)], Office) { SessionId = session.Id };
    }
}
