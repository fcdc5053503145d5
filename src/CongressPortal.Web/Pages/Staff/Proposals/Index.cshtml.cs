using System.Globalization;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// The staff's list of proposals: filters in the query string (<see cref="ProposalListFilter"/>, shared with the exports),
/// ordered by session and number, 50 to a page. A city registers a handful of proposals a session, so plain page numbers do.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "session")] public int? Session { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")] public ProposalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "committee")] public int? Committee { get; set; }

    [BindProperty(SupportsGet = true, Name = "overdue")] public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }

    /// <summary>The page number (not "page": Razor Pages routes by that name).</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ProposalListFilter Filter { get; private set; } = new();

    public Listing Result { get; private set; } = Listing.Empty;

    public Options Choices { get; private set; } = Options.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = new ProposalListFilter { Session = Session, Status = Status, Committee = Committee, Overdue = Overdue, Q = Q };
        PageNumber = Math.Max(PageNumber, 1);
        Result = await handler.ListAsync(Filter, PageNumber, ct);
        var options = await handler.OptionsAsync(ct);
        Choices = new Options(
            Select(options.Sessions, Session?.ToString(CultureInfo.InvariantCulture)),
            Select(options.Statuses, Status?.ToString()),
            Select(options.Committees, Committee?.ToString(CultureInfo.InvariantCulture)));
    }

    private static List<SelectListItem> Select(IEnumerable<SelectListItem> items, string? value) =>
        items.Select(i => new SelectListItem(i.Text, i.Value, i.Value == value)).ToList();

    /// <summary>The route values of the list as filtered now, on page <paramref name="page"/>.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = Filter.ToRouteValues();
        if (page > 1) values["p"] = page.ToString(CultureInfo.InvariantCulture);
        return values;
    }

    public sealed record Row(
        int Id, string? Number, string Subject, string Proposer, ProposalStatus Status, string? Committee, DateOnly? ReportDueOn, bool ReportOverdue, string Session);

    public sealed record Listing(IReadOnlyList<Row> Rows, int Total, int Page, int Pages)
    {
        public static Listing Empty { get; } = new([], 0, 1, 1);
    }

    public sealed record Options(IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<SelectListItem> Statuses, IReadOnlyList<SelectListItem> Committees)
    {
        public static Options Empty { get; } = new([], [], []);
    }

    public sealed class Handler(AppDbContext db, ProposalStore store)
    {
        public async Task<Listing> ListAsync(ProposalListFilter filter, int page, CancellationToken ct)
        {
            var today = store.Today;
            var filtered = filter.Apply(store.All.AsNoTracking(), today);
            var total = await filtered.CountAsync(ct);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Min(page, pages);
            var overdue = store.All.ReportOverdue(today).Select(p => p.Id);
            var rows = await filtered
                .OrderByDescending(p => p.SessionId).ThenBy(p => p.Sequence == null).ThenBy(p => p.Sequence).ThenBy(p => p.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(p => new
                {
                    p.Id,
                    p.Number,
                    p.Subject,
                    p.Kind,
                    Lead = db.Deputies.Where(d => d.Id == p.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    p.SignedCount,
                    Body = p.DelegationId != null
                        ? db.Delegations.Where(d => d.Id == p.DelegationId).Select(d => d.Name).FirstOrDefault()
                        : db.Committees.Where(c => c.Id == p.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                    p.Status,
                    Committee = db.Committees.Where(c => c.Id == p.ReferredCommitteeId).Select(c => c.Name).FirstOrDefault(),
                    p.ReportDueOn,
                    ReportOverdue = overdue.Contains(p.Id),
                    Session = db.Sessions.Where(s => s.Id == p.SessionId).Select(s => new { Term = s.Term.Number, s.Number }).First(),
                })
                .ToListAsync(ct);
            return new Listing(
                rows.ConvertAll(r => new Row(r.Id, r.Number, r.Subject, ProposalForm.Proposer(r.Kind, r.Lead, r.SignedCount, r.Body), r.Status, r.Committee,
                    r.ReportDueOn, r.ReportOverdue, CongressSession.FormatName(r.Session.Term, r.Session.Number))),
                total, page, pages);
        }

        public async Task<Options> OptionsAsync(CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToListAsync(ct);
            var committees = await db.Committees.AsNoTracking()
                .Where(c => c.Kind == CommitteeKind.Special)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name, c.IsActive })
                .ToListAsync(ct);
            return new Options(
                sessions.Select(s => new SelectListItem(CongressSession.FormatName(s.Term, s.Number), ProposalForm.Id(s.Id))).ToList(),
                ProposalFilters.StaffStatuses.Select(s => new SelectListItem(ProposalWorkflow.StatusLabel(s), s.ToString())).ToList(),
                committees.Select(c => new SelectListItem(c.IsActive ? c.Name : c.Name + "（停用）", ProposalForm.Id(c.Id))).ToList());
        }
    }
}

/// <summary>
/// The proposal list's filters by their query-string names: the list, the register export and the summary share them, so
/// an export holds exactly the rows the list shows.
/// </summary>
public sealed record ProposalListFilter
{
    public int? Session { get; init; }

    /// <summary>The status, which after registration is the presidium's decision and what followed.</summary>
    public ProposalStatus? Status { get; init; }

    /// <summary>The special committee a proposal was referred to.</summary>
    public int? Committee { get; init; }

    /// <summary>委员会报告逾期 only.</summary>
    public bool Overdue { get; init; }

    public string? Q { get; init; }

    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Session is { } session) values["session"] = session.ToString(CultureInfo.InvariantCulture);
        if (Status is { } status) values["status"] = status.ToString();
        if (Committee is { } committee) values["committee"] = committee.ToString(CultureInfo.InvariantCulture);
        if (Overdue) values["overdue"] = "true";
        if (!string.IsNullOrWhiteSpace(Q)) values["q"] = Q.Trim();
        return values;
    }

    /// <summary>The proposals the filter keeps (drafts never: they are the deputies' until submitted), in no particular order.</summary>
    public IQueryable<Proposal> Apply(IQueryable<Proposal> query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.BeyondDraft();
        if (Session is { } session) query = query.Where(p => p.SessionId == session);
        if (Status is { } status) query = query.Where(p => p.Status == status);
        if (Committee is { } committee) query = query.Where(p => p.ReferredCommitteeId == committee);
        if (Overdue) query = query.ReportOverdue(today);
        return query.Search(Q);
    }
}
