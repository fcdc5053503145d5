using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Supervision;

/// <summary>
/// A supervision topic (监督议题) of the year's plan and its closed loop (docs/domain/supervision.md): planned with its form,
/// reporting body, committee, meeting, deputies and sources; the activities before the meeting; the meeting; the
/// 审议意见 and 问题清单 sent to the body (交办); the body's 研究处理情况报告 in rounds; the committee's evaluation with an
/// optional 满意度测评 (不满意 → another round); 销号 problem by problem; 回头看 that can reopen problems. Every action is one
/// method that first asks <see cref="Check"/> — the table of <see cref="SupervisionTopicWorkflow"/>, then the guards.
/// </summary>
public sealed class SupervisionTopic
{
    public const int MaximumProblems = 200;

    /// <summary>No count of a 测评 can exceed the members of a standing committee (tens; a bound with room to spare).</summary>
    public const int MaximumVotes = 500;

    private readonly List<SupervisionTopicDeputy> _deputies = [];
    private readonly List<SupervisionTopicSuggestion> _sourceSuggestions = [];
    private readonly List<SupervisionTopicIssue> _sourceIssues = [];
    private readonly List<SupervisionActivity> _activities = [];
    private readonly List<SupervisionInquiry> _inquiries = [];
    private readonly List<SupervisionProblem> _problems = [];
    private readonly List<SupervisionReportRound> _rounds = [];
    private readonly List<SupervisionFollowUp> _followUps = [];
    private readonly List<SupervisionEvent> _events = [];

    private SupervisionTopic() { }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The plan amendment that added the topic (null: in the plan as adopted).</summary>
    public int? AddedByAmendmentId { get; private set; }
    public int? CancelledByAmendmentId { get; private set; }
    public string Title { get; private set; } = "";
    public SupervisionForm Form { get; private set; }
    public int ReportingUnitId { get; private set; }
    public int CommitteeId { get; private set; }
    public int? MeetingId { get; private set; }
    public int? PlannedMonth { get; private set; }
    public string? Summary { get; private set; }

    /// <summary>The law or regulation an inspection checks (执法检查).</summary>
    public string? LawName { get; private set; }
    public SupervisionTopicStatus Status { get; private set; }
    public string? StatusReason { get; private set; }

    /// <summary>The meeting that heard it (typed date) and the body's report as heard.</summary>
    public DateOnly? HeardOn { get; private set; }
    public string? ReportText { get; private set; }

    /// <summary>The last day to send the opinions, from the meeting date in working days (set when the meeting is recorded).</summary>
    public DateOnly? AssignDueOn { get; private set; }
    public string? OpinionsText { get; private set; }

    /// <summary>The Beijing date the opinions and problems were sent (server date): the report deadline runs from it.</summary>
    public DateOnly? AssignedOn { get; private set; }

