namespace CongressPortal.Domain.Common;

/// <summary>Dates in the portal are Beijing dates: deadlines and holidays are reckoned in Asia/Shanghai.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant of a wall-clock time in China (a reception's end, a deadline's last minute).</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now).DateTime);

    public static string FormatDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string FormatDate(DateTimeOffset instant) => FormatDate(DateOnly.FromDateTime(ToLocal(instant).DateTime));

    public static string FormatDateTime(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return $"{FormatDate(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }
}
