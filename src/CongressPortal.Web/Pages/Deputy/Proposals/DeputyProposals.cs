using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Pages.Deputies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Deputy.Proposals;

/// <summary>What the deputy's proposal pages share: the draft form, its choices, and the words for a proposal's steps.</summary>
public static class DeputyProposals
{
    /// <summary>The draft form; properties are named like <see cref="ProposalDraft"/>'s, so a refusal lands next to its field.</summary>
    public sealed record Command
    {
        [Required(ErrorMessage = "请选择议案所属的会议。"), Display(Name = "会议")]
        public int? SessionId { get; init; }

        [Required(ErrorMessage = "请填写案由。"), StringLength(200, ErrorMessage = "案由不能超过 200 字。"), Display(Name = "案由")]
        public string Subject { get; init; } = "";

        [Required(ErrorMessage = "请填写案据。"), StringLength(20000, ErrorMessage = "案据不能超过 20000 字。"), Display(Name = "案据")]
        public string Grounds { get; init; } = "";

        [Required(ErrorMessage = "请填写方案。"), StringLength(20000, ErrorMessage = "方案不能超过 20000 字。"), Display(Name = "方案")]
        public string Solution { get; init; } = "";

        /// <summary>Optional while drafting (nullable, so no implicit required rule): ten signatures are needed only to submit.</summary>
        [Display(Name = "邀请联名的代表")]
        public IReadOnlyList<int>? CoSignerIds { get; init; }

        /// <summary>The row version the edit page showed.</summary>
        public uint Version { get; init; }

        public ProposalDraft ToDraft(int leadDeputyId) =>
            new(SessionId ?? 0, ProposerKind.Deputies, leadDeputyId, (CoSignerIds ?? []).ToList(), null, null, Subject ?? "", Grounds ?? "", Solution ?? "");
    }

    public sealed record Choices(IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<SelectListItem> Deputies);

    /// <summary>A draft as its edit form shows it; null when it is not the deputy's to edit.</summary>
    public sealed record EditableDraft(int Id, Command Input);

    public sealed class Handler(AppDbContext db, ProposalStore store)
    {
        public Task<Choices> ChoicesAsync(int leadDeputyId, int? keepSessionId, CancellationToken ct) =>
            DeputyProposals.ChoicesAsync(db, store, leadDeputyId, keepSessionId, ct);

        public Task<CommandResult<int>> StartAsync(int deputyId, Command input, Actor actor, CancellationToken ct) =>
            store.StartDraftAsync(input.ToDraft(deputyId), actor, ct);

        public Task<CommandResult<int>> EditAsync(int id, int deputyId, Command input, Actor actor, CancellationToken ct) =>
            store.EditDraftAsync(id, input.Version, input.ToDraft(deputyId), actor, ct);

        /// <summary>The draft for its edit form, when the domain lets <paramref name="actor"/> edit it now (the lead, a draft).</summary>
        public async Task<EditableDraft?> DraftAsync(int id, Actor actor, CancellationToken ct)
        {
            var proposal = await ProposalStore.WithEverything(store.ForDeputy(actor.DeputyId ?? 0)).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (proposal is null) return null;
            var deadline = await store.DeadlineAsync(proposal.SessionId, ct);
            if (!proposal.AvailableActions(actor, store.Now, deadline).Can(ProposalAction.EditDraft)) return null;
            return new EditableDraft(proposal.Id, new Command
            {
                SessionId = proposal.SessionId,
                Subject = proposal.Subject,
                Grounds = proposal.Grounds,
                Solution = proposal.Solution,
                CoSignerIds = [.. proposal.CoSigners.Select(s => s.DeputyId)],
                Version = proposal.Version,
            });
        }
    }

    /// <summary>
    /// The draft form of <c>Create</c> and <c>Edit</c>: binds <see cref="Command"/>, shows the choices, and on a refusal puts
    /// the message next to its field with everything typed kept.
    /// </summary>
    public abstract class DraftPage(Handler handler) : PageModel
    {
        [BindProperty] public Command Input { get; set; } = new();

        public Choices Choices { get; private set; } = new([], []);

        protected Handler Drafts => handler;

        protected int DeputyId => User.GetDeputyId()!.Value;

        protected async Task<IActionResult> ShowAsync(CancellationToken ct)
        {
            Choices = await handler.ChoicesAsync(DeputyId, Input.SessionId, ct);
            return Page();
        }

        protected async Task<IActionResult> SaveAsync(Func<Task<CommandResult<int>>> save, string success, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(save);
            if (ModelState.IsValid)
            {
                var result = await save();
                if (result.IsNotFound) return NotFound();
                if (result.IsSuccess)
                {
                    TempData["StatusMessage"] = success;
                    return RedirectToPage("Details", new { id = result.Value });
                }
                result.AddTo(ModelState, typeof(Command), nameof(Input));
            }
            return await ShowAsync(ct);
        }
    }

    /// <summary>
    /// The sessions open for proposals (the deadline set and not passed; plus <paramref name="keepSessionId"/>, the
    /// draft's own) and the serving deputies of those sessions' terms other than the lead, in surname-stroke order. The domain
    /// checks again on saving (a deputy of another term, one who left meanwhile).
    /// </summary>
    public static async Task<Choices> ChoicesAsync(AppDbContext db, ProposalStore store, int leadDeputyId, int? keepSessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        var now = store.Now;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => (s.ProposalDeadline != null && s.ProposalDeadline >= now) || s.Id == keepSessionId)
            .OrderByDescending(s => s.StartDate)
            .Select(s => new { s.Id, s.TermId, Term = s.Term.Number, s.Number, s.ProposalDeadline })
            .ToListAsync(ct);
        var terms = sessions.Select(s => (int?)s.TermId).Distinct().ToList();
        var deputies = await db.Deputies.AsNoTracking().WithPublicProfile()
            .Where(d => terms.Contains(d.TermId) && d.Status == DeputyStatus.Serving && d.Id != leadDeputyId)
            .OrderBy(d => EF.Functions.Collate(d.Name, AppDbContext.StrokeCollation)).ThenBy(d => d.Id)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
        return new Choices(
            [.. sessions.Select(s => new SelectListItem(
                $"{CongressSession.FormatName(s.Term, s.Number)}（议案截止：{Infrastructure.Display.DateTime(s.ProposalDeadline)}）",
                s.Id.ToString(CultureInfo.InvariantCulture)))],
            deputies);
    }



    /// <summary>The signature count line: 已联名 N 人（含领衔代表），须 10 人以上.</summary>
    public static string SignatureLine(int count) => $"已联名 {count} 人（含领衔代表），须 {Proposal.MinimumSigners} 人以上";
}
