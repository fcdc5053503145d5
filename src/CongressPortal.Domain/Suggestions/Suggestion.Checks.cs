using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Suggestions;

/// <summary>
/// "What may this person do with this suggestion now": the one place that answers it. <see cref="Check"/> runs the
/// transition tables and then the guard of the action; the action methods call it through <c>Require…</c> before they
/// change anything, and pages render buttons and forms from <see cref="AvailableActions"/> and <see cref="AvailableOn"/>.
/// </summary>
public sealed partial class Suggestion
{
    /// <summary>
    /// Every action with its answer for <paramref name="actor"/> today. For a unit, the actions on a unit's part are
    /// answered for its own assignment; for staff and deputies, an action on a unit's part is allowed when it is
    /// allowed on at least one part (ask <see cref="AvailableOn"/> for each).
    /// </summary>
    public AvailableActions<SuggestionAction> AvailableActions(Actor actor, DateOnly today) =>
        new(Enum.GetValues<SuggestionAction>().Select(action => new ActionCheck<SuggestionAction>(action, Check(action, actor, today))));

    /// <summary>The actions on one unit's part (<see cref="SuggestionWorkflow.AssignmentActions"/>) for <paramref name="actor"/>.</summary>
    public AvailableActions<SuggestionAction> AvailableOn(SuggestionAssignment assignment, Actor actor, DateOnly today) =>
        new(SuggestionWorkflow.AssignmentActions.Select(action => new ActionCheck<SuggestionAction>(action, Check(action, actor, today, assignment))));

    /// <summary>
    /// Null when <paramref name="actor"/> may take <paramref name="action"/> today, otherwise why not. An action on a
    /// unit's part is checked on <paramref name="assignment"/> (a unit's own part when the actor is a unit).
    /// </summary>
    public Refusal? Check(SuggestionAction action, Actor actor, DateOnly today, SuggestionAssignment? assignment = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (SuggestionWorkflow.Table.Check(Status, action, actor.Role) is { } refused) return refused;
        if (!SuggestionWorkflow.AssignmentActions.Contains(action)) return Guard(action, actor, today);
        if (actor.Role == PortalRole.HandlingUnit)
        {
            var own = actor.UnitId is { } unitId ? AssignmentOf(unitId) : null;
            if (own is null || (assignment is not null && assignment != own)) return SuggestionMessages.NotAssignedToUnit;
            return CheckOn(own, action, actor, today);
        }
        if (assignment is not null) return CheckOn(assignment, action, actor, today);
        // Adding a unit is always possible while the suggestion is being handled; replacing one is asked per part.
        if (action == SuggestionAction.CorrectAssignment) return null;
        Refusal? first = null;
        foreach (var part in ActiveAssignments)
        {
            var refusal = CheckOn(part, action, actor, today);
            if (refusal is null) return null;
            first ??= refusal;
        }
        return first ?? SuggestionMessages.AssignmentNotFound;
    }

    /// <summary>Why the suggestion cannot be closed yet: each active unit's part that holds it up, with the reason.</summary>
    public IReadOnlyList<(SuggestionAssignment Assignment, Refusal Reason)> CloseBlockers(DateOnly today, bool explainedUnsatisfied = false)
    {
        var blockers = new List<(SuggestionAssignment, Refusal)>();
        foreach (var part in ActiveAssignments.OrderBy(a => a.Id))
        {
            if (CloseBlocker(part, today, explainedUnsatisfied) is { } reason) blockers.Add((part, reason));
        }
        return blockers;
    }

    private Refusal? CheckOn(SuggestionAssignment assignment, SuggestionAction action, Actor actor, DateOnly today)
    {
        if (!assignment.IsActive || !_assignments.Contains(assignment)) return SuggestionMessages.AssignmentNotFound;
        return SuggestionWorkflow.AssignmentTable.Check(assignment.State, action, actor.Role) ?? GuardOn(assignment, action, actor, today);
    }

