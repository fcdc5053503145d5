using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Supervision;

/// <summary>Names the public supervision pages show for the ids a plan or topic keeps.</summary>
public static class PublicSupervision
{
    /// <summary>The standing-committee meetings among <paramref name="ids"/> by name (第十六届人大常委会第三十次会议).</summary>
    public static async Task<Dictionary<int, string>> MeetingNamesAsync(this AppDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = ids.Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var meetings = await db.StandingCommitteeMeetings.AsNoTracking().Where(m => wanted.Contains(m.Id))
            .Select(m => new { m.Id, Term = m.Term.Number, m.Number }).ToListAsync(ct);
        return meetings.ToDictionary(m => m.Id, m => StandingCommitteeMeeting.FormatName(m.Term, m.Number));
    }
}
