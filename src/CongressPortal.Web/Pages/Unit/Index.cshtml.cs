using System.Globalization;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
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
public sealed class IndexModel(IndexModel.Handler handler, SupervisionStore supervision) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "state")] public DeskState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "due")] public DueFilter? Due { get; set; }

    [BindProperty(SupportsGet = true, Name = "session")] public int? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    /// <summary>Page number, from 1 (not "page": Razor Pages routes by that name).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int P { get; set; } = 1;

    public Desk View { get; private set; } = null!;

    /// <summary>The supervision reports this body owes and its open problems (the desk at /Unit/Supervision).</summary>
    public Supervision.IndexModel.Counts Supervision { get; private set; } = null!;

    public int PageCount => Math.Max(1, (View.Total + PageSize - 1) / PageSize);

    public bool Filtered => State is not null || Due is not null || Session is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        P = Paging.Page(P);
        var desk = await handler.HandleAsync(User.GetUnitId()!.Value, new Query(State, Due, Session, Q, P), ct);
        if (desk is null) return NotFound();
        View = desk;
        // A page past the end shows the last page (issue 17), not an empty list.
        if (P > PageCount) View = await handler.HandleAsync(User.GetUnitId()!.Value, new Query(State, Due, Session, Q, P = PageCount), ct) ?? desk;
        Supervision = await Unit.Supervision.IndexModel.Handler.CountsAsync(supervision, User.GetUnitId()!.Value, ct);
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
        return Url.Page("/Unit/Index") + QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
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
        public string StateLabel => SuggestionDisplay.PartState(Status, State);
    }

    /// <summary>A change to the unit's assignments it must hear of: a part given to another unit, a return approved.</summary>
    public sealed record Notice(int SuggestionId, string Number, string Title, DateTimeOffset At, string What, string? Detail, bool StillVisible);

    public sealed record Desk(
        string UnitName, Counts Counts, IReadOnlyList<Row> Rows, int Total, IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<Notice> Notices,
        DateOnly Today, int DueSoonDays, SuggestionDeadlineTexts Deadlines);

    /// <summary>A suggestion with this unit's active assignment on it.</summary>
    public sealed class Part
    {
        public Suggestion S { get; init; } = null!;
        public SuggestionAssignment A { get; init; } = null!;
    }

    /// <summary>The unit's part states a desk filter stands for (the other filters read the kept figures).</summary>
    private static readonly Dictionary<DeskState, AssignmentState> PartStates = new()
    {
        [DeskState.AwaitingAcceptance] = AssignmentState.AwaitingAcceptance,
        [DeskState.Accepted] = AssignmentState.Accepted,
        [DeskState.ReturnRequested] = AssignmentState.ReturnRequested,
        [DeskState.Rehandling] = AssignmentState.Rehandling,
        [DeskState.OpinionSent] = AssignmentState.OpinionSent,
        [DeskState.Replied] = AssignmentState.Replied,
    };

    /// <summary>How long a notice of a change stays on the desk.</summary>
    public const int NoticeDays = 60;

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
            var pending = all.Where(p => p.A.AwaitsUnit);
            var counts = new Counts(
                await InState(pending, DeskState.AwaitingAcceptance).CountAsync(ct),
                await InState(pending, DeskState.Accepted).CountAsync(ct),
                await pending.CountAsync(p => p.A.DueOn >= today && p.A.DueOn <= soon, ct),
                await pending.CountAsync(p => p.A.DueOn < today, ct),
                await InState(pending, DeskState.Rehandling).CountAsync(ct),
                await all.SelectMany(p => p.A.Replies).SelectMany(r => r.Commitments).CountAsync(c => c.CompletedOn == null, ct));

            var scope = store.ForUnit(unitId).Search(query.Q);
            if (query.Session is { } session) scope = session == 0 ? scope.Where(s => s.SessionId == null) : scope.Where(s => s.SessionId == session);
            var parts = Filter(Parts(scope, unitId), query.State, query.Due, today, soon);
            var total = await parts.CountAsync(ct);
            var rows = await parts
                .OrderBy(p => p.A.AwaitsUnit ? 0 : 1)
                .ThenBy(p => p.A.DueOn).ThenBy(p => p.S.Id)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(p => new Row(
                    p.S.Id, p.S.Number, p.S.Title,
                    db.Deputies.Where(d => d.Id == p.S.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    p.A.Role, p.A.AssignedOn, p.A.DueOn, p.A.State, p.S.Status, p.A.AwaitsUnit))
                .ToListAsync(ct);

            return new Desk(unitName, counts, rows, total, await SessionsAsync(query.Session, ct), await NoticesAsync(unitId, ct), today, rules.Settings.DueSoonDays,
                rules.Settings.DeadlineTexts());
        }

        /// <summary>
        /// Changes the unit must hear of, newest first: a part staff gave to another unit (调整交办) and an approved return.
        /// A suggestion it no longer handles shows only its number, title and the reason; it is no longer open to the unit.
        /// </summary>
        private async Task<IReadOnlyList<Notice>> NoticesAsync(int unitId, CancellationToken ct)
        {
            var since = store.Now.AddDays(-NoticeDays);
            var visible = store.ForUnit(unitId).Select(s => s.Id);
            var notices = await db.Suggestions.AsNoTracking()
                .SelectMany(s => s.Events.Where(e => e.UnitId == unitId && e.At >= since
                        && (e.Kind == SuggestionEventKind.UnitReassigned || e.Kind == SuggestionEventKind.ReturnApproved || e.Kind == SuggestionEventKind.AssignmentCorrected)),
                    (s, e) => new { s.Id, s.Number, s.Title, e.At, e.Kind, e.Detail, Visible = visible.Contains(s.Id) })
                .OrderByDescending(n => n.At)
                .Take(20)
                .ToListAsync(ct);
            return notices.ConvertAll(n => new Notice(n.Id, n.Number, n.Title, n.At, SuggestionLabels.For(n.Kind), n.Detail, n.Visible));
        }

        private static IQueryable<Part> Parts(IQueryable<Suggestion> scope, int unitId) =>
            scope.AsNoTracking().SelectMany(
                s => s.Assignments.AsQueryable().Where(SuggestionAssignment.Active).Where(a => a.UnitId == unitId),
                (s, a) => new Part { S = s, A = a });

        /// <summary>The parts in the unit's state a desk filter stands for; the waiting states only while the unit is awaited.</summary>
        private static IQueryable<Part> InState(IQueryable<Part> parts, DeskState desk)
        {
            var state = PartStates[desk];
            return desk is DeskState.Replied or DeskState.OpinionSent
                ? parts.Where(p => p.A.State == state && !p.A.SuggestionClosed)
                : parts.Where(p => p.A.AwaitsUnit && p.A.State == state);
        }

        private static IQueryable<Part> Filter(IQueryable<Part> parts, DeskState? state, DueFilter? due, DateOnly today, DateOnly soon)
        {
            parts = state switch
            {
                null => parts,
                DeskState.Closed => parts.Where(p => p.A.SuggestionClosed),
                DeskState.CommitmentsOpen => parts.Where(p => p.A.CommitmentsOpen > 0),
                { } desk => InState(parts, desk),
            };
            return due switch
            {
                DueFilter.Overdue => parts.Where(p => p.A.AwaitsUnit).Where(p => p.A.DueOn < today),
                DueFilter.Soon => parts.Where(p => p.A.AwaitsUnit).Where(p => p.A.DueOn >= today && p.A.DueOn <= soon),
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
