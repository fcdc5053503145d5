using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

public static class DeputyMessages
{
    private const string Area = "Deputy";

    public static Refusal UnknownEthnicity { get; } = Refusal.Define(Area, "民族须为56个民族之一，请从列表中选择。", "Ethnicity");
    public static Refusal UnknownParty { get; } = Refusal.Define(Area, "政治面貌不在可选范围内。", "Party");
    public static Refusal UnknownEducation { get; } = Refusal.Define(Area, "学历不在可选范围内。", "Education");
    public static Refusal MunicipalNeedsTermAndNumber { get; } = Refusal.Define(Area, "市人大代表须填写届次和代表证号。", "Number");
    public static Refusal StatusUnchanged { get; } = Refusal.Define(Area, "新状态与当前状态相同。", "To");
    public static Refusal StatusDateBeforeLast { get; } = Refusal.Define(Area, "状态变更日期不能早于上一次变更日期。", "Date");
    public static Refusal StatusReasonRequired { get; } = Refusal.Define(Area, "请填写状态变更的原因或依据。", "Reason");
    public static Refusal BirthDateImplausible { get; } = Refusal.Define(Area, "出生日期不合理：代表须年满18周岁。", "BirthDate");
    public static Refusal MobileInvalid { get; } = Refusal.Define(Area, "手机号码应为11位数字，以1开头。", "Mobile");
    public static Refusal IdNumberInvalid { get; } = Refusal.Define(Area, "公民身份号码应为18位，最后一位可以是数字或X。", "IdNumber");
    public static Refusal PhotoTooLarge { get; } = Refusal.Define(Area, "照片不能超过2MB。", "Photo");
    public static Refusal PhotoType { get; } = Refusal.Define(Area, "照片须为JPG或PNG格式。", "Photo");
    public static Refusal GroupKindMismatch { get; } = Refusal.Define(Area, "所选小组类型不符。", "GroupIds");
}
