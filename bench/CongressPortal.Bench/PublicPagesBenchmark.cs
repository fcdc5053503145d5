using System.Diagnostics;
using System.Globalization;
using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Bench;

/// <summary>
/// Every kind of public page of the demo city, served from the output cache, side by side with a minimal endpoint writing
/// the same bytes (issue 16); then the uncached deputy profile (handler alone and whole request) and the published-reply
/// search with a different cache key per request, so each one is rendered.
/// </summary>
internal static class PublicPagesBenchmark
{
    public static async Task RunAsync(string connectionString, string[] args)
    {
        var connections = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 32;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
        var only = args.Length > 3 ? args[3] : null;

        // One client address makes every request: the per-address limit on public searches (ADR 0025) out of reach.
        Environment.SetEnvironmentVariable("Security__PublicSearchesPerMinute", "1000000000");
        var app = ReportPageBenchmark.Build(connectionString);
        await app.MigrateAndSeedAsync();
        var same = new SameBytesEndpoint();
        app.UsePortalPipeline();
        same.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }) { BaseAddress = new Uri(address) };

        var ids = await IdsAsync(app);
        await StaticAssetsAsync(client);
        var pages = new (string Label, string Path)[]
        {
            ("home", "/"),
            ("directory", "/Deputies"),
            ("deputy profile", $"/Deputies/Details/{ids.Deputy}"),
            ("stations", "/Stations"),
            ("station", $"/Stations/Details/{ids.Station}"),
            ("published replies", "/Suggestions"),
            ("reply", $"/Suggestions/Details/{ids.Suggestion}"),
            ("reply search", "/Suggestions?q=" + Uri.EscapeDataString(ids.SearchTerm)),
            ("report", $"/Reports/{ids.ReportYear}"),
            ("regulations", "/Regulations"),
            ("drafts", "/Drafts"),
            ("proposals", "/Proposals"),
            ("supervision", "/Supervision"),
        };
        Console.WriteLine($"{connections} connections, {rounds} alternating rounds of {seconds} s per endpoint, client in the same process (no Accept-Encoding: uncompressed bytes).");
        Console.WriteLine();
        Console.WriteLine("| Page | Bytes | Page req/s | Same bytes req/s | Ratio | Page p95 | Same bytes p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, path) in pages.Where(p => only is null || p.Label.Contains(only, StringComparison.Ordinal)))
        {
            var size = await same.CopyAsync(client, path);
            var (page, minimal) = await SameBytesEndpoint.RunAlternatingAsync(client, path, connections, seconds, rounds);
            Console.WriteLine($"| {label} `{path}` | {size:N0} | {page.Throughput:N0} | {minimal.Throughput:N0} | {page.Throughput / minimal.Throughput:0.00}× | {page.Percentile(0.95):0.00} ms | {minimal.Percentile(0.95):0.00} ms |");
        }

        Console.WriteLine();
        await UncachedProfileAsync(app, client, ids.Deputy);
        await SearchHandlerAsync(app, ids.SearchTerm);
        await UncachedSearchAsync(client, ids.SearchTerm, connections, seconds);
        await app.StopAsync();
    }

    /// <summary>What the layout links, with the headers a browser caches by and the compressed sizes.</summary>
    private static async Task StaticAssetsAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/");
        var total = 0L;
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(html, @"(?:href|src)=""(/(?:css|js|lib)/[^""]+)"""))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, match.Groups[1].Value);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);
            var length = (await response.Content.ReadAsByteArrayAsync()).Length;
            total += length;
            Console.WriteLine($"  {match.Groups[1].Value}: {(int)response.StatusCode} {length:N0} bytes {string.Join(",", response.Content.Headers.ContentEncoding)}; Cache-Control: {response.Headers.CacheControl}");
        }
        Console.WriteLine($"  assets of the home page: {total:N0} bytes compressed");
    }

    private sealed record Ids(int Deputy, int Station, int Suggestion, string SearchTerm, int ReportYear);

    private static async Task<Ids> IdsAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var deputy = await Web.Pages.Deputies.PublicDeputies.WithPublicProfile(db.Deputies).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var station = await db.Stations.Where(s => s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var suggestion = await Web.Pages.Suggestions.PublicSuggestions.Disclosed(db.Suggestions).OrderBy(s => s.Id).Select(s => new { s.Id, s.Title }).FirstAsync();
        var year = await db.WorkReports.Where(r => r.Status == WorkReportStatus.Published).MaxAsync(r => r.Year);
        // Two characters from a published title: a term that finds something.
        return new Ids(deputy, station, suggestion.Id, suggestion.Title.Substring(2, 2), year);
    }

    private static async Task UncachedProfileAsync(WebApplication app, HttpClient client, int deputyId)
    {
        const int Times = 200;
        var handlerTimes = new List<double>();
        for (var i = 0; i < Times + 20; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<Web.Pages.Deputies.DetailsModel.Handler>();
            var started = Stopwatch.GetTimestamp();
            _ = await handler.HandleAsync(deputyId, CancellationToken.None) ?? throw new InvalidOperationException("No profile.");
            if (i >= 20) handlerTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        var requestTimes = new List<double>();
        for (var i = 0; i < Times + 20; i++)
        {
            await PublicPageCache.EvictAllAsync(store);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync($"/Deputies/Details/{deputyId}");
            _ = await response.Content.ReadAsByteArrayAsync();
            if (response.Headers.Age is not null) throw new InvalidOperationException("The profile came from the cache.");
            if (i >= 20) requestTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Console.WriteLine($"Uncached deputy profile, one at a time over {Times} requests: handler (queries) median {Median(handlerTimes):0.00} ms, p95 {P95(handlerTimes):0.00} ms; whole request (queries + render) median {Median(requestTimes):0.00} ms, p95 {P95(requestTimes):0.00} ms (goal < 5 ms).");
    }

    /// <summary>The reply search's handler alone (its queries), one at a time: what the rest of a request adds is rendering.</summary>
    private static async Task SearchHandlerAsync(WebApplication app, string term)
    {
        const int Times = 300;
        var times = new List<double>();
        for (var i = 0; i < Times + 50; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<Web.Pages.Suggestions.IndexModel.Handler>();
            var started = Stopwatch.GetTimestamp();
            _ = await handler.HandleAsync(new(null, null, null, term, 1_000_000), CancellationToken.None);
            if (i >= 50) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        Console.WriteLine($"Reply search handler (queries) past the last page, one at a time over {Times} requests: median {Median(times):0.00} ms, p95 {P95(times):0.00} ms.");
    }

    /// <summary>
    /// The reply search at <paramref name="connections"/> connections, every request with its own cache key (p=1…), so each
    /// is rendered: <paramref name="seconds"/> of warm-up (tiered compilation settles), then twice that measured, with the CPU
    /// time this process (server and client) and PostgreSQL spent per request.
    /// </summary>
    private static async Task UncachedSearchAsync(HttpClient client, string term, int connections, int seconds)
    {
        var next = 0;
        async Task<ReportPageBenchmark.Run> LoadAsync(TimeSpan duration)
        {
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
            {
                var latencies = new List<double>();
                var errors = 0;
                while (clock.Elapsed < duration)
                {
                    // Page numbers past the last page show the last page: the same work, a new cache key each time.
                    var path = $"/Suggestions?q={Uri.EscapeDataString(term)}&p={Interlocked.Increment(ref next) + 1_000_000}";
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(path);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK || response.Headers.Age is not null) errors++;
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                return (latencies, errors);
            })).ToArray();
            var done = await Task.WhenAll(workers);
            return new ReportPageBenchmark.Run([.. done.SelectMany(d => d.latencies)], done.Sum(d => d.errors), clock.Elapsed.TotalSeconds);
        }

        await LoadAsync(TimeSpan.FromSeconds(seconds));
        var cpu = CpuMeter.Start();
        var run = await LoadAsync(TimeSpan.FromSeconds(seconds * 2));
        var (app, database) = cpu.PerRequest(run.Latencies.Length);
        Console.WriteLine($"Uncached reply search `/Suggestions?q={term}` at {connections} connections: {run.Throughput:N0} req/s, p50 {run.Percentile(0.5):0.00} ms, p95 {run.Percentile(0.95):0.00} ms (goal < 50 ms), errors or cached {run.Errors}; CPU per request: this process {app:0.00} ms, PostgreSQL {database:0.00} ms; {cpu.Collections()}.");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double P95(List<double> values) => values.Order().ElementAt((int)Math.Ceiling(values.Count * 0.95) - 1);
}
