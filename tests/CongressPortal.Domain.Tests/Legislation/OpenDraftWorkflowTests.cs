using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.DraftAction;
using static CongressPortal.Domain.Legislation.DraftPhase;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A draft for comment's table, written out here by hand for every phase × action × role — the public included, since
/// commenting is the public's action — and tried on a real draft at a real instant: the phase is the clock's
/// (<see cref="OpenDraft.Phase"/>), so "closed" here is an open draft on the morning after its last day. Commenting,
/// entering a contact point's comments and moderating leave the phase as it is; they are performed through
/// <see cref="DraftComment"/>, which asks the draft's window.
/// </summary>
public sealed class OpenDraftWorkflowTests : WrittenTableTests<OpenDraftWorkflowTests.Scene, DraftPhase, DraftAction, AccountRolesAndPublic>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor and the public.</summary>
    private static readonly Dictionary<(DraftAction, DraftPhase), Outcome[]> Written = new()
    {
        //                                          Staff              Admin Deputy Unit  Auditor Public
        [(Edit, Prepared)] =                        [To(Prepared),     Role, Role,  Role, Role,   Role],
        [(Edit, Open)] =                            [State,            Role, Role,  Role, Role,   Role],
        [(Edit, Closed)] =                          [State,            Role, Role,  Role, Role,   Role],
        [(Edit, OutcomePublished)] =                [State,            Role, Role,  Role, Role,   Role],

        [(Publish, Prepared)] =                     [To(Open),         Role, Role,  Role, Role,   Role],
        [(Publish, Open)] =                         [State,            Role, Role,  Role, Role,   Role],
        [(Publish, Closed)] =                       [State,            Role, Role,  Role, Role,   Role],
        [(Publish, OutcomePublished)] =             [State,            Role, Role,  Role, Role,   Role],

        // Once the clock has closed comment, a later last day would reopen it behind the public's back: refused.
        [(Extend, Prepared)] =                      [State,            Role, Role,  Role, Role,   Role],
        [(Extend, Open)] =                          [To(Open),         Role, Role,  Role, Role,   Role],
        [(Extend, Closed)] =                        [State,            Role, Role,  Role, Role,   Role],
        [(Extend, OutcomePublished)] =              [State,            Role, Role,  Role, Role,   Role],

        [(CloseEarly, Prepared)] =                  [State,            Role, Role,  Role, Role,   Role],
        [(CloseEarly, Open)] =                      [To(Closed),       Role, Role,  Role, Role,   Role],
        [(CloseEarly, Closed)] =                    [State,            Role, Role,  Role, Role,   Role],
        [(CloseEarly, OutcomePublished)] =          [State,            Role, Role,  Role, Role,   Role],

        // The public's one action; it reads why the form is closed in its own words (see RefusalCode).
        [(Comment, Prepared)] =                     [Role,             Role, Role,  Role, Role,   State],
        [(Comment, Open)] =                         [Role,             Role, Role,  Role, Role,   To(Open)],
        [(Comment, Closed)] =                       [Role,             Role, Role,  Role, Role,   State],
        [(Comment, OutcomePublished)] =             [Role,             Role, Role,  Role, Role,   State],

        // A contact point's comments arrive on paper after the meeting: entered while open or closed.
        [(RecordPointComment, Prepared)] =          [State,            Role, Role,  Role, Role,   Role],
        [(RecordPointComment, Open)] =              [To(Open),         Role, Role,  Role, Role,   Role],
        [(RecordPointComment, Closed)] =            [To(Closed),       Role, Role,  Role, Role,   Role],
        [(RecordPointComment, OutcomePublished)] =  [State,            Role, Role,  Role, Role,   Role],

        [(Moderate, Prepared)] =                    [State,            Role, Role,  Role, Role,   Role],
        [(Moderate, Open)] =                        [To(Open),         Role, Role,  Role, Role,   Role],
        [(Moderate, Closed)] =                      [To(Closed),       Role, Role,  Role, Role,   Role],
        [(Moderate, OutcomePublished)] =            [State,            Role, Role,  Role, Role,   Role],

        [(PublishOutcome, Prepared)] =              [State,            Role, Role,  Role, Role,   Role],
        [(PublishOutcome, Open)] =                  [State,            Role, Role,  Role, Role,   Role],
        [(PublishOutcome, Closed)] =                [To(OutcomePublished), Role, Role, Role, Role, Role],
        [(PublishOutcome, OutcomePublished)] =      [State,            Role, Role,  Role, Role,   Role],

        [(WithdrawOutcome, Prepared)] =             [State,            Role, Role,  Role, Role,   Role],
        [(WithdrawOutcome, Open)] =                 [State,            Role, Role,  Role, Role,   Role],
        [(WithdrawOutcome, Closed)] =               [State,            Role, Role,  Role, Role,   Role],
        [(WithdrawOutcome, OutcomePublished)] =     [To(Closed),       Role, Role,  Role, Role,   Role],
    };

    protected override WorkflowTable<DraftPhase, DraftAction> Table => OpenDraftWorkflow.Table;

    protected override IReadOnlyDictionary<(DraftAction, DraftPhase), Outcome[]> Expected => Written;

    /// <summary>
    /// A draft in <paramref name="from"/> at an instant of that phase, with one comment: a new one, or an adopted one once
    /// the outcome is published (moderating it means marking it a duplicate, which the comment's table allows from both).
    /// </summary>
    protected override Scene Arrange(DraftAction action, DraftPhase from)
    {
        var (draft, at) = from switch
        {
            Prepared => (F.Prepared(), F.Now),
            Open => (F.Opened(), F.Now.AddDays(1)),
            Closed => (F.Opened(), F.AfterClose),
            _ => (F.WithOutcome(), F.AfterClose.AddHours(1)),
        };
        var comment = F.CommentIn(F.Opened().Window, from == OutcomePublished ? DraftCommentStatus.Adopted : DraftCommentStatus.Received);
        return new Scene(draft, comment, at);
    }

    protected override string RefusalCode(DraftAction action, DraftPhase from, string role, string tableCode) => (action, from, role) switch
    {
        (Comment, Prepared, PortalRole.Public) => DraftMessages.NotOpenYet.Code,
        (Comment, _, PortalRole.Public) => DraftMessages.CommentClosed.Code,
        (Moderate, OutcomePublished, PortalRole.Staff) => DraftMessages.OutcomeAlreadyPublished.Code,
        _ => tableCode,
    };

    protected override DraftPhase StateOf(Scene scene) => scene.Draft.Phase(scene.At);

    protected override string? Check(Scene scene, DraftAction action, Actor actor) => action == Moderate
        ? scene.Comment.Check(scene.Draft.Window, DraftCommentAction.MarkDuplicate, actor, scene.At)?.Code
        : scene.Draft.Check(action, actor, scene.At)?.Code;

    protected override string? AvailableCheck(Scene scene, DraftAction action, Actor actor) => action == Moderate
        ? scene.Comment.AvailableActions(scene.Draft.Window, actor, scene.At).Why(DraftCommentAction.MarkDuplicate)?.Code
        : scene.Draft.AvailableActions(actor, scene.At).Why(action)?.Code;

    protected override object Snapshot(Scene scene) => SceneSnapshot.Of(scene);

    protected override void Perform(Scene scene, DraftAction action, Actor actor)
    {
        var (draft, at) = (scene.Draft, scene.At);
        switch (action)
        {
            case Edit:
                draft.Edit(F.Details(title: "示例市物业管理条例（草案修改稿）"), actor, at);
                break;
            case Publish:
                draft.Publish(actor, at);
                break;
            case Extend:
                draft.Extend(draft.LastDay.AddDays(15), "应社会各方面要求，延长征求意见期限", actor, at);
                break;
            case CloseEarly:
                draft.CloseEarly("草案已提请常委会会议第二次审议", actor, at);
                break;
            case Comment:
                // Submit takes no actor: whoever posts the public form comments as the public, signed in or not. An account's
                // own pages never offer it, so for an account's role the draft's refusal is all there is.
                if (actor.Role != PortalRole.Public)
                    throw (draft.Check(Comment, actor, at) ?? throw new InvalidOperationException("An account was allowed to comment.")).ToException();
                scene.Made.Add(DraftComment.Submit(draft.Window, F.Comment(), F.ReceiptCode, at));
                break;
            case RecordPointComment:
                scene.Made.Add(DraftComment.Record(draft.Window, F.PointComment(), actor, at));
                break;
            case Moderate:
                scene.Comment.Check(draft.Window, DraftCommentCheck.Duplicate, actor, at);
                break;
            case PublishOutcome:
                draft.PublishOutcome(F.Outcome(("第五条", "采纳了缩短任期的意见")), DraftCommentFigures.None, actor, at);
                break;
            case WithdrawOutcome:
                draft.WithdrawOutcome(actor, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    [Fact]
    public void A_draft_closed_early_offers_every_role_what_a_draft_closed_by_the_clock_offers()
    {
        var early = F.ClosedEarly();
        var byClock = F.Opened();

        foreach (var role in Roles)
        {
            var actor = LegislationFixture.ActorFor(role);
            var checks = early.AvailableActions(actor, F.AfterClose).Checks.Select(c => (c.Action, c.Refusal?.Code));
            checks.Should().BeEquivalentTo(byClock.AvailableActions(actor, F.AfterClose).Checks.Select(c => (c.Action, c.Refusal?.Code)), role);
        }
        early.Phase(F.Now.AddDays(10)).Should().Be(Closed, "closed from the instant it was closed");
    }

    [Fact]
    public void The_public_is_offered_only_the_comment_form_and_only_while_open()
    {
        var draft = F.Opened();

        draft.AvailableActions(F.Public, F.Now).Allowed.Should().Equal(Comment);
        draft.AvailableActions(F.Public, F.ClosesAt.AddSeconds(-1)).Allowed.Should().Equal(Comment);
        draft.AvailableActions(F.Public, F.ClosesAt).Allowed.Should().BeEmpty();
        draft.AvailableActions(F.Public, F.ClosesAt).Explain(Comment).Should().Be(DraftMessages.CommentClosed.Message);
        F.Prepared().AvailableActions(F.Public, F.Now).Explain(Comment).Should().Be(DraftMessages.NotOpenYet.Message);
        draft.AvailableActions(F.Staff, F.Now).Can(Comment).Should().BeFalse("staff comment through the public form like anyone else");
    }

    /// <summary>A draft, one comment of it, and the instant the actions are tried at.</summary>
    public sealed class Scene(OpenDraft draft, DraftComment comment, DateTimeOffset at)
    {
        public OpenDraft Draft { get; } = draft;
        public DraftComment Comment { get; } = comment;
        public DateTimeOffset At { get; } = at;

        /// <summary>Comments the actions made.</summary>
        public List<DraftComment> Made { get; } = [];
    }

    /// <summary>What a refused action must leave as it was.</summary>
    private sealed record SceneSnapshot(DraftPhase Status, string Title, DateOnly LastDay, DateTimeOffset? ClosesAt, DateTimeOffset? OpenedAt, string? ClosedEarlyReason,
        string? OutcomeSummary, DateTimeOffset? OutcomePublishedAt, int Changes, int Notes, DateTimeOffset UpdatedAt, DraftCommentStatus CommentStatus, int Made)
    {
        public static SceneSnapshot Of(Scene s) => new(s.Draft.Status, s.Draft.Title, s.Draft.LastDay, s.Draft.ClosesAt, s.Draft.OpenedAt, s.Draft.ClosedEarlyReason,
            s.Draft.OutcomeSummary, s.Draft.OutcomePublishedAt, s.Draft.DeadlineChanges.Count, s.Draft.ArticleNotes.Count, s.Draft.UpdatedAt, s.Comment.Status, s.Made.Count);
    }
}
