namespace CongressPortal.Domain.Common;

/// <summary>
/// Working days in China: Monday to Friday, except public holidays, plus the weekend days that the
/// State Council's yearly notice turns into make-up working days (调休上班). Both lists differ every
/// year, so staff keep them as reference data and this class only reckons with what it is given.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _makeUpWorkdays;

    public WorkingDayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        _holidays = [.. holidays];
        _makeUpWorkdays = [.. makeUpWorkdays];
    }

    public static WorkingDayCalendar WeekdaysOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_makeUpWorkdays.Contains(date)) return true;
        if (_holidays.Contains(date)) return false;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>; the start day itself does not count.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        var remaining = workingDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) remaining--;
        }
        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date)) count++;
        }
        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }
}
