namespace CongressPortal.Domain.Deputies;

/// <summary>
/// A deputy's performance record (履职档案) for a period, computed from recorded events, receptions and
/// (once the suggestions module exists) suggestions and proposals. 代表法第五十八条 requires publishing it.
/// </summary>
public sealed record PerformanceRecord(
    int CongressSessions,
    int StandingCommitteeMeetings,
    int Trainings,
    int Inspections,
    int Researches,
    int HotlineTickets,
    int Mediations,
    int StationReceptions,
    int Suggestions,
    int Proposals,
    int ProposalsCoSigned = 0)
{
    public static PerformanceRecord From(IReadOnlyDictionary<PerformanceEventKind, int> events, int stationReceptions, int suggestions, int proposals, int proposalsCoSigned = 0)
    {
        ArgumentNullException.ThrowIfNull(events);
        int Count(PerformanceEventKind kind) => events.TryGetValue(kind, out var n) ? n : 0;
        return new PerformanceRecord(
            Count(PerformanceEventKind.CongressSession),
            Count(PerformanceEventKind.StandingCommitteeMeeting),
            Count(PerformanceEventKind.Training),
            Count(PerformanceEventKind.Inspection),
            Count(PerformanceEventKind.Research),
            Count(PerformanceEventKind.HotlineSupervision),
            Count(PerformanceEventKind.Mediation),
            stationReceptions,
            suggestions,
            proposals,
            proposalsCoSigned);
    }
}
