using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Staff;

public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<(string Title, string Description)> ComingModules { get; } =
    [];
}
