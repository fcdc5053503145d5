using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// A deputy's suggestion, criticism or opinion (代表建议) from registration to closing (DOMAIN.md §4).
/// Every action is one method; <see cref="SuggestionWorkflow"/> says in which status and by which role it
/// may be taken, and the method checks the rest (the unit, the deputy, the deadline). Each action adds a
/// timeline event and touches <see cref="UpdatedAt"/>, so the row version changes with any change to the
/// aggregate and two people acting at once cannot both succeed.
/// </summary>
public sealed class Suggestion
{
    private readonly List<SuggestionDeputy> _deputies = [];
    private readonly List<SuggestionAssignment> _assignments = [];
    private readonly List<SuggestionEvent> _events = [];
    private readonly List<SuggestionAttachment> _attachments = [];

    private Suggestion() { }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public string NumberScope { get; private set; } = "";
    public int Sequence { get; private set; }
    public SuggestionSource Source { get; private set; }
    public int? SessionId { get; private set; }
    public int Year { get; private set; }
    public int LeadDeputyId { get; private set; }
    public string Title { get; private set; } = "";
    public string Content { get; private set; } = "";
    public int CategoryId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public bool SubmittedOnline { get; private set; }
    public SuggestionStatus Status { get; private set; }
    public HandlingMode? Mode { get; private set; }
    public DateOnly? AssignedOn { get; private set; }
    /// <summary>The earliest date a reply is due from a unit that has not yet answered; null when none is pending.</summary>
    public DateOnly? DueOn { get; private set; }
    public bool IsKey { get; private set; }
    public string? KeyLeader { get; private set; }
    public int? KeyCommitteeId { get; private set; }
    public int? ThemeId { get; private set; }
    public int? MergedIntoId { get; private set; }
    public string? StatusReason { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    // Figures kept for statistics (see docs/adr/0012): a suggestion answered by several units counts as
    // replied when all have replied, on time only if all were on time, with its least solved classification
    // and its least satisfied rating.
    public DateOnly? RepliedOn { get; private set; }
    public bool? RepliedOnTime { get; private set; }
    public string? Classification { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public bool MetDeputy { get; private set; }
    public bool Rehandled { get; private set; }
    /// <summary>Commitments (B/C replies) of the active assignments not yet completed, and completed: kept for statistics.</summary>
    public int CommitmentsOpen { get; private set; }
    public int CommitmentsDone { get; private set; }

    /// <summary>Overlapping character bigrams of title and content, indexed as a tsvector for Chinese search.</summary>
    public string SearchText { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public IReadOnlyList<SuggestionDeputy> Deputies => _deputies.AsReadOnly();
    public IReadOnlyList<SuggestionAssignment> Assignments => _assignments.AsReadOnly();
    public IReadOnlyList<SuggestionEvent> Events => _events.AsReadOnly();
    public IReadOnlyList<SuggestionAttachment> Attachments => _attachments.AsReadOnly();

    public IEnumerable<int> CoSignerIds => _deputies.Where(d => d.Role == SuggestionDeputyRole.CoSigner).OrderBy(d => d.Order).Select(d => d.DeputyId);

    public bool IsOverdue(DateOnly today) => Status is SuggestionStatus.Handling or SuggestionStatus.Rehandling && DueOn < today;

    // ---------------------------------------------------------------- registration and review

    /// <summary>Registers a suggestion under the number the caller drew from the scope's counter.</summary>
    public static Suggestion Register(SuggestionDraft draft, string number, string scope, int sequence, Actor actor, DateTimeOffset now)
    {
        if (actor.Role is not (PortalRole.Staff or PortalRole.Deputy)) throw new DomainRuleException(SuggestionMessages.WrongRole("登记建议", "工作人员或代表本人"));
        if (actor.Role == PortalRole.Deputy && actor.DeputyId != draft.LeadDeputyId) throw new DomainRuleException(SuggestionMessages.OnlyOwnSubmission);
        var suggestion = new Suggestion
        {
            Number = Text.Required(number, "编号", 60),
            NumberScope = scope,
            Sequence = sequence,
            SubmittedOnline = actor.Role == PortalRole.Deputy,
            Status = SuggestionStatus.Submitted,
            CreatedAt = now.ToUniversalTime(),
        };
        suggestion.Apply(draft, ChinaTime.Today(now));
        suggestion.Record(actor.Role == PortalRole.Deputy ? SuggestionEventKind.Submitted : SuggestionEventKind.Registered, now, actor, null, suggestion.Number);
        return suggestion;
    }

    /// <summary>Corrects what was registered. The number stays: source and session cannot change.</summary>
    public void Edit(SuggestionDraft draft, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.Edit, actor);
        if (draft.Source != Source || draft.SessionId != SessionId || (Source == SuggestionSource.BetweenSessions && draft.Year != Year))
            throw new DomainRuleException(SuggestionMessages.NumberScopeFixed);
        Apply(draft, ChinaTime.Today(now));
        Record(SuggestionEventKind.Edited, now, actor, null, null);
    }

    public void Accept(Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.Accept, actor);
        Status = SuggestionStatus.Accepted;
        Record(SuggestionEventKind.Accepted, now, actor, null, null);
    }

    /// <summary>Not a suggestion (personal matter, petition, court case, promotion, no content): kept as a letter.</summary>
    public void ConvertToLetter(string reason, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.ConvertToLetter, actor);
        StatusReason = Text.Required(reason, "转为来信的理由", 500);
        Status = SuggestionStatus.Letter;
        Record(SuggestionEventKind.ConvertedToLetter, now, actor, null, StatusReason);
    }

