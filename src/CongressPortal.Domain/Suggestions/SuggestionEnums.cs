namespace CongressPortal.Domain.Suggestions;

/// <summary>When the suggestion was put forward (docs/domain/suggestions.md): numbering differs between the two.</summary>
public enum SuggestionSource
{
    DuringSession,
    BetweenSessions,
}

/// <summary>The suggestion's place in the workflow. The transitions are in <see cref="SuggestionWorkflow"/>.</summary>
public enum SuggestionStatus
{
    /// <summary>待审查: registered by staff or submitted online by a deputy, not yet reviewed.</summary>
    Submitted,
    /// <summary>待交办: accepted as a suggestion (立案), waiting to be assigned.</summary>
    Accepted,
    /// <summary>办理中: assigned to one or more units.</summary>
    Handling,
    /// <summary>已答复: every answering unit has replied in the current round; the deputy rates.</summary>
    Replied,
    /// <summary>重新办理: the deputy was not satisfied; the unit replies again within two months.</summary>
    Rehandling,
    /// <summary>已办结.</summary>
    Closed,
    /// <summary>转为来信: not a suggestion; kept for reference.</summary>
    Letter,
    /// <summary>已并案: merged into another suggestion that answers its deputies too.</summary>
    Merged,
    /// <summary>已撤回: the deputy withdrew it in writing.</summary>
    Withdrawn,
}

/// <summary>分别办理 (each unit answers its part) or 会同办理 (one lead answers, co-units send opinions).</summary>
public enum HandlingMode
{
    Split,
    Joint,
}

public enum AssignmentRole
{
    /// <summary>分办: answers its own part.</summary>
    Split,
    /// <summary>主办: gives the single reply.</summary>
    Lead,
    /// <summary>协办: sends its opinion to the lead.</summary>
    CoHandling,
}

public enum AssignmentState
{
    /// <summary>待签收.</summary>
    AwaitingAcceptance,
    /// <summary>办理中.</summary>
    Accepted,
    /// <summary>申请退回.</summary>
    ReturnRequested,
    /// <summary>已退回 (staff reassigned it to another unit).</summary>
    Returned,
    /// <summary>已答复.</summary>
    Replied,
    /// <summary>已送协办意见.</summary>
    OpinionSent,
    /// <summary>重新办理.</summary>
    Rehandling,
    /// <summary>已改交: staff corrected the assignment and gave this unit's part to another unit.</summary>
    Reassigned,
}

public enum ExtensionState
{
    None,
    Requested,
    Approved,
    Refused,
    /// <summary>The unit replied while its request was pending: nothing left to decide.</summary>
    Lapsed,
}

/// <summary>三见面: before, during and after handling.</summary>
public enum ContactStage
{
    Before,
    During,
    After,
}

public enum ContactForm
{
    InPerson,
    Phone,
    Meeting,
    OnSite,
}

public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}

/// <summary>
/// Where a unit's reply, or a suggestion, stands in the satisfaction rate (满意率) on a given day (DOMAIN.md §4; S50a):
/// rated, still counted while it waits for a rating, left out after a rating reminder and the window, or nothing to rate yet.
/// </summary>
public enum RatingStanding
{
    /// <summary>No reply to rate yet: not in the figure.</summary>
    NothingToRate,
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
    /// <summary>未评价: unrated and still in the rate — not counted as satisfied — until a reminder was sent and the window passed.</summary>
    Unrated,
    /// <summary>未评价不计入: unrated after a rating reminder and the end of the window: excluded from the rate.</summary>
    Excluded,
}

public enum SuggestionEventKind
{
    Registered,
    Submitted,
    Edited,
    Accepted,
    ConvertedToLetter,
    Merged,
    MergedInto,
    Withdrawn,
    Assigned,
    AssignmentAccepted,
    ReturnRequested,
    ReturnApproved,
    ReturnRefused,
    ExtensionRequested,
    ExtensionApproved,
    ExtensionRefused,
    ContactLogged,
    OpinionSent,
    Replied,
    Rated,
    RehandlingStarted,
    Closed,
    MarkedKey,
    UnmarkedKey,
    ThemeChanged,
    CommitmentUpdated,
    AttachmentAdded,
    AttachmentRemoved,
    AssignmentCorrected,
    ReplyCorrected,
    ReplyReviewed,
    ClosedWithExplanation,
    UnitReassigned,
    /// <summary>催办: staff urged a unit by hand.</summary>
    Reminded,
    /// <summary>An automatic reminder the portal sent (a deadline near or passed, a reply to rate).</summary>
    ReminderIssued,
    /// <summary>A co-signer named online confirmed on their desk.</summary>
    CoSigningConfirmed,
    /// <summary>A co-signer named online declined: no longer on the suggestion.</summary>
    CoSigningDeclined,
    /// <summary>At 审查立案 co-signers who had not confirmed were left off.</summary>
    CoSigningLapsed,
    /// <summary>A unit gave (or changed) its contact person for the suggestion.</summary>
    UnitContactGiven,
    /// <summary>Registered although the duplicate check flagged it: whoever registered confirmed it is not a duplicate.</summary>
    DuplicateDismissed,
}
