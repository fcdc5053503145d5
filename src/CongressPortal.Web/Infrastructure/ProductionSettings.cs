using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// The <c>Portal</c> section: the address the public knows the portal by, and HSTS. Links that leave the page (feeds,
/// e-mails, the printed source line) are built from <see cref="PublicBaseUrl"/>, never from the request's Host header,
/// which whoever sends the request chooses.
/// </summary>
public sealed class PortalOptions
{
    /// <summary>Scheme and host, no path: <c>https://rd.example.gov.cn</c>. Empty: the request's own (development).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Further host names requests may carry besides the public one (an intranet name, a node address for checks).</summary>
    public string[] AdditionalHosts { get; set; } = [];

    public HstsSettings Hsts { get; set; } = new();

    /// <summary>The port HTTP requests are redirected to (the proxy's HTTPS port).</summary>
    public int HttpsPort { get; set; } = 443;

    public sealed class HstsSettings
    {
        public int MaxAgeDays { get; set; } = 365;

        public bool IncludeSubDomains { get; set; } = true;
    }

    public Uri? BaseUri => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl.TrimEnd('/'), UriKind.Absolute);
}

/// <summary>
/// Production settings (issue 17): HTTPS only (redirect and HSTS), cookies marked Secure, forwarded headers believed only
/// from the configured proxies, host filtering to the public host. Outside Production only the proxy rule and the
/// canonical links apply, so development and the tests run over plain HTTP.
/// </summary>
public static class ProductionSettings
{
    public static IServiceCollection AddPortalProductionSettings(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("Portal");
        var portal = section.Get<PortalOptions>() ?? new PortalOptions();
        services.Configure<PortalOptions>(section);
        var baseUri = ValidatedBaseUri(portal, environment);

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only the configured proxies are believed. With none configured the defaults stay: loopback only (an empty
            // list would mean "believe anybody" to the middleware).
            var proxies = Addresses(configuration, "Proxy:KnownProxies").Concat(Addresses(configuration, "Security:KnownProxies")).ToList();
            var networks = (configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? []).Select(System.Net.IPNetwork.Parse).ToList();
            if (proxies.Count > 0 || networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
                foreach (var network in networks) options.KnownIPNetworks.Add(network);
            }
            options.ForwardLimit = configuration.GetValue("Proxy:ForwardLimit", 1);
            if (baseUri is not null) options.AllowedHosts = AllowedHosts(portal, baseUri);
        });

        if (!environment.IsProduction()) return services;

        if (baseUri is not null)
        {
            // AllowedHosts from the same setting: a request naming another host is answered 400 before any page runs.
            services.PostConfigure<HostFilteringOptions>(options =>
            {
                options.AllowedHosts = AllowedHosts(portal, baseUri);
                options.AllowEmptyHosts = false;
            });
        }
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(portal.Hsts.MaxAgeDays);
            options.IncludeSubDomains = portal.Hsts.IncludeSubDomains;
            options.Preload = false;
        });
        services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            options.HttpsPort = portal.HttpsPort;
        });
        // Every cookie the portal sets is sent over HTTPS only: the session (and Identity's other cookies), antiforgery, TempData.
        services.PostConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.PostConfigure<AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        services.PostConfigure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.Always);
        return services;
    }

    /// <summary>After forwarded headers: the scheme the client used is known. The load balancer's /healthz stays plain HTTP.</summary>
    public static WebApplication UsePortalProductionSettings(this WebApplication app)
    {
        if (!app.Environment.IsProduction()) return app;
        app.UseHsts();
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/healthz"), https => https.UseHttpsRedirection());
        return app;
    }

    /// <summary>An absolute address for a path of this site: on the configured public host, or the request's when none is set.</summary>
    public static string PublicUrl(this HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var baseUri = request.HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.BaseUri;
        var origin = baseUri is null ? $"{request.Scheme}://{request.Host}" : baseUri.GetLeftPart(UriPartial.Authority);
        return origin + path;
    }

    /// <summary>A page's absolute address on the public host (feeds): like <c>Url.PageLink</c> without trusting Host.</summary>
    public static string PublicPageLink(this IUrlHelper url, string pageName, object? values = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.Page(pageName, values) ?? throw new InvalidOperationException($"There is no page {pageName} to link to.");
        return url.ActionContext.HttpContext.Request.PublicUrl(path);
    }

    private static Uri? ValidatedBaseUri(PortalOptions portal, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(portal.PublicBaseUrl)) return null;
        if (!Uri.TryCreate(portal.PublicBaseUrl.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Portal:PublicBaseUrl must be a scheme and a host such as https://rd.example.gov.cn, not \"{portal.PublicBaseUrl}\".");
        }
        if (environment.IsProduction() && uri.Scheme != "https")
        {
            throw new InvalidOperationException($"Portal:PublicBaseUrl must be an https address in Production, not \"{portal.PublicBaseUrl}\".");
        }
        return uri;
    }

    private static List<string> AllowedHosts(PortalOptions portal, Uri baseUri) =>
        [baseUri.Host, .. portal.AdditionalHosts];

    private static IEnumerable<IPAddress> Addresses(IConfiguration configuration, string key) =>
        (configuration.GetSection(key).Get<string[]>() ?? []).Select(IPAddress.Parse);
}
