using Microsoft.AspNetCore.Http;

namespace CongressPortal.Bench;

/// <summary>
/// A minimal endpoint in the portal that writes the very bytes of a cached page, behind the same middleware: the yardstick
/// a cached public page is measured against (alternating rounds, so drift on a shared machine hits both alike).
/// </summary>
internal sealed class SameBytesEndpoint
{
    public const string Path = "/bench/same-bytes";

    private byte[] _bytes = [];
    private string _contentType = "text/html; charset=utf-8";

    /// <summary>Maps the endpoint; call after the portal's pipeline, before the host starts.</summary>
    public void Map(WebApplication app) => app.MapGet(Path, (HttpContext context) =>
    {
        context.Response.ContentType = _contentType;
        context.Response.ContentLength = _bytes.Length;
        return context.Response.Body.WriteAsync(_bytes).AsTask();
    });

    /// <summary>Takes the page's bytes, then checks that the second request came from the output cache with the same bytes; returns the size.</summary>
    public async Task<int> CopyAsync(HttpClient client, string pagePath)
    {
        using (var first = await client.GetAsync(pagePath))
        {
            first.EnsureSuccessStatusCode();
            _bytes = await first.Content.ReadAsByteArrayAsync();
            _contentType = first.Content.Headers.ContentType!.ToString();
        }
        using var second = await client.GetAsync(pagePath);
        if (second.Headers.Age is null) throw new InvalidOperationException($"{pagePath} was not served from the output cache.");
        if (!(await second.Content.ReadAsByteArrayAsync()).AsSpan().SequenceEqual(_bytes)) throw new InvalidOperationException($"{pagePath} changed between two requests.");
        return _bytes.Length;
    }

    /// <summary>A two-second warm-up each, then <paramref name="rounds"/> alternating rounds; the page's and the endpoint's runs combined.</summary>
    public static async Task<(ReportPageBenchmark.Run Page, ReportPageBenchmark.Run Minimal)> RunAlternatingAsync(HttpClient client, string pagePath, int connections, int seconds, int rounds)
    {
        List<ReportPageBenchmark.Run> page = [], minimal = [];
        await ReportPageBenchmark.LoadAsync(client, Path, connections, TimeSpan.FromSeconds(2));
        await ReportPageBenchmark.LoadAsync(client, pagePath, connections, TimeSpan.FromSeconds(2));
        for (var round = 0; round < rounds; round++)
        {
            page.Add(await ReportPageBenchmark.LoadAsync(client, pagePath, connections, TimeSpan.FromSeconds(seconds)));
            minimal.Add(await ReportPageBenchmark.LoadAsync(client, Path, connections, TimeSpan.FromSeconds(seconds)));
        }
        return (ReportPageBenchmark.Run.Combine(page), ReportPageBenchmark.Run.Combine(minimal));
    }

    /// <summary>Three-second warm-ups, then <paramref name="rounds"/> alternating rounds per endpoint; prints the table and the throughput ratio.</summary>
    public static async Task CompareAsync(HttpClient client, string pagePath, string label, int connections, int seconds, int rounds = 3)
    {
        var results = new Dictionary<string, List<ReportPageBenchmark.Run>> { [Path] = [], [pagePath] = [] };
        foreach (var path in results.Keys) await ReportPageBenchmark.LoadAsync(client, path, connections, TimeSpan.FromSeconds(3));
        for (var round = 0; round < rounds; round++)
            foreach (var path in results.Keys) results[path].Add(await ReportPageBenchmark.LoadAsync(client, path, connections, TimeSpan.FromSeconds(seconds)));
        var summary = results.ToDictionary(r => r.Key, r => ReportPageBenchmark.Run.Combine(r.Value));
        Console.WriteLine("| Endpoint | Requests/s | p50 | p95 | p99 | Errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (path, run) in summary)
            Console.WriteLine($"| `{path}` | {run.Throughput:N0} | {run.Percentile(0.50):0.00} ms | {run.Percentile(0.95):0.00} ms | {run.Percentile(0.99):0.00} ms | {run.Errors} |");
        Console.WriteLine($"{label} throughput = {summary[pagePath].Throughput / summary[Path].Throughput:0.00}× the minimal endpoint (goal ≥ 0.9×).");
    }
}
