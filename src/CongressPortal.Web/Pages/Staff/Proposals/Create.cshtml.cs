using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Proposals;

/// <summary>
/// 登记议案: staff enter a proposal submitted on paper, numbered from the session's counter when saved with its files.
/// A deputies' proposal with fewer than ten signers, or one past the session's deadline, is not a proposal
/// (<see cref="Proposal.SuggestionInstead"/>): the page says why and offers 作为建议登记, which keeps the record and
/// registers a suggestion from it in one save, linked both ways.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class CreateModel(CreateModel.Handler handler) : PageModel
{
    public const string AttachmentsField = Pages.Staff.Suggestions.CreateModel.AttachmentsField;

    public const string CategoryRequired = "请选择作为建议登记的建议类别";

    public const string ReselectFiles = Suggestions.CreateModel.ReselectFiles;

    [BindProperty] public ProposalCommand Input { get; set; } = new();

    [BindProperty(Name = AttachmentsField)] public IReadOnlyList<IFormFile> Attachments { get; set; } = [];

    public ProposalChoices Choices { get; private set; } = ProposalChoices.Empty;

    /// <summary>The domain refused it as a proposal in a way that allows registering it as a suggestion: the second button shows.</summary>
    public bool OfferSuggestion { get; private set; }

    public bool MustReselectFiles { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = await handler.NewAsync(ct);
        Choices = await handler.ChoicesAsync(Input, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var checkedDraft = await handler.CheckAsync(Input, ct);
            if (checkedDraft.SuggestionInstead is { } instead)
            {
                ModelState.AddModelError(Forms.KeyFor(instead, typeof(ProposalCommand), ProposalForm.Prefix), instead.Message);
                OfferSuggestion = true;
            }
            else if (checkedDraft.Problems.Count > 0)
            {
                ProposalForm.Show(checkedDraft.Problems, ModelState);
            }
            else
            {
                var result = await handler.RegisterAsync(Input, Attachments, User.AsStaff(), ct);
                if (result.IsSuccess)
                {
                    TempData["StatusMessage"] = $"已登记，编号：{result.Value!.Number}";
                    return RedirectToPage("Details", new { id = result.Value.Id });
                }
                ProposalForm.Show(result, ModelState);
            }
        }
        return await ShowAgainAsync(ct);
    }

    /// <summary>作为建议登记: the record is kept without a proposal number and a suggestion is registered from it.</summary>
    public async Task<IActionResult> OnPostSuggestionAsync(CancellationToken ct)
    {
        if (Input.CategoryId is not > 0) ModelState.AddModelError($"{ProposalForm.Prefix}.{nameof(ProposalCommand.CategoryId)}", CategoryRequired);
        if (ModelState.IsValid)
        {
            var result = await handler.RegisterAsSuggestionAsync(Input, Attachments, User.AsStaff(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已作为建议登记，建议编号：{result.Value!.Number}";
                return RedirectToPage("Details", new { id = result.Value.Id });
            }
            ProposalForm.Show(result, ModelState);
        }
        // Still offered: staff chose it, and the reason stands until they change the form.
        OfferSuggestion = true;
        return await ShowAgainAsync(ct);
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        MustReselectFiles = Attachments.Any(f => f.Length > 0);
        Choices = await handler.ChoicesAsync(Input, ct);
        return Page();
    }

    public sealed record Checked(Refusal? SuggestionInstead, IReadOnlyList<Refusal> Problems);

    public sealed record Registered(int Id, string Number);

    public sealed class Handler(AppDbContext db, ProposalStore store, ProposalSuggestions suggestions)
    {
        public async Task<ProposalCommand> NewAsync(CancellationToken ct)
        {
            var today = store.Today;
            // Proposals are registered during a session: the newest session that has begun is the likely choice.
            var latest = await db.Sessions.AsNoTracking()
                .Where(s => s.StartDate <= today)
                .OrderByDescending(s => s.StartDate).ThenByDescending(s => s.Id)
                .Select(s => (int?)s.Id)
                .FirstOrDefaultAsync(ct);
            return new ProposalCommand { SessionId = latest, Kind = ProposerKind.Deputies };
        }

        public Task<ProposalChoices> ChoicesAsync(ProposalCommand input, CancellationToken ct) => ProposalForm.ChoicesAsync(db, input, store.Today, ct);

        /// <summary>What the domain says of the draft before anything is saved: a reason to register it as a suggestion instead, or its problems.</summary>
        public async Task<Checked> CheckAsync(ProposalCommand input, CancellationToken ct)
        {
            var draft = input.ToDraft();
            var context = await store.ContextAsync(draft, ct);
            if (context is null) return new Checked(null, [ProposalMessages.SessionRequired]);
            return new Checked(Proposal.SuggestionInstead(draft, context, store.Now), Proposal.Problems(draft, context, countSignatures: true));
        }

        public async Task<CommandResult<Registered>> RegisterAsync(ProposalCommand input, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken ct)
        {
            var attachments = await ReadAsync(files, ct);
            if (attachments.Refused is { } refused) return CommandResult<Registered>.Refused(refused);
            var result = await store.RegisterAsync(input.ToDraft(), attachments.Files, actor, ct);
            return result.IsSuccess ? CommandResult<Registered>.Ok(new Registered(result.Value!.Id, result.Value.Number!)) : result.As<Registered>();
        }

        /// <summary>Registers it as a suggestion; the result carries the proposal record's id and the suggestion's number.</summary>
        public async Task<CommandResult<Registered>> RegisterAsSuggestionAsync(ProposalCommand input, IReadOnlyList<IFormFile> files, Actor actor, CancellationToken ct)
        {
            var attachments = await ReadAsync(files, ct);
            if (attachments.Refused is { } refused) return CommandResult<Registered>.Refused(refused);
            var result = await suggestions.RegisterAsSuggestionAsync(input.ToDraft(), input.CategoryId!.Value, attachments.Files, actor, ct);
            if (!result.IsSuccess) return result.As<Registered>();
            var suggestionId = result.Value!.SuggestionId;
            var number = await db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId).Select(s => s.Number).FirstAsync(ct);
            return CommandResult<Registered>.Ok(new Registered(result.Value.Id, number));
        }

        private static async Task<(IReadOnlyList<SuggestionRegistrar.NewAttachment> Files, Refusal? Refused)> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
        {
            var read = new List<SuggestionRegistrar.NewAttachment>();
            try
            {
                foreach (var file in files.Where(f => f.Length > 0)) read.Add(new(file.FileName, await Uploads.ReadAsync(file, ct)));
            }
            catch (DomainRuleException exception)
            {
                return ([], exception.Refusal);
            }
            return (read, null);
        }
    }
}
