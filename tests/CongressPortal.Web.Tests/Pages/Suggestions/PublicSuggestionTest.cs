using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Suggestions;

/// <summary>
/// 建议办理结果公开 (docs/domain/suggestions.md#disclosure): only replied suggestions whose unit allowed publication, only public fields —
/// number, title, deputies' names, units, classification and reply text.
/// </summary>
public abstract class PublicSuggestionTest(PortalAppFactory app) : DeputySuggestionTest(app)
{
    protected static readonly Actor Staff = Actor.Staff("测试工作人员");

    protected static async Task<List<string>> ListedTitlesAsync(PortalClient client, string query = "")
    {
        var page = await client.GetDocumentAsync("/Suggestions" + query);
        return page.QuerySelectorAll("#public-suggestions tbody tr th a").Select(a => a.TextContent).ToList();
    }
}
