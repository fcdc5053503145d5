namespace CongressPortal.Domain.Deputies;

public static class DeputyMessages
{
    public const string UnknownEthnicity = "民族须为56个民族之一，请从列表中选择。";
    public const string UnknownParty = "政治面貌不在可选范围内。";
    public const string UnknownEducation = "学历不在可选范围内。";
    public const string MunicipalNeedsTermAndNumber = "市人大代表须填写届次和代表证号。";
    public const string StatusUnchanged = "新状态与当前状态相同。";
    public const string StatusDateBeforeLast = "状态变更日期不能早于上一次变更日期。";
    public const string StatusReasonRequired = "请填写状态变更的原因或依据。";
    public const string BirthDateImplausible = "出生日期不合理：代表须年满18周岁。";
    public const string MobileInvalid = "手机号码应为11位数字，以1开头。";
    public const string IdNumberInvalid = "公民身份号码应为18位，最后一位可以是数字或X。";
    public const string PhotoTooLarge = "照片不能超过2MB。";
    public const string PhotoType = "照片须为JPG或PNG格式。";
    public const string GroupKindMismatch = "所选小组类型不符。";
}
