using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit.Supervision;

/// <summary>
/// The body's supervision desk: the topics sent to it (交办) as reporting body or as a body named on a problem
/// (<see cref="SupervisionStore.ForUnit"/>), the reports it owes first, then by due date. Each row shows the due date of
/// the current round with the overdue / due-soon marks of the suggestion desk, where the topic stands and how many
/// problems are closed.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Desk View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.HandleAsync(User.GetUnitId()!.Value, ct);

    /// <summary>A topic on the desk. <see cref="OwesReport"/>: this body is the reporting body and a report is due now.</summary>
    public sealed record Row(
        int Id, int Year, string Title, SupervisionForm Form, SupervisionTopicStatus Status, bool IsReporting, DateOnly? ReportDueOn,
        DateOnly? AssignedOn, int ProblemCount, int ClosedProblemCount, int MyOpenProblems)
    {
        public bool OwesReport => IsReporting && ReportDueOn is not null;

        public SupervisionDisplay.Progress Progress => new(ClosedProblemCount, ProblemCount);
    }

    public sealed record Counts(int ReportsDue, int DueSoon, int Overdue, int OpenProblems);

    public sealed record Desk(IReadOnlyList<Row> Rows, Counts Counts, DateOnly Today, int DueSoonDays);

    public sealed class Handler(SupervisionStore store)
    {
        public async Task<Desk> HandleAsync(int unitId, CancellationToken ct)
        {
            var settings = await store.SettingsAsync(ct);
            var today = store.Today;
            var rows = await store.ForUnit(unitId).AsNoTracking()
                .OrderBy(t => t.ReportingUnitId == unitId && t.ReportDueOn != null ? 0 : 1)
                .ThenBy(t => t.ReportDueOn).ThenByDescending(t => t.AssignedOn).ThenBy(t => t.Id)
                .Select(t => new Row(t.Id, t.Year, t.Title, t.Form, t.Status, t.ReportingUnitId == unitId, t.ReportDueOn, t.AssignedOn,
                    t.ProblemCount, t.ClosedProblemCount,
                    t.Problems.Count(p => p.UnitId == unitId && p.ClosedOn == null)))
                .ToListAsync(ct);
            return new Desk(rows, await CountsAsync(store, unitId, ct), today, settings.DueSoonDays);
        }

        /// <summary>The reports this body owes (all, due soon, overdue) and its open problems: the desk and the unit's home page.</summary>
        public static async Task<Counts> CountsAsync(SupervisionStore store, int unitId, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(store);
            var settings = await store.SettingsAsync(ct);
            var today = store.Today;
            var soon = today.AddDays(settings.DueSoonDays);
            var owed = store.ForUnit(unitId).AsNoTracking().Where(t => t.ReportingUnitId == unitId && t.ReportDueOn != null);
            return new Counts(
                await owed.CountAsync(ct),
                await owed.CountAsync(t => t.ReportDueOn >= today && t.ReportDueOn <= soon, ct),
                await owed.CountAsync(t => t.ReportDueOn < today, ct),
                await store.ForUnit(unitId).AsNoTracking().SelectMany(t => t.Problems).CountAsync(p => p.UnitId == unitId && p.ClosedOn == null, ct));
        }
    }
}
