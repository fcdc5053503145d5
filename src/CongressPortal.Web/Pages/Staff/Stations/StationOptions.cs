using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>The select options and labels the station pages share: kinds, roles, handling paths, recurrences, areas.</summary>
public static class StationOptions
{
    public static IReadOnlyList<SelectListItem> Kinds() => Options<StationKind>(StationLabels.Kind);

    public static IReadOnlyList<SelectListItem> Roles() => Options<StationRole>(StationLabels.Role);

    public static IReadOnlyList<SelectListItem> Paths() => Options<HandlingPath>(StationLabels.Path);

    public static IReadOnlyList<SelectListItem> Genders() => Options<Gender>(DeputyLists.GenderName);

    /// <summary>Levels a deputy recorded at a station may have; municipal deputies come from the registry.</summary>
    public static IReadOnlyList<SelectListItem> OtherLevels() =>
        Enum.GetValues<DeputyLevel>().Where(l => l != DeputyLevel.Municipal).Select(l => new SelectListItem(DeputyLists.LevelName(l), l.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Recurrences() => Options<RecurrenceKind>(Recurrence);

    public static IReadOnlyList<SelectListItem> MonthFilters() => Options<MonthFilter>(Months);

    /// <summary>Monday first, as Chinese calendars show the week.</summary>
    public static IReadOnlyList<SelectListItem> Weekdays() =>
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Select(d => new SelectListItem(ReceptionSchedule.WeekdayName(d), d.ToString()))
            .ToList();

    public static IReadOnlyList<SelectListItem> WeeksOfMonth() =>
        Enumerable.Range(1, 4).Select(n => new SelectListItem($"第{ChineseNumerals.Format(n)}个", Id(n))).ToList();

    public static string Recurrence(RecurrenceKind kind) => kind switch
    {
        RecurrenceKind.Weekly => "每周",
        RecurrenceKind.MonthlyDay => "每月某日",
        RecurrenceKind.MonthlyWeekday => "每月第N个星期几",
        _ => kind.ToString(),
    };

    public static string Months(MonthFilter filter) => filter switch
    {
        MonthFilter.Odd => "单月",
        MonthFilter.Even => "双月",
        _ => "每月",
    };

    /// <summary>“张三（市人大代表·青山区代表团）”: the level always, the delegation for municipal deputies.</summary>
    public static string DeputyLabel(string name, DeputyLevel level, string? delegation) =>
        level == DeputyLevel.Municipal && delegation is not null
            ? $"{name}（{DeputyLists.LevelName(level)}·{delegation}）"
            : $"{name}（{DeputyLists.LevelName(level)}）";

    /// <summary>A visitor's name in lists: the surname, the rest hidden (王**). The full name is on the reception's page.</summary>
    public static string MaskName(string name) =>
        name.Length <= 1 ? "*" : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string TimeRange(TimeOnly? start, TimeOnly? end) =>
        start is { } s && end is { } e ? $"{Time(s)}—{Time(e)}" : start is { } only ? Time(only) : "";

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Areas a station can hang off, grouped by district: the district itself, then its sub-districts and townships.
    /// Deactivated areas are left out, except the one the station already has.
    /// </summary>
    public static async Task<IReadOnlyList<SelectListItem>> AreasAsync(AppDbContext db, int? current, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking()
            .Where(a => a.IsActive || a.Id == current)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.Level, a.ParentId })
            .ToListAsync(ct);
        var children = areas.Where(a => a.ParentId is not null).ToLookup(a => a.ParentId!.Value);
        var items = new List<SelectListItem>();
        foreach (var district in areas.Where(a => a.Level == AreaLevel.District))
        {
            var group = new SelectListGroup { Name = district.Name };
            items.Add(new SelectListItem($"{district.Name}（区级）", Id(district.Id)) { Group = group });
            items.AddRange(children[district.Id].Select(a => new SelectListItem(a.Name, Id(a.Id)) { Group = group }));
        }
        return items;
    }

    /// <summary>Districts for list filters.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> DistrictsAsync(AppDbContext db, int? selected, CancellationToken ct)
    {
        var districts = await db.Areas.AsNoTracking()
            .Where(a => a.Level == AreaLevel.District)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(ct);
        return districts.Select(d => new SelectListItem(d.Name, Id(d.Id), d.Id == selected)).ToList();
    }

    /// <summary>“青山区 · 钢城街道” for a sub-district, the name alone for a district.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> AreaNamesAsync(AppDbContext db, CancellationToken ct)
    {
        var areas = await db.Areas.AsNoTracking().Select(a => new { a.Id, a.Name, a.ParentId }).ToListAsync(ct);
        var names = areas.ToDictionary(a => a.Id, a => a.Name);
        return areas.ToDictionary(a => a.Id, a => a.ParentId is { } parent && names.TryGetValue(parent, out var p) ? $"{p} · {a.Name}" : a.Name);
    }

    private static List<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(label(value), value.ToString())).ToList();
}
