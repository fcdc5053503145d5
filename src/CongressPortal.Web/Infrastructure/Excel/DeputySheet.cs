using CongressPortal.Domain.Deputies;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>
/// The deputy registry as a worksheet: the columns of the import template, which the export repeats so an
/// exported list can be corrected and imported again. Documented in docs/deputy-import.md.
/// </summary>
public static class DeputySheet
{
    public const string SheetName = "代表名册";

    public const string TemplateFileName = "代表名册导入模板.xlsx";

    /// <summary>At most this many deputies per file: a municipal congress has a few hundred.</summary>
    public const int MaxDeputies = 5000;

    public const string Number = "代表证号";
    public const string Name = "姓名";
    public const string Gender = "性别";
    public const string Ethnicity = "民族";
    public const string BirthDate = "出生日期";
    public const string Party = "政治面貌";
    public const string Education = "学历";
    public const string WorkUnit = "工作单位及职务";
    public const string Constituency = "选区";
    public const string Delegation = "代表团";
    public const string DeputyGroup = "代表小组";
    public const string ProfessionalGroup = "专业代表小组";
    public const string Mobile = "手机号码";
    public const string IdNumber = "公民身份号码";
    public const string HomeAddress = "家庭住址";

    /// <summary>The columns of the template, the export and the import; each names the field of the domain's draft it fills.</summary>
    public static ImportSheet Import { get; } = new(SheetName,
    [
        new(Number, true, "本届内不得重复，最多20个字符。以0开头的代表证号请先把单元格设为“文本”格式。", 12, nameof(Deputy.Number)),
        new(Name, true, "最多50个字。", 10, nameof(DeputyProfile.Name)),
        new(Gender, true, "填“男”或“女”。", 6, nameof(DeputyProfile.Gender)),
        new(Ethnicity, true, "56个民族之一，写全称，如“汉族”“蒙古族”，见下方可选值。", 10, nameof(DeputyProfile.Ethnicity)),
        new(BirthDate, false, "格式yyyy-mm-dd，如1975-03-08；也可写1975/3/8、1975年3月8日，或使用Excel日期格式。", 12, nameof(DeputyProfile.BirthDate)),
        new(Party, false, "可不填；填写时须为下方可选值之一。", 12, nameof(DeputyProfile.Party)),
        new(Education, false, "可不填；填写时须为下方可选值之一。", 10, nameof(DeputyProfile.Education)),
        new(WorkUnit, false, "最多100个字。", 36, nameof(DeputyProfile.WorkUnitAndTitle)),
        new(Constituency, false, "最多50个字。", 16, nameof(DeputyProfile.Constituency)),
        new(Delegation, true, "须为所选届次已有的代表团，名称与系统中完全一致，见下方可选值。", 16, nameof(Deputy.DelegationId)),
        new(DeputyGroup, false, "可不填；填写时须为系统中已有的代表小组。", 16, nameof(Deputy.DeputyGroupId)),
        new(ProfessionalGroup, false, "可不填；填写时须为系统中已有的专业代表小组。", 18, nameof(Deputy.ProfessionalGroupId)),
        new(Mobile, false, "个人信息，仅工作人员可见。11位数字，以1开头。", 14, nameof(DeputyPrivateData.Mobile)),
        new(IdNumber, false, "个人信息，仅工作人员可见。18位，最后一位可以是X。请先把单元格设为“文本”格式，否则Excel会改掉后几位数字。", 22, nameof(DeputyPrivateData.IdNumber)),
        new(HomeAddress, false, "个人信息，仅工作人员可见。最多100个字。", 30, nameof(DeputyPrivateData.HomeAddress)),
    ], MaxDeputies, "代表", "名", "文件中没有代表数据：第1行是列名，请从第2行起每行填写一名代表。");

    public static IReadOnlyList<string> Headers => Import.Headers;

    public static IReadOnlyList<int> Widths => Import.Widths;

    /// <summary>What the template's second sheet says: the rules of each column, then the values to choose from.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Instructions(
        string termName, IReadOnlyList<string> delegations, IReadOnlyList<string> deputyGroups, IReadOnlyList<string> professionalGroups)
    {
        ArgumentNullException.ThrowIfNull(delegations);
        ArgumentNullException.ThrowIfNull(deputyGroups);
        ArgumentNullException.ThrowIfNull(professionalGroups);
        var rows = Import.InstructionRows();
        rows.Add([]);
        rows.Add(["说明", null, $"在“{SheetName}”工作表中从第2行起每行填写一名代表，不要改动第1行的列名。带*的列必须填写。上传时系统先逐行检查，全部无误才会导入；有任何错误则一行也不导入，并列出每个错误所在的行和列。每个文件最多{MaxDeputies}名代表，不超过10MB。"]);
        rows.Add(["届次", null, $"代表团为{termName}的代表团；导入时请选择同一届次。"]);
        rows.Add([]);
        rows.Add(["可选值", null, "请照抄以下名称，不要增减字或空格。"]);
        rows.Add([Ethnicity, Party, Education, Delegation, DeputyGroup, ProfessionalGroup]);
        IReadOnlyList<string>[] lists = [DeputyLists.Ethnicities, DeputyLists.Parties, DeputyLists.Educations, delegations, deputyGroups, professionalGroups];
        var longest = lists.Max(l => l.Count);
        for (var i = 0; i < longest; i++) rows.Add(lists.Select(l => i < l.Count ? l[i] : null).ToArray());
        return rows;
    }

    /// <summary>Column widths of the instructions sheet.</summary>
    public static IReadOnlyList<int> InstructionWidths { get; } = [16, 12, 60, 18, 18, 20];
}
