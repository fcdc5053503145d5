using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Infrastructure;

/// <summary>How values read on the pages: Chinese dates (2026年2月11日), Beijing time.</summary>
public static class Display
{
    public static string Date(DateOnly date) => ChinaTime.FormatDate(date);

    public static string Date(DateOnly? date) => date is { } d ? ChinaTime.FormatDate(d) : "—";

    public static string Date(DateTimeOffset instant) => ChinaTime.FormatDate(instant);

    public static string DateTime(DateTimeOffset instant) => ChinaTime.FormatDateTime(instant);

    /// <summary>A rate as the statistics page and the Word reports show it (12.3%), or "—" when there is none.</summary>
    public static string Percent(decimal? rate) => rate is { } r ? r.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public static string DateTime(DateTimeOffset? instant) => instant is { } i ? ChinaTime.FormatDateTime(i) : "—";

    public static string YesNo(bool value) => value ? "是" : "否";
}
