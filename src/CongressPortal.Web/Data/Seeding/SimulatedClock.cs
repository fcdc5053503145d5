namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// The time the demo seeders give the stores and the domain: the moment a past action is played, so that what the
/// domain dates by the server clock (a registration, a 交办, a filing, a 销号) carries the day it happened.
/// </summary>
internal sealed class SimulatedClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>Beijing time on <paramref name="date"/> at <paramref name="hour"/> o'clock.</summary>
    public static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
}
