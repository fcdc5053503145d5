namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>A clock the tests move by hand. Starts at a fixed instant so results do not depend on the day the tests run.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero); // 2026-03-02 09:00 Beijing, a Monday

    private DateTimeOffset _now = Start;

    /// <summary>
    /// Raised whenever the clock is moved. Real time never jumps, so a cached public page lives by the real clock (at most a
    /// minute, never past midnight or the next reception's start or end); a test that jumps hours ahead evicts it instead.
    /// </summary>
    public event Action? Moved;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now)
    {
        _now = now.ToUniversalTime();
        Moved?.Invoke();
    }

    public void Advance(TimeSpan by)
    {
        _now += by;
        Moved?.Invoke();
    }

    public void Reset()
    {
        _now = Start;
        Moved?.Invoke();
    }
}