    /// <summary>The due date of the report the body owes now (null when none is owed): kept for lists and dashboards.</summary>
    public DateOnly? ReportDueOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public int ProblemCount { get; private set; }
    public int ClosedProblemCount { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Bigrams of what the public may search: title, summary, law, and the documents once published.</summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<SupervisionTopicDeputy> Deputies => _deputies.AsReadOnly();
    public IReadOnlyList<SupervisionTopicSuggestion> SourceSuggestions => _sourceSuggestions.AsReadOnly();
    public IReadOnlyList<SupervisionTopicIssue> SourceIssues => _sourceIssues.AsReadOnly();
    public IReadOnlyList<SupervisionActivity> Activities => _activities.AsReadOnly();
    public IReadOnlyList<SupervisionInquiry> Inquiries => _inquiries.AsReadOnly();
    public IReadOnlyList<SupervisionProblem> Problems => _problems.AsReadOnly();
    public IReadOnlyList<SupervisionReportRound> Rounds => _rounds.AsReadOnly();
    public IReadOnlyList<SupervisionFollowUp> FollowUps => _followUps.AsReadOnly();
    public IReadOnlyList<SupervisionEvent> Events => _events.AsReadOnly();

    public bool IsPublished => PublishedAt is not null;

    /// <summary>The round the body is working on or last filed.</summary>
    public SupervisionReportRound? CurrentRound => _rounds.Count == 0 ? null : _rounds.MaxBy(r => r.Number);

    public bool IsReportOverdue(DateOnly today) => ReportDueOn is { } due && due < today;

    /// <summary>Heard, not yet sent, and the working-day limit for sending has passed.</summary>
    public bool IsAssignmentOverdue(DateOnly today) => Status == SupervisionTopicStatus.Deliberated && AssignDueOn is { } due && due < today;

    /// <summary>The reporting body or a body named on a problem: it may read the topic's opinions and problems.</summary>
    public bool IsBodyOf(Actor actor) => actor?.UnitId is { } unit && (unit == ReportingUnitId || _problems.Any(p => p.UnitId == unit));

    public SupervisionProblem? Problem(int number) => _problems.FirstOrDefault(p => p.Number == number);

    // ---------------------------------------------------------------- the plan

    /// <summary>Adds a topic to <paramref name="plan"/>: freely to a draft plan, by one of its amendments once adopted.</summary>
    public static SupervisionTopic Create(SupervisionTopicDraft draft, SupervisionPlan plan, DateOnly? meetingDate, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (plan.TopicChangeProblem(draft.AmendmentId, actor) is { } refused) throw refused.ToException();
        var topic = new SupervisionTopic
        {
            PlanId = plan.Id,
            Year = plan.Year,
            Status = SupervisionTopicStatus.Planned,
            AddedByAmendmentId = plan.Status == SupervisionPlanStatus.Draft ? null : draft.AmendmentId,
            CreatedAt = now.ToUniversalTime(),
        };
        topic.Apply(draft, meetingDate);
        topic.Record(SupervisionEventKind.Created, now, actor, topic.Title);
        return topic;
    }

    public void Edit(SupervisionTopicDraft draft, DateOnly? meetingDate, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(SupervisionTopicAction.Edit, actor);
        var formerBody = ReportingUnitId;
        Apply(draft, meetingDate);
        // A problem list written before the reporting body changed: what was the reporting body's goes to the new one.
        foreach (var problem in _problems.Where(p => p.UnitId == formerBody)) problem.MoveTo(ReportingUnitId);
        Move(SupervisionTopicAction.Edit, actor, Status);
        Record(SupervisionEventKind.Edited, now, actor, null);
    }

    /// <summary>Dropped from the plan: by an amendment once the plan is adopted, always with a reason.</summary>
    public void Cancel(string? reason, int? amendmentId, SupervisionPlan plan, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Require(SupervisionTopicAction.Cancel, actor);
        if (plan.Id != PlanId) throw SupervisionMessages.TopicOfAnotherYear.ToException();
        if (plan.TopicChangeProblem(amendmentId, actor) is { } refused) throw refused.ToException();
        StatusReason = Text.Optional(reason, "Reason", "取消理由", 1000) ?? throw SupervisionMessages.CancelReasonRequired.ToException();
        CancelledByAmendmentId = plan.Status == SupervisionPlanStatus.Draft ? null : amendmentId;
        Move(SupervisionTopicAction.Cancel, actor, SupervisionTopicStatus.Cancelled);
        Record(SupervisionEventKind.Cancelled, now, actor, StatusReason);
    }

    // ---------------------------------------------------------------- before and at the meeting

    public void AddActivity(ActivityDraft activity, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Require(SupervisionTopicAction.AddActivity, actor);
        if (activity.EndOn is { } end && end < activity.StartOn) throw SupervisionMessages.ActivityEndBeforeStart.ToException();
        if (activity.StartOn.Year < Year - 1 || activity.StartOn.Year > Year) throw SupervisionMessages.ActivityOutsideYear.ToException();
        var place = Text.Required(activity.Place, nameof(ActivityDraft.Place), "地点", 200);
        var description = Text.Optional(activity.Description, nameof(ActivityDraft.Description), "活动内容", 2000);
        _activities.Add(new SupervisionActivity(activity.Kind, activity.StartOn, activity.EndOn, place, description));
        Move(SupervisionTopicAction.AddActivity, actor, Status);
        Record(SupervisionEventKind.ActivityAdded, now, actor, $"{SupervisionTopicWorkflow.ActivityLabel(activity.Kind)}：{place}");
    }

    /// <summary>One question of a 专题询问, in the order asked.</summary>
    public void RecordInquiry(InquiryDraft inquiry, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        Require(SupervisionTopicAction.RecordInquiry, actor);
        var question = Text.Required(inquiry.Question, nameof(InquiryDraft.Question), "询问的问题", 1000);
        var askedBy = Text.Required(inquiry.AskedBy, nameof(InquiryDraft.AskedBy), "询问人", 100);
        var answeredBy = Text.Required(inquiry.AnsweredBy, nameof(InquiryDraft.AnsweredBy), "应询人", 100);
        var answer = Text.Optional(inquiry.Answer, nameof(InquiryDraft.Answer), "回答要点", 4000);
        _inquiries.Add(new SupervisionInquiry(_inquiries.Count + 1, question, askedBy, answeredBy, answer));
        Move(SupervisionTopicAction.RecordInquiry, actor, Status);
        Record(SupervisionEventKind.InquiryRecorded, now, actor, $"{askedBy}问，{answeredBy}答");
    }

    /// <summary>
    /// The meeting heard the topic on <see cref="DeliberationDraft.HeardOn"/> (typed, not after today, in the plan's year).
    /// The opinions are due within the configured working days of that date.
    /// </summary>
    public void RecordDeliberation(DeliberationDraft deliberation, SupervisionSettings settings, WorkingDayCalendar calendar, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deliberation);
        ArgumentNullException.ThrowIfNull(settings);
        Require(SupervisionTopicAction.RecordDeliberation, actor);
        if (deliberation.HeardOn > ChinaTime.Today(now)) throw SupervisionMessages.HeardInFuture.ToException();
        if (deliberation.HeardOn.Year != Year) throw SupervisionMessages.HeardOutsideYear.ToException();
        ReportText = Text.Optional(deliberation.ReportText, nameof(DeliberationDraft.ReportText), "报告全文", 50000);
        HeardOn = deliberation.HeardOn;
        if (deliberation.MeetingId is > 0) MeetingId = deliberation.MeetingId;
        AssignDueOn = settings.AssignDueOn(deliberation.HeardOn, calendar);
        Index();
        Move(SupervisionTopicAction.RecordDeliberation, actor, SupervisionTopicStatus.Deliberated);
        Record(SupervisionEventKind.Deliberated, now, actor, ChinaTime.FormatDate(deliberation.HeardOn));
    }

