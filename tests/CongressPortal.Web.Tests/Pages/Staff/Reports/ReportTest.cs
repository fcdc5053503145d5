using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

/// <summary>Shared steps of the report tests: a report in the database, a staff client, the stored draft.</summary>
public abstract class ReportTest(PortalAppFactory app) : WebTest(app)
{
    protected Task<int> ReportAsync(int year = 2027, string? text = null, bool publish = false) =>
        DbAsync(db => ReportSamples.CreateAsync(db, year, text, publish, App.Clock.GetUtcNow()));

    protected Task<PortalClient> StaffAsync() => SignedInClientAsync(PortalRole.Staff);

    protected Task<WorkReport> StoredAsync(int id) =>
        DbAsync(db => db.WorkReports.AsNoTracking().Include(r => r.Versions).Include(r => r.Figures).SingleAsync(r => r.Id == id));

    protected async Task<ReportOutline> DraftAsync(int id) => (await StoredAsync(id)).Draft()!;
}
