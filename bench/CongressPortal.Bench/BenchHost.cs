using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Bench;

/// <summary>The portal's own services (data, identity, pages, seeding) in a host without a web server.</summary>
internal static class BenchHost
{
    public static WebApplication Build(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["ConnectionStrings:Portal"] = connectionString;
        builder.Logging.ClearProviders();
        builder.Services
            .AddPortalData(builder.Configuration)
            .AddPortalIdentity()
            .AddPortalPages(builder.Configuration)
            .AddPortalSeeding();
        return builder.Build();
    }
}
