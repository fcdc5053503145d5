using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
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
        // Friendly Chinese pages in every environment: the error page shows a reference number, never a stack trace.
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
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
        app.UseStaticFiles();
        // Paths only, never query strings or user names: searches may contain personal data.
        app.UseSerilogRequestLogging(o => o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
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
        app.UseAuthentication();
        // After authentication: the default policy serves and stores anonymous requests only. Before authorization:
        // only pages open to everyone carry a cache policy (a convention test checks), so it would decide nothing.
        app.UseOutputCache();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealth }).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static Task WriteHealth(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status.ToString());
    }
}
