using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [
        ("代表建议", "登记、审查、交办、督办、满意度测评和统计。"),
        ("人大代表", "代表名册、履职档案、代表联络站和接待记录。"),
        ("工作报告", "导入、校对和发布常委会工作报告。"),
    ];
}
