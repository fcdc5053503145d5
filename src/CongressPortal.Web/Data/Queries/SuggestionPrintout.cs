using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>
/// A suggestion as a printed document (打印版): what it asks, who put it forward, where it went and what came back — never
/// the internal timeline, review notes or ratings of other units. Read within the reader's scope (staff: all; a deputy:
/// their own; a unit: its own, and then only its own replies, as on its desk); anything else is null (404).
/// </summary>
public sealed class SuggestionPrintout(AppDbContext db, SuggestionRulesProvider rulesProvider)
{
    public sealed record Unit(string Name, AssignmentRole Role, DateOnly AssignedOn, DateOnly DueOn, AssignmentState State);

    public sealed record Reply(string Unit, int Round, string Classification, DateOnly SignedOn, DateOnly FiledOn, string Signer, string Text,
        IReadOnlyList<(string Description, DateOnly PlannedOn)> Commitments);

    public sealed record Document(
        string Number, string Title, string Content, SuggestionSource Source, string? Session, string? Category, DateOnly ReceivedOn,
        SuggestionStatus Status, HandlingMode? Mode, bool IsKey, string? KeyLeader, string Lead, IReadOnlyList<string> CoSigners,
        IReadOnlyList<Unit> Units, IReadOnlyList<Reply> Replies, DateOnly? ClosedOn);

    /// <summary>All suggestions: the staff scope.</summary>
    public IQueryable<Suggestion> All => db.Suggestions;

    /// <param name="onlyUnitId">A unit's printout: its own replies only.</param>
    public async Task<Document?> LoadAsync(IQueryable<Suggestion> scope, int id, int? onlyUnitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var s = await scope.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Number, x.Title, x.Content, x.Source, x.SessionId, x.ReceivedOn, x.Status, x.Mode, x.IsKey, x.KeyLeader, x.ClosedOn,
                Category = db.SuggestionCategories.Where(c => c.Id == x.CategoryId).Select(c => c.Name).FirstOrDefault(),
                Deputies = x.Deputies.Where(d => d.Role != SuggestionDeputyRole.Merged).OrderBy(d => d.Role).ThenBy(d => d.Order)
                    .Select(d => new { d.Role, Name = db.Deputies.Where(p => p.Id == d.DeputyId).Select(p => p.Name).FirstOrDefault() }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (s is null) return null;
        var parts = await db.Set<SuggestionAssignment>().AsNoTracking().Where(a => a.SuggestionId == id).Where(SuggestionAssignment.Active).OrderBy(a => a.Id)
            .Select(a => new
            {
                a.UnitId, a.Role, a.AssignedOn, a.DueOn, a.State,
                Name = db.HandlingUnits.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
                Replies = a.Replies.OrderBy(r => r.Round)
                    .Select(r => new { r.Round, r.Classification, r.SignedOn, r.FiledOn, r.Signer, r.Text,
                        Commitments = r.Commitments.OrderBy(c => c.PlannedOn).Select(c => new { c.Description, c.PlannedOn }).ToList() })
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        string? session = null;
        if (s.SessionId is { } sessionId)
        {
            var row = await db.Sessions.AsNoTracking().Where(x => x.Id == sessionId).Select(x => new { Term = x.Term.Number, x.Number }).FirstOrDefaultAsync(ct);
            session = row is null ? null : CongressSession.FormatName(row.Term, row.Number);
        }
        var rules = await rulesProvider.GetAsync(ct);
        string Class(string code) => rules.Classifications.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) is { } c
            ? $"{c.Code}类（{c.Label}）" : code;
        var replies = parts.Where(p => onlyUnitId is null || p.UnitId == onlyUnitId)
            .SelectMany(p => p.Replies.Select(r => new Reply(p.Name ?? "", r.Round, Class(r.Classification), r.SignedOn, r.FiledOn, r.Signer, r.Text,
                [.. r.Commitments.Select(c => (c.Description, c.PlannedOn))])))
            .ToList();
        return new Document(s.Number, s.Title, s.Content, s.Source, session, s.Category, s.ReceivedOn, s.Status, s.Mode, s.IsKey, s.KeyLeader,
            s.Deputies.FirstOrDefault(d => d.Role == SuggestionDeputyRole.Lead)?.Name ?? "",
            [.. s.Deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).Select(d => d.Name ?? "")],
            [.. parts.Select(p => new Unit(p.Name ?? "", p.Role, p.AssignedOn, p.DueOn, p.State))], replies, s.ClosedOn);
    }
}
