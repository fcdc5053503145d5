using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Stations;

/// <summary>
/// Public notices of upcoming reception days. A notice must be public at least three days before the
/// reception (docs/domain/stations.md): notices cover a horizon well beyond that, so each reception has been announced
/// for weeks by the time it is three days away.
/// </summary>
public static class ReceptionNotices
{
    public const int MinimumLeadDays = 3;
    public const int HorizonDays = 35;

    public sealed record Notice(int ScheduleId, int StationId, DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<int> DeputyIds);

    public static IReadOnlyList<Notice> Upcoming(IEnumerable<ReceptionSchedule> schedules, DateOnly today, WorkingDayCalendar calendar, int horizonDays = HorizonDays)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var notices = new List<Notice>();
        foreach (var schedule in schedules)
        {
            foreach (var date in schedule.Occurrences(today, today.AddDays(horizonDays), calendar))
            {
                notices.Add(new Notice(schedule.Id, schedule.StationId, date, schedule.StartTime, schedule.EndTime, schedule.OnDuty(date, calendar)));
            }
        }
        return [.. notices.OrderBy(n => n.Date).ThenBy(n => n.Start)];
    }
}
