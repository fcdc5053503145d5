using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Proposals;

/// <summary>
/// A proposal to the congress (议案) from the lead deputy's draft or staff's registration to the presidium's decision and
/// what followed it (docs/domain/proposals.md). Every action is one method that first asks <see cref="Check"/> — the
/// transition table of <see cref="ProposalWorkflow"/>, then the guards the table cannot express (the lead, an invited
/// co-signer, ten signatures, the session's deadline); pages ask the same through <see cref="AvailableActions"/>. Each action
/// records an event and touches <see cref="UpdatedAt"/>, so the row version changes with any change to the aggregate.
/// </summary>
public sealed class Proposal
{
    /// <summary>P1: a deputies' proposal needs ten or more deputies jointly (代表十人以上联名), the lead included.</summary>
    public const int MinimumSigners = 10;

    /// <summary>P7: a committee reports on a referred proposal within half a year at most.</summary>
    public const int CommitteeReportMonths = 6;

    private readonly List<ProposalSigner> _signers = [];
    private readonly List<ProposalEvent> _events = [];
    private readonly List<ProposalAttachment> _attachments = [];

    private Proposal() { }

    public int Id { get; private set; }
    public int SessionId { get; private set; }

    /// <summary>Given on registration (never reused); null for a draft and for one recorded as a suggestion instead.</summary>
    public string? Number { get; private set; }
    public int? Sequence { get; private set; }
    public ProposerKind Kind { get; private set; }
    public int? LeadDeputyId { get; private set; }
    public int? DelegationId { get; private set; }
    public int? CommitteeId { get; private set; }

    /// <summary>案由.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>案据.</summary>
    public string Grounds { get; private set; } = "";

    /// <summary>方案.</summary>
    public string Solution { get; private set; } = "";
    public ProposalStatus Status { get; private set; }
    public bool SubmittedOnline { get; private set; }

    /// <summary>The Beijing date the proposal was registered (server time).</summary>
    public DateOnly? RegisteredOn { get; private set; }

    /// <summary>Deputies who have signed: the lead and confirmed co-signers. Kept for lists and the public profile.</summary>
    public int SignedCount { get; private set; }

    /// <summary>The presidium's decision: its date (typed: the presidium's meeting) and reason; the day staff recorded it is in the events.</summary>
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionReason { get; private set; }

    /// <summary>The special committee a referred proposal went to, and when its report is due (at most half a year).</summary>
    public int? ReferredCommitteeId { get; private set; }
    public DateOnly? ReportDueOn { get; private set; }
    public DateOnly? ReportedOn { get; private set; }

    /// <summary>The day the report was recorded in the portal (server date): the on-time figure uses this, not the typed date.</summary>
    public DateOnly? ReportFiledOn { get; private set; }
    public string? ReportText { get; private set; }

    /// <summary>The outcome: the session's decision on a proposal on its agenda, or the standing committee's deliberation result.</summary>
    public DateOnly? ResultOn { get; private set; }
    public string? ResultText { get; private set; }
    public int? ResultMeetingId { get; private set; }

    /// <summary>Why a proposal was withdrawn or recorded as a suggestion instead.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>The suggestion registered from it (作为建议处理, or recorded as a suggestion on registration): a link both ways.</summary>
    public int? SuggestionId { get; private set; }

