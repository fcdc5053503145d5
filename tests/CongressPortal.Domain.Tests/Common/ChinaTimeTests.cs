using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Dates_read_the_Chinese_way() => ChinaTime.FormatDate(new DateOnly(2026, 2, 11)).Should().Be("2026年2月11日");

    [Fact]
    public void An_instant_late_on_a_UTC_evening_is_already_the_next_day_in_Beijing()
    {
        var instant = new DateTimeOffset(2026, 2, 10, 17, 30, 0, TimeSpan.Zero);
        ChinaTime.Today(instant).Should().Be(new DateOnly(2026, 2, 11));
        ChinaTime.FormatDateTime(instant).Should().Be("2026年2月11日 01:30");
    }

    [Fact]
    public void A_wall_clock_time_in_China_is_eight_hours_ahead_of_UTC()
    {
        var at = ChinaTime.At(new DateOnly(2026, 12, 6), new TimeOnly(17, 30));
        at.Offset.Should().Be(TimeSpan.FromHours(8));
        at.UtcDateTime.Should().Be(new DateTime(2026, 12, 6, 9, 30, 0, DateTimeKind.Utc));
    }
}
