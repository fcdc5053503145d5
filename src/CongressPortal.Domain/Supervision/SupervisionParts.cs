using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Supervision;

/// <summary>What staff write for the year's plan.</summary>
public sealed record SupervisionPlanDraft(int Year, string Title, string? Summary);

/// <summary>The plan's adoption, or one amendment: the day and meeting of the standing committee, and (for an amendment) what changed.</summary>
public sealed record PlanAdoption(DateOnly AdoptedOn, int? MeetingId, string? Summary);

/// <summary>
/// What staff write for a topic. <see cref="AmendmentId"/> names the plan amendment a topic is added by once the plan
/// has been adopted. <see cref="SourceSuggestionIds"/> and <see cref="SourceIssueIds"/> are the suggestions and
/// reception issues that led to it (监督法第十二条).
/// </summary>
public sealed record SupervisionTopicDraft(
    string Title,
    SupervisionForm Form,
    int? ReportingUnitId,
    int? CommitteeId,
    int? MeetingId,
    int? PlannedMonth,
    string? Summary,
    string? LawName,
    IReadOnlyList<int> DeputyIds,
    IReadOnlyList<int> SourceSuggestionIds,
    IReadOnlyList<int> SourceIssueIds,
    int? AmendmentId = null);

public sealed record ActivityDraft(SupervisionActivityKind Kind, DateOnly StartOn, DateOnly? EndOn, string Place, string? Description);

public sealed record InquiryDraft(string Question, string AskedBy, string AnsweredBy, string? Answer);

/// <summary>The meeting that heard the topic: its date (typed, not after today), the meeting, and the body's report as heard.</summary>
public sealed record DeliberationDraft(DateOnly HeardOn, int? MeetingId, string? ReportText);

public sealed record ProblemDraft(string Text, int? UnitId);

/// <summary>审议意见 and 问题清单; the problems are numbered in the order given.</summary>
public sealed record OpinionsDraft(string OpinionsText, IReadOnlyList<ProblemDraft> Problems);

public sealed record HandlingEntryDraft(int ProblemNumber, ProblemProgress? Progress, string? Evidence);

/// <summary>The body's 研究处理情况报告: the text and a status with evidence for every open problem.</summary>
public sealed record HandlingReportDraft(string ReportText, IReadOnlyList<HandlingEntryDraft> Entries);

/// <summary>Votes of a 满意度测评 by the members present.</summary>
public sealed record SatisfactionVote(int Satisfied, int BasicallySatisfied, int Unsatisfied)
{
    public int Total => Satisfied + BasicallySatisfied + Unsatisfied;

    /// <summary>满意 + 基本满意 as a share of all votes, in percent (one decimal).</summary>
    public decimal Rate => Total == 0 ? 0 : Math.Round((Satisfied + BasicallySatisfied) * 100m / Total, 1);
}

/// <summary>The committee's evaluation of a handling report, with the 测评 votes when one was held.</summary>
public sealed record EvaluationDraft(DateOnly EvaluatedOn, string Evaluation, SatisfactionVote? Vote);

/// <summary>销号: the day the problem was rectified and the evidence.</summary>
public sealed record ProblemClosure(DateOnly RectifiedOn, string Evidence);

/// <summary>回头看: when, what was found, and the problems it reopens (by number).</summary>
public sealed record FollowUpDraft(DateOnly HeldOn, string Findings, IReadOnlyList<int> ReopenNumbers);

/// <summary>An amendment of the adopted plan (计划调整), kept and shown with its date.</summary>
public sealed class SupervisionPlanAmendment
{
    private SupervisionPlanAmendment() { }

