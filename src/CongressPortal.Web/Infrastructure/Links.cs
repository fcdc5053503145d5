using Microsoft.AspNetCore.Mvc;

namespace CongressPortal.Web.Infrastructure;

public static class Links
{
    /// <summary>
    /// A page's address with a query string kept exactly as given. Route values cannot say <c>term=</c> (every
    /// term, as opposed to no term at all, which means the current one): link generation drops empty values.
    /// An unknown page throws, so a renamed page fails its tests instead of rendering a link that goes nowhere.
    /// </summary>
    public static string PageWithQuery(this IUrlHelper url, string pageName, IEnumerable<KeyValuePair<string, string?>> query)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Page(pageName) ?? throw new InvalidOperationException($"There is no page {pageName} to link to.");
        return path + QueryString.Create(query).ToUriComponent();
    }
}