    /// <summary>
    /// The legislation item or supervision topic the proposal led to (P10). The targets arrive with the legislation and
    /// supervision modules; until then the columns stay empty and pages say "尚未关联".
    /// </summary>
    public int? LegislationItemId { get; private set; }
    public int? SupervisionTopicId { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public bool IsPublished => PublishedAt is not null;

    /// <summary>Overlapping character bigrams of subject, grounds and solution, indexed as a tsvector (as for suggestions).</summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<ProposalSigner> Signers => _signers.AsReadOnly();
    public IReadOnlyList<ProposalEvent> Events => _events.AsReadOnly();
    public IReadOnlyList<ProposalAttachment> Attachments => _attachments.AsReadOnly();

    public IEnumerable<ProposalSigner> CoSigners => _signers.Where(s => s.Role == ProposalSignerRole.CoSigner).OrderBy(s => s.Order);

    /// <summary>Whether the committee's report is late today: referred, not reported, due date passed.</summary>
    public bool IsReportOverdue(DateOnly today) => Status == ProposalStatus.ReferredToCommittee && ReportDueOn < today;

    /// <summary>The lead or a co-signer (invited, confirmed or declined): they may read it before publication.</summary>
    public bool IsSignerOf(Actor actor) => actor?.DeputyId is { } id && _signers.Any(s => s.DeputyId == id);

    public ProposalSigner? SignerOf(Actor actor) => actor?.DeputyId is { } id ? _signers.FirstOrDefault(s => s.DeputyId == id) : null;

    // ---------------------------------------------------------------- drafting and registration

    /// <summary>A deputy starts a proposal online as its lead and invites co-signers; it reaches staff when submitted.</summary>
    public static Proposal StartDraft(ProposalDraft draft, ProposalContext context, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Deputy) throw DomainMessages.WrongRole("起草议案", PortalRole.DisplayName(PortalRole.Deputy)).ToException();
        if (draft.Kind != ProposerKind.Deputies) throw ProposalMessages.OnlineOnlyForDeputies.ToException();
        if (draft.LeadDeputyId != actor.DeputyId) throw ProposalMessages.OnlyOwnDraft.ToException();
        if (DeadlineProblem(context, now) is { } late) throw late.ToException();
        var proposal = new Proposal { Status = ProposalStatus.Draft, SubmittedOnline = true, CreatedAt = now.ToUniversalTime() };
        proposal.Apply(draft, context, now, signedOnPaper: false, countSignatures: false);
        proposal.Record(ProposalEventKind.Drafted, now, actor, null);
        return proposal;
    }

    /// <summary>
    /// Staff register a proposal submitted on paper, before the session's deadline (server time), under the number drawn
    /// from the session's counter. The co-signers signed on paper.
    /// </summary>
    public static Proposal Register(ProposalDraft draft, ProposalContext context, int sequence, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        RequireStaff(actor, "登记议案");
        if (DeadlineProblem(context, now) is { } late) throw late.ToException();
        var proposal = new Proposal { Status = ProposalStatus.Registered, CreatedAt = now.ToUniversalTime() };
        proposal.Apply(draft, context, now, signedOnPaper: true, countSignatures: true);
        proposal.Number = context.Number(sequence);
        proposal.Sequence = sequence;
        proposal.RegisteredOn = ChinaTime.Today(now);
        proposal.Record(ProposalEventKind.Registered, now, actor, proposal.Number);
        return proposal;
    }

    /// <summary>
    /// Why <paramref name="draft"/> cannot be registered as a proposal but may be registered as a suggestion instead (too
    /// few signatures, or past the deadline), or null. Other problems (an empty subject, an unknown deputy) are not of this
    /// kind: they must be fixed either way.
    /// </summary>
    public static Refusal? SuggestionInstead(ProposalDraft draft, ProposalContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        if (draft.Kind != ProposerKind.Deputies || draft.LeadDeputyId is not > 0) return null;
        var problems = Problems(draft, context, countSignatures: true);
        if (problems.Count == 1 && problems[0].Code == "Proposal.TooFewSigners") return problems[0];
        if (problems.Count == 0 && DeadlineProblem(context, now) is { Code: "Proposal.PastDeadline" } late) return late;
        return null;
    }

