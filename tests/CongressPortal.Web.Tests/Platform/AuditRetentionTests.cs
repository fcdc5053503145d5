using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// The audit retention job (issue 17): rows older than the retention are exported to a gzip'd JSON lines file with a
/// checksum and only then purged through the append-only table's purge switch; one node at a time.
/// </summary>
public sealed class AuditRetentionTests(PortalAppFactory app) : WebTest(app), IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"audit-archive-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private async Task<long> AuditRowAsync(DateTimeOffset at, string key)
    {
        var entry = new AuditEntry
        {
            At = at, UserName = "张三", IpAddress = "10.1.2.3", EntityType = "Suggestion", EntityKey = key, Action = AuditAction.Updated,
            Changes = """{"Title":{"old":"旧标题","new":"新标题"}}""",
        };
        await DbAsync(async db =>
        {
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
        });
        return entry.Id;
    }

    private Task<AuditArchiveResult> RunAsync(string? directory = null, int months = 6) => ServiceAsync<IServiceProvider, AuditArchiveResult>(sp =>
        ActivatorUtilities.CreateInstance<AuditArchiver>(sp,
            Options.Create(new AuditRetentionOptions { RetentionMonths = months, Directory = directory ?? _directory })).RunAsync(CancellationToken.None));

    private Task<List<long>> RemainingIdsAsync() => DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Suggestion").Select(e => e.Id).OrderBy(id => id).ToListAsync());

    [Fact]
    public async Task Rows_older_than_the_retention_are_exported_with_a_checksum_then_purged_and_younger_ones_kept()
    {
        var now = App.Clock.GetUtcNow();
        var old1 = await AuditRowAsync(now.AddMonths(-8), "s-1");
        var old2 = await AuditRowAsync(now.AddMonths(-6).AddMinutes(-1), "s-2");
        var young = await AuditRowAsync(now.AddMonths(-6).AddMinutes(1), "s-3");

        var result = await RunAsync();

        result.Ran.Should().BeTrue();
        result.Exported.Should().Be(2);
        result.Purged.Should().Be(2);
        (await RemainingIdsAsync()).Should().Equal(young);

        var file = result.File!;
        File.Exists(file).Should().BeTrue();
        Path.GetFileName(file).Should().EndWith(".jsonl.gz");
        var lines = new List<JsonElement>();
        await using (var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            while (await reader.ReadLineAsync() is { } line) lines.Add(JsonDocument.Parse(line).RootElement.Clone());
        }
        lines.Select(l => l.GetProperty("id").GetInt64()).Should().Equal(old1, old2);
        lines[0].GetProperty("entity_key").GetString().Should().Be("s-1");
        lines[0].GetProperty("user_name").GetString().Should().Be("张三");
        lines[0].GetProperty("action").GetString().Should().Be("Updated");
        lines[0].GetProperty("changes").GetProperty("Title").GetProperty("new").GetString().Should().Be("新标题");
        lines[0].GetProperty("at").GetDateTimeOffset().Should().Be(now.AddMonths(-8));

        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        result.Sha256.Should().Be(sha);
        (await File.ReadAllTextAsync(file + ".sha256")).Should().Be($"{sha}  {Path.GetFileName(file)}\n", "the format sha256sum -c reads");

        var archived = await DbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.Archived));
        archived.UserName.Should().Be("系统");
        archived.EntityType.Should().Be("AuditEntry");
        using var changes = JsonDocument.Parse(archived.Changes);
        string? New(string field) => changes.RootElement.GetProperty(field).GetProperty("New").GetString();
        New("ArchivedCount").Should().Be("2");
        New("PurgedCount").Should().Be("2");
        New("ArchiveFile").Should().Be(Path.GetFileName(file));
        New("Sha256").Should().Be(sha);
        CongressPortal.Web.Pages.Audit.AuditLabels.ActionName(AuditAction.Archived).Should().Be("审计日志归档");
    }

    [Fact]
    public async Task When_the_export_fails_nothing_is_purged()
    {
        var now = App.Clock.GetUtcNow();
        var old = await AuditRowAsync(now.AddMonths(-9), "s-1");
        // A directory that cannot be made: its parent is a file.
        Directory.CreateDirectory(_directory);
        var blocker = Path.Combine(_directory, "a-file");
        await File.WriteAllTextAsync(blocker, "");

        var failing = () => RunAsync(Path.Combine(blocker, "archive"));

        await failing.Should().ThrowAsync<IOException>();
        (await RemainingIdsAsync()).Should().Equal(old);
        (await DbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Archived))).Should().BeFalse();
    }

    [Fact]
    public async Task Nothing_old_enough_writes_no_file_and_no_archive_row()
    {
        var young = await AuditRowAsync(App.Clock.GetUtcNow().AddMonths(-5), "s-1");
        var result = await RunAsync();
        result.Should().Match<AuditArchiveResult>(r => r.Ran && r.Exported == 0 && r.File == null);
        (await RemainingIdsAsync()).Should().Equal(young);
        (Directory.Exists(_directory) ? Directory.GetFiles(_directory) : []).Should().BeEmpty();
    }

    [Fact]
    public async Task While_another_node_holds_the_lock_this_one_does_nothing()
    {
        var old = await AuditRowAsync(App.Clock.GetUtcNow().AddMonths(-9), "s-1");
        await using (var otherNode = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(App.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await otherNode.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({AuditArchiver.LockKey})", otherNode)) await take.ExecuteNonQueryAsync();

            var skipped = await RunAsync();
            skipped.Ran.Should().BeFalse();
            (await RemainingIdsAsync()).Should().Equal(old);
        }
        // The other node's session ended, and the lock with it.
        (await RunAsync()).Exported.Should().Be(1);
        (await RemainingIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Two_nodes_running_at_once_archive_each_row_once()
    {
        var now = App.Clock.GetUtcNow();
        for (var i = 0; i < 50; i++) await AuditRowAsync(now.AddMonths(-7).AddMinutes(i), $"s-{i}");

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        results.Sum(r => r.Exported).Should().Be(50);
        results.Sum(r => r.Purged).Should().Be(50);
        Directory.GetFiles(_directory, "*.jsonl.gz").Should().ContainSingle();
        (await RemainingIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public void A_retention_shorter_than_six_months_stops_the_portal_at_start_up_with_a_clear_message()
    {
        using var host = App.WithWebHostBuilder(builder => builder.UseSetting("AuditRetention:RetentionMonths", "3"));
        var start = () => host.CreateClient();
        start.Should().Throw<OptionsValidationException>().Which.Message
            .Should().Contain("AuditRetention:RetentionMonths must be at least 6").And.Contain("等保 2.0");
    }
}
