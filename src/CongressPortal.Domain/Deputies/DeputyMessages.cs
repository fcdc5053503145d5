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
    /// <summary>About the regional group; <c>.On("ProfessionalGroupId")</c> for the professional one.</summary>
    public static Refusal GroupKindMismatch { get; } = Refusal.Define(Area, "所选小组类型不符。", "DeputyGroupId");
    public static Refusal DelegationOfOtherTerm { get; } = Refusal.Define(Area, "所选代表团不属于该代表的届次，请重新选择。", "DelegationId");
    public static Refusal WorkPhoneInvalid { get; } = Refusal.Define(Area, "办公电话只能包含数字、空格、“-”和“+”，至少 7 位数字。", "WorkPhone");
    public static Refusal SharedWorkPhoneMissing { get; } = Refusal.Define(Area, "请填写办公电话，或不勾选向承办单位提供办公电话。", "WorkPhone");
    public static Refusal EmailInvalid { get; } = Refusal.Define(Area, "电子邮箱格式不正确。", "Email");
    public static Refusal SharedEmailMissing { get; } = Refusal.Define(Area, "请填写电子邮箱，或不勾选向承办单位提供电子邮箱。", "Email");
    public static Refusal EventNeedsDeputy { get; } = Refusal.Define(Area, "请至少选择一名参加的代表。", "DeputyIds");

    /// <summary>A deputy's number is unique within the term (the database's unique index says so too, without the holder).</summary>
    public static Refusal NumberTaken(string number, string holder) => new($"{Area}.{nameof(NumberTaken)}", $"本届代表证号{number}已是{holder}代表的，请核对。", "Number");
}
