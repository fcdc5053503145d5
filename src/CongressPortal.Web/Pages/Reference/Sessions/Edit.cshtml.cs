using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Sessions;

/// <summary>Creates a session (no id; ?term= preselects the term) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public string Heading => Id is null ? "新增大会会议" : "编辑大会会议";

    public async Task<IActionResult> OnGetAsync(int? term, CancellationToken ct)
    {
        var input = Id is { } id ? await handler.LoadAsync(id, ct) : await handler.NewAsync(term, ct);
        if (input is null) return NotFound();
        Input = input;
        Terms = await handler.TermsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = $"已保存“{result.Value}”。";
                return RedirectToPage("Index", new { term = Input.TermId });
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        Terms = await handler.TermsAsync(ct);
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择届次"), Display(Name = "届次")]
        public int? TermId { get; init; }

        [Required(ErrorMessage = "请填写第几次会议"), Range(1, 99, ErrorMessage = "会议次数应为1到99之间的整数"), Display(Name = "第几次会议")]
        public int? Number { get; init; }

        [Required(ErrorMessage = "请填写开幕日期"), Display(Name = "开幕日期")]
        public DateOnly? StartDate { get; init; }

        [Display(Name = "闭幕日期")]
        public DateOnly? EndDate { get; init; }
    }

    public sealed class Handler(AppDbContext db)
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届已有这次会议。");

        private static readonly string EndBeforeStart = DomainMessages.EndBeforeStart("EndDate", "闭幕日期", "开幕日期").Message;

        public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => db.TermOptionsAsync(ct);

        /// <summary>The next session of the given (or the latest) term.</summary>
        public async Task<Command> NewAsync(int? termId, CancellationToken ct)
        {
            termId ??= await db.Terms.OrderByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            var last = await db.Sessions.Where(s => s.TermId == termId).MaxAsync(s => (int?)s.Number, ct);
            return new Command { TermId = termId, Number = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.Sessions.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new Command { Version = s.Version, TermId = s.TermId, Number = s.Number, StartDate = s.StartDate, EndDate = s.EndDate })
                .SingleOrDefaultAsync(ct);

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.TermId, ct);
            if (term is null) return CommandResult<string>.Fail("请选择届次", "Input.TermId");
            CongressSession session;
            try
            {
                if (id is null)
                {
                    session = CongressSession.Create(term.Id, input.Number!.Value, input.StartDate!.Value, input.EndDate);
                    db.Sessions.Add(session);
                }
                else
                {
                    var existing = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id, ct);
                    if (existing is null) return CommandResult<string>.Conflict(null);
                    session = existing;
                    session.Update(term.Id, input.Number!.Value, input.StartDate!.Value, input.EndDate);
                    db.ExpectVersion(session, input.Version);
                }
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Fail(e.Message, e.Message == EndBeforeStart ? "Input.EndDate" : "");
            }
            var sessionId = session.Id;
            var name = CongressSession.FormatName(term.Number, session.Number);
            return await db.TrySaveAsync(name, token => CurrentAsync(sessionId, token), UniqueNumber, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var session = await db.Sessions.AsNoTracking().Include(s => s.Term).SingleOrDefaultAsync(s => s.Id == id, ct);
            if (session is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["会议"] = CongressSession.FormatName(session.Term.Number, session.Number),
                ["开幕日期"] = Display.Date(session.StartDate),
                ["闭幕日期"] = Display.Date(session.EndDate),
            }, session.Version);
        }
    }
}
