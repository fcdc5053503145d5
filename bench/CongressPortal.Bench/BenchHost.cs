using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CongressPortal.Bench;

/// <summary>The portal's own services (data, identity, pages, seeding) in a host; a web server only if the caller starts one.</summary>
internal static class BenchHost
{
    public static WebApplication Build(string connectionString, WebApplicationOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(options ?? new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:Portal"] = connectionString;
        // As Program.cs: the static files of a build (not a publish) are mapped through its runtime manifest.
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration["EnableStaticAssetsDevelopmentCaching"] = "true";
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        builder.Services
            .AddPortalData(builder.Configuration)
            .AddPortalIdentity()
            .AddPortalPages(builder.Configuration)
            .AddPortalSeeding();
        return builder.Build();
    }
}
