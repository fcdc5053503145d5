using System.Globalization;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Stations;

public enum RecurrenceKind
{
    /// <summary>每周某日, e.g. every Monday.</summary>
    Weekly,

    /// <summary>每月某日, e.g. the 15th (optionally odd or even months only).</summary>
    MonthlyDay,

    /// <summary>每月第N个星期几, e.g. the second Tuesday.</summary>
    MonthlyWeekday,
}

public enum MonthFilter
{
    All,

    /// <summary>单月: January, March, …</summary>
    Odd,

    /// <summary>双月.</summary>
    Even,
}

/// <summary>
/// A station's recurring reception days (接待日) with the deputies on duty in rotation. Dates that are
/// not working days (holidays from the calendar staff keep) are skipped. Rotation is deterministic: the
/// k-th reception since the schedule started takes the next <see cref="DeputiesPerDuty"/> deputies of the
/// rotation list, wrapping round.
/// </summary>
public sealed class ReceptionSchedule
{
    private List<int> _rotation = [];

    private ReceptionSchedule() { }

    public int Id { get; private set; }
    public int StationId { get; private set; }
    public RecurrenceKind Recurrence { get; private set; }
    public DayOfWeek? Weekday { get; private set; }
    public int? DayOfMonth { get; private set; }
    public int? WeekOfMonth { get; private set; }
    public MonthFilter Months { get; private set; }
    public TimeOnly StartTime { get; private set; }
    public TimeOnly EndTime { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public int DeputiesPerDuty { get; private set; } = 1;
    public bool IsActive { get; private set; } = true;
    public uint Version { get; private set; }

    public IReadOnlyList<int> Rotation => _rotation.AsReadOnly();

    public static ReceptionSchedule Create(int stationId, ScheduleRule rule, IReadOnlyList<int> rotation, IReadOnlyCollection<int> stationMembers)
    {
        var schedule = new ReceptionSchedule { StationId = stationId };
        schedule.Update(rule, rotation, stationMembers);
        return schedule;
    }

    public void Update(ScheduleRule rule, IReadOnlyList<int> rotation, IReadOnlyCollection<int> stationMembers)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(stationMembers);
        switch (rule.Recurrence)
        {
            case RecurrenceKind.Weekly when rule.Weekday is null:
                throw new DomainRuleException(StationMessages.WeeklyNeedsDay);
            case RecurrenceKind.MonthlyDay when rule.DayOfMonth is null or < 1 or > 28:
                throw new DomainRuleException(StationMessages.MonthlyNeedsDay);
            case RecurrenceKind.MonthlyWeekday when rule.Weekday is null || rule.WeekOfMonth is null or < 1 or > 4:
                throw new DomainRuleException(StationMessages.MonthlyWeekdayNeedsDetails);
        }
        if (rule.EndTime <= rule.StartTime) throw new DomainRuleException(StationMessages.TimeOrder);
        if (rule.ValidTo < rule.ValidFrom) throw new DomainRuleException(DomainMessages.EndBeforeStart(nameof(rule.ValidTo), "停止日期", "开始日期"));
        if (rule.DeputiesPerDuty is < 1 or > 10) throw new DomainRuleException(StationMessages.DeputiesPerDutyInvalid);
        if (rotation.Count == 0) throw new DomainRuleException(StationMessages.RotationEmpty);
        if (rotation.Any(id => !stationMembers.Contains(id))) throw new DomainRuleException(StationMessages.RotationNotMembers);

        Recurrence = rule.Recurrence;
        Weekday = rule.Recurrence == RecurrenceKind.MonthlyDay ? null : rule.Weekday;
        DayOfMonth = rule.Recurrence == RecurrenceKind.MonthlyDay ? rule.DayOfMonth : null;
        WeekOfMonth = rule.Recurrence == RecurrenceKind.MonthlyWeekday ? rule.WeekOfMonth : null;
        Months = rule.Recurrence == RecurrenceKind.Weekly ? MonthFilter.All : rule.Months;
        StartTime = rule.StartTime;
        EndTime = rule.EndTime;
        ValidFrom = rule.ValidFrom;
        ValidTo = rule.ValidTo;
        DeputiesPerDuty = rule.DeputiesPerDuty;
        _rotation = [.. rotation.Distinct()];
    }

    public void SetActive(bool active) => IsActive = active;

    /// <summary>Reception dates from <paramref name="from"/> to <paramref name="to"/> inclusive, working days only.</summary>
    public IEnumerable<DateOnly> Occurrences(DateOnly from, DateOnly to, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsActive) yield break;
        var start = from < ValidFrom ? ValidFrom : from;
        var end = ValidTo is { } validTo && validTo < to ? validTo : to;
        for (var date = start; date <= end; date = date.AddDays(1))
        {
            if (Matches(date) && calendar.IsWorkingDay(date)) yield return date;
        }
    }

    /// <summary>The deputies on duty on <paramref name="date"/>, or empty when it is not a reception day.</summary>
    public IReadOnlyList<int> OnDuty(DateOnly date, WorkingDayCalendar calendar)
    {
        if (_rotation.Count == 0 || !Matches(date) || !calendar.IsWorkingDay(date) || date < ValidFrom || date > ValidTo) return [];
        var index = Occurrences(ValidFrom, date, calendar).Count() - 1;
        var count = Math.Min(DeputiesPerDuty, _rotation.Count);
        return Enumerable.Range(0, count).Select(i => _rotation[(index * count + i) % _rotation.Count]).ToList();
    }

    private bool Matches(DateOnly date)
    {
        var monthOk = Months switch
        {
            MonthFilter.Odd => date.Month % 2 == 1,
            MonthFilter.Even => date.Month % 2 == 0,
            _ => true,
        };
        return monthOk && Recurrence switch
        {
            RecurrenceKind.Weekly => date.DayOfWeek == Weekday,
            RecurrenceKind.MonthlyDay => date.Day == DayOfMonth,
            RecurrenceKind.MonthlyWeekday => date.DayOfWeek == Weekday && (date.Day - 1) / 7 + 1 == WeekOfMonth,
            _ => false,
        };
    }

    /// <summary>The rule in words: 每周一 09:00—11:00, 单月15日 …, 每月第二个星期二 ….</summary>
    public string Describe()
    {
        var months = Months switch { MonthFilter.Odd => "单月", MonthFilter.Even => "双月", _ => "每月" };
        var day = Recurrence switch
        {
            RecurrenceKind.Weekly => $"每{WeekdayName(Weekday!.Value)}",
            RecurrenceKind.MonthlyDay => $"{months}{DayOfMonth}日",
            _ => $"{months}第{ChineseNumerals.Format(WeekOfMonth!.Value)}个{WeekdayName(Weekday!.Value)}",
        };
        return $"{day} {StartTime.ToString("HH:mm", CultureInfo.InvariantCulture)}—{EndTime.ToString("HH:mm", CultureInfo.InvariantCulture)}（法定节假日除外）";
    }

    public static string WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };
}

public sealed record ScheduleRule(
    RecurrenceKind Recurrence,
    TimeOnly StartTime,
    TimeOnly EndTime,
    DateOnly ValidFrom,
    DateOnly? ValidTo = null,
    DayOfWeek? Weekday = null,
    int? DayOfMonth = null,
    int? WeekOfMonth = null,
    MonthFilter Months = MonthFilter.All,
    int DeputiesPerDuty = 1);
