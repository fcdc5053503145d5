using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reference;

/// <summary>A five-year term (届) of the municipal people's congress, e.g. 第十六届.</summary>
public sealed class Term
{
    private Term() { }

    public int Id { get; private set; }
    public int Number { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public uint Version { get; private set; }

    public string Name => $"第{ChineseNumerals.Format(Number)}届";

    public static Term Create(int number, DateOnly startDate, DateOnly? endDate)
    {
        var term = new Term();
        term.Update(number, startDate, endDate);
        return term;
    }

    public void Update(int number, DateOnly startDate, DateOnly? endDate)
    {
        Number = Text.Positive(number, "Number", "届次");
        if (endDate < startDate) throw new DomainRuleException(DomainMessages.EndBeforeStart("EndDate", "届满日期", "开始日期"));
        StartDate = startDate;
        EndDate = endDate;
    }

    public bool IsCurrentOn(DateOnly date) => StartDate <= date && (EndDate is null || date <= EndDate);
}
