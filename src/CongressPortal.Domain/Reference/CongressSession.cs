using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A yearly session (次会议) of the congress within a term, e.g. 第十六届人民代表大会第五次会议.</summary>
public sealed class CongressSession : INumberedInTerm<CongressSession>
{
    private CongressSession() { }

    public int Id { get; private set; }
    public int TermId { get; private set; }
    public Term Term { get; private set; } = null!;
    public int Number { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    /// <summary>议案截止时间: proposals are registered or submitted until this instant (server time); null until staff set it.</summary>
    public DateTimeOffset? ProposalDeadline { get; private set; }

    /// <summary>How this session's proposals are numbered ({term}, {session}, {year}, {NN…}).</summary>
    public string ProposalNumberPattern { get; private set; } = Proposals.ProposalContext.DefaultNumberPattern;

    public uint Version { get; private set; }

    public static string FormatName(int termNumber, int number) =>
        $"第{ChineseNumerals.Format(termNumber)}届人民代表大会第{ChineseNumerals.Format(number)}次会议";

    public static CongressSession Create(int termId, int number, DateOnly startDate, DateOnly? endDate)
    {
        var session = new CongressSession();
        session.Update(termId, number, startDate, endDate);
        return session;
    }

    /// <summary>Sets the session's proposal deadline and numbering rule (docs/domain/proposals.md).</summary>
    public void SetProposalRules(DateTimeOffset? deadline, string? numberPattern)
    {
        ProposalNumberPattern = Suggestions.SuggestionNumbering.CheckPattern(numberPattern, nameof(ProposalNumberPattern), "议案编号规则");
        ProposalDeadline = deadline?.ToUniversalTime();
    }

    public void Update(int termId, int number, DateOnly startDate, DateOnly? endDate)
    {
        TermId = Text.Positive(termId, "TermId", "所属届次");
        Number = Text.Positive(number, "Number", "会议次数");
        if (endDate < startDate) throw new DomainRuleException(DomainMessages.EndBeforeStart("EndDate", "闭幕日期", "开幕日期"));
        StartDate = startDate;
        EndDate = endDate;
    }
}
