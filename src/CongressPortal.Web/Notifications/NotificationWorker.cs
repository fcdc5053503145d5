using Microsoft.Extensions.Options;
using Npgsql;

namespace CongressPortal.Web.Notifications;

/// <summary>
/// Computes reminders and sends the outbox on exactly one app node at a time: the node that holds a PostgreSQL session
/// advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own works; the others try again every
/// <see cref="NotificationOptions.SendEvery"/>. The lock goes with the connection, so a node that dies frees it.
/// </summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, string connectionString,
    TimeProvider clock, ILogger<NotificationWorker> logger) : BackgroundService
{
    /// <summary>The advisory lock's key: any fixed number no other part of the portal uses ("notify" in ASCII).</summary>
    public const long LockKey = 0x6E6F74696679;

    private readonly string _lockConnectionString =
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;

    private DateTimeOffset? _lastScan;

    /// <summary>Whether this instance holds the lock now (tests ask).</summary>
    public bool IsLeader { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_lockConnectionString);
                await connection.OpenAsync(stoppingToken);
                while (!stoppingToken.IsCancellationRequested)
                {
                    if (IsLeader || await TryLockAsync(connection, stoppingToken)) await WorkOnceAsync(stoppingToken);
                    await Task.Delay(options.Value.SendEvery, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The connection (and the lock with it) is gone: start again after a pause.
                IsLeader = false;
                logger.LogWarning(exception, "Notification worker failed; retrying");
                try
                {
                    await Task.Delay(options.Value.SendEvery, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        IsLeader = false;
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        IsLeader = (bool)(await command.ExecuteScalarAsync(ct))!;
        return IsLeader;
    }

    /// <summary>
    /// One round of work while holding the lock: the reminders when their time has come (and the statistics tallies folded,
    /// <see cref="Data.SuggestionTallies.CompactAsync"/>), then the outbox.
    /// </summary>
    private async Task WorkOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_lastScan is null || now - _lastScan >= options.Value.ScanEvery)
        {
            await using var scope = scopes.CreateAsyncScope();
            var written = await scope.ServiceProvider.GetRequiredService<ReminderScan>().RunAsync(ct);
            _lastScan = now;
            if (written > 0) logger.LogInformation("Wrote {Count} reminders", written);
            var folded = await Data.SuggestionTallies.CompactAsync(scope.ServiceProvider.GetRequiredService<Data.AppDbContext>(), ct);
            if (folded > 0) logger.LogInformation("Folded the statistics tallies of {Count} combinations", folded);
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(ct);
        }
    }

    public static void Register(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddScoped<Notifier>();
        services.AddScoped<ReminderScan>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<ManualReminders>();
        services.AddScoped<Data.Queries.NotificationStore>();
        services.AddSingleton(sp => new NotificationWorker(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IOptions<NotificationOptions>>(),
            connectionString, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<NotificationWorker>>()));
        services.AddHostedService(sp => sp.GetRequiredService<NotificationWorker>());
    }
}
