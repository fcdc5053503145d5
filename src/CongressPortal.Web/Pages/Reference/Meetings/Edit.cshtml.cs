using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Meetings;

/// <summary>Creates a standing committee meeting (no id; ?term= preselects the term) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    protected override string Noun => "常委会会议";

    protected override int? Scope => Term;

    protected override object ListRoute => new { term = Input.TermId };

    protected override async Task LoadOptionsAsync(CancellationToken ct) => Terms = await handler.TermsAsync(ct);

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

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届常委会已有这次会议。");

        public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => db.TermOptionsAsync(ct);

        /// <summary>The next meeting of the given (or the latest) term.</summary>
        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var termId = scope ?? await db.Terms.OrderByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
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
            if (term is null) return CommandResult<string>.Fail(Concurrency.MissingReference, "Input.TermId");
            return id is { } existing
                ? await db.RunAsync(db.StandingCommitteeMeetings, existing, input.Version, meeting =>
                {
                    meeting.Update(term.Id, input.Number!.Value, input.Date!.Value);
                    return StandingCommitteeMeeting.FormatName(term.Number, meeting.Number);
                }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueNumber }, ct)
                : await db.CreateAsync(() => StandingCommitteeMeeting.FormatName(term.Number,
                    db.StandingCommitteeMeetings.Add(StandingCommitteeMeeting.Create(term.Id, input.Number!.Value, input.Date!.Value)).Entity.Number), UniqueNumber, ct);
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
