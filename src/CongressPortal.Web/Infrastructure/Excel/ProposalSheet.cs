namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>A session's proposals as a worksheet: the register (登记表) staff keep for the presidium and the committees.</summary>
public static class ProposalSheet
{
    public const string SheetName = "议案登记表";

    public static IReadOnlyList<string> Headers { get; } =
    [
        "编号", "案由", "提出者", "领衔代表", "联名代表", "登记日期", "办理状态", "主席团决定", "决定日期", "决定理由",
        "交付委员会", "报告期限", "报告日期", "审议结果日期", "审议结果", "撤回或转建议说明",
    ];

    public static IReadOnlyList<int> Widths { get; } = [28, 40, 14, 10, 40, 12, 14, 16, 12, 40, 26, 12, 12, 14, 40, 30];
}
