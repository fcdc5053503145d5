namespace CongressPortal.Domain.Common;

/// <summary>Every refusal the shared rules give, in one place: each with a stable code, its field and the Chinese message.</summary>
public static class DomainMessages
{
    private const string Area = "Common";

    public static Refusal ActionRefused { get; } = Refusal.Define(Area, "该操作不被允许。");

    public static Refusal Required(string field, string label) => new("Common.Required", $"请填写{label}。", field);

    public static Refusal TooLong(string field, string label, int max) => new("Common.TooLong", $"{label}不能超过{max}个字。", field);

    public static Refusal MustBePositive(string field, string label) => new("Common.MustBePositive", $"{label}必须大于零。", field);

    public static Refusal EndBeforeStart(string field, string end, string start) => new("Common.EndBeforeStart", $"{end}不能早于{start}。", field);

    public static Refusal OutOfRange(string field, string label, int min, int max) => new("Common.OutOfRange", $"{label}须在 {min} 到 {max} 之间。", field);

    public static Refusal AreaCannotBeOwnParent { get; } = Refusal.Define(Area, "上级区划不能是它自己。", "ParentId");

    public static Refusal SubdistrictNeedsDistrict { get; } = Refusal.Define(Area, "街道、乡镇、苏木必须选择所属的区、县、旗。", "ParentId");

    public static Refusal DistrictHasNoParent { get; } = Refusal.Define(Area, "区、县、旗不能有上级区划。", "ParentId");

    /// <summary>Two levels only: a sub-district hangs off a district, never off another sub-district.</summary>
    public static Refusal ParentMustBeDistrict { get; } = Refusal.Define(Area, "所属区划必须是一个区、县、旗。", "ParentId");

    public static Refusal DistrictHasSubdistricts { get; } = Refusal.Define(Area, "该区、县、旗下还有街道、乡镇，不能改为街道、乡镇。", "Level");

    public static Refusal AdminAndAuditorExclusive { get; } = Refusal.Define(Area, "系统管理员与安全审计员职责分离：同一账号不能同时拥有“系统管理员”和“审计员”角色。", "Roles");

    public static Refusal DeputyRoleNeedsDeputy { get; } = Refusal.Define(Area, "“人大代表”角色的账号必须关联一名代表。", "DeputyId");

    public static Refusal UnitRoleNeedsUnit { get; } = Refusal.Define(Area, "“承办单位”角色的账号必须关联一个承办单位。", "HandlingUnitId");

    public static Refusal DeputyLinkNeedsRole { get; } = Refusal.Define(Area, "只有“人大代表”角色的账号才能关联代表。", "DeputyId");

    public static Refusal UnitLinkNeedsRole { get; } = Refusal.Define(Area, "只有“承办单位”角色的账号才能关联承办单位。", "HandlingUnitId");

    public static Refusal AtLeastOneRole { get; } = Refusal.Define(Area, "请至少选择一个角色。", "Roles");

    public static Refusal WrongRole(string action, string roles) => new("Workflow.WrongRole", $"“{action}”只能由{roles}办理。");

    public static Refusal WrongStatus(string noun, string action, string status) => new("Workflow.WrongStatus", $"{noun}当前为“{status}”，不能{action}。");

    /// <summary>The action needs the user's confirmation of a warning first.</summary>
    public static Refusal NeedsConfirmation(Warning warning) => new("Common.NeedsConfirmation", warning?.Message ?? "", "Confirmed");
}
