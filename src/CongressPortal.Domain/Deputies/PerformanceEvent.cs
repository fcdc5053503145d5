using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Deputies;

public enum PerformanceEventKind
{
    /// <summary>出席代表大会会议.</summary>
    CongressSession,

    /// <summary>列席常委会会议.</summary>
    StandingCommitteeMeeting,

    /// <summary>参加培训.</summary>
    Training,

    /// <summary>参加视察、执法检查.</summary>
    Inspection,

    /// <summary>参加调研.</summary>
    Research,

    /// <summary>督办12345热线工单.</summary>
    HotlineSupervision,

    /// <summary>参与矛盾调解.</summary>
    Mediation,
}

/// <summary>
/// An activity that counts in deputies' performance records (履职档案): staff record the event and who
/// took part; the record is computed from these, never typed as totals.
/// </summary>
public sealed class PerformanceEvent
{
    private readonly List<PerformanceEventParticipant> _participants = [];

    private PerformanceEvent() { }

    public int Id { get; private set; }
    public PerformanceEventKind Kind { get; private set; }
    public DateOnly Date { get; private set; }
    public string Title { get; private set; } = "";
    public int? MeetingId { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<PerformanceEventParticipant> Participants => _participants.AsReadOnly();

    public static PerformanceEvent Create(PerformanceEventKind kind, DateOnly date, string title, int? meetingId, IEnumerable<int> deputyIds)
    {
        var performanceEvent = new PerformanceEvent();
        performanceEvent.Update(kind, date, title, meetingId);
        performanceEvent.SetParticipants(deputyIds);
        return performanceEvent;
    }

    public void Update(PerformanceEventKind kind, DateOnly date, string title, int? meetingId)
    {
        Kind = kind;
        Date = date;
        Title = Text.Required(title, "Title", "活动名称", 200);
        MeetingId = kind == PerformanceEventKind.StandingCommitteeMeeting ? meetingId : null;
    }

    public void SetParticipants(IEnumerable<int> deputyIds)
    {
        var ids = deputyIds.Distinct().ToList();
        if (ids.Count == 0) throw DeputyMessages.EventNeedsDeputy.ToException();
        _participants.RemoveAll(p => !ids.Contains(p.DeputyId));
        foreach (var id in ids.Where(id => _participants.All(p => p.DeputyId != id))) _participants.Add(new PerformanceEventParticipant(id));
    }

    public static string KindName(PerformanceEventKind kind) => kind switch
    {
        PerformanceEventKind.CongressSession => "出席代表大会会议",
        PerformanceEventKind.StandingCommitteeMeeting => "列席常委会会议",
        PerformanceEventKind.Training => "参加培训",
        PerformanceEventKind.Inspection => "参加视察、执法检查",
        PerformanceEventKind.Research => "参加调研",
        PerformanceEventKind.HotlineSupervision => "督办12345热线工单",
        PerformanceEventKind.Mediation => "参与矛盾调解",
        _ => kind.ToString(),
    };
}

public sealed class PerformanceEventParticipant
{
    private PerformanceEventParticipant() { }

    internal PerformanceEventParticipant(int deputyId) => DeputyId = deputyId;

    public int EventId { get; private set; }
    public int DeputyId { get; private set; }
}
