using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Sessions;

/// <summary>Creates a session (no id; ?term= preselects the term) or edits one (?id=).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? Term { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    protected override string Noun => "大会会议";

    protected override int? Scope => Term;

    protected override object ListRoute => new { term = Input.TermId };

    protected override async Task LoadOptionsAsync(CancellationToken ct) => Terms = await handler.TermsAsync(ct);

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

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届已有这次会议。");

        public Task<IReadOnlyList<SelectListItem>> TermsAsync(CancellationToken ct) => db.TermOptionsAsync(ct);

        /// <summary>The next session of the given (or the latest) term.</summary>
        public async Task<Command> NewAsync(int? scope, CancellationToken ct)
        {
            var termId = scope ?? await db.Terms.OrderByDescending(t => t.Number).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
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
            if (term is null) return CommandResult<string>.Fail(Concurrency.MissingReference, "Input.TermId");
            return id is { } existing
                ? await db.RunAsync(db.Sessions, existing, input.Version, session =>
                {
                    session.Update(term.Id, input.Number!.Value, input.StartDate!.Value, input.EndDate);
                    return CongressSession.FormatName(term.Number, session.Number);
                }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueNumber }, ct)
                : await db.CreateAsync(() => CongressSession.FormatName(term.Number,
                    db.Sessions.Add(CongressSession.Create(term.Id, input.Number!.Value, input.StartDate!.Value, input.EndDate)).Entity.Number), UniqueNumber, ct);
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
