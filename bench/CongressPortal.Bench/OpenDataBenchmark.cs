using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.OpenData;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Bench;

/// <summary>
/// The open data API over the one-million-suggestion database (issue 18): the index built from the records (once), then
/// a full crawl of every list following <c>next</c> as a mirror would (one client, one request at a time), and a poll with
/// <c>modified_since</c> after the newest object, which finds nothing. Goals: list pages p95 &lt; 30 ms, the empty poll &lt; 5 ms.
/// </summary>
internal static class OpenDataBenchmark
{
    public static async Task RunAsync(string connectionString, string[] args)
    {
        var limit = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : OpenDataApi.DefaultLimit;
        var polls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        // One client makes every request: the per-address API limit (ADR 0025) out of reach. The index is built below, not by the worker.
        Environment.SetEnvironmentVariable("Security__ApiRequestsPerMinute", "1000000000");
        Environment.SetEnvironmentVariable("OpenData__RunWorker", "false");
        var app = ReportPageBenchmark.Build(connectionString);
        await app.MigrateAndSeedAsync();
        app.UsePortalPipeline();
        await app.StartAsync();

        await BuildIndexAsync(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }) { BaseAddress = new Uri(address) };

        Console.WriteLine($"Full crawl, one request at a time, limit {limit}, uncompressed (client in the same process):");
        Console.WriteLine();
        Console.WriteLine("| List | Objects | Pages | Bytes | Page p50 | Page p95 | Page max | Empty poll p50 | Empty poll p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var all = new List<double>();
        var allPolls = new List<double>();
        var crawl = Stopwatch.StartNew();
        long objects = 0;
        foreach (var kind in app.Services.GetRequiredService<OpenDataKinds>().All)
        {
            var times = new List<double>();
            long bytes = 0;
            var count = 0;
            string? newest = null;
            for (string? next = $"/api/v1/{kind.Name}?limit={limit}"; next is not null;)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(next);
                var body = await response.Content.ReadAsByteArrayAsync();
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {next}: {(int)response.StatusCode}");
                bytes += body.Length;
                using var page = JsonDocument.Parse(body);
                foreach (var item in page.RootElement.GetProperty("data").EnumerateArray())
                {
                    count++;
                    newest = item.GetProperty("modified").GetString();
                }
                next = page.RootElement.GetProperty("links").GetProperty("next").GetString();
            }
            objects += count;
            // The mirror's next round: modified_since just after the newest object it has, which finds nothing.
            var since = Uri.EscapeDataString(OpenDataWriter.Stamp((newest is null ? DateTimeOffset.UtcNow : DateTimeOffset.Parse(newest, CultureInfo.InvariantCulture)).AddTicks(10)));
            var pollTimes = new List<double>();
            for (var i = 0; i < polls + 20; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync($"/api/v1/{kind.Name}?modified_since={since}");
                var body = await response.Content.ReadAsByteArrayAsync();
                if (i >= 20) pollTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!body.AsSpan().StartsWith("{\"data\":[]"u8)) throw new InvalidOperationException("The poll found something.");
            }
            all.AddRange(times);
            allPolls.AddRange(pollTimes);
            Console.WriteLine($"| `{kind.Name}` | {count:N0} | {times.Count:N0} | {bytes:N0} | {P(times, 0.5):0.00} ms | {P(times, 0.95):0.00} ms | {times.Max():0.00} ms | {P(pollTimes, 0.5):0.00} ms | {P(pollTimes, 0.95):0.00} ms |");
        }
        Console.WriteLine($"| **all** | {objects:N0} | {all.Count:N0} | | {P(all, 0.5):0.00} ms | {P(all, 0.95):0.00} ms (goal < 30) | {all.Max():0.00} ms | {P(allPolls, 0.5):0.00} ms | {P(allPolls, 0.95):0.00} ms (goal < 5) |");
        Console.WriteLine();
        Console.WriteLine($"Whole crawl (pages and polls): {crawl.Elapsed.TotalSeconds:0.0} s.");
        await app.StopAsync();
    }

    /// <summary>Brings the index up to date with the records (the worker's start-up rebuild, done here and timed).</summary>
    private static async Task BuildIndexAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var indexer = scope.ServiceProvider.GetRequiredService<OpenDataIndexer>();
        var stale = await indexer.StaleKindsAsync(CancellationToken.None);
        var started = Stopwatch.StartNew();
        foreach (var kind in stale) await indexer.RebuildAsync(kind, CancellationToken.None);
        await indexer.ProcessPendingAsync(int.MaxValue, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var indexed = await db.Set<OpenDataObject>().CountAsync();
        Console.WriteLine(stale.Count == 0
            ? $"Index up to date ({indexed:N0} objects)."
            : $"Index built for {string.Join(", ", stale.Select(k => k.Name))}: {indexed:N0} objects in {started.Elapsed.TotalSeconds:0.0} s.");
        Console.WriteLine();
    }

    private static double P(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
