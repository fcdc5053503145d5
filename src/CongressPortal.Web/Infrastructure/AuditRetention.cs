using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CongressPortal.Web.Infrastructure;

/// <summary>The <c>AuditRetention</c> section: how long audit rows stay in the database and where older ones are archived.</summary>
public sealed class AuditRetentionOptions
{
    public const string Section = "AuditRetention";

    /// <summary>等保 2.0 (GB/T 22239-2019, 8.1.4.3) asks that audit records be kept at least six months.</summary>
    public const int MinimumMonths = 6;

    /// <summary>Run the job on this node (any number of nodes may: one works at a time).</summary>
    public bool RunJob { get; set; } = true;

    /// <summary>Months an audit row stays in the database; older rows are archived to files, then deleted.</summary>
    public int RetentionMonths { get; set; } = 12;

    /// <summary>Where the archive files go (relative paths: under the app's content root). Back this directory up.</summary>
    public string Directory { get; set; } = "audit-archive";

    public TimeSpan Every { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first run after start-up, so nodes started together do not all try at once.</summary>
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>What one run did: skipped (another node holds the lock), nothing old enough, or archived and purged.</summary>
public sealed record AuditArchiveResult(bool Ran, int Exported, int Purged, DateTimeOffset Before, string? File, string? Sha256);

/// <summary>
/// Archives and then purges audit rows older than the retention (issue 17, ADR 0003): exports them ordered by id as gzip'd
/// JSON lines with a SHA-256 file beside, reads the file back and checks it, and only then deletes exactly those rows in a
/// transaction that opts into <c>portal.allow_audit_purge</c> and writes the 审计日志归档 row with the counts. One node at a
/// time: the run holds the PostgreSQL advisory lock <see cref="LockKey"/> on a connection of its own.
/// </summary>
public sealed class AuditArchiver(AppDbContext db, IOptions<AuditRetentionOptions> options, IHostEnvironment environment, TimeProvider clock,
    ILogger<AuditArchiver> logger)
{
    /// <summary>The advisory lock's key ("auditarc" in ASCII); no other part of the portal uses it.</summary>
    public const long LockKey = 0x6175646974617263;

    public const string EntityType = nameof(AuditEntry);

    public async Task<AuditArchiveResult> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var before = clock.GetUtcNow().AddMonths(-settings.RetentionMonths);
        var lockConnection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(lockConnection);
        await connection.OpenAsync(ct);
        await using (var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
        {
            tryLock.Parameters.AddWithValue("key", LockKey);
            if (!(bool)(await tryLock.ExecuteScalarAsync(ct))!)
            {
                logger.LogInformation("Audit archive: another node is running it");
                return new AuditArchiveResult(false, 0, 0, before, null, null);
            }
        }
        // Closing the unpooled connection at the end releases the lock, also when anything below throws.
        var (ids, file, sha256) = await ExportAsync(connection, before, settings, ct);
        if (ids.Count == 0) return new AuditArchiveResult(true, 0, 0, before, null, null);
        var purged = await PurgeAsync(ids, before, file, sha256, ct);
        logger.LogInformation("Audit archive: {Exported} rows before {Before:O} exported to {File} and purged", ids.Count, before, file);
        return new AuditArchiveResult(true, ids.Count, purged, before, file, sha256);
    }

    private async Task<(List<long> Ids, string File, string Sha256)> ExportAsync(NpgsqlConnection connection, DateTimeOffset before,
        AuditRetentionOptions settings, CancellationToken ct)
    {
        var directory = Path.Combine(environment.ContentRootPath, settings.Directory);
        System.IO.Directory.CreateDirectory(directory);
        var now = clock.GetUtcNow();
        var file = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture,
            $"audit-{now:yyyyMMdd'T'HHmmss'Z'}-before-{before:yyyyMMdd'T'HHmmss'Z'}.jsonl.gz"));
        var partial = file + ".partial";
        var ids = new List<long>();
        await using (var command = new NpgsqlCommand(
            "SELECT id, at, user_id, user_name, ip_address, entity_type, entity_key, action, changes::text FROM audit_entries WHERE at < @before ORDER BY id", connection))
        {
            command.Parameters.AddWithValue("before", before);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!reader.HasRows) return ([], "", "");
            await using var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, FileOptions.WriteThrough);
            await using (var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true))
            await using (var json = new Utf8JsonWriter(gzip, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
            {
                while (await reader.ReadAsync(ct))
                {
                    var id = reader.GetInt64(0);
                    ids.Add(id);
                    json.WriteStartObject();
                    json.WriteNumber("id", id);
                    json.WriteString("at", reader.GetFieldValue<DateTimeOffset>(1));
                    json.WriteString("user_id", reader.IsDBNull(2) ? null : reader.GetString(2));
                    json.WriteString("user_name", reader.GetString(3));
                    json.WriteString("ip_address", reader.IsDBNull(4) ? null : reader.GetString(4));
                    json.WriteString("entity_type", reader.GetString(5));
                    json.WriteString("entity_key", reader.GetString(6));
                    json.WriteString("action", reader.GetString(7));
                    json.WritePropertyName("changes");
                    json.WriteRawValue(reader.GetString(8), skipInputValidation: true);
                    json.WriteEndObject();
                    await json.FlushAsync(ct);
                    gzip.WriteByte((byte)'\n');
                    json.Reset();
                }
            }
            await stream.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }
        // Read the file back before anything is deleted: every id, in order, and the checksum of what is on disk.
        var sha256 = await VerifyAsync(partial, ids, ct);
        File.Move(partial, file);
        await File.WriteAllTextAsync(file + ".sha256", $"{sha256}  {Path.GetFileName(file)}\n", ct);
        return (ids, file, sha256);
    }

    private static async Task<string> VerifyAsync(string path, List<long> ids, CancellationToken ct)
    {
        await using (var stream = File.OpenRead(path))
        using (var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8))
        {
            var index = 0;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                using var row = JsonDocument.Parse(line);
                if (index >= ids.Count || row.RootElement.GetProperty("id").GetInt64() != ids[index]) break;
                index++;
            }
            if (index != ids.Count) throw new IOException($"The audit archive {path} does not hold the {ids.Count} rows exported; nothing was purged.");
        }
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    private async Task<int> PurgeAsync(List<long> ids, DateTimeOffset before, string file, string sha256, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The append-only trigger (ADR 0003) lets this transaction, and only it, delete.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL portal.allow_audit_purge = 'on'", ct);
        var purged = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM audit_entries WHERE id = ANY({ids.ToArray()}) AND at < {before}", ct);
        if (purged != ids.Count)
        {
            throw new InvalidOperationException($"Audit archive: {ids.Count} rows exported but {purged} would be deleted; rolled back.");
        }
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = "系统",
            EntityType = EntityType,
            EntityKey = "",
            Action = AuditAction.Archived,
            Changes = AuditInterceptor.Serialize(new Dictionary<string, AuditInterceptor.Change>
            {
                ["ArchivedBefore"] = new(null, before.ToString("O", CultureInfo.InvariantCulture)),
                ["ArchivedCount"] = new(null, ids.Count.ToString(CultureInfo.InvariantCulture)),
                ["PurgedCount"] = new(null, purged.ToString(CultureInfo.InvariantCulture)),
                ["ArchiveFile"] = new(null, Path.GetFileName(file)),
                ["Sha256"] = new(null, sha256),
            }),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return purged;
    }

    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditRetentionOptions>()
            .Bind(configuration.GetSection(AuditRetentionOptions.Section))
            .Validate(o => o.RetentionMonths >= AuditRetentionOptions.MinimumMonths,
                $"AuditRetention:RetentionMonths must be at least {AuditRetentionOptions.MinimumMonths}: 等保 2.0 (GB/T 22239-2019) requires audit records to be kept six months or more. The portal does not start with a shorter retention.")
            .Validate(o => o.Every > TimeSpan.Zero && !string.IsNullOrWhiteSpace(o.Directory), "AuditRetention:Every must be positive and AuditRetention:Directory set.")
            .ValidateOnStart();
        services.AddScoped<AuditArchiver>();
        services.AddHostedService<AuditRetentionJob>();
        return services;
    }
}

/// <summary>Runs <see cref="AuditArchiver"/> once a day (<see cref="AuditRetentionOptions.Every"/>) on every node that has <c>RunJob</c>.</summary>
public sealed class AuditRetentionJob(IServiceScopeFactory scopes, IOptions<AuditRetentionOptions> options, ILogger<AuditRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunJob) return;
        var wait = options.Value.FirstRunAfter;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditArchiver>().RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed run (disk full, database down) is logged and tried again at the next interval; nothing was purged.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Audit archive failed; nothing was purged; next try in {Every}", options.Value.Every);
            }
            wait = options.Value.Every;
        }
    }
}
