using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Unit;

/// <summary>
/// The handling unit's desk: what waits for it (to accept, due soon, overdue, re-handling, open commitments) and
/// the suggestions assigned to it, most urgent first. The unit comes from the account's claim only.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "state")] public DeskState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "due")] public DueFilter? Due { get; set; }

    [BindProperty(SupportsGet = true, Name = "session")] public int? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    /// <summary>Page number, from 1 (not "page": Razor Pages routes by that name).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public Desk View { get; private set; } = null!;

    public int PageCount => Math.Max(1, (View.Total + PageSize - 1) / PageSize);

    public bool Filtered => State is not null || Due is not null || Session is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        P = Math.Max(1, P);
        var desk = await handler.HandleAsync(User.GetUnitId()!.Value, new Query(State, Due, Session, Q, P), ct);
        if (desk is null) return NotFound();
        View = desk;
        return Page();
    }

    public string PageHref(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["state"] = State?.ToString(),
            ["due"] = Due?.ToString(),
            ["session"] = Session?.ToString(CultureInfo.InvariantCulture),
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q,
            ["p"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return "/Unit" + QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
    }

    /// <summary>Where the unit's part stands. <see cref="Closed"/> is the suggestion's own status (办结).</summary>
    public enum DeskState
    {
        AwaitingAcceptance,
        Accepted,
        ReturnRequested,
        Rehandling,
        OpinionSent,
        Replied,
        Closed,
        CommitmentsOpen,
    }

    public enum DueFilter
    {
        Overdue,
        Soon,
    }

    public static string Label(DeskState state) => state switch
    {
        DeskState.AwaitingAcceptance => "待签收",
        DeskState.Accepted => "办理中",
        DeskState.ReturnRequested => "申请退回待审批",
        DeskState.Rehandling => "重新办理",
        DeskState.OpinionSent => "已送协办意见",
        DeskState.Replied => "已答复，待代表评价",
        DeskState.Closed => "已办结",
        DeskState.CommitmentsOpen => "有未完成的承诺事项",
        _ => state.ToString(),
    };

    public sealed record Query(DeskState? State, DueFilter? Due, int? Session, string? Q, int Page);

    public sealed record Counts(int AwaitingAcceptance, int Handling, int DueSoon, int Overdue, int Rehandling, int OpenCommitments);

    public sealed record Row(
        int Id, string Number, string Title, string? LeadDeputy, AssignmentRole Role, DateOnly AssignedOn, DateOnly DueOn,
        AssignmentState State, SuggestionStatus Status, bool IsPending)
    {
        /// <summary>The suggestion's end states win over the unit's own state: a withdrawn or closed suggestion needs nothing more.</summary>
        public string StateLabel => Status is SuggestionStatus.Closed or SuggestionStatus.Withdrawn ? SuggestionLabels.For(Status) : SuggestionLabels.For(State);
    }

    public sealed record Desk(
        string UnitName, Counts Counts, IReadOnlyList<Row> Rows, int Total, IReadOnlyList<SelectListItem> Sessions, DateOnly Today, int DueSoonDays);

    /// <summary>A suggestion with this unit's active assignment on it.</summary>
    public sealed class Part
    {
        public Suggestion S { get; init; } = null!;
        public SuggestionAssignment A { get; init; } = null!;

        /// <summary>Waiting for this unit (to accept, reply or send its opinion) while the suggestion is still being handled.</summary>
        public bool IsPending { get; init; }
    }

    public sealed class Handler(AppDbContext db, SuggestionStore store)
    {
        public async Task<Desk?> HandleAsync(int unitId, Query query, CancellationToken ct)
        {
            var unitName = await db.HandlingUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);
            if (unitName is null) return null;
            var rules = await store.RulesAsync(ct);
            var today = store.Today;
            var soon = today.AddDays(rules.Settings.DueSoonDays);

            var all = Parts(store.ForUnit(unitId), unitId);
            var pending = all.Where(p => p.IsPending);
            var counts = new Counts(
                await pending.CountAsync(p => p.A.State == AssignmentState.AwaitingAcceptance, ct),
                await pending.CountAsync(p => p.A.State == AssignmentState.Accepted, ct),
                await pending.CountAsync(p => p.A.DueOn >= today && p.A.DueOn <= soon, ct),
                await pending.CountAsync(p => p.A.DueOn < today, ct),
                await pending.CountAsync(p => p.A.State == AssignmentState.Rehandling, ct),
                await all.SelectMany(p => p.A.Replies).SelectMany(r => r.Commitments).CountAsync(c => c.CompletedOn == null, ct));

            var scope = store.ForUnit(unitId).Search(query.Q);
            if (query.Session is { } session) scope = session == 0 ? scope.Where(s => s.SessionId == null) : scope.Where(s => s.SessionId == session);
            var parts = Filter(Parts(scope, unitId), query.State, query.Due, today, soon);
            var total = await parts.CountAsync(ct);
            var rows = await parts
                .OrderBy(p => p.IsPending ? 0 : 1)
                .ThenBy(p => p.A.DueOn).ThenBy(p => p.S.Id)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(p => new Row(
                    p.S.Id, p.S.Number, p.S.Title,
                    db.Deputies.Where(d => d.Id == p.S.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    p.A.Role, p.A.AssignedOn, p.A.DueOn, p.A.State, p.S.Status, p.IsPending))
                .ToListAsync(ct);

            return new Desk(unitName, counts, rows, total, await SessionsAsync(query.Session, ct), today, rules.Settings.DueSoonDays);
        }

        private static IQueryable<Part> Parts(IQueryable<Suggestion> scope, int unitId) =>
            scope.AsNoTracking().SelectMany(
                s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId),
                (s, a) => new Part
                {
                    S = s,
                    A = a,
                    IsPending = (s.Status == SuggestionStatus.Handling || s.Status == SuggestionStatus.Rehandling)
                        && (a.State == AssignmentState.AwaitingAcceptance || a.State == AssignmentState.Accepted
                            || a.State == AssignmentState.ReturnRequested || a.State == AssignmentState.Rehandling),
                });

        private static IQueryable<Part> Filter(IQueryable<Part> parts, DeskState? state, DueFilter? due, DateOnly today, DateOnly soon)
        {
            parts = state switch
            {
                DeskState.Closed => parts.Where(p => p.S.Status == SuggestionStatus.Closed),
                DeskState.CommitmentsOpen => parts.Where(p => p.A.Replies.Any(r => r.Commitments.Any(c => c.CompletedOn == null))),
                DeskState.Replied => parts.Where(p => p.A.State == AssignmentState.Replied && p.S.Status != SuggestionStatus.Closed),
                DeskState.OpinionSent => parts.Where(p => p.A.State == AssignmentState.OpinionSent),
                DeskState.AwaitingAcceptance => parts.Where(p => p.IsPending).Where(p => p.A.State == AssignmentState.AwaitingAcceptance),
                DeskState.Accepted => parts.Where(p => p.IsPending).Where(p => p.A.State == AssignmentState.Accepted),
                DeskState.ReturnRequested => parts.Where(p => p.IsPending).Where(p => p.A.State == AssignmentState.ReturnRequested),
                DeskState.Rehandling => parts.Where(p => p.IsPending).Where(p => p.A.State == AssignmentState.Rehandling),
                _ => parts,
            };
            return due switch
            {
                DueFilter.Overdue => parts.Where(p => p.IsPending).Where(p => p.A.DueOn < today),
                DueFilter.Soon => parts.Where(p => p.IsPending).Where(p => p.A.DueOn >= today && p.A.DueOn <= soon),
                _ => parts,
            };
        }

        private async Task<IReadOnlyList<SelectListItem>> SessionsAsync(int? selected, CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToListAsync(ct);
            var items = sessions
                .Select(s => new SelectListItem(CongressSession.FormatName(s.Term, s.Number), s.Id.ToString(CultureInfo.InvariantCulture), s.Id == selected))
                .ToList();
            items.Add(new SelectListItem(SuggestionLabels.For(SuggestionSource.BetweenSessions), "0", selected == 0));
            return items;
        }
    }
}
