using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data.Seeding;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Proposals;

/// <summary>The session paperwork is checked against the demo session's proposals: every decision, two suggestions, reports due and overdue.</summary>
public abstract class PaperworkTest(PortalAppFactory app) : WebTest(app)
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Loads the demo city (its own accounts included) and returns the demo session with its proposals as stored.</summary>
    protected async Task<(int SessionId, List<Proposal> Proposals)> SeedDemoAsync()
    {
        App.Clock.Set(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)));
        await ServiceAsync<DemoSeeder, bool>(async seeder =>
        {
            await seeder.SeedAsync(default);
            return true;
        });
        var session = await DbAsync(db => db.Sessions.OrderByDescending(s => s.StartDate).Select(s => s.Id).FirstAsync());
        var proposals = await DbAsync(db => db.Proposals.AsNoTracking().Include(p => p.Signers)
            .Where(p => p.SessionId == session).OrderBy(p => p.Sequence).ToListAsync());
        return (session, proposals);
    }

    protected Task<PortalClient> StaffAsync() => SignedInClientAsync(PortalRole.Staff, userName: "paperwork-staff");

    protected Task<Dictionary<int, string>> DeputyNamesAsync() => DbAsync(db => db.Deputies.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name));
}
