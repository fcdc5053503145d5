using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [
        ("工作报告", "导入、校对和发布常委会工作报告。"),
    ];
}
