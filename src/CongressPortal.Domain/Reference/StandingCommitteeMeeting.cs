using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A meeting of the standing committee (常委会第N次会议), numbered within the term.</summary>
public sealed class StandingCommitteeMeeting : INumberedInTerm<StandingCommitteeMeeting>
{
    private StandingCommitteeMeeting() { }

    public int Id { get; private set; }
    public int TermId { get; private set; }
    public Term Term { get; private set; } = null!;
    public int Number { get; private set; }
    public DateOnly Date { get; private set; }
    public uint Version { get; private set; }

    public static string FormatName(int termNumber, int number) =>
        $"第{ChineseNumerals.Format(termNumber)}届人大常委会第{ChineseNumerals.Format(number)}次会议";

    public static StandingCommitteeMeeting Create(int termId, int number, DateOnly date)
    {
        var meeting = new StandingCommitteeMeeting();
        meeting.Update(termId, number, date);
        return meeting;
    }

    public void Update(int termId, int number, DateOnly date)
    {
        TermId = Text.Positive(termId, "TermId", "所属届次");
        Number = Text.Positive(number, "Number", "会议次数");
        Date = date;
    }
}
