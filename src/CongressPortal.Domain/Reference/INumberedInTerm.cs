namespace CongressPortal.Domain.Reference;

/// <summary>
/// A meeting numbered within a term: the congress's sessions (第M次会议 of the 第N届人民代表大会) and the standing
/// committee's meetings. Both are named from the term's number and their own, and listed, numbered and deleted alike.
/// </summary>
public interface INumberedInTerm<TSelf> where TSelf : INumberedInTerm<TSelf>
{
    int Id { get; }

    int TermId { get; }

    Term Term { get; }

    int Number { get; }

    uint Version { get; }

    /// <summary>The full name, e.g. 第十六届人民代表大会第五次会议.</summary>
    static abstract string FormatName(int termNumber, int number);
}
