using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Queries;

/// <summary>The working-day calendar from the days staff keep in calendar_days, loaded once per request.</summary>
public sealed class WorkingCalendarProvider(AppDbContext db)
{
    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default) =>
        _calendar ??= CalendarDay.ToCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
