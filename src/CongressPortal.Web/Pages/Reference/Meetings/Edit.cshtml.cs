using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Meetings;

/// <summary>Creates a standing committee meeting (no id; ?term= preselects the term) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public string Heading => Id is null ? "新增常委会会议" : "编辑常委会会议";

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

        [Required(ErrorMessage = "请填写第几次会议"), Range(1, 999, ErrorMessage = "会议次数应为1到999之间的整数"), Display(Name = "第几次会议")]
        public int? Number { get; init; }

        [Required(ErrorMessage = "请填写会议日期"), Display(Name = "会议日期")]
        public DateOnly? Date { get; init; }
    }

    public sealed class Handler(AppDbContext db)
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届常委会已有这次会议。");

        public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => db.TermOptionsAsync(ct);

        /// <summary>The next meeting of the given (or the latest) term.</summary>
        public async Task<Command> NewAsync(int? termId, CancellationToken ct)
        {
            termId ??= await db.Terms.OrderByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
            var last = await db.StandingCommitteeMeetings.Where(m => m.TermId == termId).MaxAsync(m => (int?)m.Number, ct);
            return new Command { TermId = termId, Number = (last ?? 0) + 1 };
        }

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.StandingCommitteeMeetings.AsNoTracking()
                .Where(m => m.Id == id)
                .Select(m => new Command { Version = m.Version, TermId = m.TermId, Number = m.Number, Date = m.Date })
                .SingleOrDefaultAsync(ct);

        public async Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct)
        {
            var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == input.TermId, ct);
            if (term is null) return CommandResult<string>.Fail("请选择届次", "Input.TermId");
            StandingCommitteeMeeting meeting;
            try
            {
                if (id is null)
                {
                    meeting = StandingCommitteeMeeting.Create(term.Id, input.Number!.Value, input.Date!.Value);
                    db.StandingCommitteeMeetings.Add(meeting);
                }
                else
                {
                    var existing = await db.StandingCommitteeMeetings.SingleOrDefaultAsync(m => m.Id == id, ct);
                    if (existing is null) return CommandResult<string>.Conflict(null);
                    meeting = existing;
                    meeting.Update(term.Id, input.Number!.Value, input.Date!.Value);
                    db.ExpectVersion(meeting, input.Version);
                }
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Fail(e.Message);
            }
            var meetingId = meeting.Id;
            var name = StandingCommitteeMeeting.FormatName(term.Number, meeting.Number);
            return await db.TrySaveAsync(name, token => CurrentAsync(meetingId, token), UniqueNumber, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var meeting = await db.StandingCommitteeMeetings.AsNoTracking().Include(m => m.Term).SingleOrDefaultAsync(m => m.Id == id, ct);
            if (meeting is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["会议"] = StandingCommitteeMeeting.FormatName(meeting.Term.Number, meeting.Number),
                ["会议日期"] = Display.Date(meeting.Date),
            }, meeting.Version);
        }
    }
}
