using System.Diagnostics;
using System.Globalization;
using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Serilog.Events;

namespace CongressPortal.Bench;

/// <summary>
/// The public report page, served from the output cache, against a minimal endpoint in the same application that
/// writes the very same bytes: both behind the whole middleware pipeline, on Kestrel at 127.0.0.1, in the same run,
/// alternating rounds so that drift on a shared machine hits both alike.
/// </summary>
internal static class ReportPageBenchmark
{
    private const string MinimalPath = "/bench/same-bytes";

    public static async Task RunAsync(string connectionString, string[] args)
    {
        var connections = IntArg(args, 0, 32);
        var seconds = IntArg(args, 1, 10);
        var rounds = IntArg(args, 2, 3);

        var app = Build(connectionString);
        // Loads the demo city, with its three published reports, on an empty database.
        await app.MigrateAndSeedAsync();
        var year = await LatestPublishedYearAsync(app);
        var bytes = Array.Empty<byte>();
        var contentType = "text/html; charset=utf-8";
        app.UsePortalPipeline();
        app.MapGet(MinimalPath, (HttpContext context) =>
        {
            context.Response.ContentType = contentType;
            context.Response.ContentLength = bytes.Length;
            return context.Response.Body.WriteAsync(bytes).AsTask();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }) { BaseAddress = new Uri(address) };

        var pagePath = $"/Reports/{year}";
        using (var first = await client.GetAsync(pagePath))
        {
            first.EnsureSuccessStatusCode();
            bytes = await first.Content.ReadAsByteArrayAsync();
            contentType = first.Content.Headers.ContentType!.ToString();
        }
        using (var second = await client.GetAsync(pagePath))
        {
            var again = await second.Content.ReadAsByteArrayAsync();
            if (second.Headers.Age is null) throw new InvalidOperationException($"{pagePath} was not served from the output cache.");
            if (!again.AsSpan().SequenceEqual(bytes)) throw new InvalidOperationException($"{pagePath} changed between two requests.");
        }
        using (var minimal = await client.GetAsync(MinimalPath))
        {
            if (!(await minimal.Content.ReadAsByteArrayAsync()).AsSpan().SequenceEqual(bytes)) throw new InvalidOperationException("The minimal endpoint does not return the page's bytes.");
        }

        Console.WriteLine($"Report page {pagePath}: {bytes.Length:N0} bytes; {connections} connections, {rounds} rounds of {seconds} s per endpoint, client in the same process.");
        var results = new Dictionary<string, List<Run>> { [MinimalPath] = [], [pagePath] = [] };
        await LoadAsync(client, MinimalPath, connections, TimeSpan.FromSeconds(3));
        await LoadAsync(client, pagePath, connections, TimeSpan.FromSeconds(3));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var path in results.Keys)
            {
                var run = await LoadAsync(client, path, connections, TimeSpan.FromSeconds(seconds));
                results[path].Add(run);
                Console.WriteLine($"  round {round + 1} {path,-20} {run.Throughput,8:N0} req/s  p50 {run.Percentile(0.50),6:0.00} ms  p95 {run.Percentile(0.95),6:0.00} ms  p99 {run.Percentile(0.99),6:0.00} ms  errors {run.Errors}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Endpoint | Requests/s | p50 | p95 | p99 | Errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var summary = results.ToDictionary(r => r.Key, r => Run.Combine(r.Value));
        foreach (var (path, run) in summary)
        {
            Console.WriteLine($"| `{path}` | {run.Throughput:N0} | {run.Percentile(0.50):0.00} ms | {run.Percentile(0.95):0.00} ms | {run.Percentile(0.99):0.00} ms | {run.Errors} |");
        }
        var ratio = summary[pagePath].Throughput / summary[MinimalPath].Throughput;
        Console.WriteLine();
        Console.WriteLine($"Report page throughput = {ratio:0.00}× the minimal endpoint (goal ≥ 0.9×); report page p95 {summary[pagePath].Percentile(0.95):0.00} ms (goal < 10 ms).");
        await app.StopAsync();
    }

    /// <summary>The portal as served in production (Seed:Demo on), on Kestrel at 127.0.0.1 on a free port; shared by the HTTP benchmarks.</summary>
    internal static WebApplication Build(string connectionString)
    {
        // The portal's assembly is the application (so its Razor pages are found) and its folder the content root
        // (so wwwroot and appsettings.json are the ones the portal ships with).
        var web = typeof(Pipeline).Assembly;
        var contentRoot = Path.GetFullPath(Path.Combine("src", "CongressPortal.Web"));
        var options = new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = web.GetName().Name,
            ContentRootPath = Directory.Exists(contentRoot) ? contentRoot : AppContext.BaseDirectory,
        };
        return BenchHost.Build(connectionString, options, builder =>
        {
            builder.Configuration["Seed:Demo"] = "true";
            builder.Configuration["urls"] = "http://127.0.0.1:0";
            // Warnings only: the request log line per request is left out, so it does not hide the page's own cost.
            builder.Services.AddSerilog(logger => logger.MinimumLevel.Warning().MinimumLevel.Override("Microsoft", LogEventLevel.Error)
                .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));
        });
    }

    private static async Task<int> LatestPublishedYearAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.WorkReports.Where(r => r.Status == WorkReportStatus.Published).MaxAsync(r => r.Year);
    }

    internal static async Task<Run> LoadAsync(HttpClient client, string path, int connections, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(50_000);
            var errors = 0;
            var buffer = new byte[81920];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                {
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                }
                if (response.StatusCode != HttpStatusCode.OK) errors++;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return (latencies, errors);
        })).ToArray();
        var done = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        return new Run(done.SelectMany(d => d.latencies).ToArray(), done.Sum(d => d.errors), elapsed.TotalSeconds);
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    internal sealed record Run(double[] Latencies, int Errors, double Seconds)
    {
        public double Throughput => Latencies.Length / Seconds;

        public double Percentile(double p)
        {
            var sorted = Latencies.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        }

        public static Run Combine(IReadOnlyList<Run> runs) =>
            new(runs.SelectMany(r => r.Latencies).ToArray(), runs.Sum(r => r.Errors), runs.Sum(r => r.Seconds));
    }
}
