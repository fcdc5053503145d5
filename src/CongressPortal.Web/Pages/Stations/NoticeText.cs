using System.Globalization;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Pages.Stations;

/// <summary>How a reception notice reads: 2026年3月5日（周四）, 09:00—11:00.</summary>
public static class NoticeText
{
    public static string Day(DateOnly date) => $"{Display.Date(date)}（{ReceptionSchedule.WeekdayName(date.DayOfWeek)}）";

    public static string Time(TimeOnly start, TimeOnly end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}—{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string Deputies(ReceptionNoticeQueries.NoticeView notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Deputies.Count == 0 ? "待定" : string.Join("、", notice.Deputies.Select(d => d.Name));
    }
}

/// <summary>The model of <c>_Notices</c>: upcoming receptions, with the station column where several stations are listed.</summary>
public sealed record NoticeList(IReadOnlyList<ReceptionNoticeQueries.NoticeView> Notices, bool ShowStation);
