using System.Diagnostics;
using System.Net;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// The backup and restore drill in small (issue 17): scripts/backup.sh dumps this test database, scripts/restore.sh restores
/// it into a new database, scripts/compare-databases.sh finds every table's row count and checksum equal, and the portal
/// started on the copy is healthy and shows the data. The full-size figures are in docs/operations.md.
/// </summary>
public sealed class BackupRestoreDrillTests(PortalAppFactory app) : ReportTest(app)
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    private async Task<(int ExitCode, string Output, string Errors)> ScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "scripts", script)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CONGRESS_DB"] = App.ConnectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(App.ConnectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_backup_restored_into_a_new_database_has_every_table_equal_and_the_portal_runs_on_it()
    {
        await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        await CreateUserAsync("drill-staff", ["Staff"]);
        var source = new NpgsqlConnectionStringBuilder(App.ConnectionString).Database!;
        var copy = $"drill_restore_{Guid.NewGuid():N}"[..30];
        var dump = Path.Combine(Path.GetTempPath(), $"{copy}.dump");
        try
        {
            var backup = await ScriptAsync("backup.sh", dump);
            backup.ExitCode.Should().Be(0, backup.Errors);
            backup.Output.Trim().Should().Be(dump);
            File.Exists(dump + ".sha256").Should().BeTrue();

            var restore = await ScriptAsync("restore.sh", dump, copy);
            restore.ExitCode.Should().Be(0, restore.Errors);
            (await ScriptAsync("restore.sh", dump, copy)).ExitCode.Should().NotBe(0, "a restore never writes over an existing database");

            var compare = await ScriptAsync("compare-databases.sh", source, copy);
            compare.ExitCode.Should().Be(0, compare.Errors);
            compare.Output.Should().MatchRegex(@"compare: \d{2,} tables, \d+ rows, identical counts and checksums");

            // The comparison does look at the data: one changed title makes it fail, naming the table.
            await ExecuteAsync(copy, "UPDATE work_reports SET title = title || '（改）'");
            var changed = await ScriptAsync("compare-databases.sh", source, copy);
            changed.ExitCode.Should().Be(1);
            changed.Errors.Should().Contain("work_reports");
            await ExecuteAsync(copy, "UPDATE work_reports SET title = replace(title, '（改）', '')");

            using var restored = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Testing");
                builder.UseSetting("ConnectionStrings:Portal", new NpgsqlConnectionStringBuilder(App.ConnectionString) { Database = copy }.ConnectionString);
                builder.UseSetting("Notifications:RunWorker", "false");
                builder.UseSetting("AuditRetention:RunJob", "false");
            });
            using var client = restored.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            using (var health = await client.GetAsync("/healthz")) health.StatusCode.Should().Be(HttpStatusCode.OK);
            using var report = await client.GetAsync("/Reports/2027");
            report.StatusCode.Should().Be(HttpStatusCode.OK);
            (await report.Content.ReadAsStringAsync()).Should().Contain("示例市人民代表大会常务委员会工作报告");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS \"{copy}\" WITH (FORCE)");
            File.Delete(dump);
            File.Delete(dump + ".sha256");
        }
    }
}