    /// <summary>The rules of actions on the suggestion as a whole beyond its status.</summary>
    private Refusal? Guard(SuggestionAction action, Actor actor, DateOnly today) => action switch
    {
        SuggestionAction.AddAttachment when actor.Role == PortalRole.Deputy =>
            SubmittedOnline && actor.DeputyId == LeadDeputyId ? null : SuggestionMessages.AttachmentOnlyWhileSubmitted,
        SuggestionAction.UnmarkKey => IsKey ? null : SuggestionMessages.NotKey,
        SuggestionAction.ConfirmCoSigning or SuggestionAction.DeclineCoSigning => CoSigningRefusal(action, actor),
        SuggestionAction.Close => CloseRefusal(today, explainedUnsatisfied: false),
        SuggestionAction.CloseWithExplanation => ActiveAssignments.Any(a => a.State == AssignmentState.Rehandling && a.UnsatisfiedRounds < 2)
            ? SuggestionMessages.CloseExplanationOnlyAfterSecondUnsatisfied
            : CloseRefusal(today, explainedUnsatisfied: true),
        _ => null,
    };

    /// <summary>The rules of actions on one unit's part beyond its state: roles in joint handling, deadlines, replies.</summary>
    private Refusal? GuardOn(SuggestionAssignment a, SuggestionAction action, Actor actor, DateOnly today) => action switch
    {
        SuggestionAction.RequestReturn when a.Replies.Count > 0 || a.Opinions.Count > 0 => SuggestionMessages.ReturnNotAfterReply,
        SuggestionAction.RequestReturn when today > a.ReturnDeadline => SuggestionMessages.ReturnWindowPassed(a.ReturnDeadline),
        SuggestionAction.RequestExtension when !a.Answers => SuggestionMessages.ExtensionNotForCoUnit,
        SuggestionAction.RequestExtension when a.Round > 1 => SuggestionMessages.ExtensionNotInRehandling,
        SuggestionAction.RequestExtension when a.Extension != ExtensionState.None => SuggestionMessages.ExtensionOnlyOnce,
        // Once the reply is overdue an extension would turn a late reply into an on-time one.
        SuggestionAction.RequestExtension when today > a.DueOn => SuggestionMessages.ExtensionWhenOverdue(a.DueOn),
        SuggestionAction.ApproveExtension or SuggestionAction.RefuseExtension when a.Extension != ExtensionState.Requested => SuggestionMessages.NoExtensionPending,
        SuggestionAction.SendOpinion when a.Role != AssignmentRole.CoHandling => SuggestionMessages.OnlyCoUnitSendsOpinion,
        SuggestionAction.Reply when !a.Answers => SuggestionMessages.OnlyAnsweringUnitReplies,
        SuggestionAction.Reply => WaitingForCoOpinions(a, today),
        SuggestionAction.CorrectReply when a.LatestReply is not { } reply => SuggestionMessages.NoReplyToCorrect,
        SuggestionAction.CorrectReply when a.LatestReply!.IsReviewed => SuggestionMessages.ReplyAlreadyReviewed,
        SuggestionAction.CorrectReply when a.LatestReply!.Rating is not null => SuggestionMessages.ReplyAlreadyRated,
        SuggestionAction.ReviewReply when a.Replies.All(r => r.IsReviewed) => SuggestionMessages.NothingToReview,
        SuggestionAction.Rate when actor.DeputyId != LeadDeputyId => SuggestionMessages.OnlyLeadDeputyRates,
        SuggestionAction.Rate when !a.Answers || a.LatestReply is null => SuggestionMessages.NothingToRate,
        SuggestionAction.Rate when a.LatestReply!.Rating is not null => SuggestionMessages.AlreadyRated,
        SuggestionAction.Rate when today > a.LatestReply!.RatingDueOn => SuggestionMessages.RatingWindowPassed,
        SuggestionAction.UpdateCommitment when a.Replies.All(r => r.Commitments.Count == 0) => SuggestionMessages.NoCommitments,
        _ => null,
    };

    /// <summary>
    /// 会同办理: the lead gives the single reply stating the co-units' opinions, so it waits for every co-unit's opinion
    /// or for the co-unit's window to pass (then the reply says why one is missing).
    /// </summary>
    private Refusal? WaitingForCoOpinions(SuggestionAssignment lead, DateOnly today)
    {
        if (lead.Role != AssignmentRole.Lead) return null;
        var waiting = CoUnitsWithoutOpinion().Where(c => today <= c.DueOn).ToList();
        return waiting.Count == 0 ? null : SuggestionMessages.WaitingForCoOpinions(waiting.Count, waiting.Max(c => c.DueOn));
    }

