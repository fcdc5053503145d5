using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>A deputy of the suggestion with the contacts they chose to share with its units (none: an empty list).</summary>
public sealed record DeputyContactView(string Name, SuggestionDeputyRole Role, IReadOnlyList<SharedContact> Contacts);

/// <summary>
/// A unit's contact person for a suggestion as its deputies see it: the person the unit named for this suggestion, or,
/// until it has, the contact in the unit's reference data (<see cref="FromUnitRecord"/>).
/// </summary>
public sealed record UnitContactView(int UnitId, string Unit, AssignmentRole Role, string? Name, string? Phone, string? Email, bool FromUnitRecord)
{
    public bool IsEmpty => Name is null && Phone is null;
}

/// <summary>
/// Contacts across roles for 三见面 (docs/domain/suggestions.md, S37a). Callers pass a suggestion they already loaded
/// within the reader's scope (<see cref="SuggestionStore"/>), so these queries never widen what a reader sees: a unit
/// asks for the deputies of a suggestion it handles; a deputy for the units of their own suggestion.
/// </summary>
public sealed class SuggestionContactQueries(AppDbContext db)
{
    /// <summary>The deputies of <paramref name="suggestion"/> (signed ones only) with what each chose to share with its units.</summary>
    public async Task<IReadOnlyList<DeputyContactView>> DeputiesOfAsync(Suggestion suggestion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var signed = suggestion.Deputies.Where(d => !d.IsPending).OrderBy(d => d.Order).ToList();
        var ids = signed.Select(d => d.DeputyId).ToList();
        var rows = await (
                from d in db.Deputies.AsNoTracking()
                where ids.Contains(d.Id)
                join c in db.DeputyContactSharing.AsNoTracking() on d.Id equals c.DeputyId into sharing
                from c in sharing.DefaultIfEmpty()
                // The mobile is read only when the deputy chose to share it.
                select new { d.Id, d.Name, Mobile = c != null && c.ShareMobile ? d.Mobile : null, Sharing = c })
            .ToDictionaryAsync(r => r.Id, ct);
        return [.. signed.Where(d => rows.ContainsKey(d.DeputyId)).Select(d =>
        {
            var row = rows[d.DeputyId];
            return new DeputyContactView(row.Name, d.Role, row.Sharing?.Shared(row.Mobile) ?? []);
        })];
    }

    /// <summary>Each unit on <paramref name="suggestion"/> now, with the contact person it named (or its registered contact).</summary>
    public async Task<IReadOnlyList<UnitContactView>> UnitsOfAsync(Suggestion suggestion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        var parts = suggestion.ActiveAssignments.OrderBy(a => a.Role == AssignmentRole.CoHandling).ThenBy(a => a.Id).ToList();
        var unitIds = parts.Select(a => a.UnitId).ToList();
        var units = await db.HandlingUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ContactPerson, u.ContactPhone })
            .ToDictionaryAsync(u => u.Id, ct);
        return [.. parts.Where(a => units.ContainsKey(a.UnitId)).Select(a =>
        {
            var unit = units[a.UnitId];
            return a.ContactName is not null
                ? new UnitContactView(unit.Id, unit.Name, a.Role, a.ContactName, a.ContactPhone, a.ContactEmail, FromUnitRecord: false)
                : new UnitContactView(unit.Id, unit.Name, a.Role, unit.ContactPerson, unit.ContactPhone, null, FromUnitRecord: true);
        })];
    }
}
