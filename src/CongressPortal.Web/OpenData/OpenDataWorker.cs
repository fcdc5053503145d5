using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.OpenData;

/// <summary>
/// The index's background side: at start-up, rebuilds the kinds whose documents have another shape than the code's (new
/// kinds, changed projections, a database loaded in bulk); then every few seconds indexes changes a save could not index
/// itself (a node stopped between commit and indexing, a failed attempt). Off in the web tests, which index on save.
/// </summary>
public sealed class OpenDataWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<OpenDataWorker> logger, TimeSpan interval) : BackgroundService
{
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue("OpenData:RunWorker", true)) return;
        var seconds = configuration.GetValue("OpenData:WorkerIntervalSeconds", 5);
        services.AddHostedService(sp => new OpenDataWorker(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ILogger<OpenDataWorker>>(), TimeSpan.FromSeconds(Math.Max(1, seconds))));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Page links are made through the app's endpoints: wait until it has started.
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        var rebuilt = false;
        var refreshed = new Dictionary<string, DateTimeOffset>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var indexer = scope.ServiceProvider.GetRequiredService<OpenDataIndexer>();
                if (!rebuilt)
                {
                    foreach (var kind in await indexer.StaleKindsAsync(stoppingToken)) await indexer.RebuildAsync(kind, stoppingToken);
                    rebuilt = true;
                }
                await indexer.ProcessPendingAsync(int.MaxValue, stoppingToken);
                // Kinds that depend on the date: re-projected when due (every node does it; unchanged documents stay as they are).
                foreach (var kind in scope.ServiceProvider.GetRequiredService<OpenDataKinds>().All)
                {
                    if (kind.RefreshEvery is not { } every) continue;
                    var now = DateTimeOffset.UtcNow;
                    if (refreshed.TryGetValue(kind.Name, out var last) && now - last < every) continue;
                    await indexer.RebuildAsync(kind, stoppingToken);
                    refreshed[kind.Name] = now;
                }
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException or TimeoutException or InvalidOperationException)
            {
                // The database may be restarting or not migrated yet: the next round tries again.
                logger.LogWarning(exception, "Open data worker round failed; retrying in {Interval}.", interval);
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
