using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// Staff correct a registered proposal (修改登记信息) while the presidium has not decided: the proposer, the deputies who
/// signed, 案由 / 案据 / 方案. The number and the session stay. The form carries the version it showed: a proposal someone
/// changed meanwhile is not overwritten, and the conflict panel shows what they saved.
/// </summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public ProposalCommand Input { get; set; } = new();

    public ProposalChoices Choices { get; private set; } = ProposalChoices.Empty;

    public Fixed Facts { get; private set; } = null!;

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (loaded is null) return NotFound();
        (Input, Facts) = loaded.Value;
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (loaded is null) return NotFound();
        Facts = loaded.Value.Facts;
        // The session fixed the number: the stored one counts, whatever was posted.
        Input = Input with { SessionId = loaded.Value.Input.SessionId };
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存对议案“{Facts.Number}”的修改。";
                return RedirectToPage("Details", new { id = Id });
            }
            if (result.IsNotFound) return NotFound();
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    /// <summary>What the edit form shows but does not change: the number and session, and why it cannot be edited now.</summary>
    public sealed record Fixed(string Number, string Session, string? NotEditable)
    {
        public bool Editable => NotEditable is null;
    }

    public sealed class Handler(AppDbContext db, ProposalStore store)
    {
        public async Task<(ProposalCommand Input, Fixed Facts)?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var p = await store.All.AsNoTracking().Include(x => x.Signers).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return null;
            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == p.SessionId).Select(s => new { Term = s.Term.Number, s.Number }).FirstAsync(ct);
            var refusal = p.Check(ProposalAction.Edit, actor, store.Now, null);
            return (ProposalCommand.From(p), new Fixed(p.Number ?? "未编号", CongressSession.FormatName(session.Term, session.Number), refusal?.Message));
        }

        public Task<ProposalChoices> ChoicesAsync(ProposalCommand input, CancellationToken ct) => ProposalForm.ChoicesAsync(db, input, store.Today, ct);

        public Task<CommandResult<int>> SaveAsync(int id, ProposalCommand input, Actor actor, CancellationToken ct) =>
            store.ActAsync(store.All, id, input.Version, async (p, now) =>
            {
                var draft = input.ToDraft() with { SessionId = p.SessionId };
                var context = await store.ContextAsync(draft, ct) ?? throw ProposalMessages.SessionRequired.ToException();
                p.Edit(draft, context, actor, now);
            }, token => SnapshotAsync(id, token), ct);

        /// <summary>The proposal as saved now, for the conflict panel.</summary>
        public async Task<Concurrency.Snapshot?> SnapshotAsync(int id, CancellationToken ct)
        {
            var p = await store.All.AsNoTracking().Include(x => x.Signers).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return null;
            var ids = p.Signers.Select(s => s.DeputyId).ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            return new Concurrency.Snapshot(new Dictionary<string, string?>
            {
                ["状态"] = ProposalWorkflow.StatusLabel(p.Status),
                ["提案人"] = ProposalWorkflow.KindLabel(p.Kind),
                ["领衔代表"] = p.LeadDeputyId is { } lead ? names.GetValueOrDefault(lead) : null,
                ["联名代表"] = string.Join("、", p.CoSigners.Select(s => names.GetValueOrDefault(s.DeputyId, ""))),
                ["案由"] = p.Subject,
                ["案据"] = p.Grounds,
                ["方案"] = p.Solution,
            }, p.Version);
        }
    }
}
