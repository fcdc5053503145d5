using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Respawn;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>
/// The real application over a real PostgreSQL database of its own (created on the server that test.sh
/// started, dropped at the end). Migrated once; emptied with Respawn before every test.
/// </summary>
public class PortalAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databaseName = $"congress_test_{Guid.NewGuid():N}"[..30];
    private Respawner? _respawner;

    public TestClock Clock { get; } = new();

    public string ConnectionString { get; }

    private string ServerConnectionString { get; }

    public PortalAppFactory()
    {
        ServerConnectionString = Environment.GetEnvironmentVariable("CONGRESS_TEST_DB")
            ?? throw new InvalidOperationException("CONGRESS_TEST_DB is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName, Pooling = true }.ConnectionString;
        Clock.Moved += () =>
        {
            if (_started) PublicPageCache.EvictAllAsync(Services.GetRequiredService<IOutputCacheStore>()).GetAwaiter().GetResult();
        };
    }

    /// <summary>Whether the host has been built (moving the clock before then has no cache to evict).</summary>
    private bool _started;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Security:LoginAttemptsPerMinute", "10000");
        builder.UseSetting("Security:PublicFormPostsPerHour", "10000");
        builder.UseSetting("Security:DraftCommentPostsPerHour", "10000");
        builder.UseSetting("Security:PublicLookupsPerHour", "10000");
        builder.UseSetting("Security:PublicSearchesPerMinute", "100000");
        builder.UseSetting("Security:ApiRequestsPerMinute", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Run from a build, MapStaticAssets would answer no-cache (made for editing files while running); the tests check
        // the headers the manifest gives, which a published app sends.
        builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        // Reminders and e-mail are run by their tests, not by a background worker changing every test's data.
        builder.UseSetting("Notifications:RunWorker", "false");
        // Likewise the audit retention job (AuditRetentionTests runs it).
        builder.UseSetting("AuditRetention:RunJob", "false");
        // The open data index is kept by every save itself; the worker's start-up rebuild and polling would race the resets.
        builder.UseSetting("OpenData:RunWorker", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{_databaseName}\" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0", server);
            await create.ExecuteNonQueryAsync();
        }
        await using (var scope = Services.CreateAsyncScope())
        {
            _started = true;
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
        }
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
        await ResetAsync();
    }

    /// <summary>Empties every table, then puts back what every installation has: roles and the holiday calendar.</summary>
    public async Task ResetAsync()
    {
        Clock.Reset();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            // The audit table refuses deletes unless a connection opts in (see the Initial migration).
            await using (var optIn = new NpgsqlCommand("SET portal.allow_audit_purge = 'on'", connection)) await optIn.ExecuteNonQueryAsync();
            await _respawner!.ResetAsync(connection);
        }
        // The tables were emptied behind the application's back: no cached public page may survive that.
        await PublicPageCache.EvictAllAsync(Services.GetRequiredService<IOutputCacheStore>());
        foreach (var memory in Services.GetServices<ITagEvictedMemory>()) memory.Clear();
        Services.GetRequiredService<CongressPortal.Web.Identity.SessionCache>().Clear();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReferenceSeeder>().SeedAsync(CancellationToken.None);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var server = new NpgsqlConnection(ServerConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", server) { CommandTimeout = 120 };
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException exception)
        {
            // Best effort: test.sh removes the whole throwaway cluster anyway. A slow drop on a loaded
            // machine must not turn a green run red after every test has passed.
            Console.Error.WriteLine($"Could not drop test database {_databaseName}: {exception.Message}");
        }
    }
}

/// <summary>
/// Lets a test say which address a request comes from (<see cref="Header"/>), as the forwarded-headers middleware does
/// behind the proxy: per-address limits can then be tested for two clients. Runs before the app's own pipeline.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && System.Net.IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}

[CollectionDefinition(Name)]
public sealed class PortalTestGroup : ICollectionFixture<PortalAppFactory>
{
    public const string Name = "portal";
}