    /// <summary>审议意见 and 问题清单, numbered from 1 in the order given; a problem without a body goes to the reporting body.</summary>
    public void EditOpinions(OpinionsDraft opinions, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(opinions);
        Require(SupervisionTopicAction.EditOpinions, actor);
        var text = Text.Optional(opinions.OpinionsText, nameof(OpinionsDraft.OpinionsText), "审议意见", 20000) ?? throw SupervisionMessages.OpinionsRequired.ToException();
        var problems = opinions.Problems ?? [];
        if (problems.Count > MaximumProblems) throw SupervisionMessages.TooManyProblems.ToException();
        var list = new List<SupervisionProblem>();
        for (var i = 0; i < problems.Count; i++)
        {
            var number = i + 1;
            var problemText = problems[i].Text?.Trim();
            if (string.IsNullOrEmpty(problemText)) throw SupervisionMessages.ProblemTextRequired(number).ToException();
            if (problemText.Length > 1000) throw DomainMessages.TooLong(nameof(OpinionsDraft.Problems), $"第{number}个问题", 1000).ToException();
            list.Add(new SupervisionProblem(number, problemText, problems[i].UnitId is > 0 and var unit ? unit : ReportingUnitId));
        }
        OpinionsText = text;
        _problems.Clear();
        _problems.AddRange(list);
        Count();
        Index();
        Move(SupervisionTopicAction.EditOpinions, actor, Status);
        Record(SupervisionEventKind.OpinionsEdited, now, actor, $"问题{list.Count}个");
    }

