using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Meetings;

/// <summary>A standing committee meeting: its term, number and date.</summary>
public sealed class EditModel(EditModel.Handler handler) : TermNumberedEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "常委会会议";

    public sealed record Command : TermNumberedCommand
    {
        [Required(ErrorMessage = "请填写会议日期"), Display(Name = "会议日期")]
        public DateOnly? Date { get; init; }
    }

    public sealed class Handler(AppDbContext db) : TermNumberedEditor<StandingCommitteeMeeting, Command>(db)
    {
        public static readonly Concurrency.UniqueField UniqueNumber = new("Input.Number", "该届常委会已有这次会议。");

        protected override DbSet<StandingCommitteeMeeting> Meetings => Db.StandingCommitteeMeetings;

        protected override Concurrency.UniqueField UniqueNumberInTerm => UniqueNumber;

        public override Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            Meetings.AsNoTracking()
                .Where(m => m.Id == id)
                .Select(m => new Command { Version = m.Version, TermId = m.TermId, Number = m.Number, Date = m.Date })
                .SingleOrDefaultAsync(ct);

        protected override StandingCommitteeMeeting Create(int termId, Command input) =>
            StandingCommitteeMeeting.Create(termId, input.Number!.Value, input.Date!.Value);

        protected override void Update(StandingCommitteeMeeting meeting, int termId, Command input) =>
            meeting.Update(termId, input.Number!.Value, input.Date!.Value);

        protected override IEnumerable<KeyValuePair<string, string?>> Dates(StandingCommitteeMeeting meeting) =>
            [new("会议日期", Display.Date(meeting.Date))];
    }
}
