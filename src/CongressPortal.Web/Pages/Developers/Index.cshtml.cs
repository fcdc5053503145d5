using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.OpenData;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Pages.Developers;

/// <summary>
/// 开放数据: what the open data API (/api/v1) and the Atom feeds offer, how to page, mirror and keep a mirror up to date,
/// and the HTTP rules, with examples that use this site's own address (issue 18). It reads no data (the datasets are the
/// code's, the limit the configuration's), so it is rendered per request rather than cached.
/// </summary>
public sealed class IndexModel(OpenDataKinds kinds, IConfiguration configuration) : PageModel
{
    public IReadOnlyList<OpenDataKind> Datasets => kinds.All;

    /// <summary>The public address of the API's root, as examples should show it.</summary>
    public string ApiRoot { get; private set; } = "";

    public int RequestsPerMinute => RateLimits.Permits(configuration, "Security:ApiRequestsPerMinute", 120);

    public void OnGet() => ApiRoot = Request.PublicUrl(OpenDataLinks.Root);
}
