using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>
/// One of the signed-in deputy's proposals (led, co-signed or invited to): the signers and their answers, the text, the
/// attachments, the steps, and after registration the number, the presidium's decision, the committee's report and the
/// result. The forms are those <see cref="Proposal.AvailableActions"/> allows the deputy now: an invited co-signer confirms
/// or declines on their own desk; the lead submits (ten signatures, before the deadline), withdraws or edits the draft.
/// Any proposal the deputy is not on answers 404.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : ActionFormsPage
{
    public const string ConfirmForm = "Confirm";
    public const string DeclineForm = "Decline";
    public const string SubmitForm = "Submit";
    public const string WithdrawForm = "Withdraw";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public WithdrawCommand Withdrawal { get; private set; } = new();

    public Detail View { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostConfirmAsync([Bind(Prefix = ConfirmForm)] VersionCommand input, CancellationToken ct) =>
        ActAsync(ConfirmForm, input, () => handler.ActAsync(Id, input.Version, User.AsDeputy(), (p, actor, now, deadline) => p.ConfirmSigning(actor, now, deadline), ct),
            "您已确认联名这件议案。", ct);

    public Task<IActionResult> OnPostDeclineAsync([Bind(Prefix = DeclineForm)] VersionCommand input, CancellationToken ct) =>
        ActAsync(DeclineForm, input, () => handler.ActAsync(Id, input.Version, User.AsDeputy(), (p, actor, now, deadline) => p.DeclineSigning(actor, now, deadline), ct),
            "您已谢绝联名这件议案。", ct);

    public Task<IActionResult> OnPostSubmitAsync([Bind(Prefix = SubmitForm)] VersionCommand input, CancellationToken ct) =>
        ActAsync(SubmitForm, input, () => handler.SubmitAsync(Id, input.Version, User.AsDeputy(), ct), "议案已提交并登记。", ct);

    public Task<IActionResult> OnPostWithdrawAsync([Bind(Prefix = WithdrawForm)] WithdrawCommand input, CancellationToken ct)
    {
        Withdrawal = input;
        return ActAsync(WithdrawForm, input, () => handler.ActAsync(Id, input.Version, User.AsDeputy(), (p, actor, now, _) => p.Withdraw(input.Reason, actor, now), ct),
            "议案已撤回。", ct);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage("Details", new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var detail = await handler.DetailAsync(Id, User.AsDeputy(), ct);
        if (detail is null) return NotFound();
        View = detail;
        return Page();
    }

    public sealed record VersionCommand
    {
        public uint Version { get; init; }
    }

    public sealed record WithdrawCommand
    {
        [StringLength(500, ErrorMessage = "撤回说明不能超过 500 字。"), Display(Name = "撤回说明")]
        public string? Reason { get; init; }

        public uint Version { get; init; }
    }

    public sealed record Signer(int DeputyId, string Name, ProposalSignerRole Role, ProposalSignerState State, DateTimeOffset? AnsweredAt);

    public sealed record Step(DateTimeOffset At, string Label, string Actor, string? Detail);

    public sealed record Detail(
        Proposal Proposal,
        string Session,
        DateTimeOffset? Deadline,
        IReadOnlyList<Signer> Signers,
        IReadOnlyList<(int FileId, string FileName)> Attachments,
        IReadOnlyList<Step> Steps,
        string? Committee,
        bool IsLead,
        string? Decision,
        AvailableActions<ProposalAction> Actions)
    {
        /// <summary>The legislative plan item the proposal fed, once its plan is published.</summary>
        public string? LegislationItem { get; init; }
    }

    public sealed class Handler(AppDbContext db, ProposalStore store, LegislationStore legislation)
    {
        public async Task<Detail?> DetailAsync(int id, Actor actor, CancellationToken ct)
        {
            var p = await ProposalStore.WithEverything(store.ForDeputy(actor.DeputyId ?? 0)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return null;
            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == p.SessionId)
                .Select(s => new { Term = s.Term.Number, s.Number, s.ProposalDeadline }).FirstAsync(ct);
            var ids = p.Signers.Select(s => s.DeputyId).ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var committee = p.ReferredCommitteeId is { } committeeId
                ? await db.Committees.AsNoTracking().Where(c => c.Id == committeeId).Select(c => c.Name).FirstOrDefaultAsync(ct)
                : null;
            var signers = p.Signers.OrderBy(s => s.Order)
                .Select(s => new Signer(s.DeputyId, names.GetValueOrDefault(s.DeputyId, ""), s.Role, s.State, s.AnsweredAt))
                .ToList();
            // Internal steps (publication, staff corrections) are for staff; the deputy follows drafting, signing, registration and decisions.
            var steps = p.Events.Where(e => e.Kind is not (ProposalEventKind.Published or ProposalEventKind.Unpublished))
                .OrderBy(e => e.At).ThenBy(e => e.Id)
                .Select(e => new Step(e.At, ProposalDisplay.EventLabel(e.Kind), e.ActorName, e.Detail))
                .ToList();
            return new Detail(p, CongressSession.FormatName(session.Term, session.Number), session.ProposalDeadline, signers,
                [.. p.Attachments.Select(a => (a.FileId, a.FileName))], steps, committee,
                p.LeadDeputyId == actor.DeputyId, ProposalWorkflow.PresidiumDecision(p.Status, p.ReferredCommitteeId),
                p.AvailableActions(actor, store.Now, session.ProposalDeadline))
            {
                LegislationItem = await legislation.PublishedItemTitleAsync(p.LegislationItemId, ct),
            };
        }

        public Task<CommandResult<int>> ActAsync(int id, uint version, Actor actor, Action<Proposal, Actor, DateTimeOffset, DateTimeOffset?> action, CancellationToken ct) =>
            store.DeputyActAsync(id, version, actor, (p, now, deadline) => action(p, actor, now, deadline), ct);

        public async Task<CommandResult<int>> SubmitAsync(int id, uint version, Actor actor, CancellationToken ct)
        {
            var result = await store.SubmitAsync(id, version, actor, ct);
            return result.IsSuccess ? CommandResult<int>.Ok(result.Value!.Id) : result.As<int>();
        }
    }
}
