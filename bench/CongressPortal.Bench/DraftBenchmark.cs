using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CongressPortal.Bench;

/// <summary>
/// A popular draft for comment (issue 14): the demo city plus one open draft of 150 articles with 50,000 comments spread
/// over its articles (most on a few of them, as in life), the comments written with PostgreSQL's binary COPY. Then, over
/// HTTP against the running portal on Kestrel at 127.0.0.1: (a) the public draft page from the output cache against a
/// minimal endpoint writing the same bytes, alternating rounds; (b) comment submission at <c>connections</c> connections,
/// each with its own antiforgery cookie and token, the rate limit out of reach (<c>Security:DraftCommentPostsPerHour=1000000</c>); (c) the
/// staff moderation list by article, all comments and those waiting for a check, signed in as the demo's <c>staff</c>
/// through the login form. <c>fill</c> loads the data only and times it (no page needed).
/// </summary>
internal static partial class DraftBenchmark
{
    private const string Title = "示例市基准征求意见条例";
    private const int ArticleCount = 150;
    private const int CommentCount = 50_000;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static readonly string[] Phrases =
    [
        "建议明确本条规定的责任主体，避免部门之间互相推诿。", "罚款幅度偏高，建议区分个人和单位分别规定。", "建议增加公众参与和信息公开的内容。",
        "本条表述较为原则，建议细化，增强可操作性。", "建议对本条中的有关用语作出解释。", "处理时限偏长，建议缩短为三个工作日。",
        "建议增加对举报人信息保密的规定。", "建议给予六个月的过渡期，便于有关单位做好准备。", "建议与上位法的表述保持一致。",
        "建议明确经费保障的具体渠道。",
    ];

