using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Sessions;

/// <summary>A session of the congress: its term, number, opening and closing dates.</summary>
public sealed class EditModel(EditModel.Handler handler) : TermNumberedEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "大会会议";

    public sealed record Command : TermNumberedCommand
    {
        [Required(ErrorMessage = "请填写开幕日期"), Display(Name = "开幕日期")]
        public DateOnly? StartDate { get; init; }

        [Display(Name = "闭幕日期")]
        public DateOnly? EndDate { get; init; }
    }

    public sealed class Handler(AppDbContext db) : TermNumberedEditor<CongressSession, Command>(db)
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届已有这次会议。");

        protected override DbSet<CongressSession> Meetings => Db.Sessions;

        protected override Concurrency.UniqueField UniqueNumberInTerm => UniqueNumber;

        public override Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            Meetings.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new Command { Version = s.Version, TermId = s.TermId, Number = s.Number, StartDate = s.StartDate, EndDate = s.EndDate })
                .SingleOrDefaultAsync(ct);

        protected override CongressSession Create(int termId, Command input) =>
            CongressSession.Create(termId, input.Number!.Value, input.StartDate!.Value, input.EndDate);

        protected override void Update(CongressSession session, int termId, Command input) =>
            session.Update(termId, input.Number!.Value, input.StartDate!.Value, input.EndDate);

        protected override IEnumerable<KeyValuePair<string, string?>> Dates(CongressSession session) =>
            [new("开幕日期", Display.Date(session.StartDate)), new("闭幕日期", Display.Date(session.EndDate))];
    }
}