    /// <summary>
    /// Sends the opinions and the problem list to the body today (server date): the handling report is due in three
    /// months (two for budget and audit), on a working day.
    /// </summary>
    public void Assign(SupervisionSettings settings, WorkingDayCalendar calendar, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Require(SupervisionTopicAction.Assign, actor);
        var today = ChinaTime.Today(now);
        var due = SupervisionSettings.DueDate(today, settings.ReportMonthsFor(Form), calendar);
        AssignedOn = today;
        _rounds.Add(new SupervisionReportRound(1, today, due));
        ReportDueOn = due;
        Move(SupervisionTopicAction.Assign, actor, SupervisionTopicStatus.Assigned);
        Record(SupervisionEventKind.Assigned, now, actor, $"{ChinaTime.FormatDate(due)}前报送研究处理情况报告");
    }

    /// <summary>Ends a topic heard without a problem list (a research topic, an inspection): the reason is kept.</summary>
    public void Conclude(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(SupervisionTopicAction.Conclude, actor);
        StatusReason = Text.Optional(reason, "Reason", "办结说明", 1000) ?? throw SupervisionMessages.ConcludeReasonRequired.ToException();
        ClosedOn = ChinaTime.Today(now);
        Move(SupervisionTopicAction.Conclude, actor, SupervisionTopicStatus.Closed);
        Record(SupervisionEventKind.Concluded, now, actor, StatusReason);
    }

    // ---------------------------------------------------------------- the body's report and the evaluation

    /// <summary>
    /// The reporting body files its 研究处理情况报告 for the current round: a status and evidence for every problem not yet
    /// closed (a report missing one is refused as a whole). The portal records the day it arrived.
    /// </summary>
    public void FileReport(HandlingReportDraft report, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        Require(SupervisionTopicAction.FileReport, actor);
        var text = Text.Optional(report.ReportText, nameof(HandlingReportDraft.ReportText), "研究处理情况报告", 50000) ?? throw SupervisionMessages.ReportTextRequired.ToException();
        var given = new Dictionary<int, HandlingEntryDraft>();
        foreach (var entry in report.Entries ?? [])
        {
            if (Problem(entry.ProblemNumber) is null) throw SupervisionMessages.UnknownProblem(entry.ProblemNumber).ToException();
            given.TryAdd(entry.ProblemNumber, entry);
        }
        var entries = new List<(SupervisionProblem Problem, ProblemProgress Progress, string Evidence)>();
        foreach (var problem in _problems.Where(p => !p.IsClosed).OrderBy(p => p.Number))
        {
            if (!given.TryGetValue(problem.Number, out var entry) || entry.Progress is not { } progress)
                throw SupervisionMessages.ProgressMissing(problem.Number).ToException();
            var evidence = entry.Evidence?.Trim();
            if (string.IsNullOrEmpty(evidence)) throw SupervisionMessages.EvidenceMissing(problem.Number).ToException();
            if (evidence.Length > 2000) throw DomainMessages.TooLong(nameof(HandlingReportDraft.Entries), $"第{problem.Number}个问题的整改情况", 2000).ToException();
            entries.Add((problem, progress, evidence));
        }
        var today = ChinaTime.Today(now);
        foreach (var (problem, progress, evidence) in entries) problem.ReportProgress(progress, evidence, today, actor);
        CurrentRound!.File(text, entries.Select(e => new SupervisionReportEntry(e.Problem.Number, e.Progress, e.Evidence)), now, actor.Name);
        ReportDueOn = null;
        Move(SupervisionTopicAction.FileReport, actor, SupervisionTopicStatus.Reported);
        Record(SupervisionEventKind.ReportFiled, now, actor, $"第{CurrentRound.Number}次报告");
    }

