using System.Globalization;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Proposals;

/// <summary>
/// 议案: the published proposals (<see cref="ProposalStore.Published"/>) of a session, filtered by session and by the
/// presidium's decision (the status), with the Chinese bigram search of suggestions. Public fields only: number, subject,
/// proposer, the names of deputies who signed, the decision. Not output-cached (ADR 0014 caches reports only), so
/// publishing or unpublishing shows at once.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.ProposalPages, VaryByQueryKeys = ["session", "status", "q", "p"])]
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public int? Session { get; set; }

    /// <summary>A <see cref="ProposalStatus"/> name: the presidium's decision or where the proposal stands.</summary>
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps "page" for the page's own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Result View { get; private set; } = null!;

    public bool Filtered => Session is not null || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.HandleAsync(Session, Status, Q, PageNumber, ct);

    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string>();
        if (Session is { } session) route["session"] = session.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Status)) route["status"] = Status.Trim();
        if (!string.IsNullOrWhiteSpace(Q)) route["q"] = Q.Trim();
        if (page > 1) route["p"] = page.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    public sealed record Row(int Id, string? Number, string Subject, ProposerKind Kind, string? Body, string? Lead, IReadOnlyList<string> CoSigners, ProposalStatus Status, int? ReferredCommitteeId, DateOnly? DecidedOn);

    public sealed record Result(
        IReadOnlyList<SelectListItem> Sessions,
        IReadOnlyList<SelectListItem> Statuses,
        IReadOnlyList<Row> Rows,
        int Total,
        int Page,
        int Pages);

    public sealed class Handler(AppDbContext db, ProposalStore store, ReferenceLists references)
    {
        public async Task<Result> HandleAsync(int? sessionId, string? statusName, string? text, int page, CancellationToken ct)
        {
            var sessions = (await references.GetAsync(db, ct)).Sessions
                .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture), s.Id == sessionId))
                .ToList();
            ProposalStatus? status = Enum.TryParse<ProposalStatus>(statusName?.Trim(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            var statuses = Enum.GetValues<ProposalStatus>().Skip(1)
                .Select(s => new SelectListItem(ProposalWorkflow.StatusLabel(s), s.ToString(), s == status))
                .ToList();

            var proposals = ProposalStore.Search(store.Published.AsNoTracking(), text);
            if (sessionId is { } session) proposals = proposals.Where(p => p.SessionId == session);
            if (status is { } wanted) proposals = proposals.Where(p => p.Status == wanted);

            var total = await proposals.CountAsync(ct);
            var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
            page = Math.Clamp(page, 1, pages);
            var rows = await proposals
                .OrderByDescending(p => p.SessionId).ThenBy(p => p.Sequence).ThenBy(p => p.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(p => new Row(
                    p.Id, p.Number, p.Subject, p.Kind,
                    db.Delegations.Where(d => d.Id == p.DelegationId).Select(d => d.Name).FirstOrDefault()
                        ?? db.Committees.Where(c => c.Id == p.CommitteeId).Select(c => c.Name).FirstOrDefault(),
                    db.Deputies.Where(d => d.Id == p.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    p.Signers.AsQueryable().Where(ProposalSigner.HasSignedRule).Where(s => s.Role == ProposalSignerRole.CoSigner).OrderBy(s => s.Order)
                        .Select(s => db.Deputies.Where(d => d.Id == s.DeputyId).Select(d => d.Name).First())
                        .ToList(),
                    p.Status, p.ReferredCommitteeId, p.DecidedOn))
                .ToListAsync(ct);
            return new Result(sessions, statuses, rows, total, page, pages);
        }
    }
}