    internal SupervisionPlanAmendment(int number, DateOnly adoptedOn, int? meetingId, string summary, DateTimeOffset recordedAt, string recordedBy)
    {
        Number = number;
        AdoptedOn = adoptedOn;
        MeetingId = meetingId;
        Summary = summary;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int Number { get; private set; }
    public DateOnly AdoptedOn { get; private set; }
    public int? MeetingId { get; private set; }
    public string Summary { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

public sealed class SupervisionTopicDeputy
{
    private SupervisionTopicDeputy() { }

    internal SupervisionTopicDeputy(int deputyId) => DeputyId = deputyId;

    public int TopicId { get; private set; }
    public int DeputyId { get; private set; }
}

public sealed class SupervisionTopicSuggestion
{
    private SupervisionTopicSuggestion() { }

    internal SupervisionTopicSuggestion(int suggestionId) => SuggestionId = suggestionId;

    public int TopicId { get; private set; }
    public int SuggestionId { get; private set; }
}

public sealed class SupervisionTopicIssue
{
    private SupervisionTopicIssue() { }

    internal SupervisionTopicIssue(int issueId) => ReceptionIssueId = issueId;

    public int TopicId { get; private set; }
    public int ReceptionIssueId { get; private set; }
}

/// <summary>A research trip, inspection or forum before the meeting: dates, place, what was done.</summary>
public sealed class SupervisionActivity
{
    private SupervisionActivity() { }

    internal SupervisionActivity(SupervisionActivityKind kind, DateOnly startOn, DateOnly? endOn, string place, string? description)
    {
        Kind = kind;
        StartOn = startOn;
        EndOn = endOn;
        Place = place;
        Description = description;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public SupervisionActivityKind Kind { get; private set; }
    public DateOnly StartOn { get; private set; }
    public DateOnly? EndOn { get; private set; }
    public string Place { get; private set; } = "";
    public string? Description { get; private set; }
}

/// <summary>One question of a 专题询问: who asked, who answered, the answer in brief.</summary>
public sealed class SupervisionInquiry
{
    private SupervisionInquiry() { }

    internal SupervisionInquiry(int order, string question, string askedBy, string answeredBy, string? answer)
    {
        Order = order;
        Question = question;
        AskedBy = askedBy;
        AnsweredBy = answeredBy;
        Answer = answer;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public int Order { get; private set; }
    public string Question { get; private set; } = "";
    public string AskedBy { get; private set; } = "";
    public string AnsweredBy { get; private set; } = "";
    public string? Answer { get; private set; }
}

/// <summary>
/// One numbered problem of the list (问题清单) with the body that must act, its latest progress as the body reported
/// it, and its 销号 (the day rectified as typed, the evidence, and the day staff recorded it).
/// </summary>
public sealed class SupervisionProblem
{
    private SupervisionProblem() { }

    internal SupervisionProblem(int number, string text, int unitId)
    {
        Number = number;
        Text = text;
        UnitId = unitId;
        Status = SupervisionProblemStatus.Open;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public int UnitId { get; private set; }
    public SupervisionProblemStatus Status { get; private set; }
    public ProblemProgress? Progress { get; private set; }
    public string? ProgressEvidence { get; private set; }
    public DateOnly? ProgressReportedOn { get; private set; }
    public DateOnly? RectifiedOn { get; private set; }
    public string? CloseEvidence { get; private set; }

    /// <summary>The day staff recorded the 销号 (server date).</summary>
    public DateOnly? ClosedOn { get; private set; }
    public DateOnly? ReopenedOn { get; private set; }
    public int ReopenCount { get; private set; }

    public bool IsClosed => Status == SupervisionProblemStatus.Closed;

    /// <summary>Null when <paramref name="actor"/>'s role may take <paramref name="action"/> on the problem in its state.</summary>
    public Refusal? Check(SupervisionProblemAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return SupervisionProblemWorkflow.Table.Check(Status, action, actor.Role);
    }

    /// <summary>Before 交办 only: the reporting body changed and the problem was the reporting body's.</summary>
    internal void MoveTo(int unitId) => UnitId = unitId;

    internal void ReportProgress(ProblemProgress progress, string evidence, DateOnly on, Actor actor)
    {
        Require(SupervisionProblemAction.ReportProgress, actor);
        Progress = progress;
        ProgressEvidence = evidence;
        ProgressReportedOn = on;
        Status = SupervisionProblemWorkflow.Table.Move(Status, SupervisionProblemAction.ReportProgress, actor.Role, Status);
    }

    internal void Close(DateOnly rectifiedOn, string evidence, DateOnly today, Actor actor)
    {
        Require(SupervisionProblemAction.Close, actor);
        RectifiedOn = rectifiedOn;
        CloseEvidence = evidence;
        ClosedOn = today;
        Status = SupervisionProblemWorkflow.Table.Move(Status, SupervisionProblemAction.Close, actor.Role, SupervisionProblemStatus.Closed);
    }

    internal void Reopen(DateOnly on, Actor actor)
    {
        Require(SupervisionProblemAction.Reopen, actor);
        ReopenedOn = on;
        ReopenCount++;
        RectifiedOn = null;
        ClosedOn = null;
        CloseEvidence = null;
        Status = SupervisionProblemWorkflow.Table.Move(Status, SupervisionProblemAction.Reopen, actor.Role, SupervisionProblemStatus.Reopened);
    }

    private void Require(SupervisionProblemAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }
}

/// <summary>
/// One round of the body's handling report: round 1 after 交办, a further round after each 不满意 测评. Keeps when it was
/// sent and due, when the body filed it (server time), its text and per-problem entries, and the committee's evaluation.
/// </summary>
public sealed class SupervisionReportRound
{
    private readonly List<SupervisionReportEntry> _entries = [];

    private SupervisionReportRound() { }

    internal SupervisionReportRound(int number, DateOnly assignedOn, DateOnly dueOn)
    {
        Number = number;
        AssignedOn = assignedOn;
        DueOn = dueOn;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public int Number { get; private set; }
    public DateOnly AssignedOn { get; private set; }
    public DateOnly DueOn { get; private set; }

    /// <summary>The Beijing date the body filed the report (server time): the on-time figure uses this.</summary>
    public DateOnly? FiledOn { get; private set; }
    public DateTimeOffset? FiledAt { get; private set; }
    public string? FiledBy { get; private set; }
    public string? ReportText { get; private set; }
    public DateOnly? EvaluatedOn { get; private set; }
    public string? Evaluation { get; private set; }
    public int? VotesSatisfied { get; private set; }
    public int? VotesBasicallySatisfied { get; private set; }
    public int? VotesUnsatisfied { get; private set; }

    /// <summary>Set with the evaluation: whether the report was accepted (false: 测评不满意, report again).</summary>
    public bool? Accepted { get; private set; }

    public IReadOnlyList<SupervisionReportEntry> Entries => _entries.AsReadOnly();

    public SatisfactionVote? Vote => VotesSatisfied is { } s && VotesBasicallySatisfied is { } b && VotesUnsatisfied is { } u ? new SatisfactionVote(s, b, u) : null;

    public bool IsFiled => FiledOn is not null;

    public bool? FiledOnTime => FiledOn is { } filed ? filed <= DueOn : null;

    public bool IsOverdue(DateOnly today) => FiledOn is null && DueOn < today;

    internal void File(string text, IEnumerable<SupervisionReportEntry> entries, DateTimeOffset now, string by)
    {
        ReportText = text;
        _entries.Clear();
        _entries.AddRange(entries);
        FiledAt = now.ToUniversalTime();
        FiledOn = ChinaTime.Today(now);
        FiledBy = by;
    }

    internal void Evaluate(DateOnly on, string evaluation, SatisfactionVote? vote, bool accepted)
    {
        EvaluatedOn = on;
        Evaluation = evaluation;
        VotesSatisfied = vote?.Satisfied;
        VotesBasicallySatisfied = vote?.BasicallySatisfied;
        VotesUnsatisfied = vote?.Unsatisfied;
        Accepted = accepted;
    }
}

public sealed class SupervisionReportEntry
{
    private SupervisionReportEntry() { }

    internal SupervisionReportEntry(int problemNumber, ProblemProgress progress, string evidence)
    {
        ProblemNumber = problemNumber;
        Progress = progress;
        Evidence = evidence;
    }

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int ProblemNumber { get; private set; }
    public ProblemProgress Progress { get; private set; }
    public string Evidence { get; private set; } = "";
}

/// <summary>A 回头看: when, what was found, which problems it reopened.</summary>
public sealed class SupervisionFollowUp
{
    private SupervisionFollowUp() { }

    internal SupervisionFollowUp(DateOnly heldOn, string findings, List<int> reopened, DateTimeOffset recordedAt)
    {
        HeldOn = heldOn;
        Findings = findings;
        ReopenedNumbers = reopened;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Findings { get; private set; } = "";
    public List<int> ReopenedNumbers { get; private set; } = [];
    public DateTimeOffset RecordedAt { get; private set; }
}

public sealed class SupervisionEvent
{
    private SupervisionEvent() { }

    internal SupervisionEvent(SupervisionEventKind kind, DateTimeOffset at, Actor actor, string? detail)
    {
        Kind = kind;
        At = at;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
    }

    public int Id { get; private set; }
    public int TopicId { get; private set; }
    public SupervisionEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
    public string ActorRole { get; private set; } = "";
    public string? Detail { get; private set; }
}
