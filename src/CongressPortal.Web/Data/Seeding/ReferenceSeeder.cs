using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>Data every installation needs: the roles and the working-day calendar. Idempotent: adds only what is missing.</summary>
public sealed class ReferenceSeeder(AppDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var role in PortalRole.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        var known = await db.CalendarDays.Select(d => d.Date).ToListAsync(ct);
        db.CalendarDays.AddRange(HolidayCalendar.Days().Where(d => !known.Contains(d.Date)));

        // The suggestion rules of docs/domain/suggestions.md#configuration with their default values; administrators change them later.
        if (!await db.SuggestionSettings.AnyAsync(ct)) db.SuggestionSettings.Add(SuggestionSettings.Defaults());
        if (!await db.SupervisionSettings.AnyAsync(ct)) db.SupervisionSettings.Add(Domain.Supervision.SupervisionSettings.Defaults());
        if (!await db.ReplyClassifications.AnyAsync(ct)) db.ReplyClassifications.AddRange(ReplyClassification.Defaults());
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The default suggestion categories (财政经济 … 其他), once: only while there are none at all, so a second start adds
    /// nothing, and categories staff renamed, deactivated or deleted are not brought back. Run at start-up and migration
    /// (<see cref="SeedingExtensions.MigrateAndSeedAsync(IServiceProvider, bool, CancellationToken)"/>), not by the tests'
    /// reset: tests make the categories they need.
    /// </summary>
    public async Task SeedDefaultCategoriesAsync(CancellationToken ct)
    {
        if (await db.SuggestionCategories.AnyAsync(ct)) return;
        db.SuggestionCategories.AddRange(SuggestionCategory.Defaults());
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>
/// Public holidays and make-up working days as published by the General Office of the State Council
/// (国务院办公厅关于部分节假日安排的通知). 2025 and 2026 are the published schedules. 2027's notice was not
/// yet available when this list was written: only the statutory days are entered, marked 暂定, with no
/// make-up days — staff correct them on the calendar page when the notice appears.
/// </summary>
public static class HolidayCalendar
{
    public static IEnumerable<CalendarDay> Days()
    {
        foreach (var (from, to, name) in Holidays) 
        {
            for (var date = from; date <= to; date = date.AddDays(1)) yield return CalendarDay.Create(date, CalendarDayKind.Holiday, name);
        }
        foreach (var (date, name) in MakeUpWorkdays) yield return CalendarDay.Create(date, CalendarDayKind.MakeUpWorkday, name);
    }

    private static readonly (DateOnly From, DateOnly To, string Name)[] Holidays =
    [
        (new(2025, 1, 1), new(2025, 1, 1), "元旦"),
        (new(2025, 1, 28), new(2025, 2, 4), "春节"),
        (new(2025, 4, 4), new(2025, 4, 6), "清明节"),
        (new(2025, 5, 1), new(2025, 5, 5), "劳动节"),
        (new(2025, 5, 31), new(2025, 6, 2), "端午节"),
        (new(2025, 10, 1), new(2025, 10, 8), "国庆节、中秋节"),
        (new(2026, 1, 1), new(2026, 1, 3), "元旦"),
        (new(2026, 2, 15), new(2026, 2, 23), "春节"),
        (new(2026, 4, 4), new(2026, 4, 6), "清明节"),
        (new(2026, 5, 1), new(2026, 5, 5), "劳动节"),
        (new(2026, 6, 19), new(2026, 6, 21), "端午节"),
        (new(2026, 9, 25), new(2026, 9, 27), "中秋节"),
        (new(2026, 10, 1), new(2026, 10, 7), "国庆节"),
        (new(2027, 1, 1), new(2027, 1, 1), "元旦（暂定）"),
        (new(2027, 2, 5), new(2027, 2, 8), "春节（暂定）"),
        (new(2027, 4, 5), new(2027, 4, 5), "清明节（暂定）"),
        (new(2027, 5, 1), new(2027, 5, 2), "劳动节（暂定）"),
        (new(2027, 6, 9), new(2027, 6, 9), "端午节（暂定）"),
        (new(2027, 9, 15), new(2027, 9, 15), "中秋节（暂定）"),
        (new(2027, 10, 1), new(2027, 10, 3), "国庆节（暂定）"),
    ];

    private static readonly (DateOnly Date, string Name)[] MakeUpWorkdays =
    [
        (new(2025, 1, 26), "春节调休上班"),
        (new(2025, 2, 8), "春节调休上班"),
        (new(2025, 4, 27), "劳动节调休上班"),
        (new(2025, 9, 28), "国庆节调休上班"),
        (new(2025, 10, 11), "国庆节调休上班"),
        (new(2026, 1, 4), "元旦调休上班"),
        (new(2026, 2, 14), "春节调休上班"),
        (new(2026, 2, 28), "春节调休上班"),
        (new(2026, 5, 9), "劳动节调休上班"),
        (new(2026, 9, 20), "国庆节调休上班"),
        (new(2026, 10, 10), "国庆节调休上班"),
    ];
}
