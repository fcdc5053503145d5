using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Stations;

public enum StationKind
{
    /// <summary>代表联络站 (per sub-district / township).</summary>
    Station,

    /// <summary>代表之家.</summary>
    Home,

    /// <summary>代表工作室 (often professional, in an enterprise or institution).</summary>
    Office,

    /// <summary>网上代表联络站.</summary>
    Online,
}

public enum StationRole
{
    /// <summary>站长.</summary>
    Head,

    /// <summary>副站长.</summary>
    DeputyHead,

    /// <summary>进站代表.</summary>
    Member,
}

public enum HandlingPath
{
    /// <summary>当场答复.</summary>
    AnsweredOnSpot,

    /// <summary>转街道、乡镇办理.</summary>
    ReferredToSubdistrict,

    /// <summary>转区级部门办理.</summary>
    ReferredToDistrictDepartment,

    /// <summary>转为代表建议.</summary>
    TurnedIntoSuggestion,

    /// <summary>不予受理并告知途径 (e.g. matters under litigation).</summary>
    NotAcceptedInformed,
}

public static class StationLabels
{
    public static string Kind(StationKind kind) => kind switch
    {
        StationKind.Station => "代表联络站",
        StationKind.Home => "代表之家",
        StationKind.Office => "代表工作室",
        StationKind.Online => "网上代表联络站",
        _ => kind.ToString(),
    };

    public static string Role(StationRole role) => role switch
    {
        StationRole.Head => "站长",
        StationRole.DeputyHead => "副站长",
        StationRole.Member => "进站代表",
        _ => role.ToString(),
    };

    public static string Path(HandlingPath path) => path switch
    {
        HandlingPath.AnsweredOnSpot => "当场答复",
        HandlingPath.ReferredToSubdistrict => "转街道、乡镇",
        HandlingPath.ReferredToDistrictDepartment => "转区级部门",
        HandlingPath.TurnedIntoSuggestion => "转为代表建议",
        HandlingPath.NotAcceptedInformed => "不予受理并告知途径",
        _ => path.ToString(),
    };
}

public static class StationMessages
{
    private const string Area = "Station";

    public static Refusal AlreadyAssigned { get; } = Refusal.Define(Area, "该代表已在本站。", "DeputyId");
    public static Refusal NotAssigned { get; } = Refusal.Define(Area, "该代表不在本站。");
    public static Refusal AssignmentEndBeforeStart { get; } = Refusal.Define(Area, "离站日期不能早于进站日期。", "To");
    public static Refusal CoordinatesInvalid { get; } = Refusal.Define(Area, "经纬度不正确：纬度应在-90至90之间，经度应在-180至180之间。", "Latitude");
    public static Refusal CoordinatesPair { get; } = Refusal.Define(Area, "经度和纬度须同时填写。", "Latitude");
    public static Refusal TimeOrder { get; } = Refusal.Define(Area, "结束时间须晚于开始时间。", "EndTime");
    public static Refusal WeeklyNeedsDay { get; } = Refusal.Define(Area, "每周接待须选择星期几。", "Weekday");
    public static Refusal MonthlyNeedsDay { get; } = Refusal.Define(Area, "每月接待须填写日期（1—28日）。", "DayOfMonth");
    public static Refusal MonthlyWeekdayNeedsDetails { get; } = Refusal.Define(Area, "请选择第几周和星期几。", "WeekOfMonth");
    public static Refusal DeputiesPerDutyInvalid { get; } = Refusal.Define(Area, "每次值班代表人数须在1至10之间。", "DeputiesPerDuty");
    public static Refusal RotationEmpty { get; } = Refusal.Define(Area, "请至少选择一名轮值代表。", "Rotation");
    public static Refusal RotationNotMembers { get; } = Refusal.Define(Area, "轮值代表须为本站进站代表。", "Rotation");
    public static Refusal ReceptionNeedsDeputy { get; } = Refusal.Define(Area, "请至少选择一名参加接待的代表。", "DeputyIds");
    public static Refusal IssueNotFound { get; } = Refusal.Define(Area, "找不到该事项。");
    public static Refusal FeedbackNotNeeded { get; } = Refusal.Define(Area, "当场答复的事项无需再反馈。");
    public static Refusal ReceptionInFuture { get; } = Refusal.Define(Area, "接待日期不能晚于今天。", "Date");
    public static Refusal FeedbackInFuture { get; } = Refusal.Define(Area, "反馈日期不能晚于今天。", "On");
    public static Refusal FeedbackBeforeReception { get; } = Refusal.Define(Area, "反馈日期不能早于接待日期。", "On");
    /// <summary>About the deputies present; <c>.On(null)</c> when a follow-up deputy of an issue is the one outside the station.</summary>
    public static Refusal ReceptionDeputiesNotMembers { get; } = Refusal.Define(Area, "参加接待和跟进的代表须为本站进站代表。", "DeputyIds");
    public static Refusal RecorderMustBePresent { get; } = Refusal.Define(Area, "您本人须在参加接待的代表之中；代您登记其他代表的接待，请联系联络站工作人员。", "DeputyIds");
    /// <summary>The deputy desk's stricter check (former members may not be named); <c>.On(null)</c> for a follow-up deputy.</summary>
    public static Refusal NotACurrentMember { get; } = Refusal.Define(Area, "参加接待和跟进的代表须为本站现任进站代表。", "DeputyIds");
    public static Refusal OtherLevelDeputyExists { get; } = Refusal.Define(Area, "已有同名、同层级的代表，请在上方“安排代表进站”中按姓名查找后选择。", "Name");
}
