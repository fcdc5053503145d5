namespace CongressPortal.Domain.Reports;

/// <summary>Every message about work report outlines that users read: warnings, suspicions and refused edits.</summary>
public static class ReportMessages
{
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
    public const string NothingToImport = "没有可导入的文字。";

    public const string CorruptOutline = "大纲数据不完整或已损坏，请重新导入。";

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

    // Refused edits.
    public const string BlockNotFound = "找不到该段落，内容可能已被他人修改，请刷新后重试。";

    public const string OnlyHeadingsChangeLevel = "只有章节标题可以升级或降级。";

    public const string CannotPromoteTopLevel = "一级标题不能再升级。";

    public static string CannotDemoteLowest => $"已是第{ReportNumbering.MaxLevel}级标题，不能再降级。";

    public const string DemoteNeedsParent = "不能降级：前面没有可作为上一级的标题。";

    public const string CannotMergeFirst = "这是第一段，前面没有可合并的内容。";

    public static string CannotMergeParagraphInto(ReportBlockKind kind) => $"段落不能并入{KindName(kind)}，请先把它改为段落。";

    public const string SplitOutOfRange = "拆分位置必须在文字中间。";

    public const string SplitInsideHeading = "不能在标题文字中间拆分，请在标题后的正文中选择拆分位置。";

    public const string CannotDeleteEverything = "不能删除全部内容，报告至少要保留一段。";

    public const string NothingSelected = "请选择要删除的段落。";

    public const string KindUnchanged = "类型没有变化。";

    public static string TooLongForHeading(int max) => $"超过{max}个字的段落不能改为标题。";

    public const string SplitBodyFirst = "该标题后面还有正文，请先把正文拆分出来，再更改类型。";

    public const string NotSuspected = "该段没有被标记为疑似外来内容。";

    public const string NothingToRenumber = "编号已经连续，无需重新编号。";

    public const string LeadOnlyForParagraphs = "只有段落可以设置加粗引导句。";

    public const string LeadOutOfRange = "引导句的长度必须在段落字数以内。";

    public const string LeadUnchanged = "引导句没有变化。";

    // The report and its versions.
    public static string YearOutOfRange(int min, int max) => $"年份应在{min}至{max}之间。";

    public const string NoDraft = "还没有导入报告正文，请先导入。";

    public const string AlreadyPublished = "报告已发布；如需修改，请编辑后发布更正。";

    public const string SuspectedBeforePublish = "还有疑似外来内容未处理，请删除或确认保留后再发布。";

    public const string CorrectOnlyPublished = "只有已发布的报告可以发布更正。";

    public const string NothingToCorrect = "正文与已发布版本相同，没有需要更正的内容。";

    public const string UnpublishOnlyPublished = "只有已发布的报告可以撤回。";

    public const string FigureNotFound = "找不到该指标，可能已被他人删除，请刷新后重试。";

    public const string FigureNegative = "指标数值不能为负数。";
}
