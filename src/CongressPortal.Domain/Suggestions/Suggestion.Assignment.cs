using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>Assignment (交办) and its corrections: returns, extensions, and staff changing or adding units.</summary>
public sealed partial class Suggestion
{
    /// <summary>How far back a 交办会 date staff enter may lie: a later entry is a slip, not a meeting.</summary>
    public const int MeetingDaysBack = 30;

    /// <summary>
    /// Assigns the suggestion: split handling (each unit answers its part) or joint handling (the lead answers,
    /// co-handling units send their opinions within a month). Deadlines run from the assignment date: the 交办会 date staff
    /// enter (<paramref name="meetingOn"/>: not after today, not before the suggestion was received, at most
    /// <see cref="MeetingDaysBack"/> days back), or today. On a rest day staff confirm. The event keeps the instant staff
    /// assigned, so an office's own timeliness is never measured from a typed date.
    /// </summary>
    public void Assign(HandlingMode mode, IReadOnlyList<int> unitIds, int? leadUnitId, Actor actor, DateTimeOffset now, SuggestionRules rules,
        bool confirmed = false, DateOnly? meetingOn = null)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(rules);
        Require(SuggestionAction.Assign, actor, now);
        var units = unitIds.Where(id => id > 0).ToList();
        if (mode == HandlingMode.Joint && leadUnitId is not > 0) throw SuggestionMessages.JointNeedsLead.ToException();
        if (mode == HandlingMode.Joint && !units.Contains(leadUnitId!.Value)) units.Insert(0, leadUnitId.Value);
        if (units.Count == 0) throw SuggestionMessages.NeedUnits.ToException();
        if (units.Distinct().Count() != units.Count) throw SuggestionMessages.DuplicateUnits.ToException();
        if (mode == HandlingMode.Joint && units.Count < 2) throw SuggestionMessages.JointNeedsLeadAndCo.ToException();
        var today = AssignmentDate(meetingOn, now);
        if (meetingOn is null) ConfirmWorkingDay(today, rules, confirmed);
        else if (!confirmed && !rules.Calendar.IsWorkingDay(today))
            throw DomainMessages.NeedsConfirmation(SuggestionMessages.MeetingOnRestDay(today)).ToException();
        if (mode == HandlingMode.Joint)
        {
            _assignments.Add(new SuggestionAssignment(leadUnitId!.Value, AssignmentRole.Lead, today, rules));
            foreach (var unit in units.Where(u => u != leadUnitId.Value))
                _assignments.Add(new SuggestionAssignment(unit, AssignmentRole.CoHandling, today, rules));
        }
        else
        {
            foreach (var unit in units) _assignments.Add(new SuggestionAssignment(unit, AssignmentRole.Split, today, rules));
        }
        Mode = mode;
        AssignedOn = today;
        MoveTo(SuggestionAction.Assign, actor, SuggestionStatus.Handling);
        Refresh(rules);
        foreach (var assignment in _assignments)
            Record(SuggestionEventKind.Assigned, now, actor, assignment.UnitId, $"{SuggestionLabels.For(mode)}，{SuggestionLabels.For(assignment.Role)}，{DueText(assignment)}");
    }

    /// <summary>
    /// Staff correct an assignment after 交办 (a wrong unit, a unit missing): replace a unit that has not answered, or add
    /// one. The new unit's clock starts today; the replaced unit is told on its desk, with the reason.
    /// </summary>
    public void CorrectAssignment(AssignmentCorrection correction, Actor actor, DateTimeOffset now, SuggestionRules rules, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(rules);
        var replaced = correction.ReplaceAssignmentId is { } replaceId
            ? RequireOn(SuggestionAction.CorrectAssignment, replaceId, actor, now)
            : null;
        if (replaced is null) Require(SuggestionAction.CorrectAssignment, actor, now);
        if (correction.UnitId <= 0) throw SuggestionMessages.CorrectionNeedsChange.ToException();
        if (ActiveAssignments.Any(a => a.UnitId == correction.UnitId)) throw SuggestionMessages.AddedUnitAlreadyAssigned.ToException();
        var role = replaced?.Role ?? (Mode == HandlingMode.Joint ? AssignmentRole.CoHandling : AssignmentRole.Split);
        if (replaced is null && correction.Role is { } asked && asked != role)
            throw (asked == AssignmentRole.Lead ? SuggestionMessages.LeadCannotBeAdded : SuggestionMessages.CoUnitOnlyInJoint).ToException();
        var reason = Text.Required(correction.Reason, nameof(correction.Reason), "调整理由", 500);
        var today = ChinaTime.Today(now);
        ConfirmWorkingDay(today, rules, confirmed);

        var added = new SuggestionAssignment(correction.UnitId, role, today, rules);
        _assignments.Add(added);
        if (replaced is not null)
        {
            MoveTo(replaced, SuggestionAction.CorrectAssignment, actor, AssignmentState.Reassigned);
            Record(SuggestionEventKind.UnitReassigned, now, actor, replaced.UnitId, $"改交其他单位办理。理由：{reason}");
        }
        MoveTo(SuggestionAction.CorrectAssignment, actor, HandlingStatus());
        Refresh(rules);
        Record(SuggestionEventKind.AssignmentCorrected, now, actor, added.UnitId, $"{SuggestionLabels.For(role)}，{DueText(added)}。理由：{reason}");
    }

    public void AcceptAssignment(Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.AcceptAssignment, actor, now);
        MoveTo(assignment, SuggestionAction.AcceptAssignment, actor, AssignmentState.Accepted);
        assignment.AcceptedOn = ChinaTime.Today(now);
        MoveTo(SuggestionAction.AcceptAssignment, actor, Status);
        Record(SuggestionEventKind.AssignmentAccepted, now, actor, assignment.UnitId, null);
    }

    /// <summary>A unit that thinks the suggestion is not its business asks to hand it back, within the window.</summary>
    public void RequestReturn(string reason, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.RequestReturn, actor, now);
        var text = Text.Required(reason, "Reason", "退回理由", 500);
        assignment.ReturnReason = text;
        MoveTo(assignment, SuggestionAction.RequestReturn, actor, AssignmentState.ReturnRequested);
        MoveTo(SuggestionAction.RequestReturn, actor, Status);
        Record(SuggestionEventKind.ReturnRequested, now, actor, assignment.UnitId, assignment.ReturnReason);
    }

    /// <summary>Approves the return and reassigns the part to another unit; its clock starts again today.</summary>
    public void ApproveReturn(int assignmentId, int replacementUnitId, Actor actor, DateTimeOffset now, SuggestionRules rules, bool confirmed = false)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var assignment = RequireOn(SuggestionAction.ApproveReturn, assignmentId, actor, now);
        if (replacementUnitId <= 0) throw SuggestionMessages.ReplacementRequired.ToException();
        if (ActiveAssignments.Any(a => a.UnitId == replacementUnitId)) throw SuggestionMessages.ReplacementAlreadyAssigned.ToException();
        var today = ChinaTime.Today(now);
        ConfirmWorkingDay(today, rules, confirmed);
        MoveTo(assignment, SuggestionAction.ApproveReturn, actor, AssignmentState.Returned);
        var replacement = new SuggestionAssignment(replacementUnitId, assignment.Role, today, rules);
        _assignments.Add(replacement);
        MoveTo(SuggestionAction.ApproveReturn, actor, Status);
        Refresh(rules);
        Record(SuggestionEventKind.ReturnApproved, now, actor, assignment.UnitId, $"改交承办，{DueText(replacement)}");
        Record(SuggestionEventKind.Assigned, now, actor, replacementUnitId, $"{SuggestionLabels.For(replacement.Role)}，{DueText(replacement)}");
    }

    public void RefuseReturn(int assignmentId, string note, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOn(SuggestionAction.RefuseReturn, assignmentId, actor, now);
        var text = Text.Required(note, "Note", "不同意退回的理由", 500);
        assignment.ReturnDecisionNote = text;
        MoveTo(assignment, SuggestionAction.RefuseReturn, actor, AssignmentState.Accepted);
        assignment.AcceptedOn ??= ChinaTime.Today(now);
        MoveTo(SuggestionAction.RefuseReturn, actor, Status);
        Record(SuggestionEventKind.ReturnRefused, now, actor, assignment.UnitId, assignment.ReturnDecisionNote);
    }

    /// <summary>A broad or hard suggestion: the answering unit asks for the six-month deadline, before its reply is overdue.</summary>
    public void RequestExtension(string reason, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOwn(SuggestionAction.RequestExtension, actor, now);
        var text = Text.Required(reason, "Reason", "延期理由", 500);
        assignment.ExtensionReason = text;
        assignment.Extension = ExtensionState.Requested;
        MoveTo(assignment, SuggestionAction.RequestExtension, actor, assignment.State);
        MoveTo(SuggestionAction.RequestExtension, actor, Status);
        Record(SuggestionEventKind.ExtensionRequested, now, actor, assignment.UnitId, assignment.ExtensionReason);
    }

    /// <summary>代表法第五十一条: at most six months from assignment, whatever the settings say (they cannot exceed it).</summary>
    public void ApproveExtension(int assignmentId, string? note, Actor actor, DateTimeOffset now, SuggestionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var assignment = RequireOn(SuggestionAction.ApproveExtension, assignmentId, actor, now);
        var text = Text.Optional(note, "Note", "审批意见", 500);
        assignment.Extension = ExtensionState.Approved;
        assignment.ExtensionDecisionNote = text;
        assignment.DueOn = rules.ReplyDue(assignment.AssignedOn, extended: true);
        MoveTo(assignment, SuggestionAction.ApproveExtension, actor, assignment.State);
        MoveTo(SuggestionAction.ApproveExtension, actor, Status);
        Refresh(rules);
        Record(SuggestionEventKind.ExtensionApproved, now, actor, assignment.UnitId, $"答复期限延至{ChinaTime.FormatDate(assignment.DueOn)}");
    }

    public void RefuseExtension(int assignmentId, string note, Actor actor, DateTimeOffset now)
    {
        var assignment = RequireOn(SuggestionAction.RefuseExtension, assignmentId, actor, now);
        var text = Text.Required(note, "Note", "不同意延期的理由", 500);
        assignment.Extension = ExtensionState.Refused;
        assignment.ExtensionDecisionNote = text;
        MoveTo(assignment, SuggestionAction.RefuseExtension, actor, assignment.State);
        MoveTo(SuggestionAction.RefuseExtension, actor, Status);
        Record(SuggestionEventKind.ExtensionRefused, now, actor, assignment.UnitId, assignment.ExtensionDecisionNote);
    }

    /// <summary>What staff should confirm before an assignment dated <paramref name="today"/>, or null.</summary>
    public static Warning? AssignmentWarning(DateOnly today, SuggestionRules rules) =>
        rules is not null && !rules.Calendar.IsWorkingDay(today) ? SuggestionMessages.AssignedOnRestDay(today) : null;

    /// <summary>The day an assignment's deadlines count from: the 交办会 date staff entered, checked, or today.</summary>
    private DateOnly AssignmentDate(DateOnly? meetingOn, DateTimeOffset now)
    {
        var today = ChinaTime.Today(now);
        if (meetingOn is not { } meeting) return today;
        if (meeting > today) throw SuggestionMessages.MeetingInFuture.ToException();
        if (meeting < ReceivedOn) throw SuggestionMessages.MeetingBeforeReceipt(ReceivedOn).ToException();
        if (meeting < today.AddDays(-MeetingDaysBack)) throw SuggestionMessages.MeetingTooOld.ToException();
        return meeting;
    }

    private static void ConfirmWorkingDay(DateOnly today, SuggestionRules rules, bool confirmed)
    {
        if (!confirmed && AssignmentWarning(today, rules) is { } warning) throw DomainMessages.NeedsConfirmation(warning).ToException();
    }

    private static string DueText(SuggestionAssignment assignment) =>
        (assignment.Role == AssignmentRole.CoHandling ? "协办意见期限" : "答复期限") + ChinaTime.FormatDate(assignment.DueOn);
}

/// <summary>A correction of the assignment: replace the unit of <see cref="ReplaceAssignmentId"/>, or (null) add a unit.</summary>
public sealed record AssignmentCorrection(int? ReplaceAssignmentId, int UnitId, AssignmentRole? Role, string? Reason);
