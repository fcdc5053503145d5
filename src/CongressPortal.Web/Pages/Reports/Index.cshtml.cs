using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Reports;

public sealed class IndexModel : PageModel
{
}
