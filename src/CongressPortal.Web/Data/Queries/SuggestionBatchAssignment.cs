using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>An accepted suggestion waiting for the 交办会, with the units proposed for it.</summary>
public sealed record BatchCandidate(int Id, uint Version, string Number, string Title, string Category, string? LeadDeputy, IReadOnlyList<UnitProposal> Proposals);

/// <summary>One row of a 交办会 as staff confirmed it: the mode, the lead (joint) or first unit (split), and the other units.</summary>
public sealed record BatchLine(int SuggestionId, uint Version, HandlingMode Mode, int UnitId, IReadOnlyList<int> OtherUnitIds);

/// <summary>How a batch went: every suggestion assigned, or none and the rows that stopped it (by suggestion id).</summary>
public sealed record AssignmentBatchResult(int Assigned, IReadOnlyDictionary<int, string> RowErrors, Refusal? Refusal)
{
    public bool IsSuccess => Assigned > 0 && RowErrors.Count == 0 && Refusal is null;
}

/// <summary>How often the proposals named the unit staff chose, replaying one session on the sessions before it.</summary>
public sealed record ProposalReplay(int SessionId, int Trained, int Replayed, int FirstChoice, int AmongThree, int NoProposal)
{
    public double FirstShare => Replayed == 0 ? 0 : (double)FirstChoice / Replayed;
    public double ThreeShare => Replayed == 0 ? 0 : (double)AmongThree / Replayed;
}

/// <summary>
/// The 交办会 (issue 15): the accepted suggestions waiting for assignment with units proposed from where earlier ones went
/// (<see cref="UnitProposer"/>), and the assignment of a whole batch in one transaction with one assignment date — all or
/// nothing, each row checked by the domain and against the version the page showed. What was proposed and what staff chose
/// is kept (<see cref="AssignmentProposal"/>), so <see cref="ReplayAsync"/> and the kept choices can measure the proposals.
/// </summary>
public sealed class SuggestionBatchAssignment(AppDbContext db, SuggestionRulesProvider rulesProvider, TimeProvider clock)
{
    /// <summary>The most rows one 交办会 page carries.</summary>
    public const int MaxRows = 400;

    /// <summary>
    /// The proposals learn from at most this many earlier assigned suggestions, the newest: about fourteen years of a city's
    /// suggestions, and a bounded cost (a history of a million would take minutes and gigabytes to read and index).
    /// </summary>
    public const int HistoryLimit = 5000;

    public DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <summary>The accepted suggestions waiting for assignment (of a session, a category), oldest first, with proposals.</summary>
    public async Task<IReadOnlyList<BatchCandidate>> CandidatesAsync(int? sessionId, int? categoryId, CancellationToken ct)
    {
        var query = db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Accepted);
        if (sessionId is { } session) query = query.Where(s => s.SessionId == session);
        if (categoryId is { } category) query = query.Where(s => s.CategoryId == category);
        var rows = await query.OrderBy(s => s.ReceivedOn).ThenBy(s => s.Sequence).ThenBy(s => s.Id).Take(MaxRows)
            .Select(s => new
            {
                s.Id, s.Version, s.Number, s.Title, s.Content, s.CategoryId,
                Category = db.SuggestionCategories.Where(c => c.Id == s.CategoryId).Select(c => c.Name).FirstOrDefault(),
                Lead = db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var proposer = new UnitProposer(await HistoryAsync(db.Suggestions, ct));
        return [.. rows.Select(r => new BatchCandidate(r.Id, r.Version, r.Number, r.Title, r.Category ?? "", r.Lead,
            proposer.Propose(r.Title, r.Content, r.CategoryId)))];
    }

    /// <summary>
    /// Assigns every line in one transaction with the same 交办 date (<paramref name="meetingOn"/>, checked by the domain);
    /// one refusal or one suggestion changed meanwhile stops the batch and nothing is saved.
    /// </summary>
    public async Task<AssignmentBatchResult> AssignAsync(IReadOnlyList<BatchLine> lines, DateOnly meetingOn, bool confirmed, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0) return new AssignmentBatchResult(0, new Dictionary<int, string>(), BatchMessages.NothingTicked);
        if (lines.Count > MaxRows) return new AssignmentBatchResult(0, new Dictionary<int, string>(), BatchMessages.TooMany);
        var rules = await rulesProvider.GetAsync(ct);
        var now = clock.GetUtcNow();
        var ids = lines.Select(l => l.SuggestionId).ToList();
        var suggestions = await SuggestionStore.WithEverything(db.Suggestions).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var proposer = new UnitProposer(await HistoryAsync(db.Suggestions.Where(s => !ids.Contains(s.Id)), ct));
        var errors = new Dictionary<int, string>();
        foreach (var line in lines)
        {
            if (!suggestions.TryGetValue(line.SuggestionId, out var suggestion))
            {
                errors[line.SuggestionId] = SuggestionStore.NotFound;
                continue;
            }
            if (suggestion.Version != line.Version)
            {
                errors[line.SuggestionId] = SuggestionStore.ActionConflict;
                continue;
            }
            var units = line.Mode == HandlingMode.Joint ? line.OtherUnitIds : [line.UnitId, .. line.OtherUnitIds];
            try
            {
                suggestion.Assign(line.Mode, units, line.Mode == HandlingMode.Joint ? line.UnitId : null, actor, now, rules, confirmed, meetingOn);
            }
            catch (DomainRuleException refused)
            {
                // A rest-day warning or a refusal of the date concerns the whole batch; anything else its row.
                if (refused.Refusal.Field is "MeetingOn" or "Confirmed")
                {
                    db.ChangeTracker.Clear();
                    return new AssignmentBatchResult(0, errors, refused.Refusal);
                }
                errors[line.SuggestionId] = refused.Refusal.Message;
                continue;
            }
            var proposed = proposer.Propose(suggestion.Title, suggestion.Content, suggestion.CategoryId).Select(p => p.UnitId);
            db.AssignmentProposals.Add(AssignmentProposal.Record(suggestion.Id, proposed, line.UnitId, actor.Name, now));
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new AssignmentBatchResult(0, errors, null);
        }
        var saved = await db.TrySaveAsync(lines.Count, null, null, ct);
        return saved.IsSuccess ? new AssignmentBatchResult(lines.Count, errors, null) : new AssignmentBatchResult(0, errors, BatchMessages.Conflict);
    }

