using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Suggestions;

public sealed class IndexModel : PageModel
{
}