    /// <summary>
    /// The committee's evaluation of the current report. With a 满意度测评 below the threshold the body rectifies and
    /// reports again (a new round, due in the configured months from today); otherwise problems are closed one by one.
    /// </summary>
    public void Evaluate(EvaluationDraft evaluation, SupervisionSettings settings, WorkingDayCalendar calendar, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(settings);
        Require(SupervisionTopicAction.Evaluate, actor);
        var text = Text.Optional(evaluation.Evaluation, nameof(EvaluationDraft.Evaluation), "评价意见", 20000) ?? throw SupervisionMessages.EvaluationRequired.ToException();
        var today = ChinaTime.Today(now);
        var round = CurrentRound!;
        if (evaluation.EvaluatedOn > today) throw SupervisionMessages.EvaluatedInFuture.ToException();
        if (evaluation.EvaluatedOn < round.FiledOn) throw SupervisionMessages.EvaluatedBeforeReport.ToException();
        if (evaluation.Vote is { } vote)
        {
            if (vote.Satisfied < 0 || vote.BasicallySatisfied < 0 || vote.Unsatisfied < 0) throw SupervisionMessages.VotesNegative.ToException();
            if (vote.Satisfied > MaximumVotes || vote.BasicallySatisfied > MaximumVotes || vote.Unsatisfied > MaximumVotes)
                throw SupervisionMessages.VotesTooMany.ToException();
            if (vote.Total == 0) throw SupervisionMessages.VotesEmpty.ToException();
        }
        var accepted = evaluation.Vote is null || settings.IsSatisfied(evaluation.Vote);
        round.Evaluate(evaluation.EvaluatedOn, text, evaluation.Vote, accepted);
        if (accepted)
        {
            Move(SupervisionTopicAction.Evaluate, actor, SupervisionTopicStatus.Rectifying);
            Record(SupervisionEventKind.Evaluated, now, actor, VoteText(evaluation.Vote));
            return;
        }
        var due = SupervisionSettings.DueDate(today, settings.ReworkMonths, calendar);
        _rounds.Add(new SupervisionReportRound(round.Number + 1, today, due));
        ReportDueOn = due;
        Move(SupervisionTopicAction.Evaluate, actor, SupervisionTopicStatus.Rework);
        Record(SupervisionEventKind.ReworkRequested, now, actor, $"{VoteText(evaluation.Vote)}；{ChinaTime.FormatDate(due)}前重新报告");
    }

    private static string VoteText(SatisfactionVote? vote) =>
        vote is null ? "未测评" : $"测评：满意{vote.Satisfied}票，基本满意{vote.BasicallySatisfied}票，不满意{vote.Unsatisfied}票（满意率{vote.Rate}%）";

    /// <summary>While problems are being closed, the body keeps each open problem's progress and evidence current.</summary>
    public void UpdateProgress(int number, ProblemProgress progress, string? evidence, Actor actor, DateTimeOffset now)
    {
        Require(SupervisionTopicAction.UpdateProgress, actor);
        var problem = Problem(number) ?? throw SupervisionMessages.ProblemNotFound.ToException();
        if (actor.UnitId != ReportingUnitId && actor.UnitId != problem.UnitId) throw SupervisionMessages.NotYourProblem.ToException();
        var text = Text.Optional(evidence, "Evidence", "整改措施和佐证", 2000) ?? throw SupervisionMessages.EvidenceMissing(number).On("Evidence").ToException();
        problem.ReportProgress(progress, text, ChinaTime.Today(now), actor);
        Move(SupervisionTopicAction.UpdateProgress, actor, Status);
        Record(SupervisionEventKind.ProgressUpdated, now, actor, $"第{number}个问题：{SupervisionTopicWorkflow.ProgressLabel(progress)}");
    }

    // ---------------------------------------------------------------- 销号 and 回头看

    /// <summary>销号 of one problem with its evidence; the topic is closed with its last problem.</summary>
    public void CloseProblem(int number, ProblemClosure closure, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(closure);
        Require(SupervisionTopicAction.CloseProblem, actor);
        var problem = Problem(number) ?? throw SupervisionMessages.ProblemNotFound.ToException();
        if (problem.Check(SupervisionProblemAction.Close, actor) is { } refused) throw refused.ToException();
        var evidence = Text.Optional(closure.Evidence, nameof(ProblemClosure.Evidence), "佐证材料说明", 2000) ?? throw SupervisionMessages.CloseEvidenceRequired.ToException();
        var today = ChinaTime.Today(now);
        if (closure.RectifiedOn > today) throw SupervisionMessages.RectifiedInFuture.ToException();
        if (closure.RectifiedOn < AssignedOn) throw SupervisionMessages.RectifiedBeforeAssignment.ToException();
        problem.Close(closure.RectifiedOn, evidence, today, actor);
        Count();
        var last = _problems.All(p => p.IsClosed);
        if (last) ClosedOn = today;
        Move(SupervisionTopicAction.CloseProblem, actor, last ? SupervisionTopicStatus.Closed : Status);
        Record(SupervisionEventKind.ProblemClosed, now, actor, $"第{number}个问题");
    }

