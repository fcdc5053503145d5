using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.ReviewRequestAction;
using static CongressPortal.Domain.Legislation.ReviewRequestStatus;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// A citizen's review request's transition table, written out by hand for every status × action × role, checked against
/// <see cref="ReviewRequestWorkflow.Table"/> and tried on a real request. Sending it is not in the table: the public sends
/// it without an account (<see cref="ReviewRequest.Submit"/>).
/// </summary>
public sealed class ReviewRequestWorkflowTests : WrittenTableTests<ReviewRequest, ReviewRequestStatus, ReviewRequestAction>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(ReviewRequestAction, ReviewRequestStatus), Outcome[]> Written = new()
    {
        //                             Staff            Admin Deputy Unit  Auditor
        [(Accept, Received)] =         [To(UnderReview), Role, Role, Role, Role],
        [(Accept, UnderReview)] =      [State,           Role, Role, Role, Role],
        [(Accept, Answered)] =         [State,           Role, Role, Role, Role],

        // A request outside the committee's remit is answered at once, without a review.
        [(Answer, Received)] =         [To(Answered),    Role, Role, Role, Role],
        [(Answer, UnderReview)] =      [To(Answered),    Role, Role, Role, Role],
        [(Answer, Answered)] =         [State,           Role, Role, Role, Role],
    };

    protected override WorkflowTable<ReviewRequestStatus, ReviewRequestAction> Table => ReviewRequestWorkflow.Table;

    protected override IReadOnlyDictionary<(ReviewRequestAction, ReviewRequestStatus), Outcome[]> Expected => Written;

    protected override ReviewRequest Arrange(ReviewRequestAction action, ReviewRequestStatus from) => F.RequestIn(from);

    protected override ReviewRequestStatus StateOf(ReviewRequest request) => request.Status;

    protected override string? Check(ReviewRequest request, ReviewRequestAction action, Actor actor) => request.Check(action, actor)?.Code;

    protected override string? AvailableCheck(ReviewRequest request, ReviewRequestAction action, Actor actor) => request.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(ReviewRequest request) => (request.Status, request.AcceptedAt, request.AnswerText, request.Result, request.UpdatedAt);

    protected override void Perform(ReviewRequest request, ReviewRequestAction action, Actor actor)
    {
        switch (action)
        {
            case Accept:
                request.Accept(7, actor, F.Now);
                break;
            case Answer:
                request.Answer(new ReviewAnswer(ReviewRequestResult.OutOfScope, "该文件不属于本级人大常委会审查范围，已告知。"), actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
