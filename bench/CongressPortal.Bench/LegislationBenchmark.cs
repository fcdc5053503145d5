using System.Diagnostics;
using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using F = CongressPortal.Domain.Legislation.LegislativeField;

namespace CongressPortal.Bench;

/// <summary>
/// The regulation library at scale (issue 13): the demo city plus <c>count</c> generated regulations with three
/// versions each (about 12 articles a version, written by the demo's <see cref="DemoStatuteWriter"/>) and one
/// regulation of 100 articles in three versions, entered through the domain and saved by EF in batches. Then, over
/// HTTP against the running portal: the library search with varying Chinese terms (each URL new, so never from the
/// output cache), a cached regulation page against a minimal endpoint returning the same bytes, and the first render
/// of the comparison of the 100-article regulation's versions 1 and 3. <c>fill</c> loads the data and times the
/// library query alone (no HTTP), which needs no page.
/// </summary>
internal static class LegislationBenchmark
{
    private const string BenchMark = "（基准）";
    private const string CompareTitle = "示例市基准比较条例";

    /// <summary>Terms a visitor types: two-character words, longer phrases, common and rare.</summary>
    private static readonly string[] Terms =
    [
        "物业", "绿化", "停车", "供水", "燃气", "电梯", "养犬", "河湖", "湿地", "扬尘", "文物", "社区", "志愿服务", "垃圾分类",
        "历史文化", "消防安全", "罚款", "听证", "网格", "古树名木", "城市道路", "饮用水水源", "违法行为", "信息平台",
    ];

    private static readonly (string Subject, string Department, F Field)[] Subjects =
    [
        ("物业管理", "市住房和城乡建设主管部门", F.UrbanRural), ("城市绿化", "市园林绿化主管部门", F.Ecology), ("机动车停车", "市公安机关交通管理部门", F.UrbanRural),
        ("城市供水", "市水务主管部门", F.UrbanRural), ("燃气安全", "市燃气主管部门", F.UrbanRural), ("电梯安全", "市市场监督管理部门", F.UrbanRural),
        ("养犬管理", "市公安机关", F.UrbanRural), ("河湖保护", "市水务主管部门", F.Ecology), ("湿地保护", "市林业和草原主管部门", F.Ecology),
        ("扬尘污染防治", "市生态环境主管部门", F.Ecology), ("文物保护", "市文物主管部门", F.Heritage), ("历史文化街区保护", "市自然资源主管部门", F.Heritage),
        ("非物质文化遗产保护", "市文化和旅游主管部门", F.Heritage), ("古树名木保护", "市林业和草原主管部门", F.Ecology), ("社区治理", "市民政部门", F.GrassrootsGovernance),
        ("志愿服务", "市民政部门", F.GrassrootsGovernance), ("网格化服务管理", "市社会治理主管部门", F.GrassrootsGovernance), ("生活垃圾分类", "市城市管理主管部门", F.Ecology),
        ("消防安全", "市消防救援机构", F.UrbanRural), ("城市道路", "市住房和城乡建设主管部门", F.UrbanRural), ("饮用水水源保护", "市生态环境主管部门", F.Ecology),
        ("人民调解", "市司法行政部门", F.GrassrootsGovernance), ("红色文化遗存保护", "市文物主管部门", F.Heritage), ("户外广告设置", "市城市管理主管部门", F.UrbanRural),
    ];

    private static readonly string[] Cities = ["示例市", "北原市", "东川市", "南湖市", "西岭市", "青河市", "白石市", "金沙市", "云岗市", "临泉市"];

