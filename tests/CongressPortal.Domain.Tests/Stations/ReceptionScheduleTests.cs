using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;

namespace CongressPortal.Domain.Tests.Stations;

public sealed class ReceptionScheduleTests
{
    private static readonly int[] Members = [11, 12, 13, 14, 15];

    // 2026: National Day 1–7 October off, Saturday 10 October a make-up working day.
    private static readonly WorkingDayCalendar Calendar = new(
        Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)),
        [new DateOnly(2026, 10, 10)]);

    private static ReceptionSchedule EveryMonday(int perDuty = 1, IReadOnlyList<int>? rotation = null) => ReceptionSchedule.Create(
        1,
        new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2026, 9, 1), Weekday: DayOfWeek.Monday, DeputiesPerDuty: perDuty),
        rotation ?? [11, 12, 13],
        Members);

    [Fact]
    public void A_weekly_schedule_falls_on_each_Monday_and_skips_the_National_Day_holiday()
    {
        var dates = EveryMonday().Occurrences(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 19), Calendar).ToList();
        dates.Should().Equal(new DateOnly(2026, 9, 28), new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 19));
    }

    [Fact]
    public void The_fifteenth_of_odd_months_skips_even_months_and_weekends()
    {
        var schedule = ReceptionSchedule.Create(
            1,
            new ScheduleRule(RecurrenceKind.MonthlyDay, new TimeOnly(9, 0), new TimeOnly(11, 30), new DateOnly(2026, 1, 1), DayOfMonth: 15, Months: MonthFilter.Odd),
            [11],
            Members);
        var dates = schedule.Occurrences(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), WorkingDayCalendar.WeekdaysOnly).ToList();
        // 15 March 2026 and 15 November 2026 are Sundays.
        dates.Should().Equal(new DateOnly(2026, 1, 15), new DateOnly(2026, 5, 15), new DateOnly(2026, 7, 15), new DateOnly(2026, 9, 15));
    }

    [Fact]
    public void The_second_Tuesday_of_each_month()
    {
        var schedule = ReceptionSchedule.Create(
            1,
            new ScheduleRule(RecurrenceKind.MonthlyWeekday, new TimeOnly(14, 30), new TimeOnly(16, 30), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Tuesday, WeekOfMonth: 2),
            [11],
            Members);
        schedule.Occurrences(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), WorkingDayCalendar.WeekdaysOnly)
            .Should().Equal(new DateOnly(2026, 1, 13), new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 10));
        schedule.Describe().Should().Be("每月第二个周二 14:30—16:30（法定节假日除外）");
    }

    [Fact]
    public void Deputies_take_duty_in_rotation_order_wrapping_round()
    {
        var schedule = EveryMonday();
        var mondays = schedule.Occurrences(new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31), Calendar).ToList();
        mondays.Select(d => schedule.OnDuty(d, Calendar).Single())
            .Should().Equal(11, 12, 13, 11, 12, 13, 11); // 7 Mondays: 5 October is a holiday
    }

    [Fact]
    public void Two_deputies_per_duty_take_consecutive_pairs()
    {
        var schedule = EveryMonday(perDuty: 2, rotation: [11, 12, 13]);
        var mondays = schedule.Occurrences(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), Calendar).ToList();
        schedule.OnDuty(mondays[0], Calendar).Should().Equal(11, 12);
        schedule.OnDuty(mondays[1], Calendar).Should().Equal(13, 11);
        schedule.OnDuty(mondays[2], Calendar).Should().Equal(12, 13);
    }

    [Fact]
    public void Nobody_is_on_duty_on_a_day_that_is_not_a_reception_day() =>
        EveryMonday().OnDuty(new DateOnly(2026, 10, 5), Calendar).Should().BeEmpty();

    [Fact]
    public void The_rotation_may_only_hold_the_station_s_deputies() =>
        FluentActions.Invoking(() => EveryMonday(rotation: [11, 99]))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.RotationNotMembers);

    [Fact]
    public void A_reception_ends_after_it_starts() =>
        FluentActions.Invoking(() => ReceptionSchedule.Create(1, new ScheduleRule(RecurrenceKind.Weekly, new TimeOnly(11, 0), new TimeOnly(9, 0), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Monday), [11], Members))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.TimeOrder);

    [Fact]
    public void Notices_list_upcoming_receptions_at_least_three_days_ahead_with_the_deputies_on_duty()
    {
        var today = new DateOnly(2026, 10, 9); // Friday
        var notices = ReceptionNotices.Upcoming([EveryMonday()], today, Calendar);
        notices.Should().NotBeEmpty();
        notices.Should().OnlyContain(n => n.Date >= today);
        // The Monday three days ahead is announced, with its deputy.
        var monday = notices.First(n => n.Date == new DateOnly(2026, 10, 12));
        monday.DeputyIds.Should().ContainSingle();
        (monday.Date.DayNumber - today.DayNumber).Should().BeGreaterThanOrEqualTo(ReceptionNotices.MinimumLeadDays);
        notices.Max(n => n.Date).Should().BeOnOrAfter(today.AddDays(28), "notices are published weeks ahead");
    }
}
