namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// What the portal proposed when staff assigned a suggestion at a 交办会, and what staff chose (issue 15): kept so that how
/// often the first proposal (or one of the first three) was the unit finally chosen can be recomputed on real data.
/// </summary>
public sealed class AssignmentProposal
{
    private AssignmentProposal() { }

    public int Id { get; private set; }
    public int SuggestionId { get; private set; }

    /// <summary>The units proposed, best first (at most three); empty when there was no evidence.</summary>
    public List<int> ProposedUnitIds { get; private set; } = [];

    /// <summary>The unit staff chose: the lead of a joint handling, the first unit of a split one.</summary>
    public int ChosenUnitId { get; private set; }

    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";

    /// <summary>1 when staff took the first proposal, 2 or 3 for a later one, null when they chose a unit not proposed.</summary>
    public int? ChosenRank => ProposedUnitIds.IndexOf(ChosenUnitId) is var i and >= 0 ? i + 1 : null;

    public static AssignmentProposal Record(int suggestionId, IEnumerable<int> proposed, int chosenUnitId, string actorName, DateTimeOffset now) =>
        new()
        {
            SuggestionId = suggestionId,
            ProposedUnitIds = [.. (proposed ?? []).Take(3)],
            ChosenUnitId = chosenUnitId,
            ActorName = actorName,
            At = now,
        };
}
