namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// A deadline seen from today, in words: "剩 N 天", "今天到期" or "逾期 N 天", and whether it is due soon (within the
/// settings' window). Staff, unit and deputy pages show deadlines the same way (<c>_DaysLeft</c>).
/// </summary>
public sealed record Deadline(string Text, bool IsOverdue, bool IsDueSoon)
{
    public static Deadline DaysLeft(DateOnly due, DateOnly today, int dueSoonDays)
    {
        var days = due.DayNumber - today.DayNumber;
        if (days < 0) return new($"逾期 {-days} 天", true, false);
        if (days == 0) return new("今天到期", false, true);
        return new($"剩 {days} 天", false, days <= dueSoonDays);
    }
}
