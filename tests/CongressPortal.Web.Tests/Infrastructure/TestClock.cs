namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>A clock the tests move by hand. Starts at a fixed instant so results do not depend on the day the tests run.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero); // 2026-03-02 09:00 Beijing, a Monday

    private DateTimeOffset _now = Start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;

    public void Reset() => _now = Start;
}
