using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Account;

/// <summary>Where a user lands after signing in: straight to their desk, or a choice when they hold several roles.</summary>
public sealed class WorkspaceModel : PageModel
{
    public sealed record Desk(string Role, string Title, string Page, string Description);

    public static IReadOnlyList<Desk> AllDesks { get; } =
    [
        new(PortalRole.Staff, "工作人员工作台", "/Staff/Index", "代表建议登记交办、议案、监督、立法、代表和联络站管理。"),
        new(PortalRole.Deputy, "代表工作台", "/Deputy/Index", "我的联络站、接待安排、我的建议和履职档案。"),
        new(PortalRole.HandlingUnit, "承办单位工作台", "/Unit/Index", "本单位承办的代表建议：见面沟通、答复、承诺事项。"),
        new(PortalRole.Admin, "系统管理", "/Admin/Index", "账号、角色和基础数据。"),
        new(PortalRole.Auditor, "安全审计", "/Audit/Index", "查阅数据变更审计日志。"),
    ];

    public IReadOnlyList<Desk> Desks { get; private set; } = [];

    public IActionResult OnGet()
    {
        Desks = AllDesks.Where(d => User.IsInRole(d.Role)).ToList();
        return Desks.Count == 1 ? RedirectToPage(Desks[0].Page) : Page();
    }
}
