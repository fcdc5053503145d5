using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [
        ("代表建议", "登记、审查、交办、督办、满意度测评和统计。"),
        ("工作报告", "导入、校对和发布常委会工作报告。"),
    ];
}