    public static async Task RunAsync(string connectionString, string[] args)
    {
        var fillOnly = args.FirstOrDefault() == "fill";
        var submitOnly = args.FirstOrDefault() == "submit";
        if (fillOnly || submitOnly) args = args[1..];
        var connections = IntArg(args, 0, 32);
        var seconds = IntArg(args, 1, 10);
        var rounds = IntArg(args, 2, 200);
        var warmup = IntArg(args, 3, 40);

        // The comment form's rate limit off for the load (read when the host is built): the bench sends thousands of
        // comments from one address.
        Environment.SetEnvironmentVariable("Security__DraftCommentPostsPerHour", "1000000");
        var app = ReportPageBenchmark.Build(connectionString);
        await app.MigrateAndSeedAsync();
        var (draftId, anchors) = await FillAsync(app.Services);
        if (fillOnly) return;

        var sameBytes = new SameBytesEndpoint();
        app.UsePortalPipeline();
        sameBytes.Map(app);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        }) { BaseAddress = address };

        if (!submitOnly)
        {
            Console.WriteLine();
            Console.WriteLine("| case | p50 | p95 | goal | met |");
            Console.WriteLine("|---|---:|---:|---|---|");
            // ── (c) The staff moderation list by article, signed in, one request after another ──
            using (var staff = await SignInAsync(address))
            {
                var random = new Random(14);
                var order = anchors.OrderBy(_ => random.Next()).ToArray();
                foreach (var waiting in new[] { false, true })
                {
                    string Path(int i) => $"/Staff/Drafts/{draftId}/Comments?article={Uri.EscapeDataString(order[i % order.Length])}{(waiting ? "&status=Received" : "")}";
                    var run = await SequentialAsync(staff, Path, rounds);
                    var name = waiting ? "`/Staff/Drafts/{id}/Comments?article=第N条&status=Received`" : "`/Staff/Drafts/{id}/Comments?article=第N条`";
                    Console.WriteLine($"| moderation list {name} ({order.Length} articles, signed in as staff) | {run.Percentile(0.50):0.0} ms | {run.Percentile(0.95):0.0} ms | p95 < 50 ms | {(run.Percentile(0.95) < 50 ? "yes" : "no")} |");
                }
            }

            // ── (a) The public draft page from the output cache against a minimal endpoint writing the same bytes ──
            var pagePath = $"/Drafts/{draftId}";
            var size = await sameBytes.CopyAsync(client, pagePath);
            Console.WriteLine();
            Console.WriteLine($"Draft page {pagePath}: {size:N0} bytes ({ArticleCount} articles); {connections} connections, 3 rounds of {seconds} s per endpoint.");
            await SameBytesEndpoint.CompareAsync(client, pagePath, "Draft page", connections, seconds);
        }

        // ── (b) Comment submission: each connection reads the form once, then sends comments as fast as it can ──
        Console.WriteLine();
        var removed = await RemoveSentCommentsAsync(app.Services, draftId);
        if (removed > 0) Console.WriteLine($"Removed the {removed:N0} comments earlier runs sent, so the draft holds {CommentCount:N0} again.");
        // Warm-up: the runtime's tiered JIT takes tens of seconds of load to finish compiling the hot paths (a submission
        // measured 3 s after start is half as fast); a node in service has long been warm.
        Console.WriteLine($"Warming up with {warmup} s of submissions.");
        await SubmitAsync(address, draftId, anchors, connections, TimeSpan.FromSeconds(warmup));
        var submits = new List<ReportPageBenchmark.Run>();
        for (var round = 0; round < 3; round++) submits.Add(await SubmitAsync(address, draftId, anchors, connections, TimeSpan.FromSeconds(seconds)));
        var sent = ReportPageBenchmark.Run.Combine(submits);
        Console.WriteLine($"Comment submission `POST /Drafts/{{id}}/Comment?handler=Send` (rate limit off), {connections} connections, 3 rounds of {seconds} s:");
        Console.WriteLine("| Endpoint | Requests/s | p50 | p95 | p99 | Errors |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| `POST /Drafts/{draftId}/Comment?handler=Send` | {sent.Throughput:N0} | {sent.Percentile(0.50):0.00} ms | {sent.Percentile(0.95):0.00} ms | {sent.Percentile(0.99):0.00} ms | {sent.Errors} |");
        Console.WriteLine($"Comment submission p95 {sent.Percentile(0.95):0.00} ms (goal < 50 ms), errors {sent.Errors} (goal 0).");
        await app.StopAsync();
    }

    // ── The data ──

    /// <summary>Makes the draft and its comments once (kept between runs); returns the draft's id and article anchors.</summary>
    private static async Task<(int DraftId, string[] Anchors)> FillAsync(IServiceProvider services)
    {
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var existing = await db.OpenDrafts.AsNoTracking().Where(d => d.Title == Title).Select(d => new { d.Id, d.ArticleAnchors }).FirstOrDefaultAsync();
            if (existing is not null)
            {
                var count = await db.DraftComments.CountAsync(c => c.DraftId == existing.Id);
                if (count == 0)
                {
                    // The draft was made but its comments were not (a run stopped): write them now.
                    var started = Stopwatch.StartNew();
                    var copied = await CopyCommentsAsync(services, existing.Id, [.. existing.ArticleAnchors]);
                    Console.WriteLine($"Comments filled in {started.Elapsed.TotalSeconds:0.0} s: {copied:N0} (binary COPY, then ANALYZE).");
                    return (existing.Id, [.. existing.ArticleAnchors]);
                }
                if (count < CommentCount) throw new InvalidOperationException($"The draft holds {count:N0} of {CommentCount:N0} comments: drop the database and run again.");
                Console.WriteLine($"Draft already filled: {existing.ArticleAnchors.Count} articles, {count:N0} comments.");
                return (existing.Id, [.. existing.ArticleAnchors]);
            }
        }

        var clock = Stopwatch.StartNew();
        int draftId;
        string[] anchors;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var staff = Actor.Staff("基准数据");
            var now = DateTimeOffset.UtcNow;
            var today = ChinaTime.Today(now);
            var meeting = await db.StandingCommitteeMeetings.Where(m => m.Date <= today).OrderByDescending(m => m.Date).FirstAsync();
            var topic = new DemoTopic("基准征求意见", "市司法行政部门", "有关法律、行政法规", "检验公开征求意见的速度",
                ["规划和建设", "管理和服务", "保护和利用", "监督检查", "保障措施"]);
            var text = DemoStatuteWriter.Write(Title + "（草案）", topic, ArticleCount, today.AddYears(1), 150, sections: true, toc: true).ToText();
            if (text.Articles.Count != ArticleCount) throw new InvalidOperationException($"The generated draft has {text.Articles.Count} articles, not {ArticleCount}.");
            var record = LegislationRecord.Create(new LegislationRecordDraft(Title, LegislationKind.Enact, LegislativeField.GrassrootsGovernance, null, null,
                "示例市司法局", null, null, "基准数据"), staff, now);
            record.RecordReading(new ReadingDraft(ReadingStage.First, meeting.Id, Title + "（草案）", "基准数据"), meeting.Date, text, staff, now);
            db.LegislationRecords.Add(record);
            await db.SaveChangesAsync();
            var draft = OpenDraft.Prepare(record, record.Readings.Single().Id, new OpenDraftDetails(Title, "基准数据：一件有150条的草案和5万条意见。", today.AddDays(90)), staff, now);
            draft.Publish(staff, now);
            db.OpenDrafts.Add(draft);
            await db.SaveChangesAsync();
            draftId = draft.Id;
            anchors = [.. draft.ArticleAnchors];
        }

        var rows = await CopyCommentsAsync(services, draftId, anchors);
        Console.WriteLine($"Draft filled in {clock.Elapsed.TotalSeconds:0.0} s: {anchors.Length} articles, {rows:N0} comments (binary COPY, then ANALYZE).");
        return (draftId, anchors);
    }

    /// <summary>
    /// 50,000 comments in one binary COPY: nine in ten on an article (a Zipf-like spread: the first articles of the list
    /// drawn most), one in ten on the whole draft; about 60% waiting for a check, the rest checked and some decided.
    /// </summary>
    private static async Task<ulong> CopyCommentsAsync(IServiceProvider services, int draftId, string[] anchors)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var random = new Random(50_000);
        var popularity = anchors.OrderBy(_ => random.Next()).ToArray();
        var weights = popularity.Select((_, i) => 1.0 / Math.Pow(i + 1, 0.8)).ToArray();
        var total = weights.Sum();
        string? Anchor()
        {
            if (random.Next(10) == 0) return null;
            var x = random.NextDouble() * total;
            for (var i = 0; i < popularity.Length; i++)
                if ((x -= weights[i]) <= 0) return popularity[i];
            return popularity[^1];
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        string Code()
        {
            while (true)
            {
                var code = new string([.. Enumerable.Range(0, ReceiptCode.Length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
                if (codes.Add(code)) return code;
            }
        }
        // Ids come from the comments' hi-lo sequence (blocks of 100 from each value): take a value, then move the sequence
        // past the 50,000 ids used here, so the portal's own inserts (the comments the load sends) never meet them.
        long firstId;
        await using (var next = new NpgsqlCommand($"SELECT nextval('{AppDbContext.DraftCommentKeys}')", connection))
            firstId = (long)(await next.ExecuteScalarAsync())!;
        await using (var skip = new NpgsqlCommand($"SELECT setval('{AppDbContext.DraftCommentKeys}', {firstId + CommentCount})", connection))
            await skip.ExecuteScalarAsync();
        var opened = DateTimeOffset.UtcNow.AddDays(-20);
        ulong rows;
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY draft_comments (id, draft_id, article_anchor, body, name, contact, receipt_code, source, submitted_at, status, checked_at, checked_by, " +
            "decided_at, decided_by, decision_reason, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < CommentCount; i++)
            {
                var submitted = opened.AddSeconds(i * 30);
                var roll = random.Next(100);
                var status = roll switch
                {
                    < 60 => DraftCommentStatus.Received,
                    < 82 => DraftCommentStatus.Valid,
                    < 86 => DraftCommentStatus.Duplicate,
                    < 89 => DraftCommentStatus.OffTopic,
                    < 90 => DraftCommentStatus.Abusive,
                    < 94 => DraftCommentStatus.Adopted,
                    < 96 => DraftCommentStatus.PartlyAdopted,
                    _ => DraftCommentStatus.NotAdopted,
                };
                var checkedAt = status == DraftCommentStatus.Received ? (DateTimeOffset?)null : submitted.AddHours(20);
                var decided = status is DraftCommentStatus.Adopted or DraftCommentStatus.PartlyAdopted or DraftCommentStatus.NotAdopted;
                await writer.StartRowAsync();
                await writer.WriteAsync((int)(firstId + i), NpgsqlDbType.Integer);
                await writer.WriteAsync(draftId, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, Anchor());
                await writer.WriteAsync($"{Phrases[random.Next(Phrases.Length)]}（基准意见第{i + 1}条）", NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, random.Next(2) == 0 ? null : $"基准{i % 97}号");
                await writer.WriteAsync($"139 0000 {i % 10000:0000}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(Code(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(nameof(DraftCommentSource.Online), NpgsqlDbType.Varchar);
                await writer.WriteAsync(submitted, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
                if (checkedAt is { } at)
                {
                    await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync("基准数据", NpgsqlDbType.Varchar);
                }
                else
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }
                if (decided)
                {
                    await writer.WriteAsync(checkedAt!.Value.AddHours(4), NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync("基准数据", NpgsqlDbType.Varchar);
                    await writer.WriteAsync("经研究，该意见已在修改稿中吸收。", NpgsqlDbType.Varchar);
                }
                else
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }
                await writer.WriteAsync(checkedAt ?? submitted, NpgsqlDbType.TimestampTz);
            }
            rows = await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE draft_comments", connection) { CommandTimeout = 0 };
        await analyze.ExecuteNonQueryAsync();
        return rows;
    }

    /// <summary>
    /// Deletes the comments earlier submission runs sent (their bodies say 基准提交), so every run starts from the same
    /// 50,000; the tallies follow through their trigger. Returns how many went.
    /// </summary>
    private static async Task<int> RemoveSentCommentsAsync(IServiceProvider services, int draftId)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var removed = await db.DraftComments.Where(c => c.DraftId == draftId && c.Body.Contains("（基准提交，")).ExecuteDeleteAsync();
        if (removed > 0) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE draft_comments");
        return removed;
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, NpgsqlDbType.Varchar);

    // ── HTTP ──

    /// <summary>A client of its own (one connection, its own cookies, no redirects followed), as one browser is.</summary>
    private static HttpClient Browser(Uri address) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
    }) { BaseAddress = address };

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""|<input[^>]*value=""([^""]+)""[^>]*name=""__RequestVerificationToken""")]
    private static partial Regex TokenPattern();

    /// <summary>GETs a form page (its antiforgery cookie lands in the client's jar) and returns the form's token.</summary>
    private static async Task<string> TokenAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"GET {path}: no antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    /// <summary>Signs in as the demo's staff account through the login form; the client keeps the cookie.</summary>
    private static async Task<HttpClient> SignInAsync(Uri address)
    {
        var browser = Browser(address);
        var token = await TokenAsync(browser, "/Account/Login");
        using var response = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "staff",
            ["Input.Password"] = DemoSeeder.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in as staff answered {(int)response.StatusCode}, not a redirect.");
        return browser;
    }

    /// <summary>Each connection GETs the comment form on one article once, then POSTs comments for <paramref name="duration"/>; success is a 302 to the receipt.</summary>
    private static async Task<ReportPageBenchmark.Run> SubmitAsync(Uri address, int draftId, string[] anchors, int connections, TimeSpan duration)
    {
        var browsers = Enumerable.Range(0, connections).Select(_ => Browser(address)).ToArray();
        try
        {
            var tokens = await Task.WhenAll(browsers.Select((b, i) => TokenAsync(b, $"/Drafts/{draftId}/Comment?article={Uri.EscapeDataString(anchors[i % anchors.Length])}")));
            var sendPath = $"/Drafts/{draftId}/Comment?handler=Send";
            var clock = Stopwatch.StartNew();
            var workers = browsers.Select((browser, index) => Task.Run(async () =>
            {
                var latencies = new List<double>(20_000);
                var errors = 0;
                var anchor = anchors[index % anchors.Length];
                for (var n = 0; clock.Elapsed < duration; n++)
                {
                    using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["Input.ArticleAnchor"] = anchor,
                        ["Input.Body"] = $"{Phrases[n % Phrases.Length]}（基准提交，连接{index}，第{n}条）",
                        ["Input.Name"] = n % 2 == 0 ? "" : "基准用户",
                        ["Input.Contact"] = $"139 0000 {n % 10000:0000}",
                        ["Website"] = "",
                        ["__RequestVerificationToken"] = tokens[index],
                    });
                    var started = Stopwatch.GetTimestamp();
                    using var response = await browser.PostAsync(sendPath, form);
                    await response.Content.ReadAsByteArrayAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    var location = response.Headers.Location?.OriginalString ?? "";
                    if (response.StatusCode != HttpStatusCode.Redirect || !location.Contains("/Drafts/Receipt", StringComparison.OrdinalIgnoreCase)) errors++;
                }
                return (latencies, errors);
            })).ToArray();
            var done = await Task.WhenAll(workers);
            return new ReportPageBenchmark.Run([.. done.SelectMany(d => d.latencies)], done.Sum(d => d.errors), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            foreach (var browser in browsers) browser.Dispose();
        }
    }

    /// <summary>One request after another on one signed-in connection; the latencies (a non-200 answer stops the run).</summary>
    private static async Task<ReportPageBenchmark.Run> SequentialAsync(HttpClient client, Func<int, string> path, int rounds)
    {
        for (var i = 0; i < 5; i++) (await client.GetAsync(path(i))).EnsureSuccessStatusCode();
        var samples = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path(i));
            await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path(i)}: {(int)response.StatusCode}");
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new ReportPageBenchmark.Run([.. samples], 0, clock.Elapsed.TotalSeconds);
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
}
