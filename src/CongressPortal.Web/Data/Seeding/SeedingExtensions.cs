using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Data.Seeding;

public static class SeedingExtensions
{
    public static IServiceCollection AddPortalSeeding(this IServiceCollection services)
    {
        services.AddScoped<ReferenceSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoPeopleSeeder>();
        services.AddScoped<DemoSuggestionSeeder>();
        services.AddScoped<DemoProposalSeeder>();
        services.AddScoped<DemoSupervisionSeeder>();
        services.AddScoped<DemoReportSeeder>();
        services.AddScoped<DemoLegislationSeeder>();
        services.AddScoped<DemoDraftSeeder>();
        return services;
    }

    /// <summary>
    /// Applies migrations, then the reference data every installation needs (roles, the holiday calendar),
    /// then — only in Development or when Seed:Demo is true — the demo city and its accounts.
    /// </summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        await services.GetRequiredService<ReferenceSeeder>().SeedAsync(ct);
        var demo = app.Environment.IsDevelopment() || app.Configuration.GetValue("Seed:Demo", false);
        if (demo) await services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
    }
}
