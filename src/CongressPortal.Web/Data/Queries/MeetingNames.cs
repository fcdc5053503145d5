using CongressPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>The names pages show for the standing-committee meetings a record keeps by id.</summary>
public static class MeetingNames
{
    /// <summary>
    /// The meetings among <paramref name="ids"/> by name (第十六届人大常委会第三十次会议), with the date after it
    /// when <paramref name="withDate"/> (staff pages).
    /// </summary>
    public static async Task<Dictionary<int, string>> MeetingNamesAsync(this AppDbContext db, IEnumerable<int?> ids, CancellationToken ct, bool withDate = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var meetings = await db.StandingCommitteeMeetings.AsNoTracking().Where(m => wanted.Contains(m.Id))
            .Select(m => new { m.Id, Term = m.Term.Number, m.Number, m.Date }).ToListAsync(ct);
        return meetings.ToDictionary(m => m.Id, m => withDate
            ? $"{StandingCommitteeMeeting.FormatName(m.Term, m.Number)}（{Infrastructure.Display.Date(m.Date)}）"
            : StandingCommitteeMeeting.FormatName(m.Term, m.Number));
    }
}