    /// <summary>The active co-handling units that have not sent their opinion.</summary>
    public IReadOnlyList<SuggestionAssignment> CoUnitsWithoutOpinion() =>
        [.. ActiveAssignments.Where(a => a.Role == AssignmentRole.CoHandling && a.Opinions.Count == 0)];

    private Refusal? CloseRefusal(DateOnly today, bool explainedUnsatisfied)
    {
        var blockers = CloseBlockers(today, explainedUnsatisfied);
        return blockers.Count == 0 ? null : SuggestionMessages.CannotClose(string.Join("；", blockers.Select(b => b.Reason.Message).Distinct()));
    }

    /// <summary>No 办结 while a part is unanswered, a reply awaits its rating, or the deputy is not satisfied.</summary>
    private static Refusal? CloseBlocker(SuggestionAssignment a, DateOnly today, bool explainedUnsatisfied)
    {
        if (a.Role == AssignmentRole.CoHandling) return a.Opinions.Count == 0 ? SuggestionMessages.PartUnanswered : null;
        if (a.State == AssignmentState.Rehandling) return explainedUnsatisfied && a.UnsatisfiedRounds >= 2 ? null : SuggestionMessages.PartUnsatisfied;
        if (a.LatestReply is not { } reply) return SuggestionMessages.PartUnanswered;
        if (reply.Rating is null && today <= reply.RatingDueOn) return SuggestionMessages.PartAwaitingRating(reply.RatingDueOn);
        return null;
    }

    // ---------------------------------------------------------------- used by the action methods

    /// <summary>Throws the refusal of an action on the suggestion as a whole.</summary>
    private void Require(SuggestionAction action, Actor actor, DateTimeOffset now)
    {
        if (Check(action, actor, ChinaTime.Today(now)) is { } refusal) throw refusal.ToException();
    }

    /// <summary>Throws the refusal of a unit's action on its own part, or returns that part.</summary>
    private SuggestionAssignment RequireOwn(SuggestionAction action, Actor actor, DateTimeOffset now)
    {
        if (Check(action, actor, ChinaTime.Today(now)) is { } refusal) throw refusal.ToException();
        return AssignmentOf(actor.UnitId!.Value)!;
    }

    /// <summary>Throws the refusal of an action on the part with <paramref name="assignmentId"/>, or returns that part.</summary>
    private SuggestionAssignment RequireOn(SuggestionAction action, int assignmentId, Actor actor, DateTimeOffset now)
    {
        var assignment = _assignments.FirstOrDefault(a => a.Id == assignmentId && a.IsActive);
        if (SuggestionWorkflow.Table.Check(Status, action, actor.Role) is { } refused) throw refused.ToException();
        if (assignment is null) throw SuggestionMessages.AssignmentNotFound.ToException();
        if (Check(action, actor, ChinaTime.Today(now), assignment) is { } refusal) throw refusal.ToException();
        return assignment;
    }

    /// <summary>Moves the status along the table; a move the table does not list is a bug and throws.</summary>
    private void MoveTo(SuggestionAction action, Actor actor, SuggestionStatus to) =>
        Status = SuggestionWorkflow.Table.Move(Status, action, actor.Role, to);

    private static void MoveTo(SuggestionAssignment assignment, SuggestionAction action, Actor actor, AssignmentState to) =>
        assignment.State = SuggestionWorkflow.AssignmentTable.Move(assignment.State, action, actor.Role, to);

    /// <summary>Where a suggestion being handled stands: someone re-handling, everyone answered, or still in hand.</summary>
    private SuggestionStatus HandlingStatus()
    {
        var answering = ActiveAssignments.Where(a => a.Answers).ToList();
        if (answering.Any(a => a.State == AssignmentState.Rehandling)) return SuggestionStatus.Rehandling;
        return answering.Count > 0 && answering.All(a => a.State == AssignmentState.Replied) ? SuggestionStatus.Replied : SuggestionStatus.Handling;
    }
}
