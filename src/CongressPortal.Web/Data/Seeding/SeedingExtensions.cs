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
    /// Applies migrations, then the reference data every installation needs (roles, the holiday calendar, the settings,
    /// the default suggestion categories), then — only in Development or when Seed:Demo is true — the demo city and its accounts.
    /// </summary>
    public static Task MigrateAndSeedAsync(this WebApplication app, CancellationToken ct = default)
    {
        var demo = app.Environment.IsDevelopment() || app.Configuration.GetValue("Seed:Demo", false);
        return app.Services.MigrateAndSeedAsync(demo, ct);
    }

    /// <summary>What <see cref="MigrateAndSeedAsync(WebApplication, CancellationToken)"/> runs, with the demo decided by the caller.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider root, bool demo, CancellationToken ct = default)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        var reference = services.GetRequiredService<ReferenceSeeder>();
        await reference.SeedAsync(ct);
        await reference.SeedDefaultCategoriesAsync(ct);
        if (demo) await services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
    }
}
