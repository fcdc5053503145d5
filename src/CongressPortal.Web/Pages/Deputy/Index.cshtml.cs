using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Stations;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Pages.Deputies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy;

/// <summary>
/// A deputy's desk (docs/domain/stations.md): their stations, next duty days, the receptions they attended, the issues
/// waiting for their follow-up and their performance record. Everything is filtered by the deputy_id claim.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    /// <summary>Duty days are looked up a quarter ahead: monthly schedules put a deputy on duty every few months.</summary>
    public const int DutyHorizonDays = 92;

    public const int DutyCount = 5;

    public const int RecentReceptions = 20;

    public Desk View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var desk = await handler.HandleAsync(User.GetDeputyId()!.Value, ct);
        if (desk is null) return NotFound();
        View = desk;
        return Page();
    }

    public sealed record StationRow(int Id, string Name, string Address, string? OpeningHours, string? ContactPhone, StationRole Role);

    public sealed record ReceptionRow(int Id, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Station, int Visitors, int Issues);

    public sealed record IssueRow(int ReceptionId, DateOnly Date, string Station, string Summary, string? Category, HandlingPath Path, bool Attended);

    public sealed record Invitation(int Id, string Subject, string? Lead);

    /// <summary>A suggestion whose lead named the deputy as a co-signer online, waiting for the answer (S1a).</summary>
    public sealed record CoSigningInvitation(int Id, string Number, string Title, string? Lead);

    public sealed record Desk(
        string Name,
        DeputyLevel Level,
        string? Delegation,
        bool HasPublicProfile,
        int DeputyId,
        IReadOnlyList<StationRow> Stations,
        IReadOnlyList<ReceptionNoticeQueries.NoticeView> Duties,
        IReadOnlyList<IssueRow> Issues,
        IReadOnlyList<ReceptionRow> Receptions,
        int ReceptionTotal,
        string? Period,
        PerformanceRecord Record,
        IReadOnlyList<Invitation> Invitations,
        int ProposalCount,
        IReadOnlyList<CoSigningInvitation> CoSigningInvitations);

    public sealed class Handler(AppDbContext db, PerformanceRecords records, ReceptionNoticeQueries notices, ProposalStore proposals, TimeProvider clock)
    {
        public async Task<Desk?> HandleAsync(int deputyId, CancellationToken ct)
        {
            var me = await db.Deputies.AsNoTracking()
                .Where(d => d.Id == deputyId)
                .Select(d => new { d.Name, d.Level, Delegation = d.Delegation!.Name, d.Term })
                .SingleOrDefaultAsync(ct);
            if (me is null) return null;

            var stations = await db.Stations.AsNoTracking()
                .Where(s => s.IsActive)
                .SelectMany(s => s.Members.Where(m => m.DeputyId == deputyId && m.To == null)
                    .Select(m => new StationRow(s.Id, s.Name, s.Address, s.OpeningHours, s.ContactPhone, m.Role)))
                .ToListAsync(ct);
            var stationIds = stations.ConvertAll(s => s.Id);
            var duties = (await notices.UpcomingAsync(stationIds, DutyHorizonDays, ct))
                .Where(n => n.Deputies.Any(d => d.Id == deputyId))
                .Take(DutyCount)
                .ToList();

            // 待跟进: passed on and not yet fed back (ReceptionIssue.AwaitsFollowUp, spelled out for SQL).
            var issues = await (
                    from r in db.Receptions.AsNoTracking()
                    from i in r.Issues
                    join s in db.Stations on r.StationId equals s.Id
                    join c in db.SuggestionCategories on i.CategoryId equals c.Id into categories
                    from category in categories.DefaultIfEmpty()
                    where i.FollowUpDeputyId == deputyId
                        && i.Path != HandlingPath.AnsweredOnSpot && i.Path != HandlingPath.NotAcceptedInformed
                        && i.Feedback == null
                    orderby r.Date, i.Id
                    select new IssueRow(r.Id, r.Date, s.Name, i.Summary, category == null ? null : category.Name, i.Path,
                        r.Deputies.Any(d => d.DeputyId == deputyId)))
                .ToListAsync(ct);

            var attended = db.Receptions.AsNoTracking().Where(r => r.Deputies.Any(d => d.DeputyId == deputyId));
            var total = await attended.CountAsync(ct);
            var receptions = await (
                    from r in attended
                    join s in db.Stations on r.StationId equals s.Id
                    orderby r.Date descending, r.Id descending
                    select new ReceptionRow(r.Id, r.Date, r.StartTime, r.EndTime, s.Name, r.Visitors.Count, r.Issues.Count))
                .Take(RecentReceptions)
                .ToListAsync(ct);

            var term = me.Term ?? await db.CurrentTermAsync(ChinaTime.Today(clock.GetUtcNow()), ct);
            var record = await records.ForDeputyAsync(deputyId, term?.StartDate, term?.EndDate, ct);
            var invitations = await ProposalStore.AwaitingAnswerOf(db.Proposals, deputyId).AsNoTracking()
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .Select(p => new Invitation(p.Id, p.Subject, db.Deputies.Where(d => d.Id == p.LeadDeputyId).Select(d => d.Name).FirstOrDefault()))
                .ToListAsync(ct);
            var proposalCount = await proposals.ForDeputy(deputyId).CountAsync(ct);
            var coSigning = await db.Suggestions.AsNoTracking()
                .Where(Suggestion.AwaitsCoSigner(deputyId))
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
                .Select(s => new CoSigningInvitation(s.Id, s.Number, s.Title, db.Deputies.Where(d => d.Id == s.LeadDeputyId).Select(d => d.Name).FirstOrDefault()))
                .ToListAsync(ct);
            return new Desk(
                me.Name, me.Level, me.Delegation, me.Level == DeputyLevel.Municipal, deputyId,
                [.. stations.OrderBy(s => s.Role).ThenBy(s => s.Name, StringComparer.Ordinal)], duties, issues, receptions, total,
                term is null ? null : PublicDeputies.PeriodOf(term), record, invitations, proposalCount, coSigning);
        }
    }
}
