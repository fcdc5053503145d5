using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The cookie TempData provider, except that a request which brought no TempData cookie and leaves no message gets
/// no "delete the cookie" header. The layout reads TempData for its flash message on every page, so without this
/// every anonymous page carried a Set-Cookie, and responses that set cookies are never output-cached.
/// </summary>
public sealed class QuietTempDataProvider(CookieTempDataProvider inner, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!)) return;
        inner.SaveTempData(context, values);
    }
}
