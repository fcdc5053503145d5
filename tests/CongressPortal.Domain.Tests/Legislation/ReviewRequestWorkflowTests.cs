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
public sealed class ReviewRequestWorkflowTests
{
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];

    private sealed record Outcome(ReviewRequestStatus? To, string? Code);

    private static Outcome To(ReviewRequestStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(ReviewRequestAction, ReviewRequestStatus), Outcome[]> Expected = new()
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

    public static TheoryData<ReviewRequestAction, ReviewRequestStatus, string> Cells()
    {
        var data = new TheoryData<ReviewRequestAction, ReviewRequestStatus, string>();
        foreach (var (action, status) in Expected.Keys)
            foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    private static Outcome ExpectedFor(ReviewRequestAction action, ReviewRequestStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<ReviewRequestAction>().SelectMany(a => Enum.GetValues<ReviewRequestStatus>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(ReviewRequestAction action, ReviewRequestStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        ReviewRequestWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (ReviewRequestWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_request_lands_where_the_table_says_or_changes_nothing(ReviewRequestAction action, ReviewRequestStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var request = F.RequestIn(from);
        request.Status.Should().Be(from);
        var actor = F.ActorFor(role);

        (request.Check(action, actor)?.Code).Should().Be(expected.Code);
        (request.AvailableActions(actor).Why(action)?.Code).Should().Be(expected.Code, "AvailableActions answers as Check does");
        if (expected.To is { } to)
        {
            Perform(request, action, actor);
            request.Status.Should().Be(to);
            return;
        }
        var before = (request.Status, request.AcceptedAt, request.AnswerText, request.Result, request.UpdatedAt);
        FluentActions.Invoking(() => Perform(request, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(expected.Code);
        (request.Status, request.AcceptedAt, request.AnswerText, request.Result, request.UpdatedAt).Should().Be(before, "a refused action changes nothing");
    }

    private static void Perform(ReviewRequest request, ReviewRequestAction action, Actor actor)
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
