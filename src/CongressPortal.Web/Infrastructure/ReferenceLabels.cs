using CongressPortal.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CongressPortal.Web.Infrastructure;

/// <summary>The Chinese names of the reference-data kinds and states, in one place for lists, forms and conflict panels.</summary>
public static class ReferenceLabels
{
    public static string Of(CommitteeKind kind) => kind switch
    {
        CommitteeKind.Special => "专门委员会",
        CommitteeKind.Working => "工作委员会",
        CommitteeKind.Office => "办事机构",
        _ => kind.ToString(),
    };

    public static string Of(HandlingUnitKind kind) => kind switch
    {
        HandlingUnitKind.GovernmentDepartment => "市政府工作部门",
        HandlingUnitKind.DistrictGovernment => "区县（旗）人民政府",
        HandlingUnitKind.SupervisionOrJudicial => "监察机关、审判机关、检察机关",
        HandlingUnitKind.Other => "其他单位",
        _ => kind.ToString(),
    };

    public static string Of(AreaLevel level) => level switch
    {
        AreaLevel.District => "区、县、旗",
        AreaLevel.Subdistrict => "街道、乡镇、苏木",
        _ => level.ToString(),
    };

    public static string Of(CalendarDayKind kind) => kind switch
    {
        CalendarDayKind.Holiday => "放假",
        CalendarDayKind.MakeUpWorkday => "调休上班",
        _ => kind.ToString(),
    };

    /// <summary>启用 / 停用: a deactivated row stays in history but is no longer offered for new records.</summary>
    public static string Active(bool isActive) => isActive ? "启用" : "停用";

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    public static IReadOnlyList<SelectListItem> CommitteeKinds() => Options<CommitteeKind>(Of);

    public static IReadOnlyList<SelectListItem> HandlingUnitKinds() => Options<HandlingUnitKind>(Of);

    public static IReadOnlyList<SelectListItem> AreaLevels() => Options<AreaLevel>(Of);

    public static IReadOnlyList<SelectListItem> CalendarDayKinds() => Options<CalendarDayKind>(Of);

    /// <summary>Options valued by the enum name, which is also how the kinds are stored.</summary>
    private static List<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new SelectListItem(label(value), value.ToString())).ToList();
}
