using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Regulations;

public sealed class IndexModel : PageModel
{
}