    public static async Task RunAsync(string connectionString, string[] args)
    {
        var fillOnly = args.FirstOrDefault() == "fill";
        if (fillOnly) args = args[1..];
        var count = IntArg(args, 0, 2000);
        var rounds = IntArg(args, 1, 200);
        var connections = IntArg(args, 2, 32);
        var seconds = IntArg(args, 3, 10);

        var app = ReportPageBenchmark.Build(connectionString);
        // The demo city (with its own forty regulations) on an empty database, then the generated library once.
        await app.MigrateAndSeedAsync();
        var compareId = await FillAsync(app.Services, count);
        await MeasureQueryAsync(app.Services, rounds);
        if (fillOnly) return;

        var sameBytes = new SameBytesEndpoint();
        app.UsePortalPipeline();
        sameBytes.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }) { BaseAddress = new Uri(address) };

        // ── The library search, uncached: every request a URL not asked before (a varying term and a counter) ──
        var nonce = 0;
        string SearchPath() => $"/Regulations?q={Uri.EscapeDataString(Terms[nonce % Terms.Length])}&n={++nonce}";
        var search = await SequentialAsync(client, SearchPath, rounds);
        Console.WriteLine($"| library search `/Regulations?q=…` ({Terms.Length} terms, uncached) | {search.Percentile(0.50):0.0} ms | {search.Percentile(0.95):0.0} ms | p95 < 50 ms | {(search.Percentile(0.95) < 50 ? "yes" : "no")} |");

        // ── The comparison of the 100-article regulation's versions 1 and 3, first render (a new URL each time) ──
        var compare = await SequentialAsync(client, () => $"/Regulations/Compare/{compareId}?from=1&to=3&n={++nonce}", Math.Min(rounds, 100));
        Console.WriteLine($"| comparison `/Regulations/Compare/{compareId}?from=1&to=3` (100 articles, first render) | {compare.Percentile(0.50):0.0} ms | {compare.Percentile(0.95):0.0} ms | < 100 ms | {(compare.Percentile(0.95) < 100 ? "yes" : "no")} |");

        // ── A cached regulation page against a minimal endpoint writing the same bytes, alternating rounds ──
        var pagePath = $"/Regulations/{compareId}";
        var size = await sameBytes.CopyAsync(client, pagePath);
        Console.WriteLine($"Regulation page {pagePath}: {size:N0} bytes; {connections} connections, 3 rounds of {seconds} s per endpoint.");
        await SameBytesEndpoint.CompareAsync(client, pagePath, "Regulation page", connections, seconds);
        await app.StopAsync();
    }

    /// <summary>Generates the library once (skipped when the database already has it); returns the 100-article regulation's id.</summary>
    private static async Task<int> FillAsync(IServiceProvider services, int count)
    {
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var existing = await db.Regulations.Where(r => r.Title.EndsWith(BenchMark)).CountAsync();
            if (existing >= count && await db.Regulations.Where(r => r.Title == CompareTitle).Select(r => r.Id).FirstOrDefaultAsync() is > 0 and var found)
            {
                await PrintSizeAsync(db, "already filled");
                return found;
            }
            if (existing > 0) throw new InvalidOperationException($"The database holds {existing} of {count} generated regulations: drop it and run again.");
        }

        var staff = Actor.Staff("基准数据");
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20261205);
        var clock = Stopwatch.StartNew();
        const int Batch = 100;
        for (var start = 0; start < count; start += Batch)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var (subject, department, field) = Subjects[i % Subjects.Length];
                var title = $"{Cities[i / Subjects.Length % Cities.Length]}{subject}条例{BenchMark}";
                var topic = new DemoTopic(subject, department, "有关法律、行政法规", $"规范{subject}工作，保障公共利益", ["管理和服务", "监督检查"]);
                var enacted = new DateOnly(2008, 1, 1).AddDays(i);
                var text = DemoStatuteWriter.Write(title, topic, random.Next(12, 15), enacted.AddMonths(2), i, chapters: false);
                db.Regulations.Add(ThreeVersions(field, title, text, enacted, $"B{i}", staff, now));
            }
            await db.SaveChangesAsync();
            if ((start / Batch) % 5 == 4) Console.WriteLine($"  {Math.Min(count, start + Batch):N0} regulations, {clock.Elapsed.TotalSeconds:0} s");
        }

        int compareId;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var topic = new DemoTopic("基准比较", "市司法行政部门", "有关法律、行政法规", "检验版本比较的速度",
                ["规划和建设", "管理和服务", "保护和利用", "监督检查", "保障措施"]);
            var text = DemoStatuteWriter.Write(CompareTitle, topic, 100, new DateOnly(2016, 3, 1), 99, sections: true, toc: true);
            var regulation = ThreeVersions(F.GrassrootsGovernance, CompareTitle, text, new DateOnly(2016, 1, 1), "C", staff, now);
            db.Regulations.Add(regulation);
            await db.SaveChangesAsync();
            compareId = regulation.Id;
            var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var vacuum = new Npgsql.NpgsqlCommand("VACUUM (ANALYZE) regulations, regulation_versions", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
            await PrintSizeAsync(db, $"filled in {clock.Elapsed.TotalSeconds:0} s");
        }
        return compareId;
    }

    /// <summary>Enacted, amended three years later (an article inserted: the later ones renumber), revised three years after that (wording).</summary>
    private static Regulation ThreeVersions(F field, string title, DemoStatute text, DateOnly enacted, string tag, Actor staff, DateTimeOffset now)
    {
        RegulationVersionDraft Draft(LegislationKind kind, DateOnly on, int number) =>
            new(title, kind, $"基准公告〔{tag}〕第{number}号", on.AddDays(-40), on.AddDays(-10), on, on.AddDays(30), kind == LegislationKind.Enact ? null : "基准数据");
        var regulation = Regulation.Create(field, Draft(LegislationKind.Enact, enacted, 1), text.ToText(), null, staff, now);
        regulation.Publish(staff, now);
        var amended = text.Clone();
        amended.InsertAfter(3, new DemoArticle(5000, [$"市人民政府应当将{title}的实施情况纳入年度工作报告，并向社会公开。"]));
        regulation.AddVersion(Draft(LegislationKind.Amend, enacted.AddYears(3), 2), amended.ToText(), null, staff, now);
        regulation.Publish(staff, now);
        var revised = amended.Clone();
        revised.Reword("罚款", "罚款，并可以依法向社会公布违法信息");
        regulation.AddVersion(Draft(LegislationKind.Revise, enacted.AddYears(6), 3), revised.ToText(), null, staff, now);
        regulation.Publish(staff, now);
        return regulation;
    }

    private static async Task PrintSizeAsync(AppDbContext db, string what)
    {
        var regulations = await db.Regulations.CountAsync();
        var versions = await db.RegulationVersions.CountAsync();
        var articles = await db.RegulationVersions.SumAsync(v => v.ArticleCount);
        var latest = await db.RegulationVersions.Where(v => v.IsLatest).SumAsync(v => v.ArticleCount);
        Console.WriteLine($"Library {what}: {regulations:N0} regulations, {versions:N0} versions, {articles:N0} articles ({latest:N0} in the newest versions, which search reads).");
    }

    /// <summary>The library query alone (RegulationLibrary.SearchAsync, first page of 20), each round in a fresh scope as a request has.</summary>
    private static async Task MeasureQueryAsync(IServiceProvider services, int rounds)
    {
        var today = ChinaTime.Today(DateTimeOffset.UtcNow);
        async Task OnceAsync(string term)
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await RegulationLibrary.SearchAsync(db, new RegulationLibrary.Filter(term, null, null), today, 1, 20, default);
        }
        foreach (var term in Terms) await OnceAsync(term);
        var samples = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await OnceAsync(Terms[i % Terms.Length]);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var run = new ReportPageBenchmark.Run([.. samples], 0, samples.Sum() / 1000);
        Console.WriteLine();
        Console.WriteLine("| case | p50 | p95 | goal | met |");
        Console.WriteLine("|---|---:|---:|---|---|");
        Console.WriteLine($"| library query `RegulationLibrary.SearchAsync` ({Terms.Length} terms, no HTTP) | {run.Percentile(0.50):0.0} ms | {run.Percentile(0.95):0.0} ms | (p95 < 50 ms for the page) | — |");
    }

    /// <summary>One request after another on one connection, each to a new URL; the latencies.</summary>
    private static async Task<ReportPageBenchmark.Run> SequentialAsync(HttpClient client, Func<string> path, int rounds)
    {
        // An Authorization header keeps the output cache out of it (it neither serves nor stores such requests), so each
        // request is a first render whatever query keys the page varies by; the app itself ignores the header.
        HttpRequestMessage Uncached() => new(HttpMethod.Get, path()) { Headers = { Authorization = new("Bearer", "bench-uncached") } };
        for (var i = 0; i < 5; i++) (await client.SendAsync(Uncached())).EnsureSuccessStatusCode();
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(Uncached());
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}");
            if (response.Headers.Age is not null) throw new InvalidOperationException($"{response.RequestMessage!.RequestUri} came from the output cache; the case measures a first render.");
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new ReportPageBenchmark.Run([.. samples], 0, clock.Elapsed.TotalSeconds);
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
