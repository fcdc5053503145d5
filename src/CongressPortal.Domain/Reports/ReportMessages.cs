using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// Every message about work reports that users read: warnings and suspicions (text), and refusals (a stable code
/// <c>Report.{member}</c>, the field they concern and the message).
/// </summary>
public static class ReportMessages
{
    private const string Area = "Report";

    public static string KindName(ReportBlockKind kind) => kind switch
    {
        ReportBlockKind.Title => "报告标题",
        ReportBlockKind.Subtitle => "副标题",
        ReportBlockKind.Speaker => "报告人",
        ReportBlockKind.Salutation => "称呼",
        ReportBlockKind.Part => "部分标题",
        ReportBlockKind.Section => "编号标题",
        ReportBlockKind.Heading => "无编号标题",
        _ => "段落",
    };

    // Import.
    public static Refusal NothingToImport { get; } = Refusal.Define(Area, "没有可导入的文字。", "Text");

    public static Refusal CorruptOutline { get; } = Refusal.Define(Area, "大纲数据不完整或已损坏，请重新导入。");

    // Warnings on a detected or edited outline.
    public const string NoOutline = "未检测到大纲结构，已按段落导入，请核对。";

    public const string NoNumberedOutline = "未检测到编号大纲，已按无编号标题和段落导入，请核对。";

    public const string DuplicateTitle = "报告标题重复出现，请删除多余的一处。";

    public const string Unterminated = "段落未以句末标点结束，可能被断开或截断，请核对。";

    public static string NumberingStart(string label, string first) => $"编号不连续：本层第一个标题是“{label}”，应为“{first}”。";

    public static string NumberingGap(string previous, string label) => $"编号不连续：“{previous}”之后是“{label}”。";

    public static string NumberingBackward(string previous, string label) => $"编号重复或倒退：“{previous}”之后又是“{label}”。";

    public const string LevelSkipped = "标题层级跳跃：前面没有上一级标题。";

    public static string SuspectRun(int count, string reason) => $"以下{count}段疑似外来内容（{reason}），请核对后删除或保留。";

    // Why a block looks foreign.
    public const string SuspectNewsFeature = "含记者署名，疑似误贴的新闻稿";

    public const string SuspectByline = "疑似新闻署名";

    public const string SuspectCaption = "疑似图片说明";

    public const string SuspectWebPage = "疑似网页附带信息，如发布时间、来源、网址";

    public const string SuspectAboveTitle = "位于报告标题之前，疑似网页栏目名称等附带信息";

    public const string SuspectNumbering = "编号与前文重复或倒退，疑似外来内容";

    // Refused edits. The fields are the inputs of the outline page's block form.
    public static Refusal BlockNotFound { get; } = Refusal.Define(Area, "找不到该段落，内容可能已被他人修改，请刷新后重试。", "BlockId");

    public static Refusal OnlyHeadingsChangeLevel { get; } = Refusal.Define(Area, "只有章节标题可以升级或降级。");

    public static Refusal CannotPromoteTopLevel { get; } = Refusal.Define(Area, "一级标题不能再升级。");

    public static Refusal CannotDemoteLowest { get; } = Refusal.Define(Area, $"已是第{ReportNumbering.MaxLevel}级标题，不能再降级。");

    public static Refusal DemoteNeedsParent { get; } = Refusal.Define(Area, "不能降级：前面没有可作为上一级的标题。");

    public static Refusal CannotMergeFirst { get; } = Refusal.Define(Area, "这是第一段，前面没有可合并的内容。");

    public static Refusal CannotMergeParagraphInto(ReportBlockKind kind) => Refusal.Define(Area, $"段落不能并入{KindName(kind)}，请先把它改为段落。");

    public static Refusal SplitAtRequired { get; } = Refusal.Define(Area, "请填写拆分位置：第几个字，或第二段开头的几个字。", "SplitAt");

    public static Refusal SplitTextNotFound(string text) => Refusal.Define(Area, $"在该段中找不到“{text}”，无法确定拆分位置。", "SplitAt");

    public static Refusal SplitOutOfRange { get; } = Refusal.Define(Area, "拆分位置必须在文字中间。", "SplitAt");

    public static Refusal SplitInsideHeading { get; } = Refusal.Define(Area, "不能在标题文字中间拆分，请在标题后的正文中选择拆分位置。", "SplitAt");

    public static Refusal CannotDeleteEverything { get; } = Refusal.Define(Area, "不能删除全部内容，报告至少要保留一段。");

    public static Refusal NothingSelected { get; } = Refusal.Define(Area, "请选择要删除的段落。");

    public static Refusal KindRequired { get; } = Refusal.Define(Area, "请选择类型。", "Kind");

    public static Refusal KindUnchanged { get; } = Refusal.Define(Area, "类型没有变化。", "Kind");

    public static Refusal TooLongForHeading(int max) => Refusal.Define(Area, $"超过{max}个字的段落不能改为标题。", "Kind");

    public static Refusal SplitBodyFirst { get; } = Refusal.Define(Area, "该标题后面还有正文，请先把正文拆分出来，再更改类型。", "Kind");

    public static Refusal NotSuspected { get; } = Refusal.Define(Area, "该段没有被标记为疑似外来内容。");

    public static Refusal NothingToRenumber { get; } = Refusal.Define(Area, "编号已经连续，无需重新编号。");

    public static Refusal LeadOnlyForParagraphs { get; } = Refusal.Define(Area, "只有段落可以设置加粗引导句。");

    public static Refusal LeadOutOfRange { get; } = Refusal.Define(Area, "引导句的长度必须在段落字数以内。", "LeadLength");

    public static Refusal LeadUnchanged { get; } = Refusal.Define(Area, "引导句没有变化。", "LeadLength");

    // The report and its versions. The fields are those of WorkReportDetails, KeyFigureDetails and the publishing forms.
    public static Refusal YearOutOfRange(int min, int max) => Refusal.Define(Area, $"年份应在{min}至{max}之间。", "Year");

    public static Refusal NoDraft { get; } = Refusal.Define(Area, "还没有导入报告正文，请先导入。");

    public static Refusal SuspectedBeforePublish { get; } = Refusal.Define(Area, "还有疑似外来内容未处理，请删除或确认保留后再发布。");

    public static Refusal NothingToCorrect { get; } = Refusal.Define(Area, "正文与已发布版本相同，没有需要更正的内容。");

    public static Refusal FigureNotFound { get; } = Refusal.Define(Area, "找不到该指标，可能已被他人删除，请刷新后重试。", "FigureId");

    public static Refusal FigureNegative { get; } = Refusal.Define(Area, "指标数值不能为负数。", "Value");

    // The table's refusal of these actions in a status that does not allow them (code Workflow.WrongStatus), in the
    // words staff know from the publishing page instead of the table's general wording.
    public static Refusal AlreadyPublished { get; } = WrongStatus("报告已发布；如需修改，请编辑后发布更正。");

    public static Refusal CorrectOnlyPublished { get; } = WrongStatus("只有已发布的报告可以发布更正。");

    public static Refusal UnpublishOnlyPublished { get; } = WrongStatus("只有已发布的报告可以撤回。");

    private static Refusal WrongStatus(string message) => DomainMessages.WrongStatus("", "", "") with { Message = message };
}
