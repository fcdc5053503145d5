using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How values read on the pages: Chinese dates (2026年2月11日), Beijing time.</summary>
public static class Display
{
    public static string Date(DateOnly date) => ChinaTime.FormatDate(date);

    public static string Date(DateOnly? date) => date is { } d ? ChinaTime.FormatDate(d) : "—";

    public static string Date(DateTimeOffset instant) => ChinaTime.FormatDate(instant);

    public static string DateTime(DateTimeOffset instant) => ChinaTime.FormatDateTime(instant);

    public static string DateTime(DateTimeOffset? instant) => instant is { } i ? ChinaTime.FormatDateTime(i) : "—";

    public static string YesNo(bool value) => value ? "是" : "否";
}
