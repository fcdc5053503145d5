using System.Diagnostics;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Bench;

/// <summary>
/// How good the 交办会's unit proposals are (issue 15): on the demo city, every session that has sessions before it is
/// replayed — the proposer trained only on the suggestions of the earlier sessions, asked for each of the session's
/// assigned suggestions, and compared with the unit finally chosen. Prints how often that unit is the first proposal and
/// among the first three, and how long the replay took. Staff's own choices at real 交办会s are kept in
/// <c>assignment_proposals</c> and can be counted the same way on real data.
/// </summary>
internal static class ProposalReplayBenchmark
{
    public static async Task RunAsync(string connectionString)
    {
        var app = ReportPageBenchmark.Build(connectionString);
        await app.MigrateAndSeedAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var batch = scope.ServiceProvider.GetRequiredService<SuggestionBatchAssignment>();
        var sessions = await db.Sessions.AsNoTracking().OrderBy(s => s.StartDate)
            .Select(s => new { s.Id, s.Number, Term = s.Term.Number, s.StartDate }).ToListAsync();
        Console.WriteLine("| session | trained on | replayed | first proposal | among first three | no proposal | time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var session in sessions.Skip(1))
        {
            var clock = Stopwatch.StartNew();
            var replay = await batch.ReplayAsync(session.Id, default);
            if (replay.Replayed == 0) continue;
            Console.WriteLine($"| {Domain.Reference.CongressSession.FormatName(session.Term, session.Number)} ({session.StartDate:yyyy-MM-dd}) | {replay.Trained:N0} | {replay.Replayed:N0} | " +
                $"{replay.FirstChoice:N0} ({replay.FirstShare:P0}) | {replay.AmongThree:N0} ({replay.ThreeShare:P0}) | {replay.NoProposal:N0} | {clock.Elapsed.TotalMilliseconds:N0} ms |");
        }
    }
}
