using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>
/// 我的议案: the proposals the signed-in deputy leads, co-signed or is invited to co-sign (<see cref="ProposalStore.ForDeputy"/>),
/// with the status, the number and the signature count; invitations waiting for the deputy's answer come first.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public Result View { get; private set; } = Result.Empty;

    public async Task OnGetAsync(CancellationToken ct) => View = await handler.HandleAsync(User.GetDeputyId()!.Value, ct);

    public sealed record Row(
        int Id,
        string? Number,
        string Subject,
        string Session,
        string? Lead,
        ProposalSignerRole MyRole,
        ProposalSignerState MyState,
        ProposalStatus Status,
        int SignedCount,
        bool AwaitsMyAnswer);

    public sealed record Result(IReadOnlyList<Row> Awaiting, IReadOnlyList<Row> Rows)
    {
        public static Result Empty { get; } = new([], []);
    }

    public sealed class Handler(AppDbContext db, ProposalStore store)
    {
        public async Task<Result> HandleAsync(int deputyId, CancellationToken ct)
        {
            var awaiting = await ProposalStore.AwaitingAnswerOf(db.Proposals, deputyId).Select(p => p.Id).ToListAsync(ct);
            var rows = await store.ForDeputy(deputyId).AsNoTracking()
                .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Number, p.Subject, p.Status, p.SignedCount,
                    Session = db.Sessions.Where(s => s.Id == p.SessionId).Select(s => new { Term = s.Term.Number, s.Number }).First(),
                    Lead = db.Deputies.Where(d => d.Id == p.LeadDeputyId).Select(d => d.Name).FirstOrDefault(),
                    Me = p.Signers.Where(s => s.DeputyId == deputyId).Select(s => new { s.Role, s.State }).First(),
                })
                .ToListAsync(ct);
            var all = rows.ConvertAll(p => new Row(p.Id, p.Number, p.Subject, CongressSession.FormatName(p.Session.Term, p.Session.Number), p.Lead,
                p.Me.Role, p.Me.State, p.Status, p.SignedCount, awaiting.Contains(p.Id)));
            return new Result([.. all.Where(r => r.AwaitsMyAnswer)], [.. all.Where(r => !r.AwaitsMyAnswer)]);
        }
    }
}