    /// <summary>回头看: its findings, and the closed problems it reopens (the topic goes back to 跟踪整改).</summary>
    public void FollowUp(FollowUpDraft followUp, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        Require(SupervisionTopicAction.FollowUp, actor);
        var findings = Text.Optional(followUp.Findings, nameof(FollowUpDraft.Findings), "回头看情况", 20000) ?? throw SupervisionMessages.FindingsRequired.ToException();
        var today = ChinaTime.Today(now);
        if (followUp.HeldOn > today) throw SupervisionMessages.FollowUpInFuture.ToException();
        if (AssignedOn is { } assigned && followUp.HeldOn < assigned) throw SupervisionMessages.FollowUpBeforeAssignment.ToException();
        var numbers = (followUp.ReopenNumbers ?? []).Distinct().Order().ToList();
        var reopen = new List<SupervisionProblem>();
        foreach (var number in numbers)
        {
            var problem = Problem(number) ?? throw SupervisionMessages.UnknownProblem(number).On(nameof(FollowUpDraft.ReopenNumbers)).ToException();
            if (!problem.IsClosed) throw SupervisionMessages.ReopenOnlyClosed(number).ToException();
            reopen.Add(problem);
        }
        foreach (var problem in reopen) problem.Reopen(today, actor);
        _followUps.Add(new SupervisionFollowUp(followUp.HeldOn, findings, numbers, now.ToUniversalTime()));
        Count();
        var to = reopen.Count > 0 ? SupervisionTopicStatus.Rectifying : Status;
        if (reopen.Count > 0) ClosedOn = null;
        Move(SupervisionTopicAction.FollowUp, actor, to);
        Record(SupervisionEventKind.FollowedUp, now, actor, reopen.Count > 0 ? $"重新打开第{string.Join("、", numbers)}个问题" : "未发现问题反弹");
    }

    // ---------------------------------------------------------------- publication (监督法第十七条)