    /// <summary>
    /// Replays the proposals for one session: trained only on the suggestions of the sessions that started before it (the
    /// newest <see cref="HistoryLimit"/>, as the page), asked
    /// for each of the session's assigned suggestions, compared with the unit finally chosen (the lead of a joint handling,
    /// the first unit of a split one, as active now).
    /// </summary>
    public async Task<ProposalReplay> ReplayAsync(int sessionId, CancellationToken ct)
    {
        var start = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.StartDate).SingleAsync(ct);
        var earlier = db.Sessions.Where(s => s.StartDate < start).Select(s => s.Id);
        var history = await HistoryAsync(db.Suggestions.Where(s => s.SessionId != null && earlier.Contains(s.SessionId.Value)), ct);
        var proposer = new UnitProposer(history);
        var replayed = await HistoryAsync(db.Suggestions.Where(s => s.SessionId == sessionId), ct, int.MaxValue);
        int first = 0, three = 0, none = 0;
        foreach (var item in replayed)
        {
            var proposals = proposer.Propose(item.Title, item.Content, item.CategoryId);
            if (proposals.Count == 0) none++;
            var rank = proposals.Select(p => p.UnitId).ToList().IndexOf(item.UnitId);
            if (rank == 0) first++;
            if (rank is >= 0 and < 3) three++;
        }
        return new ProposalReplay(sessionId, history.Count, replayed.Count, first, three, none);
    }

    /// <summary>
    /// Assigned suggestions of <paramref name="scope"/> with the unit that handles them (lead, or first split unit): the newest
    /// <paramref name="limit"/> (by id, the order of registration).
    /// </summary>
    private static async Task<List<AssignedBefore>> HistoryAsync(IQueryable<Suggestion> scope, CancellationToken ct, int limit = HistoryLimit)
    {
        var rows = await scope.AsNoTracking()
            .Where(s => s.AssignedOn != null)
            .OrderByDescending(s => s.Id)
            .Take(limit)
            .Select(s => new
            {
                s.Id, s.Number, s.Title, s.Content, s.CategoryId,
                Unit = s.Assignments.AsQueryable().Where(SuggestionAssignment.Answering).OrderBy(a => a.Id).Select(a => (int?)a.UnitId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Where(r => r.Unit is not null).Select(r => new AssignedBefore(r.Id, r.Number, r.Title, r.Content, r.CategoryId, r.Unit!.Value))];
    }
}

/// <summary>What the 交办会 page says about the batch as a whole.</summary>
public static class BatchMessages
{
    private const string Area = "Suggestion";

    public static Refusal NothingTicked { get; } = Refusal.Define(Area, "请勾选要交办的建议。", "Selected");
    public static Refusal TooMany { get; } = Refusal.Define(Area, $"一次最多交办{SuggestionBatchAssignment.MaxRows}件建议。", "Selected");
    public static Refusal Conflict { get; } = Refusal.Define(Area, "交办未成功：在您操作期间，其他人已处理了其中的建议。页面已显示最新情况，请核对后再交办。");
}
