using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using CongressPortal.Web.OpenData;
using Serilog;

namespace CongressPortal.Web.Infrastructure;

public static class Pipeline
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = Chinese;
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;

        app.UseForwardedHeaders();
        // Production only: HSTS and the redirect to HTTPS, once the forwarded scheme is known.
        app.UsePortalProductionSettings();
        // Friendly Chinese pages in every environment: the error page shows a reference number, never a stack trace.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        // Under /api failures answer problem+json, not the HTML page (issue 18).
        app.UseOpenDataErrors();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            // Everything is served from this site: no CDN, no external fonts or scripts, no inline script.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
            await next();
        });
        // Paths only, never query strings or user names: searches may contain personal data.
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // Static files are endpoints now (MapStaticAssets below): five of them per first visit would drown the pages.
            o.GetLevel = (context, _, exception) => exception is null && context.Response.StatusCode < 400 && IsStaticAsset(context)
                ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese],
            SupportedUICultures = [Chinese],
        });
        app.UseRouting();
        // Old ?id= links answer with a permanent redirect to the page's path form (/Staff/Deputies/Details/5).
        app.UseQueryStringRouteRedirects();
        app.UseRateLimiter();
        // The open data API may be read from any site's scripts (GET only, no cookies).
        app.UseCors();
        app.UseAuthentication();
        // After authentication: the default policy serves and stores anonymous requests only. Before authorization:
        // only pages open to everyone carry a cache policy (a convention test checks), so it would decide nothing.
        app.UseOutputCache();
        // Inside the cache, so a public page is compressed once and stored compressed (one entry per Accept-Encoding).
        // Signed-in pages are sent uncompressed: they mix personal data with text the reader typed (searches), which is
        // what a BREACH attack needs; public pages hold no secret, and antiforgery tokens are masked anew on every
        // response (ADR 0021).
        app.UseWhen(context => context.User.Identity?.IsAuthenticated != true && !IsStaticAsset(context), anonymous => anonymous.UseResponseCompression());
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
        // wwwroot from the build's static web assets manifest: fingerprinted URLs (site.{hash}.css) with a year's immutable
        // caching, Brotli and gzip copies made at build time, ETags for the plain URLs.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenData();
        return app;
    }

    private static bool IsStaticAsset(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null;

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status.ToString());
    }
}