    /// <summary>The report, the opinions with the problem list and the evaluated handling reports become public.</summary>
    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(SupervisionTopicAction.Publish, actor);
        PublishedAt = now.ToUniversalTime();
        Index();
        Move(SupervisionTopicAction.Publish, actor, Status);
        Record(SupervisionEventKind.Published, now, actor, null);
    }

    public void Unpublish(Actor actor, DateTimeOffset now)
    {
        Require(SupervisionTopicAction.Unpublish, actor);
        PublishedAt = null;
        Index();
        Move(SupervisionTopicAction.Unpublish, actor, Status);
        Record(SupervisionEventKind.Unpublished, now, actor, null);
    }

    // ---------------------------------------------------------------- checks

    public AvailableActions<SupervisionTopicAction> AvailableActions(Actor actor) =>
        new(Enum.GetValues<SupervisionTopicAction>().Select(a => new ActionCheck<SupervisionTopicAction>(a, Check(a, actor))));

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now, otherwise why not.</summary>
    public Refusal? Check(SupervisionTopicAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return SupervisionTopicWorkflow.Table.Check(Status, action, actor.Role) ?? Guard(action, actor);
    }

    private Refusal? Guard(SupervisionTopicAction action, Actor actor) => action switch
    {
        SupervisionTopicAction.RecordInquiry when Form != SupervisionForm.SpecialInquiry => SupervisionMessages.InquiryOnlyForInquiry,
        SupervisionTopicAction.Assign when OpinionsText is null => SupervisionMessages.OpinionsRequired,
        SupervisionTopicAction.Assign when _problems.Count == 0 => SupervisionMessages.NoProblems,
        SupervisionTopicAction.Conclude when _problems.Count > 0 => SupervisionMessages.ConcludeWithProblems,
        SupervisionTopicAction.FileReport when actor.UnitId != ReportingUnitId => SupervisionMessages.OnlyReportingUnit,
        SupervisionTopicAction.UpdateProgress when !IsBodyOf(actor) => SupervisionMessages.NotYourProblem,
        SupervisionTopicAction.Publish when IsPublished => SupervisionMessages.AlreadyPublished,
        SupervisionTopicAction.Unpublish when !IsPublished => SupervisionMessages.NotPublished,
        _ => null,
    };

    private void Require(SupervisionTopicAction action, Actor actor)
    {
        if (Check(action, actor) is { } refusal) throw refusal.ToException();
    }

    private void Move(SupervisionTopicAction action, Actor actor, SupervisionTopicStatus to) =>
        Status = SupervisionTopicWorkflow.Table.Move(Status, action, actor.Role, to);

    private void Apply(SupervisionTopicDraft draft, DateOnly? meetingDate)
    {
        var title = Text.Required(draft.Title, nameof(SupervisionTopicDraft.Title), "议题名称", 200);
        if (!Enum.IsDefined(draft.Form)) throw DomainMessages.Required(nameof(SupervisionTopicDraft.Form), "监督形式").ToException();
        if (draft.ReportingUnitId is not > 0) throw SupervisionMessages.ReportingUnitRequired.ToException();
        if (draft.CommitteeId is not > 0) throw SupervisionMessages.CommitteeRequired.ToException();
        if (draft.PlannedMonth is { } month && month is < 1 or > 12) throw SupervisionMessages.PlannedMonthOutOfRange.ToException();
        if (draft.MeetingId is > 0 && meetingDate is { } date && date.Year != Year) throw SupervisionMessages.MeetingOfAnotherYear.ToException();
        var law = Text.Optional(draft.LawName, nameof(SupervisionTopicDraft.LawName), "法律法规名称", 200);
        if (draft.Form == SupervisionForm.LawEnforcementInspection && law is null) throw SupervisionMessages.LawRequired.ToException();
        var summary = Text.Optional(draft.Summary, nameof(SupervisionTopicDraft.Summary), "议题说明", 4000);
        var deputies = draft.DeputyIds ?? [];
        if (deputies.Distinct().Count() != deputies.Count) throw SupervisionMessages.DuplicateDeputy.ToException();
        var sources = draft.SourceSuggestionIds ?? [];
        if (sources.Distinct().Count() != sources.Count) throw SupervisionMessages.DuplicateSource.ToException();
        Title = title;
        Form = draft.Form;
        ReportingUnitId = draft.ReportingUnitId.Value;
        CommitteeId = draft.CommitteeId.Value;
        MeetingId = draft.MeetingId is > 0 ? draft.MeetingId : null;
        PlannedMonth = draft.PlannedMonth ?? meetingDate?.Month;
        Summary = summary;
        LawName = law;
        Replace(_deputies, deputies.Where(id => id > 0).Select(id => new SupervisionTopicDeputy(id)), d => d.DeputyId);
        Replace(_sourceSuggestions, sources.Where(id => id > 0).Select(id => new SupervisionTopicSuggestion(id)), s => s.SuggestionId);
        Replace(_sourceIssues, (draft.SourceIssueIds ?? []).Where(id => id > 0).Distinct().Select(id => new SupervisionTopicIssue(id)), i => i.ReceptionIssueId);
        Index();
    }

    /// <summary>Keeps the rows that stay (EF then only inserts and deletes the difference).</summary>
    private static void Replace<T>(List<T> list, IEnumerable<T> wanted, Func<T, int> key)
    {
        var keys = wanted.ToDictionary(key);
        list.RemoveAll(item => !keys.ContainsKey(key(item)));
        foreach (var (id, item) in keys)
        {
            if (!list.Any(existing => key(existing) == id)) list.Add(item);
        }
    }

    private void Count()
    {
        ProblemCount = _problems.Count;
        ClosedProblemCount = _problems.Count(p => p.IsClosed);
    }

    private void Index()
    {
        var text = $"{Title}\n{Summary}\n{LawName}";
        if (IsPublished) text += $"\n{ReportText}\n{OpinionsText}\n{string.Join("\n", _problems.Select(p => p.Text))}";
        SearchText = ChineseSearch.Index(text);
    }

    private void Record(SupervisionEventKind kind, DateTimeOffset now, Actor actor, string? detail)
    {
        _events.Add(new SupervisionEvent(kind, now.ToUniversalTime(), actor, detail));
        UpdatedAt = now.ToUniversalTime();
    }
}
