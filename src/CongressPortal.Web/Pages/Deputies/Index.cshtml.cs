using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Deputies;

public sealed class IndexModel : PageModel
{
}
