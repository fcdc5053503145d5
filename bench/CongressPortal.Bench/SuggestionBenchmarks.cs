using System.Diagnostics;
using System.Globalization;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;
using CongressPortal.Web.Pages.Staff.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Bench;

/// <summary>
/// Measures the app's own page handlers (the query and the materialised rows; not HTML rendering) against
/// the generated database: each case runs warm-up rounds, then N timed rounds, each in a fresh DI scope
/// (a fresh DbContext, as a request has), and reports p50/p95.
/// </summary>
internal static class SuggestionBenchmarks
{
    public static async Task RunAsync(string connectionString, string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        await using var app = BenchHost.Build(connectionString);
        int sessionId, unitId, year;
        string deputyName;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var total = await db.Suggestions.CountAsync();
            Console.WriteLine($"suggestions in the database: {total:N0}; rounds per case: {rounds}");
            var latest = await db.Sessions.OrderByDescending(s => s.StartDate).FirstAsync();
            (sessionId, year) = (latest.Id, latest.StartDate.Year);
            unitId = await db.HandlingUnits.OrderBy(u => u.SortOrder).Select(u => u.Id).FirstAsync();
            deputyName = await db.Deputies.OrderBy(d => d.Number).Skip(10).Select(d => d.Name).FirstAsync();
        }

        var results = new List<(string Case, double P50, double P95, string Goal)>();
        async Task Case(string name, string goal, Func<IServiceProvider, Task> action, int? times = null)
        {
            for (var i = 0; i < 5; i++) await InScope(app.Services, action);
            var samples = new List<double>();
            for (var i = 0; i < (times ?? rounds); i++)
            {
                var watch = Stopwatch.StartNew();
                await InScope(app.Services, action);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
            samples.Sort();
            var (p50, p95) = (Percentile(samples, 0.50), Percentile(samples, 0.95));
            results.Add((name, p50, p95, goal));
            Console.WriteLine($"{name,-48} p50 {p50,8:0.0} ms   p95 {p95,8:0.0} ms   (goal {goal})");
        }

        Task List(IServiceProvider s, IndexModel.ListFilter filter, int? after = null) =>
            s.GetRequiredService<IndexModel.Handler>().ListAsync(filter, after, null, default);

        var pageTwenty = await InScope<int?>(app.Services, async s =>
        {
            var handler = s.GetRequiredService<IndexModel.Handler>();
            int? after = null;
            for (var i = 0; i < 19; i++) after = (await handler.ListAsync(new IndexModel.ListFilter(), after, null, default)).Rows[^1].Id;
            return after;
        });

        await Case("list: no filter, first page", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter()));
        await Case("list: no filter, page 20 (keyset)", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter(), pageTwenty));
        await Case("list: session + status 办理中", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Session = sessionId.ToString(CultureInfo.InvariantCulture), Status = SuggestionStatus.Handling }));
        await Case("list: unit", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Unit = unitId }));
        await Case("list: category + year", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Category = 3, Year = year }));
        await Case("list: overdue", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Overdue = true }));
        await Case("list: key suggestions", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Key = true }));
        await Case($"list: deputy {deputyName}", "p95 < 30 ms", s => List(s, new IndexModel.ListFilter { Deputy = deputyName }));
        await Case("search: 2 characters, rare (冷链)", "p95 < 50 ms", s => List(s, new IndexModel.ListFilter { Q = "冷链" }));
        await Case("search: 2 characters, common (电梯)", "p95 < 50 ms", s => List(s, new IndexModel.ListFilter { Q = "电梯" }));
        await Case("search: 4-character phrase (加装电梯)", "p95 < 50 ms", s => List(s, new IndexModel.ListFilter { Q = "加装电梯" }));
        await Case("search: 2 characters + session filter", "p95 < 50 ms", s => List(s, new IndexModel.ListFilter { Q = "冷链", Session = sessionId.ToString(CultureInfo.InvariantCulture) }));
        await Case($"statistics: {year} by unit", "< 200 ms", s => s.GetRequiredService<SuggestionStatistics>().ComputeAsync(StatsDimension.Unit, new SuggestionStatistics.Scope(year, null), default), 30);
        await Case($"statistics: {year} by category", "< 200 ms", s => s.GetRequiredService<SuggestionStatistics>().ComputeAsync(StatsDimension.Category, new SuggestionStatistics.Scope(year, null), default), 30);
        await Case("statistics: all years by session", "< 200 ms", s => s.GetRequiredService<SuggestionStatistics>().ComputeAsync(StatsDimension.Session, new SuggestionStatistics.Scope(null, null), default), 10);

        var workbook = await InScope(app.Services, s => ImportWorkbook.BuildAsync(s, 500));
        await Case("import: 500-row Excel batch (validate + save)", "< 3 s", async s =>
        {
            await using var content = new MemoryStream(workbook);
            var outcome = await s.GetRequiredService<ImportModel.Handler>().ImportAsync(sessionId, new ImportModel.UploadedFile("batch.xlsx", workbook.Length, content), Actor.Staff("基准测试"), default);
            if (outcome.Imported != 500) throw new InvalidOperationException("The import did not take all rows: " + string.Join("; ", outcome.Errors.Take(3).Select(e => e.Message)) + outcome.FileError);
        }, 10);

        var file = Path.Combine(AppContext.BaseDirectory, $"bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        await File.WriteAllLinesAsync(file, results.Select(r => $"| {r.Case} | {r.P50:0.0} | {r.P95:0.0} | {r.Goal} |"));
        Console.WriteLine($"table rows written to {file}");
    }

    private static async Task<T> InScope<T>(IServiceProvider app, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static async Task InScope(IServiceProvider app, Func<IServiceProvider, Task> action)
    {
        await using var scope = app.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
