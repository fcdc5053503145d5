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
}