    /// <summary>
    /// Keeps a paper proposal that cannot be a proposal (<see cref="SuggestionInstead"/>) as the record of the suggestion it
    /// was registered as: no proposal number, the reason, and the link both ways.
    /// </summary>
    /// <remarks>The caller adds the record (its id assigned), registers the suggestion from <see cref="ToSuggestionDraft"/>
    /// and passes the suggestion's id to <see cref="LinkSuggestion"/>, all in one unit of work.</remarks>
    public static Proposal RecordAsSuggestion(ProposalDraft draft, ProposalContext context, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        RequireStaff(actor, "作为建议登记");
        var reason = SuggestionInstead(draft, context, now) ?? throw ProposalMessages.ConversionNeedsDeputy.ToException();
        var proposal = new Proposal { Status = ProposalStatus.ConvertedToSuggestion, CreatedAt = now.ToUniversalTime() };
        proposal.Apply(draft, context, now, signedOnPaper: true, countSignatures: false);
        proposal.RegisteredOn = ChinaTime.Today(now);
        proposal.StatusReason = reason.Message;
        proposal.Record(ProposalEventKind.RecordedAsSuggestion, now, actor, reason.Message);
        return proposal;
    }

    /// <summary>Links the record made by <see cref="RecordAsSuggestion"/> to the suggestion registered from it (once).</summary>
    public void LinkSuggestion(int suggestionId)
    {
        if (Status != ProposalStatus.ConvertedToSuggestion || SuggestionId is not null) throw DomainMessages.ActionRefused.ToException();
        SuggestionId = Text.Positive(suggestionId, "SuggestionId", "建议");
    }

    /// <summary>The lead changes the draft: text and the invited co-signers (answers of those still invited are kept).</summary>
    public void EditDraft(ProposalDraft draft, ProposalContext context, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        Require(ProposalAction.EditDraft, actor, now, context.Deadline);
        if (draft.Kind != ProposerKind.Deputies) throw ProposalMessages.OnlineOnlyForDeputies.ToException();
        if (draft.LeadDeputyId != LeadDeputyId || draft.SessionId != SessionId) throw ProposalMessages.OnlyOwnDraft.ToException();
        Apply(draft, context, now, signedOnPaper: false, countSignatures: false);
        Record(ProposalEventKind.DraftEdited, now, actor, null);
    }

    public void ConfirmSigning(Actor actor, DateTimeOffset now, DateTimeOffset? deadline)
    {
        Require(ProposalAction.ConfirmSigning, actor, now, deadline);
        SignerOf(actor)!.Answer(ProposalSignerState.Confirmed, now);
        Move(ProposalAction.ConfirmSigning, actor, Status);
        Record(ProposalEventKind.SigningConfirmed, now, actor, null);
    }

    public void DeclineSigning(Actor actor, DateTimeOffset now, DateTimeOffset? deadline)
    {
        Require(ProposalAction.DeclineSigning, actor, now, deadline);
        SignerOf(actor)!.Answer(ProposalSignerState.Declined, now);
        Move(ProposalAction.DeclineSigning, actor, Status);
        Record(ProposalEventKind.SigningDeclined, now, actor, null);
    }

    /// <summary>The lead submits: with ten signatures before the deadline the proposal is registered under its number.</summary>
    public void Submit(ProposalContext context, int sequence, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        Require(ProposalAction.Submit, actor, now, context.Deadline);
        // The registry may have changed since the draft was written (a co-signer resigned): check the names again.
        if (Problems(SignedDraft(), context, countSignatures: false) is [var first, ..]) throw first.ToException();
        Number = context.Number(sequence);
        Sequence = sequence;
        RegisteredOn = ChinaTime.Today(now);
        Move(ProposalAction.Submit, actor, ProposalStatus.Registered);
        Record(ProposalEventKind.Submitted, now, actor, Number);
    }

    /// <summary>Staff correct a registered proposal (the number and session stay).</summary>
    public void Edit(ProposalDraft draft, ProposalContext context, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        Require(ProposalAction.Edit, actor, now, context.Deadline);
        if (draft.SessionId != SessionId) throw ProposalMessages.SessionRequired.ToException();
        Apply(draft, context, now, signedOnPaper: true, countSignatures: true);
        Move(ProposalAction.Edit, actor, Status);
        Record(ProposalEventKind.Edited, now, actor, null);
    }

