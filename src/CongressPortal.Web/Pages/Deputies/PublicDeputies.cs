using System.Linq.Expressions;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using Microsoft.EntityFrameworkCore;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Deputies;

/// <summary>
/// What the public may see of deputies (代表法第五十八条): basic information and performance figures of
/// municipal deputies. Deputies of other levels have only a minimal profile here (their own congress
/// publishes them), so they appear at stations by name and level, without a profile page.
/// </summary>
public static class PublicDeputies
{
    /// <summary>Deputies whose profile page and photo are public.</summary>
    public static IQueryable<DeputyEntity> WithPublicProfile(this IQueryable<DeputyEntity> deputies) =>
        deputies.Where(HasPublicProfile);

    /// <summary><see cref="WithPublicProfile"/> as an expression, for compiled queries.</summary>
    public static readonly Expression<Func<DeputyEntity, bool>> HasPublicProfile = d => d.Level == DeputyLevel.Municipal;

    /// <summary>The term running on <paramref name="today"/>; failing that the latest one begun, or the latest one recorded.</summary>
    public static async Task<Term?> CurrentTermAsync(this AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var terms = db.Terms.AsNoTracking();
        return await terms.Where(t => t.StartDate <= today && (t.EndDate == null || t.EndDate >= today)).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct)
            ?? await terms.Where(t => t.StartDate <= today).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct)
            ?? await terms.OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
    }

    /// <summary>A term's period in words for the performance record: 第十六届（2022年1月10日起）.</summary>
    public static string PeriodOf(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var end = term.EndDate is { } e ? $"至{Infrastructure.Display.Date(e)}" : "起";
        return $"{term.Name}（{Infrastructure.Display.Date(term.StartDate)}{end}）";
    }

    public sealed record Figure(string Label, int Count, string Unit);

    /// <summary>The public performance figures in the order a citizen reads them: what the deputy raised first, then where they took part.</summary>
    public static IReadOnlyList<Figure> Figures(PerformanceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return
        [
            new("提出建议", record.Suggestions, "件"),
            new("领衔提出议案", record.Proposals, "件"),
            new("联名提出议案", record.ProposalsCoSigned, "件"),
            new("在联络站接待群众", record.StationReceptions, "次"),
            new("出席代表大会会议", record.CongressSessions, "次"),
            new("列席常委会会议", record.StandingCommitteeMeetings, "次"),
            new("参加培训", record.Trainings, "次"),
            new("参加视察、执法检查", record.Inspections, "次"),
            new("参加调研", record.Researches, "次"),
            new("督办12345热线工单", record.HotlineTickets, "次"),
            new("参与矛盾调解", record.Mediations, "次"),
        ];
    }

    /// <summary>A deputy's photo or, without one, a neutral placeholder (<c>_DeputyPhoto</c>).</summary>
    public sealed record Photo(int DeputyId, string Name, bool HasPhoto, bool Large = false);

    public sealed record StationLink(int Id, string Name);

    /// <summary>The active stations each deputy is currently assigned to.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<StationLink>>> StationsOfAsync(this AppDbContext db, IReadOnlyCollection<int> deputyIds, CancellationToken ct)
    {
        var rows = await db.Stations.AsNoTracking()
            .Where(s => s.IsActive)
            .SelectMany(s => s.Members.Where(m => m.To == null && deputyIds.Contains(m.DeputyId)).Select(m => new { m.DeputyId, s.Id, s.Name }))
            .ToListAsync(ct);
        return rows
            .GroupBy(r => r.DeputyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StationLink>)[.. g.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new StationLink(r.Id, r.Name))]);
    }
}