    /// <summary>Merges this suggestion into <paramref name="target"/>; its deputies are answered by the target's reply.</summary>
    public void MergeInto(Suggestion target, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.Merge, actor);
        if (ReferenceEquals(target, this) || target.Id == Id) throw new DomainRuleException(SuggestionMessages.MergeIntoSelf);
        if (target.Status is not (SuggestionStatus.Submitted or SuggestionStatus.Accepted or SuggestionStatus.Handling)) throw new DomainRuleException(SuggestionMessages.MergeTargetClosed);
        Status = SuggestionStatus.Merged;
        MergedIntoId = target.Id;
        StatusReason = target.Number;
        foreach (var deputy in _deputies.OrderBy(d => d.Order))
        {
            if (target._deputies.All(d => d.DeputyId != deputy.DeputyId))
                target._deputies.Add(new SuggestionDeputy(deputy.DeputyId, SuggestionDeputyRole.Merged, target._deputies.Count));
        }
        Record(SuggestionEventKind.MergedInto, now, actor, null, target.Number);
        target.Record(SuggestionEventKind.Merged, now, actor, null, Number);
    }

    /// <summary>Records the deputy's written withdrawal.</summary>
    public void Withdraw(string reason, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.Withdraw, actor);
        StatusReason = Text.Required(reason, "撤回说明", 500);
        Status = SuggestionStatus.Withdrawn;
        DueOn = null;
        Record(SuggestionEventKind.Withdrawn, now, actor, null, StatusReason);
    }

    public void AddAttachment(int fileId, string fileName, Actor actor, DateTimeOffset now)
    {
        if (!(actor.Role == PortalRole.Deputy && Status == SuggestionStatus.Submitted && IsDeputyOf(actor)))
            Ensure(SuggestionAction.AddAttachment, actor);
        var name = Text.Required(fileName, "文件名", 200);
        _attachments.Add(new SuggestionAttachment(fileId, name));
        Record(SuggestionEventKind.AttachmentAdded, now, actor, null, name);
    }

    // ---------------------------------------------------------------- assignment

    /// <summary>
    /// Assigns the suggestion: split handling (each unit answers its part) or joint handling (the lead answers,
    /// co-handling units send their opinions within a month). Deadlines run from today.
    /// </summary>
    public void Assign(HandlingMode mode, IReadOnlyList<int> unitIds, int? leadUnitId, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.Assign, actor);
        var units = unitIds.Where(id => id > 0).ToList();
        if (leadUnitId is > 0 && !units.Contains(leadUnitId.Value)) units.Insert(0, leadUnitId.Value);
        if (units.Count == 0) throw new DomainRuleException(SuggestionMessages.NeedUnits);
        if (units.Distinct().Count() != units.Count) throw new DomainRuleException(SuggestionMessages.DuplicateUnits);
        var today = ChinaTime.Today(now);
        if (mode == HandlingMode.Joint)
        {
            if (leadUnitId is not > 0 || units.Count < 2) throw new DomainRuleException(SuggestionMessages.JointNeedsLeadAndCo);
            _assignments.Add(new SuggestionAssignment(leadUnitId.Value, AssignmentRole.Lead, today, rules));
            foreach (var unit in units.Where(u => u != leadUnitId.Value))
                _assignments.Add(new SuggestionAssignment(unit, AssignmentRole.CoHandling, today, rules));
        }
        else
        {
            foreach (var unit in units) _assignments.Add(new SuggestionAssignment(unit, AssignmentRole.Split, today, rules));
        }
        Mode = mode;
        AssignedOn = today;
        Status = SuggestionStatus.Handling;
        Refresh(rules);
        foreach (var assignment in _assignments)
            Record(SuggestionEventKind.Assigned, now, actor, assignment.UnitId, $"{SuggestionLabels.For(mode)}，{SuggestionLabels.For(assignment.Role)}，答复期限{ChinaTime.FormatDate(assignment.DueOn)}");
    }

    public void AcceptAssignment(Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.AcceptAssignment, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (assignment.State != AssignmentState.AwaitingAcceptance) throw new DomainRuleException(SuggestionMessages.AlreadyAccepted);
        assignment.State = AssignmentState.Accepted;
        assignment.AcceptedOn = ChinaTime.Today(now);
        Record(SuggestionEventKind.AssignmentAccepted, now, actor, assignment.UnitId, null);
    }

    /// <summary>A unit that thinks the suggestion is not its business asks to hand it back, within the window.</summary>
    public void RequestReturn(string reason, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.RequestReturn, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (assignment.Replies.Count > 0 || assignment.Opinions.Count > 0 || assignment.State is not (AssignmentState.AwaitingAcceptance or AssignmentState.Accepted))
            throw new DomainRuleException(SuggestionMessages.ReturnNotAfterReply);
        if (ChinaTime.Today(now) > assignment.ReturnDeadline) throw new DomainRuleException(SuggestionMessages.ReturnWindowPassed);
        assignment.ReturnReason = Text.Required(reason, "退回理由", 500);
        assignment.State = AssignmentState.ReturnRequested;
        Record(SuggestionEventKind.ReturnRequested, now, actor, assignment.UnitId, assignment.ReturnReason);
    }

    /// <summary>Approves the return and reassigns the part to another unit; its clock starts again today.</summary>
    public void ApproveReturn(int assignmentId, int replacementUnitId, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.ApproveReturn, actor);
        var assignment = AssignmentById(assignmentId);
        if (assignment.State != AssignmentState.ReturnRequested) throw new DomainRuleException(SuggestionMessages.NoReturnPending);
        if (replacementUnitId <= 0) throw new DomainRuleException(SuggestionMessages.NeedUnits);
        if (_assignments.Any(a => a.IsActive && a.UnitId == replacementUnitId)) throw new DomainRuleException(SuggestionMessages.ReplacementAlreadyAssigned);
        assignment.State = AssignmentState.Returned;
        var replacement = new SuggestionAssignment(replacementUnitId, assignment.Role, ChinaTime.Today(now), rules);
        _assignments.Add(replacement);
        Refresh(rules);
        Record(SuggestionEventKind.ReturnApproved, now, actor, assignment.UnitId, $"改交承办，答复期限{ChinaTime.FormatDate(replacement.DueOn)}");
        Record(SuggestionEventKind.Assigned, now, actor, replacementUnitId, $"{SuggestionLabels.For(replacement.Role)}，答复期限{ChinaTime.FormatDate(replacement.DueOn)}");
    }

    public void RefuseReturn(int assignmentId, string note, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.RefuseReturn, actor);
        var assignment = AssignmentById(assignmentId);
        if (assignment.State != AssignmentState.ReturnRequested) throw new DomainRuleException(SuggestionMessages.NoReturnPending);
        assignment.ReturnDecisionNote = Text.Required(note, "不同意退回的理由", 500);
        assignment.State = AssignmentState.Accepted;
        assignment.AcceptedOn ??= ChinaTime.Today(now);
        Record(SuggestionEventKind.ReturnRefused, now, actor, assignment.UnitId, assignment.ReturnDecisionNote);
    }

    /// <summary>A broad or hard suggestion: the answering unit asks for the six-month deadline.</summary>
    public void RequestExtension(string reason, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.RequestExtension, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (!assignment.Answers) throw new DomainRuleException(SuggestionMessages.ExtensionNotForCoUnit);
        if (assignment.State != AssignmentState.Accepted) throw new DomainRuleException(assignment.State == AssignmentState.AwaitingAcceptance ? SuggestionMessages.MustAcceptFirst : SuggestionMessages.AlreadyReplied);
        if (assignment.Extension != ExtensionState.None) throw new DomainRuleException(SuggestionMessages.ExtensionOnlyOnce);
        assignment.ExtensionReason = Text.Required(reason, "延期理由", 500);
        assignment.Extension = ExtensionState.Requested;
        Record(SuggestionEventKind.ExtensionRequested, now, actor, assignment.UnitId, assignment.ExtensionReason);
    }

    public void ApproveExtension(int assignmentId, string? note, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.ApproveExtension, actor);
        var assignment = AssignmentById(assignmentId);
        if (assignment.Extension != ExtensionState.Requested) throw new DomainRuleException(SuggestionMessages.NoExtensionPending);
        assignment.Extension = ExtensionState.Approved;
        assignment.ExtensionDecisionNote = Text.Optional(note, "审批意见", 500);
        assignment.DueOn = rules.ReplyDue(assignment.AssignedOn, extended: true);
        Refresh(rules);
        Record(SuggestionEventKind.ExtensionApproved, now, actor, assignment.UnitId, $"答复期限延至{ChinaTime.FormatDate(assignment.DueOn)}");
    }

    public void RefuseExtension(int assignmentId, string note, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.RefuseExtension, actor);
        var assignment = AssignmentById(assignmentId);
        if (assignment.Extension != ExtensionState.Requested) throw new DomainRuleException(SuggestionMessages.NoExtensionPending);
        assignment.Extension = ExtensionState.Refused;
        assignment.ExtensionDecisionNote = Text.Required(note, "不同意延期的理由", 500);
        Record(SuggestionEventKind.ExtensionRefused, now, actor, assignment.UnitId, assignment.ExtensionDecisionNote);
    }

    // ---------------------------------------------------------------- handling

    public SuggestionContact LogContact(ContactStage stage, DateOnly date, ContactForm form, string? notes, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.LogContact, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (assignment.State is AssignmentState.AwaitingAcceptance or AssignmentState.ReturnRequested) throw new DomainRuleException(SuggestionMessages.MustAcceptFirst);
        if (date < assignment.AssignedOn || date > ChinaTime.Today(now)) throw new DomainRuleException(SuggestionMessages.ContactDateInvalid);
        var contact = new SuggestionContact(stage, date, form, Text.Optional(notes, "联系情况", 1000), actor.Name);
        assignment.AddContact(contact);
        Refresh(rules);
        Record(SuggestionEventKind.ContactLogged, now, actor, assignment.UnitId, $"{SuggestionLabels.For(stage)}·{SuggestionLabels.For(form)}，{ChinaTime.FormatDate(date)}");
        return contact;
    }

    /// <summary>A co-handling unit's opinion to the lead unit.</summary>
    public void SendOpinion(string text, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.SendOpinion, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (assignment.Role != AssignmentRole.CoHandling) throw new DomainRuleException(SuggestionMessages.OnlyCoUnitSendsOpinion);
        if (assignment.State is AssignmentState.AwaitingAcceptance or AssignmentState.ReturnRequested) throw new DomainRuleException(SuggestionMessages.MustAcceptFirst);
        var today = ChinaTime.Today(now);
        assignment.AddOpinion(new SuggestionOpinion(Text.Required(text, "协办意见", 5000), today, actor.Name));
        assignment.State = AssignmentState.OpinionSent;
        assignment.FirstRepliedOn ??= today;
        assignment.RepliedOnTime ??= today <= assignment.DueOn;
        Record(SuggestionEventKind.OpinionSent, now, actor, assignment.UnitId, null);
    }

    /// <summary>
    /// The answering unit's reply. B- and C-class replies (by default) must list commitments. When every
    /// answering unit has replied in this round, the deputy is asked to rate.
    /// </summary>
    public SuggestionReply Reply(ReplyDraft draft, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.Reply, actor);
        var assignment = ActiveAssignmentOf(actor);
        if (!assignment.Answers) throw new DomainRuleException(SuggestionMessages.OnlyAnsweringUnitReplies);
        switch (assignment.State)
        {
            case AssignmentState.AwaitingAcceptance or AssignmentState.ReturnRequested:
                throw new DomainRuleException(SuggestionMessages.MustAcceptFirst);
            case AssignmentState.Replied:
                throw new DomainRuleException(SuggestionMessages.AlreadyReplied);
        }
        var today = ChinaTime.Today(now);
        if (draft.RepliedOn < assignment.AssignedOn || draft.RepliedOn > today) throw new DomainRuleException(SuggestionMessages.ReplyDateInvalid);
        var classification = rules.Classification(draft.ClassificationCode);
        var commitments = draft.Commitments.Where(c => !string.IsNullOrWhiteSpace(c.Description)).ToList();
        if (classification.RequiresCommitments && commitments.Count == 0) throw new DomainRuleException(SuggestionMessages.CommitmentsRequired);
        if (commitments.Any(c => c.PlannedOn <= draft.RepliedOn)) throw new DomainRuleException(SuggestionMessages.CommitmentDateInvalid);

        var onTime = draft.RepliedOn <= assignment.DueOn;
        var reply = new SuggestionReply(assignment.Round, draft with { ClassificationCode = classification.Code, Commitments = commitments }, onTime, rules.RatingDue(draft.RepliedOn));
        assignment.AddReply(reply);
        assignment.State = AssignmentState.Replied;
        assignment.Classification = classification.Code;
        assignment.Satisfaction = null;
        if (assignment.FirstRepliedOn is null)
        {
            assignment.FirstRepliedOn = draft.RepliedOn;
            assignment.RepliedOnTime = onTime;
        }
        if (_assignments.Where(a => a.Answers).All(a => a.State == AssignmentState.Replied)) Status = SuggestionStatus.Replied;
        Refresh(rules);
        Record(SuggestionEventKind.Replied, now, actor, assignment.UnitId,
            $"第{assignment.Round}轮答复，{classification.Code}类（{classification.Label}），签发人{reply.Signer}" + (commitments.Count > 0 ? $"，承诺事项{commitments.Count}项" : ""));
        return reply;
    }

    /// <summary>
    /// The lead deputy rates a reply within the rating window. 不满意 sends that unit back to re-handle it
    /// with a new deadline; every round is kept.
    /// </summary>
    public void Rate(int replyId, Satisfaction rating, string? comment, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.Rate, actor);
        if (actor.DeputyId != LeadDeputyId) throw new DomainRuleException(SuggestionMessages.OnlyLeadDeputyRates);
        var assignment = _assignments.FirstOrDefault(a => a.Answers && a.Replies.Any(r => r.Id == replyId)) ?? throw new DomainRuleException(SuggestionMessages.ReplyNotFound);
        var reply = assignment.Replies.First(r => r.Id == replyId);
        if (reply != assignment.LatestReply || reply.Rating is not null || assignment.State != AssignmentState.Replied) throw new DomainRuleException(SuggestionMessages.AlreadyRated);
        var today = ChinaTime.Today(now);
        if (today > reply.RatingDueOn) throw new DomainRuleException(SuggestionMessages.RatingWindowPassed);
        var note = Text.Optional(comment, "评价意见", 1000);
        if (rating == Suggestions.Satisfaction.Unsatisfied && note is null) throw new DomainRuleException(SuggestionMessages.UnsatisfiedNeedsComment);
        reply.Rate(rating, note, today);
        assignment.Satisfaction = rating;
        Record(SuggestionEventKind.Rated, now, actor, assignment.UnitId, $"第{reply.Round}轮：{SuggestionLabels.For(rating)}" + (note is null ? "" : $"。{note}"));
        if (rating == Suggestions.Satisfaction.Unsatisfied)
        {
            assignment.State = AssignmentState.Rehandling;
            assignment.Round++;
            assignment.DueOn = rules.RehandleDue(today);
            Status = SuggestionStatus.Rehandling;
            Record(SuggestionEventKind.RehandlingStarted, now, actor, assignment.UnitId, $"第{assignment.Round}轮，答复期限{ChinaTime.FormatDate(assignment.DueOn)}");
        }
        Refresh(rules);
    }

    /// <summary>Staff close the suggestion once every latest reply is rated (and none 不满意) or its rating window has passed.</summary>
    public void Close(Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        Ensure(SuggestionAction.Close, actor);
        var today = ChinaTime.Today(now);
        if (!CanClose(today)) throw new DomainRuleException(SuggestionMessages.CannotCloseYet);
        Status = SuggestionStatus.Closed;
        ClosedOn = today;
        Refresh(rules);
        Record(SuggestionEventKind.Closed, now, actor, null, null);
    }

    public bool CanClose(DateOnly today) =>
        Status == SuggestionStatus.Replied
        && _assignments.Where(a => a.Answers).All(a =>
            a.LatestReply is { } reply
            && (reply.Rating is Suggestions.Satisfaction.Satisfied or Suggestions.Satisfaction.BasicallySatisfied
                || (reply.Rating is null && today > reply.RatingDueOn)));

    // ---------------------------------------------------------------- supervision

    /// <summary>Designates (or, with <paramref name="isKey"/> false, undoes) a key suggestion (重点督办) with its supervising leader and committee.</summary>
    public void MarkKey(bool isKey, string? leader, int? committeeId, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.MarkKey, actor);
        if (isKey)
        {
            KeyLeader = Text.Required(leader, "领衔督办领导", 50);
            KeyCommitteeId = committeeId is > 0 ? committeeId : null;
            IsKey = true;
            Record(SuggestionEventKind.MarkedKey, now, actor, null, $"领衔督办：{KeyLeader}");
        }
        else
        {
            IsKey = false;
            KeyLeader = null;
            KeyCommitteeId = null;
            Record(SuggestionEventKind.UnmarkedKey, now, actor, null, null);
        }
    }

    /// <summary>Bundles the suggestion under a theme (打捆督办), or takes it out with null.</summary>
    public void ChangeTheme(int? themeId, string? themeName, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.ChangeTheme, actor);
        ThemeId = themeId is > 0 ? themeId : null;
        Record(SuggestionEventKind.ThemeChanged, now, actor, null, ThemeId is null ? "移出打捆主题" : themeName);
    }

    public void UpdateCommitment(int commitmentId, int progress, string note, DateOnly on, Actor actor, DateTimeOffset now)
    {
        Ensure(SuggestionAction.UpdateCommitment, actor);
        var assignment = ActiveAssignmentOf(actor);
        var reply = assignment.Replies.FirstOrDefault(r => r.Commitments.Any(c => c.Id == commitmentId)) ?? throw new DomainRuleException(SuggestionMessages.CommitmentNotFound);
        var commitment = reply.Commitments.First(c => c.Id == commitmentId);
        if (on < reply.RepliedOn || on > ChinaTime.Today(now)) throw new DomainRuleException(SuggestionMessages.UpdateDateInvalid);
        commitment.Update(progress, Text.Required(note, "进展情况", 1000), on, actor.Name);
        RefreshCommitments();
        Record(SuggestionEventKind.CommitmentUpdated, now, actor, assignment.UnitId, $"{commitment.Description}：{progress}%");
    }

    // ---------------------------------------------------------------- visibility

    public bool IsDeputyOf(Actor actor) => actor.DeputyId is { } id && _deputies.Any(d => d.DeputyId == id);

    public SuggestionAssignment? AssignmentOf(int unitId) => _assignments.FirstOrDefault(a => a.IsActive && a.UnitId == unitId);

    // ---------------------------------------------------------------- internals

    private void Ensure(SuggestionAction action, Actor actor) => SuggestionWorkflow.Ensure(Status, action, actor);

    private SuggestionAssignment ActiveAssignmentOf(Actor actor) =>
        (actor.UnitId is { } unitId ? AssignmentOf(unitId) : null) ?? throw new DomainRuleException(SuggestionMessages.NotAssignedToUnit);

    private SuggestionAssignment AssignmentById(int assignmentId) =>
        _assignments.FirstOrDefault(a => a.Id == assignmentId) ?? throw new DomainRuleException(SuggestionMessages.AssignmentNotFound);

    private void Apply(SuggestionDraft draft, DateOnly today)
    {
        if (draft.Source == SuggestionSource.DuringSession && draft.SessionId is not > 0) throw new DomainRuleException(SuggestionMessages.SessionRequired);
        if (draft.LeadDeputyId <= 0) throw new DomainRuleException(SuggestionMessages.LeadDeputyRequired);
        if (draft.CoSignerIds.Contains(draft.LeadDeputyId)) throw new DomainRuleException(SuggestionMessages.LeadNotCoSigner);
        if (draft.ReceivedOn > today) throw new DomainRuleException(SuggestionMessages.ReceivedInFuture);
        Source = draft.Source;
        SessionId = draft.Source == SuggestionSource.DuringSession ? draft.SessionId : null;
        Year = draft.Year is >= 1980 and <= 2200 ? draft.Year : throw new DomainRuleException(SuggestionMessages.OutOfRange("年度", 1980, 2200));
        Title = Text.Required(draft.Title, "标题", 200);
        Content = Text.Required(draft.Content, "内容", 20000);
        CategoryId = Text.Positive(draft.CategoryId, "类别");
        ReceivedOn = draft.ReceivedOn;
        LeadDeputyId = draft.LeadDeputyId;
        var merged = _deputies.Where(d => d.Role == SuggestionDeputyRole.Merged).ToList();
        _deputies.Clear();
        _deputies.Add(new SuggestionDeputy(draft.LeadDeputyId, SuggestionDeputyRole.Lead, 0));
        var order = 1;
        foreach (var id in draft.CoSignerIds.Where(id => id > 0).Distinct())
            _deputies.Add(new SuggestionDeputy(id, SuggestionDeputyRole.CoSigner, order++));
        foreach (var deputy in merged.Where(m => _deputies.All(d => d.DeputyId != m.DeputyId)))
            _deputies.Add(new SuggestionDeputy(deputy.DeputyId, SuggestionDeputyRole.Merged, order++));
        SearchText = ChineseSearch.Index(Title + "\n" + Content);
    }

    private void Record(SuggestionEventKind kind, DateTimeOffset now, Actor actor, int? unitId, string? detail)
    {
        // Instants are kept in UTC (timestamptz); pages show them in Beijing time.
        _events.Add(new SuggestionEvent(kind, now.ToUniversalTime(), actor, unitId, detail));
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Recomputes the deadline and the figures kept for statistics from the assignments.</summary>
    private void Refresh(SuggestionRules rules)
    {
        var answering = _assignments.Where(a => a.Answers).ToList();
        var pending = answering.Where(a => a.IsPending).ToList();
        DueOn = Status is SuggestionStatus.Handling or SuggestionStatus.Rehandling && pending.Count > 0 ? pending.Min(a => a.DueOn) : null;
        var replied = answering.Count > 0 && answering.All(a => a.FirstRepliedOn is not null);
        RepliedOn = replied ? answering.Max(a => a.FirstRepliedOn) : null;
        RepliedOnTime = replied ? answering.All(a => a.RepliedOnTime == true) : null;
        var classified = answering.Where(a => a.Classification is not null).ToList();
        Classification = classified.Count == 0 ? null : classified.MaxBy(a => rules.Rank(a.Classification))!.Classification;
        var rated = answering.Where(a => a.Satisfaction is not null).ToList();
        Satisfaction = rated.Count == 0 ? null : rated.Max(a => a.Satisfaction);
        MetDeputy = answering.Count > 0 && answering.All(a => a.MetDeputy);
        Rehandled = _assignments.Any(a => a.Round > 1);
        RefreshCommitments();
    }

    /// <summary>
    /// Recounts the commitments kept on each assignment (every round's replies) and on the suggestion (active
    /// assignments), and copies the suggestion's year, session and closing onto its assignments.
    /// </summary>
    private void RefreshCommitments()
    {
        foreach (var assignment in _assignments)
        {
            assignment.Year = Year;
            assignment.SessionId = SessionId;
            assignment.SuggestionClosed = Status == SuggestionStatus.Closed;
            var commitments = assignment.Replies.SelectMany(r => r.Commitments).ToList();
            assignment.CommitmentsDone = commitments.Count(c => c.IsDone);
            assignment.CommitmentsOpen = commitments.Count - assignment.CommitmentsDone;
        }
        CommitmentsOpen = _assignments.Where(a => a.IsActive).Sum(a => a.CommitmentsOpen);
        CommitmentsDone = _assignments.Where(a => a.IsActive).Sum(a => a.CommitmentsDone);
    }
}
