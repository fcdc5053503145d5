using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// Static files run from a build (tests, benchmarks, run.sh outside Development) are found through the build's runtime
// manifest (wwwroot plus the compressed copies under obj/); a published app has no such manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

builder.Services
    .AddPortalData(builder.Configuration)
    .AddPortalIdentity()
    .AddPortalPages(builder.Configuration)
    .AddPortalSeeding()
    // HTTPS, HSTS, Secure cookies, trusted proxies and the public address (issue 17, docs/deployment.md).
    .AddPortalProductionSettings(builder.Configuration, builder.Environment);
// Audit rows past the retention archived to files, then purged, daily on one node (issue 17, docs/deployment.md).
AuditArchiver.Register(builder.Services, builder.Configuration);

var app = builder.Build();

app.UsePortalPipeline();

if (args.Contains("--migrate-only"))
{
    await app.MigrateAndSeedAsync();
    return;
}

var createAdmin = Array.IndexOf(args, "--create-admin");
if (createAdmin >= 0 && createAdmin + 1 < args.Length)
{
    Environment.ExitCode = await AdminBootstrap.CreateAdminAsync(app, args[createAdmin + 1], Environment.GetEnvironmentVariable("PORTAL_ADMIN_PASSWORD"));
    return;
}

if (app.Configuration.GetValue("Database:MigrateOnStart", false))
{
    await app.MigrateAndSeedAsync();
}

await app.RunAsync();

/// <summary>Entry point; public so the test host can start the real application.</summary>
public partial class Program;
