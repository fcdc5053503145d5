using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Stations;

public sealed class IndexModel : PageModel
{
}
