using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>Upcoming reception notices (接待日公告) with station and deputy names, for the public pages and deputies' desks.</summary>
public sealed class ReceptionNoticeQueries(AppDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
{
    public sealed record NoticeView(int StationId, string StationName, string Address, DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<DeputyOnDuty> Deputies);

    public sealed record DeputyOnDuty(int Id, string Name);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>
    /// The first instant after <paramref name="now"/> at which one of <paramref name="notices"/> starts or ends: a page listing
    /// them changes then (an ended reception leaves the list), so its cached copy must not outlive it.
    /// </summary>
    public static DateTimeOffset? NextChange(IEnumerable<NoticeView> notices, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notices);
        DateTimeOffset? next = null;
        foreach (var notice in notices)
        {
            foreach (var time in (ReadOnlySpan<TimeOnly>)[notice.Start, notice.End])
            {
                var at = ChinaTime.At(notice.Date, time);
                if (at > now && (next is null || at < next)) next = at;
            }
        }
        return next;
    }

    /// <param name="stationIds">Only these stations; null for all active stations.</param>
    public async Task<IReadOnlyList<NoticeView>> UpcomingAsync(IReadOnlyCollection<int>? stationIds = null, int horizonDays = ReceptionNotices.HorizonDays, CancellationToken ct = default)
    {
        var now = ChinaTime.ToLocal(clock.GetUtcNow());
        var today = DateOnly.FromDateTime(now.DateTime);
        var calendar = await calendars.GetAsync(ct);
        var activeStations = db.Stations.Where(s => s.IsActive && (stationIds == null || stationIds.Contains(s.Id)));
        var schedules = await db.ReceptionSchedules.AsNoTracking()
            .Where(s => s.IsActive && activeStations.Any(st => st.Id == s.StationId))
            .ToListAsync(ct);
        // A reception that has already ended today is no longer upcoming.
        var nowTime = TimeOnly.FromDateTime(now.DateTime);
        var notices = ReceptionNotices.Upcoming(schedules, today, calendar, horizonDays)
            .Where(n => n.Date > today || n.End > nowTime)
            .ToList();
        var stations = await activeStations.Select(s => new { s.Id, s.Name, s.Address }).ToDictionaryAsync(s => s.Id, ct);
        var deputyIds = notices.SelectMany(n => n.DeputyIds).Distinct().ToList();
        var names = await db.Deputies.Where(d => deputyIds.Contains(d.Id)).Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return notices
            .Select(n => new NoticeView(n.StationId, stations[n.StationId].Name, stations[n.StationId].Address, n.Date, n.Start, n.End,
                n.DeputyIds.Where(names.ContainsKey).Select(id => new DeputyOnDuty(id, names[id])).ToList()))
            .ToList();
    }
}