    /// <summary>P6: withdrawn before the presidium decided — by the lead online, or recorded by staff from the lead's letter.</summary>
    public void Withdraw(string? reason, Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.Withdraw, actor, now, null);
        var text = Text.Optional(reason, "Reason", "撤回说明", 500);
        if (text is null && Status != ProposalStatus.Draft) throw ProposalMessages.WithdrawReasonRequired.ToException();
        StatusReason = text;
        Move(ProposalAction.Withdraw, actor, ProposalStatus.Withdrawn);
        Record(ProposalEventKind.Withdrawn, now, actor, text);
    }

    public void AddAttachment(int fileId, string fileName, Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.AddAttachment, actor, now, null);
        var name = Text.Required(fileName, "FileName", "文件名", 200);
        _attachments.Add(new ProposalAttachment(fileId, name));
        Move(ProposalAction.AddAttachment, actor, Status);
        Record(ProposalEventKind.AttachmentAdded, now, actor, name);
    }

    // ---------------------------------------------------------------- the presidium's decision

    public void PutOnAgenda(DecisionDraft decision, Actor actor, DateTimeOffset now)
    {
        Decide(ProposalAction.PutOnAgenda, decision, actor, now);
        Move(ProposalAction.PutOnAgenda, actor, ProposalStatus.OnAgenda);
        Record(ProposalEventKind.PutOnAgenda, now, actor, DecisionReason);
    }

    /// <summary>
    /// Refers the proposal to a special committee, which reports within <paramref name="dueOn"/>: at most half a year after
    /// the decision, moved to the next working day when that falls on a rest day (P7).
    /// </summary>
    public void ReferToCommittee(DecisionDraft decision, Committee committee, DateOnly dueOn, WorkingDayCalendar calendar, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(ProposalAction.ReferToCommittee, actor, now, null);
        if (committee is not { Kind: CommitteeKind.Special, IsActive: true }) throw ProposalMessages.CommitteeMustBeSpecial.ToException();
        CheckDecision(decision, now);
        if (dueOn <= decision.DecidedOn) throw ProposalMessages.DueNotAfterDecision.ToException();
        var latest = LatestReportDue(decision.DecidedOn, calendar);
        if (dueOn > latest) throw ProposalMessages.DueBeyondSixMonths(latest).ToException();
        Decide(ProposalAction.ReferToCommittee, decision, actor, now);
        ReferredCommitteeId = committee.Id;
        ReportDueOn = dueOn;
        Move(ProposalAction.ReferToCommittee, actor, ProposalStatus.ReferredToCommittee);
        Record(ProposalEventKind.ReferredToCommittee, now, actor, $"{committee.Name}，{ChinaTime.FormatDate(dueOn)}前报告：{DecisionReason}");
    }

    /// <summary>The latest due date of a committee's report: half a year after the decision, on a working day.</summary>
    public static DateOnly LatestReportDue(DateOnly decidedOn, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(decidedOn.AddMonths(CommitteeReportMonths));
    }

    public void LeaveOffAgenda(DecisionDraft decision, Actor actor, DateTimeOffset now)
    {
        Decide(ProposalAction.LeaveOffAgenda, decision, actor, now);
        Move(ProposalAction.LeaveOffAgenda, actor, ProposalStatus.NotOnAgenda);
        Record(ProposalEventKind.LeftOffAgenda, now, actor, DecisionReason);
    }

    /// <summary>
    /// The suggestion to register when the presidium decides to handle the proposal as a suggestion (P8): every deputy who
    /// signed, the subject as title, grounds and solution as text. The caller registers it and passes its id to
    /// <see cref="ConvertToSuggestion"/> in the same unit of work.
    /// </summary>
    public SuggestionDraft ToSuggestionDraft(int categoryId, int year, DateOnly receivedOn)
    {
        if (LeadDeputyId is not { } lead) throw ProposalMessages.ConversionNeedsDeputy.ToException();
        return ToSuggestionDraft(lead, CoSigners.Where(s => s.HasSigned).Select(s => s.DeputyId).ToList(), SessionId, Subject, Grounds, Solution,
            categoryId, year, receivedOn, Id);
    }


    private static SuggestionDraft ToSuggestionDraft(int lead, IReadOnlyList<int> coSigners, int sessionId, string subject, string grounds,
        string solution, int categoryId, int year, DateOnly receivedOn, int proposalId) =>
        new(SuggestionSource.DuringSession, sessionId, year, lead, coSigners, subject?.Trim() ?? "",
            $"【案据】\n{grounds?.Trim()}\n\n【方案】\n{solution?.Trim()}", categoryId, receivedOn, proposalId);

    public void ConvertToSuggestion(DecisionDraft decision, int suggestionId, Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.ConvertToSuggestion, actor, now, null);
        if (LeadDeputyId is null) throw ProposalMessages.ConversionNeedsDeputy.ToException();
        Decide(ProposalAction.ConvertToSuggestion, decision, actor, now);
        SuggestionId = Text.Positive(suggestionId, "SuggestionId", "建议");
        Move(ProposalAction.ConvertToSuggestion, actor, ProposalStatus.ConvertedToSuggestion);
        Record(ProposalEventKind.ConvertedToSuggestion, now, actor, DecisionReason);
    }

    // ---------------------------------------------------------------- after the decision

    /// <summary>The special committee's report (审议结果报告): its date and text. The portal records the day it was filed.</summary>
    public void RecordCommitteeReport(DateOnly reportedOn, string text, Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.RecordCommitteeReport, actor, now, null);
        var today = ChinaTime.Today(now);
        if (reportedOn > today) throw ProposalMessages.ReportedInFuture.ToException();
        if (reportedOn < DecidedOn) throw ProposalMessages.ReportedBeforeDecision.ToException();
        ReportText = Text.Required(text, "ReportText", "审议结果报告", 20000);
        ReportedOn = reportedOn;
        ReportFiledOn = today;
        Move(ProposalAction.RecordCommitteeReport, actor, ProposalStatus.CommitteeReported);
        Record(ProposalEventKind.CommitteeReported, now, actor, ChinaTime.FormatDate(reportedOn));
    }

    /// <summary>Whether the committee's report was filed by its due date (the day it was recorded, not the typed date).</summary>
    public bool? ReportedOnTime => ReportFiledOn is { } filed && ReportDueOn is { } due ? filed <= due : null;

    /// <summary>
    /// The outcome (P9): the session's decision on a proposal on its agenda, or the standing committee's deliberation result
    /// on the committee's report, with the meeting where it was taken when known.
    /// </summary>
    public void RecordResult(DateOnly resultOn, string text, int? meetingId, Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.RecordResult, actor, now, null);
        if (resultOn > ChinaTime.Today(now)) throw ProposalMessages.ResultInFuture.ToException();
        if (resultOn < (ReportedOn ?? DecidedOn)) throw ProposalMessages.ResultBeforeDecision.ToException();
        ResultText = Text.Required(text, "ResultText", "审议结果", 20000);
        ResultOn = resultOn;
        ResultMeetingId = meetingId is > 0 ? meetingId : null;
        Move(ProposalAction.RecordResult, actor, ProposalStatus.Concluded);
        Record(ProposalEventKind.ResultRecorded, now, actor, ChinaTime.FormatDate(resultOn));
    }

    public void Publish(Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.Publish, actor, now, null);
        PublishedAt = now.ToUniversalTime();
        Move(ProposalAction.Publish, actor, Status);
        Record(ProposalEventKind.Published, now, actor, null);
    }

    public void Unpublish(Actor actor, DateTimeOffset now)
    {
        Require(ProposalAction.Unpublish, actor, now, null);
        PublishedAt = null;
        Move(ProposalAction.Unpublish, actor, Status);
        Record(ProposalEventKind.Unpublished, now, actor, null);
    }

    // ---------------------------------------------------------------- checks

    /// <summary>Every action with its answer for <paramref name="actor"/> now (the session's deadline decides drafting and submission).</summary>
    /// <summary>P10: null when <paramref name="actor"/> may record the supervision topic the proposal led to (staff, once it is registered).</summary>
    public Refusal? SupervisionLinkProblem(Actor actor) => LinkProblem(actor, "关联监督议题");

    /// <summary>P10 for the legislative plan: the same rule as <see cref="SupervisionLinkProblem"/>, named for this link.</summary>
    public Refusal? LegislationLinkProblem(Actor actor) => LinkProblem(actor, "关联立法计划项目");

    private Refusal? LinkProblem(Actor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) return DomainMessages.WrongRole(action, PortalRole.DisplayName(PortalRole.Staff));
        return Number is null ? ProposalMessages.LinkNeedsRegistration : null;
    }

    /// <summary>Records (or clears, with null) the supervision topic the proposal led to; kept in the timeline.</summary>
    public void LinkSupervisionTopic(int? topicId, string? topicTitle, Actor actor, DateTimeOffset now)
    {
        if (SupervisionLinkProblem(actor) is { } refused) throw refused.ToException();
        SupervisionTopicId = topicId is > 0 ? topicId : null;
        Record(ProposalEventKind.SupervisionTopicLinked, now, actor, SupervisionTopicId is null ? "取消关联" : topicTitle);
    }

    /// <summary>Records (or clears, with null) the legislative plan item the proposal fed (立法法第五十六条); kept in the timeline. Same rule as the supervision link.</summary>
    public void LinkLegislationItem(int? itemId, string? itemTitle, Actor actor, DateTimeOffset now)
    {
        if (LegislationLinkProblem(actor) is { } refused) throw refused.ToException();
        LegislationItemId = itemId is > 0 ? itemId : null;
        Record(ProposalEventKind.LegislationItemLinked, now, actor, LegislationItemId is null ? "取消关联" : itemTitle);
    }

    public AvailableActions<ProposalAction> AvailableActions(Actor actor, DateTimeOffset now, DateTimeOffset? deadline) =>
        new(Enum.GetValues<ProposalAction>().Select(action => new ActionCheck<ProposalAction>(action, Check(action, actor, now, deadline))));

    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/> now, otherwise why not.</summary>
    public Refusal? Check(ProposalAction action, Actor actor, DateTimeOffset now, DateTimeOffset? deadline)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ProposalWorkflow.Table.Check(Status, action, actor.Role) ?? Guard(action, actor, now, deadline);
    }

    private Refusal? Guard(ProposalAction action, Actor actor, DateTimeOffset now, DateTimeOffset? deadline)
    {
        var isLead = actor.Role == PortalRole.Deputy && actor.DeputyId is { } id && id == LeadDeputyId;
        return action switch
        {
            ProposalAction.EditDraft or ProposalAction.AddAttachment when actor.Role == PortalRole.Deputy =>
                isLead ? null : ProposalMessages.OnlyLead,
            ProposalAction.Withdraw when actor.Role == PortalRole.Deputy => isLead ? null : ProposalMessages.OnlyLead,
            ProposalAction.Submit => !isLead ? ProposalMessages.OnlyLead
                : SignedCount < MinimumSigners ? ProposalMessages.TooFewSigners(SignedCount)
                : DeadlineProblem(deadline, now),
            ProposalAction.ConfirmSigning => SignerOf(actor) is not { Role: ProposalSignerRole.CoSigner } signer ? ProposalMessages.NotInvited
                : signer.State == ProposalSignerState.Confirmed ? ProposalMessages.AlreadyConfirmed
                : DeadlineProblem(deadline, now),
            ProposalAction.DeclineSigning => SignerOf(actor) is not { Role: ProposalSignerRole.CoSigner } signer ? ProposalMessages.NotInvited
                : signer.State == ProposalSignerState.Declined ? ProposalMessages.AlreadyDeclined
                : null,
            ProposalAction.ConvertToSuggestion => LeadDeputyId is null ? ProposalMessages.ConversionNeedsDeputy : null,
            ProposalAction.Publish => IsPublished ? ProposalMessages.AlreadyPublished : null,
            ProposalAction.Unpublish => IsPublished ? null : ProposalMessages.NotPublished,
            _ => null,
        };
    }

    /// <summary>
    /// Every problem of <paramref name="draft"/> itself (the text, the proposer, the deputies named), each with its field.
    /// With <paramref name="countSignatures"/> the deputies listed count as signed (paper), and fewer than ten is a problem.
    /// </summary>
    public static IReadOnlyList<Refusal> Problems(ProposalDraft draft, ProposalContext context, bool countSignatures)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<Refusal>();
        if (draft.SessionId <= 0 || draft.SessionId != context.SessionId) problems.Add(ProposalMessages.SessionRequired);
        switch (draft.Kind)
        {
            case ProposerKind.Deputies when draft.LeadDeputyId is not > 0:
                problems.Add(ProposalMessages.LeadDeputyRequired);
                break;
            case ProposerKind.Delegation when draft.DelegationId is not > 0:
                problems.Add(ProposalMessages.DelegationRequired);
                break;
            case ProposerKind.SpecialCommittee when draft.CommitteeId is not > 0:
                problems.Add(ProposalMessages.CommitteeRequired);
                break;
        }
        if (TakesDeputies(draft.Kind))
        {
            if (draft.LeadDeputyId is > 0 and var lead && DeputyProblem(lead, context, nameof(ProposalDraft.LeadDeputyId)) is { } leadProblem)
                problems.Add(leadProblem);
            var seen = new HashSet<int>();
            foreach (var id in draft.CoSignerIds)
            {
                if (id == draft.LeadDeputyId)
                {
                    problems.Add(ProposalMessages.LeadNotCoSigner);
                    continue;
                }
                if (DeputyProblem(id, context, nameof(ProposalDraft.CoSignerIds)) is { } problem)
                {
                    problems.Add(problem);
                    continue;
                }
                if (!seen.Add(id)) problems.Add(ProposalMessages.DuplicateCoSigner(context.Deputies[id].Name));
            }
            if (countSignatures && draft.Kind == ProposerKind.Deputies && problems.Count == 0)
            {
                var signers = 1 + seen.Count;
                if (signers < MinimumSigners) problems.Add(ProposalMessages.TooFewSigners(signers));
            }
        }
        if (Text.RequiredProblem(draft.Subject, nameof(draft.Subject), "案由", 200) is { } subject) problems.Add(subject);
        if (Text.RequiredProblem(draft.Grounds, nameof(draft.Grounds), "案据", 20000) is { } grounds) problems.Add(grounds);
        if (Text.RequiredProblem(draft.Solution, nameof(draft.Solution), "方案", 20000) is { } solution) problems.Add(solution);
        return problems;
    }

    private static bool TakesDeputies(ProposerKind kind) => kind is ProposerKind.Deputies or ProposerKind.Delegation;

    private static Refusal? DeputyProblem(int id, ProposalContext context, string field)
    {
        if (!context.Deputies.TryGetValue(id, out var deputy)) return ProposalMessages.UnknownDeputy(field);
        if (!deputy.IsServing) return ProposalMessages.DeputyNotServing(deputy.Name, field);
        return deputy.TermId != context.TermId ? ProposalMessages.DeputyOfAnotherTerm(deputy.Name, field) : null;
    }

    private static Refusal? DeadlineProblem(ProposalContext context, DateTimeOffset now) => DeadlineProblem(context.Deadline, now);

    private static Refusal? DeadlineProblem(DateTimeOffset? deadline, DateTimeOffset now) => deadline switch
    {
        null => ProposalMessages.NoDeadline,
        { } at when now > at => ProposalMessages.PastDeadline(at),
        _ => null,
    };

    private static void RequireStaff(Actor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != PortalRole.Staff) throw DomainMessages.WrongRole(action, PortalRole.DisplayName(PortalRole.Staff)).ToException();
    }

    private void Require(ProposalAction action, Actor actor, DateTimeOffset now, DateTimeOffset? deadline)
    {
        if (Check(action, actor, now, deadline) is { } refusal) throw refusal.ToException();
    }

    private void Decide(ProposalAction action, DecisionDraft decision, Actor actor, DateTimeOffset now)
    {
        Require(action, actor, now, null);
        CheckDecision(decision, now);
        DecidedOn = decision.DecidedOn;
        DecisionReason = decision.Reason.Trim();
    }

    private void CheckDecision(DecisionDraft decision, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (string.IsNullOrWhiteSpace(decision.Reason)) throw ProposalMessages.ReasonRequired.ToException();
        Text.Required(decision.Reason, nameof(DecisionDraft.Reason), "决定说明", 2000);
        if (decision.DecidedOn > ChinaTime.Today(now)) throw ProposalMessages.DecidedInFuture.ToException();
        if (RegisteredOn is { } registered && decision.DecidedOn < registered) throw ProposalMessages.DecidedBeforeRegistration(registered).ToException();
    }

    private void Move(ProposalAction action, Actor actor, ProposalStatus to) => Status = ProposalWorkflow.Table.Move(Status, action, actor.Role, to);

    /// <summary>The proposal as a draft with the deputies who have signed (what is registered on submission).</summary>
    public ProposalDraft SignedDraft() =>
        new(SessionId, Kind, LeadDeputyId, CoSigners.Where(s => s.HasSigned).Select(s => s.DeputyId).ToList(), DelegationId, CommitteeId, Subject, Grounds, Solution);

    private void Apply(ProposalDraft draft, ProposalContext context, DateTimeOffset now, bool signedOnPaper, bool countSignatures)
    {
        if (Problems(draft, context, countSignatures) is [var first, ..]) throw first.ToException();
        SessionId = draft.SessionId;
        Kind = draft.Kind;
        var takesDeputies = TakesDeputies(draft.Kind);
        LeadDeputyId = takesDeputies && draft.LeadDeputyId is > 0 ? draft.LeadDeputyId : null;
        DelegationId = draft.Kind == ProposerKind.Delegation ? draft.DelegationId : null;
        CommitteeId = draft.Kind == ProposerKind.SpecialCommittee ? draft.CommitteeId : null;
        Subject = draft.Subject.Trim();
        Grounds = draft.Grounds.Trim();
        Solution = draft.Solution.Trim();
        var previous = _signers.ToDictionary(s => s.DeputyId);
        _signers.Clear();
        if (LeadDeputyId is { } lead) _signers.Add(new ProposalSigner(lead, ProposalSignerRole.Lead, ProposalSignerState.Confirmed, 0, now.ToUniversalTime()));
        var order = 1;
        foreach (var id in takesDeputies ? draft.CoSignerIds.Distinct() : [])
        {
            // An online co-signer keeps their answer when the lead edits the draft; a paper signature is a signature.
            // Staff listing a deputy on paper record a signature (one already confirmed keeps its time).
            var before = previous.TryGetValue(id, out var found) && found.Role == ProposalSignerRole.CoSigner ? found : null;
            var state = signedOnPaper ? ProposalSignerState.Confirmed : before?.State ?? ProposalSignerState.Invited;
            var answeredAt = before is not null && before.State == state ? before.AnsweredAt : signedOnPaper ? now.ToUniversalTime() : null;
            _signers.Add(new ProposalSigner(id, ProposalSignerRole.CoSigner, state, order++, answeredAt));
        }
        SearchText = ChineseSearch.Index(Subject + "\n" + Grounds + "\n" + Solution);
    }

    private void Record(ProposalEventKind kind, DateTimeOffset now, Actor actor, string? detail)
    {
        _events.Add(new ProposalEvent(kind, now.ToUniversalTime(), actor, detail));
        UpdatedAt = now.ToUniversalTime();
        SignedCount = _signers.Count(s => s.HasSigned);
    }
}
