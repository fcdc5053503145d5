namespace CongressPortal.Domain.Common;

/// <summary>Every message the domain shows to users, in one place.</summary>
public static class DomainMessages
{
    public const string ActionRefused = "该操作不被允许。";

    public static string Required(string field) => $"请填写{field}。";

    public static string TooLong(string field, int max) => $"{field}不能超过{max}个字。";

    public static string MustBePositive(string field) => $"{field}必须大于零。";

    public static string EndBeforeStart(string end, string start) => $"{end}不能早于{start}。";

    public const string AreaCannotBeOwnParent = "上级区划不能是它自己。";

    public const string SubdistrictNeedsDistrict = "街道、乡镇、苏木必须选择所属的区、县、旗。";

    public const string DistrictHasNoParent = "区、县、旗不能有上级区划。";

    public const string AdminAndAuditorExclusive = "系统管理员与安全审计员职责分离：同一账号不能同时拥有“系统管理员”和“审计员”角色。";

    public const string DeputyRoleNeedsDeputy = "“人大代表”角色的账号必须关联一名代表。";

    public const string UnitRoleNeedsUnit = "“承办单位”角色的账号必须关联一个承办单位。";

    public const string DeputyLinkNeedsRole = "只有“人大代表”角色的账号才能关联代表。";

    public const string UnitLinkNeedsRole = "只有“承办单位”角色的账号才能关联承办单位。";

    public const string AtLeastOneRole = "请至少选择一个角色。";
}
