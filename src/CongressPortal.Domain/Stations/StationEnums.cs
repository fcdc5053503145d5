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
    public const string AlreadyAssigned = "该代表已在本站。";
    public const string NotAssigned = "该代表不在本站。";
    public const string AssignmentEndBeforeStart = "离站日期不能早于进站日期。";
    public const string CoordinatesInvalid = "经纬度不正确：纬度应在-90至90之间，经度应在-180至180之间。";
    public const string CoordinatesPair = "经度和纬度须同时填写。";
    public const string TimeOrder = "结束时间须晚于开始时间。";
    public const string WeeklyNeedsDay = "每周接待须选择星期几。";
    public const string MonthlyNeedsDay = "每月接待须填写日期（1—28日）。";
    public const string MonthlyWeekdayNeedsDetails = "请选择第几周和星期几。";
    public const string DeputiesPerDutyInvalid = "每次值班代表人数须在1至10之间。";
    public const string RotationEmpty = "请至少选择一名轮值代表。";
    public const string RotationNotMembers = "轮值代表须为本站进站代表。";
    public const string ReceptionNeedsDeputy = "请至少选择一名参加接待的代表。";
    public const string IssueNotFound = "找不到该事项。";
    public const string FeedbackNotNeeded = "当场答复的事项无需再反馈。";
    public const string ReceptionInFuture = "接待日期不能晚于今天。";
}
