namespace CongressPortal.Domain.Deputies;

/// <summary>The closed lists a deputy's profile draws from.</summary>
public static class DeputyLists
{
    /// <summary>The 56 officially recognised ethnic groups (民族), in the order of the national standard GB/T 3304.</summary>
    public static IReadOnlyList<string> Ethnicities { get; } =
    [
        "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
        "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
        "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
        "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
        "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
        "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    ];

    /// <summary>政治面貌.</summary>
    public static IReadOnlyList<string> Parties { get; } =
    [
        "中共党员", "中共预备党员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员", "致公党党员",
        "九三学社社员", "台盟盟员", "无党派人士", "群众",
    ];

    /// <summary>学历.</summary>
    public static IReadOnlyList<string> Educations { get; } = ["研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下"];

    public static string StatusName(DeputyStatus status) => status switch
    {
        DeputyStatus.Serving => "在任",
        DeputyStatus.Resigned => "辞职",
        DeputyStatus.Recalled => "罢免",
        DeputyStatus.Terminated => "代表资格终止",
        DeputyStatus.Suspended => "暂停执行代表职务",
        _ => status.ToString(),
    };

    public static string LevelName(DeputyLevel level) => level switch
    {
        DeputyLevel.National => "全国人大代表",
        DeputyLevel.Provincial => "省级人大代表",
        DeputyLevel.Municipal => "市人大代表",
        DeputyLevel.County => "县（区）人大代表",
        DeputyLevel.Township => "乡镇人大代表",
        _ => level.ToString(),
    };

    public static string GenderName(Gender gender) => gender == Gender.Female ? "女" : "男";
}
