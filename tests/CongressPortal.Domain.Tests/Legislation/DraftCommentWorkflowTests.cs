using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.DraftCommentAction;
using static CongressPortal.Domain.Legislation.DraftCommentStatus;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A comment's moderation and adoption table, written out by hand for every status × action × role (the public included:
/// it writes comments but never judges them), checked against <see cref="DraftCommentWorkflow.Table"/> and tried on a real
/// comment of a draft whose comment period has ended. Sending a comment is not in this table but in the draft's
/// (<see cref="OpenDraftWorkflowTests"/>).
/// </summary>
public sealed class DraftCommentWorkflowTests : WrittenTableTests<DraftCommentWorkflowTests.Scene, DraftCommentStatus, DraftCommentAction, AccountRolesAndPublic>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor and the public. Only staff moderate.</summary>
    private static readonly Dictionary<(DraftCommentAction, DraftCommentStatus), Outcome[]> Written = new()
    {
        //                                      Staff              Admin Deputy Unit  Auditor Public
        // A comment judged a duplicate, off-topic or abusive can be found valid after all; a decided one is decided again instead.
        [(MarkValid, Received)] =               [To(Valid),        Role, Role,  Role, Role,   Role],
        [(MarkValid, Valid)] =                  [State,            Role, Role,  Role, Role,   Role],
        [(MarkValid, Duplicate)] =              [To(Valid),        Role, Role,  Role, Role,   Role],
        [(MarkValid, OffTopic)] =               [To(Valid),        Role, Role,  Role, Role,   Role],
        [(MarkValid, Abusive)] =                [To(Valid),        Role, Role,  Role, Role,   Role],
        [(MarkValid, Adopted)] =                [State,            Role, Role,  Role, Role,   Role],
        [(MarkValid, PartlyAdopted)] =          [State,            Role, Role,  Role, Role,   Role],
        [(MarkValid, NotAdopted)] =             [State,            Role, Role,  Role, Role,   Role],

        [(MarkDuplicate, Received)] =           [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, Valid)] =              [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, Duplicate)] =          [State,            Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, OffTopic)] =           [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, Abusive)] =            [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, Adopted)] =            [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, PartlyAdopted)] =      [To(Duplicate),    Role, Role,  Role, Role,   Role],
        [(MarkDuplicate, NotAdopted)] =         [To(Duplicate),    Role, Role,  Role, Role,   Role],

        [(MarkOffTopic, Received)] =            [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, Valid)] =               [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, Duplicate)] =           [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, OffTopic)] =            [State,            Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, Abusive)] =             [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, Adopted)] =             [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, PartlyAdopted)] =       [To(OffTopic),     Role, Role,  Role, Role,   Role],
        [(MarkOffTopic, NotAdopted)] =          [To(OffTopic),     Role, Role,  Role, Role,   Role],

        [(MarkAbusive, Received)] =             [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, Valid)] =                [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, Duplicate)] =            [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, OffTopic)] =             [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, Abusive)] =              [State,            Role, Role,  Role, Role,   Role],
        [(MarkAbusive, Adopted)] =              [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, PartlyAdopted)] =        [To(Abusive),      Role, Role,  Role, Role,   Role],
        [(MarkAbusive, NotAdopted)] =           [To(Abusive),      Role, Role,  Role, Role,   Role],

        // Only a valid comment is decided: an unchecked one is checked first.
        [(Adopt, Received)] =                   [State,            Role, Role,  Role, Role,   Role],
        [(Adopt, Valid)] =                      [To(Adopted),      Role, Role,  Role, Role,   Role],
        [(Adopt, Duplicate)] =                  [State,            Role, Role,  Role, Role,   Role],
        [(Adopt, OffTopic)] =                   [State,            Role, Role,  Role, Role,   Role],
        [(Adopt, Abusive)] =                    [State,            Role, Role,  Role, Role,   Role],
        [(Adopt, Adopted)] =                    [State,            Role, Role,  Role, Role,   Role],
        [(Adopt, PartlyAdopted)] =              [To(Adopted),      Role, Role,  Role, Role,   Role],
        [(Adopt, NotAdopted)] =                 [To(Adopted),      Role, Role,  Role, Role,   Role],

        [(AdoptInPart, Received)] =             [State,            Role, Role,  Role, Role,   Role],
        [(AdoptInPart, Valid)] =                [To(PartlyAdopted), Role, Role, Role, Role,   Role],
        [(AdoptInPart, Duplicate)] =            [State,            Role, Role,  Role, Role,   Role],
        [(AdoptInPart, OffTopic)] =             [State,            Role, Role,  Role, Role,   Role],
        [(AdoptInPart, Abusive)] =              [State,            Role, Role,  Role, Role,   Role],
        [(AdoptInPart, Adopted)] =              [To(PartlyAdopted), Role, Role, Role, Role,   Role],
        [(AdoptInPart, PartlyAdopted)] =        [State,            Role, Role,  Role, Role,   Role],
        [(AdoptInPart, NotAdopted)] =           [To(PartlyAdopted), Role, Role, Role, Role,   Role],

        [(NotAdopt, Received)] =                [State,            Role, Role,  Role, Role,   Role],
        [(NotAdopt, Valid)] =                   [To(NotAdopted),   Role, Role,  Role, Role,   Role],
        [(NotAdopt, Duplicate)] =               [State,            Role, Role,  Role, Role,   Role],
        [(NotAdopt, OffTopic)] =                [State,            Role, Role,  Role, Role,   Role],
        [(NotAdopt, Abusive)] =                 [State,            Role, Role,  Role, Role,   Role],
        [(NotAdopt, Adopted)] =                 [To(NotAdopted),   Role, Role,  Role, Role,   Role],
        [(NotAdopt, PartlyAdopted)] =           [To(NotAdopted),   Role, Role,  Role, Role,   Role],
        [(NotAdopt, NotAdopted)] =              [State,            Role, Role,  Role, Role,   Role],
    };

    protected override WorkflowTable<DraftCommentStatus, DraftCommentAction> Table => DraftCommentWorkflow.Table;

    protected override IReadOnlyDictionary<(DraftCommentAction, DraftCommentStatus), Outcome[]> Expected => Written;

    /// <summary>A comment in <paramref name="from"/>, moderated the morning after the last day.</summary>
    protected override Scene Arrange(DraftCommentAction action, DraftCommentStatus from)
    {
        var window = F.Opened().Window;
        return new Scene(window, F.CommentIn(window, from), F.AfterClose);
    }

    protected override DraftCommentStatus StateOf(Scene scene) => scene.Comment.Status;

    protected override string? Check(Scene scene, DraftCommentAction action, Actor actor) => scene.Comment.Check(scene.Window, action, actor, scene.At)?.Code;

    protected override string? AvailableCheck(Scene scene, DraftCommentAction action, Actor actor) =>
        scene.Comment.AvailableActions(scene.Window, actor, scene.At).Why(action)?.Code;

    protected override object Snapshot(Scene scene)
    {
        var c = scene.Comment;
        return (c.Status, c.CheckedAt, c.CheckedBy, c.DecidedAt, c.DecidedBy, c.DecisionReason, c.UpdatedAt);
    }

    protected override void Perform(Scene scene, DraftCommentAction action, Actor actor)
    {
        var (comment, window, at) = (scene.Comment, scene.Window, scene.At);
        const string reason = "该意见已在草案修改稿第五条中体现。";
        switch (action)
        {
            case MarkValid:
                comment.Check(window, DraftCommentCheck.Valid, actor, at);
                break;
            case MarkDuplicate:
                comment.Check(window, DraftCommentCheck.Duplicate, actor, at);
                break;
            case MarkOffTopic:
                comment.Check(window, DraftCommentCheck.OffTopic, actor, at);
                break;
            case MarkAbusive:
                comment.Check(window, DraftCommentCheck.Abusive, actor, at);
                break;
            case Adopt:
                comment.Decide(window, AdoptionDecision.Adopted, reason, actor, at);
                break;
            case AdoptInPart:
                comment.Decide(window, AdoptionDecision.PartlyAdopted, reason, actor, at);
                break;
            case NotAdopt:
                comment.Decide(window, AdoptionDecision.NotAdopted, reason, actor, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>A comment, its draft's window, and the instant it is moderated at.</summary>
    public sealed record Scene(DraftWindow Window, DraftComment Comment, DateTimeOffset At);
}
