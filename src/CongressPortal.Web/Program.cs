using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

builder.Services
    .AddPortalData(builder.Configuration)
    .AddPortalIdentity()
    .AddPortalPages(builder.Configuration)
    .AddPortalSeeding();

var app = builder.Build();

app.UsePortalPipeline();

if (args.Contains("--migrate-only"))
{
    await app.MigrateAndSeedAsync();
    return;
}

if (app.Configuration.GetValue("Database:MigrateOnStart", false))
{
    await app.MigrateAndSeedAsync();
}

await app.RunAsync();

/// <summary>Entry point; public so the test host can start the real application.</summary>
public partial class Program;
