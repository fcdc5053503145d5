using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class WorkingDayCalendarTests
{
    // The 2026 Spring Festival: 15–23 February off; Saturday 14 and Saturday 28 February are working days.
    private static readonly WorkingDayCalendar Calendar2026 = new(
        Days(new DateOnly(2026, 2, 15), new DateOnly(2026, 2, 23)).Concat(Days(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 7))),
        [new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 28), new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 10)]);

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    [Theory]
    [InlineData("2026-03-02", true)]   // Monday
    [InlineData("2026-03-07", false)]  // Saturday
    [InlineData("2026-03-08", false)]  // Sunday
    [InlineData("2026-02-16", false)]  // Monday in the Spring Festival holiday
    [InlineData("2026-02-14", true)]   // Saturday make-up working day
    [InlineData("2026-02-28", true)]   // Saturday make-up working day
    [InlineData("2026-10-10", true)]   // Saturday after National Day
    public void Knows_which_days_are_working_days(string date, bool working) =>
        Calendar2026.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(working);

    [Fact]
    public void Five_working_days_from_the_Friday_before_the_Spring_Festival_count_the_make_up_Saturday_and_skip_the_holiday() =>
        // 13 Feb (Fri) → 14 (Sat, make-up) = 1, then 15–23 off, 24 = 2, 25 = 3, 26 = 4, 27 = 5.
        Calendar2026.AddWorkingDays(new DateOnly(2026, 2, 13), 5).Should().Be(new DateOnly(2026, 2, 27));

    [Fact]
    public void Adding_working_days_across_an_ordinary_weekend_skips_it() =>
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 3, 5), 5).Should().Be(new DateOnly(2026, 3, 12));

    [Fact]
    public void Adding_zero_working_days_returns_the_start() =>
        Calendar2026.AddWorkingDays(new DateOnly(2026, 2, 15), 0).Should().Be(new DateOnly(2026, 2, 15));

    [Fact]
    public void Adding_negative_working_days_is_refused() =>
        FluentActions.Invoking(() => Calendar2026.AddWorkingDays(new DateOnly(2026, 2, 15), -1)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Counts_working_days_between_two_dates_excluding_the_first() =>
        // 30 Sep (Wed) to 12 Oct (Mon) 2026: 1–7 Oct off; 8, 9, 10 (make-up Saturday) and 12 Oct count.
        Calendar2026.WorkingDaysBetween(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 12)).Should().Be(4);

    [Fact]
    public void The_next_working_day_after_a_holiday_is_the_first_day_back() =>
        Calendar2026.NextWorkingDayOnOrAfter(new DateOnly(2026, 10, 1)).Should().Be(new DateOnly(2026, 10, 8));

    [Fact]
    public void A_working_day_is_its_own_next_working_day() =>
        Calendar2026.NextWorkingDayOnOrAfter(new DateOnly(2026, 3, 2)).Should().Be(new DateOnly(2026, 3, 2));
}
