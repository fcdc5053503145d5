using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>
/// Suggestions as worksheets: the columns of the batch import template (one session's suggestions received
/// during the session), of the list export and of a unit's assignment list (交办清单).
/// </summary>
public static class SuggestionSheet
{
    public const string SheetName = "代表建议";

    public const string TemplateFileName = "代表建议导入模板.xlsx";

    /// <summary>At most this many suggestions per file: a session brings a few hundred.</summary>
    public const int MaxSuggestions = 2000;

    public const string Title = "标题";
    public const string Content = "内容";
    public const string Lead = "领衔代表";
    public const string CoSigners = "附议代表";
    public const string Category = "类别";
    public const string ReceivedOn = "收到日期";

    /// <summary>The first cell of the template's example row: an upload that still holds it is told to delete it.</summary>
    public const string ExampleTitle = "（示例）关于加快老旧小区加装电梯的建议";

    /// <summary>The columns of the batch import template; each names the field of <see cref="SuggestionDraft"/> it fills.</summary>
    public static ImportSheet Import { get; } = new(SheetName,
    [
        new(Title, true, "最多200个字。一事一议：每行一件建议。", 40, nameof(SuggestionDraft.Title)),
        new(Content, true, "建议的全文，最多20000个字。", 60, nameof(SuggestionDraft.Content)),
        new(Lead, true, "所选会议所在届次的代表姓名；本届有同名代表时，写姓名加代表证号，如“王芳（16023）”。", 16, nameof(SuggestionDraft.LeadDeputyId)),
        new(CoSigners, false, "可不填。多名代表用顿号“、”或逗号“，”隔开，如“李建国、王秀英”；同名代表的写法同领衔代表。领衔代表不要再列为附议代表。", 30, nameof(SuggestionDraft.CoSignerIds)),
        new(Category, true, "须为系统中的建议类别，名称完全一致，见下方可选值。", 12, nameof(SuggestionDraft.CategoryId)),
        new(ReceivedOn, true, "格式yyyy-mm-dd，如2026-01-12；也可写2026/1/12、2026年1月12日，或使用Excel日期格式。不能晚于今天。", 14, nameof(SuggestionDraft.ReceivedOn)),
    ], MaxSuggestions, "建议", "件", "文件中没有建议：第1行是列名，请从第2行起每行填写一件建议。");

    /// <summary>The template's example row, in the columns' order.</summary>
    public static IReadOnlyList<string?> ExampleRow(string category, string receivedOn) =>
    [
        ExampleTitle,
        "我市建成于2000年以前的老旧小区多为六层以下住宅，没有电梯，老年居民上下楼困难。建议简化加装电梯的审批流程，加大财政补贴力度。",
        "张三",
        "李四、王五（16023）",
        category,
        receivedOn,
    ];

    /// <summary>What the template's second sheet says: the rules of each column, then the categories to choose from.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Instructions(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var rows = Import.InstructionRows();
        rows.Add([]);
        rows.Add(["说明", null, $"在“{SheetName}”工作表中从第2行起每行填写一件建议，不要改动第1行的列名。第2行是示例，填写前请删除。带*的列必须填写。"]);
        rows.Add(["会议", null, "一个文件只导入同一次会议期间收到的建议；上传时在页面上选择会议。闭会期间的建议请逐件登记。"]);
        rows.Add(["检查", null, $"上传时系统先逐行检查，全部无误才会导入，导入后按行的顺序编号，状态为“待审查”；有任何错误则一件也不导入，并列出每个错误所在的行和列。每个文件最多{MaxSuggestions}件建议，不超过10MB。"]);
        rows.Add([]);
        rows.Add(["可选值", null, "类别请照抄以下名称，不要增减字或空格。"]);
        rows.Add([Category]);
        rows.AddRange(categories.Select(c => new[] { c }));
        return rows;
    }

    /// <summary>Column widths of the instructions sheet.</summary>
    public static IReadOnlyList<int> InstructionWidths { get; } = [16, 12, 80];

    // ---------------------------------------------------------------- the list export

    public const string ExportSheetName = "建议列表";

    public static IReadOnlyList<string> ExportHeaders { get; } =
    [
        "编号", "标题", "来源", "会议", "领衔代表", "附议代表", "类别", "收到日期", "状态", "办理方式",
        "承办单位", "交办日期", "答复期限", "答复日期", "答复分类", "满意度", "是否重点",
    ];

    public static IReadOnlyList<int> ExportWidths { get; } = [26, 40, 10, 34, 10, 24, 10, 12, 10, 10, 36, 12, 12, 12, 24, 10, 8];

    // ---------------------------------------------------------------- a unit's assignment list

    public const string AssignmentSheetName = "交办清单";

}
