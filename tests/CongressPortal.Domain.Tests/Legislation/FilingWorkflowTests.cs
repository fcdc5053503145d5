using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.FilingAction;
using static CongressPortal.Domain.Legislation.FilingStatus;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// The filed document's transition table, written out by hand for every status × action × role, checked against
/// <see cref="FilingWorkflow.Table"/> and tried on a real filing: an allowed move lands where the table says, a refused one
/// throws the table's refusal and changes nothing.
/// </summary>
public sealed class FilingWorkflowTests
{
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];

    private sealed record Outcome(FilingStatus? To, string? Code);

    private static Outcome To(FilingStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor. Only staff keep filings.</summary>
    private static readonly Dictionary<(FilingAction, FilingStatus), Outcome[]> Expected = new()
    {
        //                                             Staff                      Admin Deputy Unit  Auditor
        // The registration is corrected until the review has an outcome.
        [(Edit, Registered)] =                         [To(Registered),           Role, Role,  Role, Role],
        [(Edit, Returned)] =                           [To(Returned),             Role, Role,  Role, Role],
        [(Edit, UnderReview)] =                        [To(UnderReview),          Role, Role,  Role, Role],
        [(Edit, CorrectionRequested)] =                [State,                    Role, Role,  Role, Role],
        [(Edit, Closed)] =                             [State,                    Role, Role,  Role, Role],

        // The format check either passes the filing to review or returns it for completion.
        [(CheckFormat, Registered)] =                  [To(UnderReview),          Role, Role,  Role, Role],
        [(CheckFormat, Returned)] =                    [State,                    Role, Role,  Role, Role],
        [(CheckFormat, UnderReview)] =                 [State,                    Role, Role,  Role, Role],
        [(CheckFormat, CorrectionRequested)] =         [State,                    Role, Role,  Role, Role],
        [(CheckFormat, Closed)] =                      [State,                    Role, Role,  Role, Role],

        [(ReturnForCompletion, Registered)] =          [To(Returned),             Role, Role,  Role, Role],
        [(ReturnForCompletion, Returned)] =            [State,                    Role, Role,  Role, Role],
        [(ReturnForCompletion, UnderReview)] =         [State,                    Role, Role,  Role, Role],
        [(ReturnForCompletion, CorrectionRequested)] = [State,                    Role, Role,  Role, Role],
        [(ReturnForCompletion, Closed)] =              [State,                    Role, Role,  Role, Role],

        [(Resubmit, Registered)] =                     [State,                    Role, Role,  Role, Role],
        [(Resubmit, Returned)] =                       [To(Registered),           Role, Role,  Role, Role],
        [(Resubmit, UnderReview)] =                    [State,                    Role, Role,  Role, Role],
        [(Resubmit, CorrectionRequested)] =            [State,                    Role, Role,  Role, Role],
        [(Resubmit, Closed)] =                         [State,                    Role, Role,  Role, Role],

        [(ConcludeReview, Registered)] =               [State,                    Role, Role,  Role, Role],
        [(ConcludeReview, Returned)] =                 [State,                    Role, Role,  Role, Role],
        [(ConcludeReview, UnderReview)] =              [To(Closed),               Role, Role,  Role, Role],
        [(ConcludeReview, CorrectionRequested)] =      [State,                    Role, Role,  Role, Role],
        [(ConcludeReview, Closed)] =                   [State,                    Role, Role,  Role, Role],

        [(RequestCorrection, Registered)] =            [State,                    Role, Role,  Role, Role],
        [(RequestCorrection, Returned)] =              [State,                    Role, Role,  Role, Role],
        [(RequestCorrection, UnderReview)] =           [To(CorrectionRequested),  Role, Role,  Role, Role],
        [(RequestCorrection, CorrectionRequested)] =   [State,                    Role, Role,  Role, Role],
        [(RequestCorrection, Closed)] =                [State,                    Role, Role,  Role, Role],

        [(RecordReply, Registered)] =                  [State,                    Role, Role,  Role, Role],
        [(RecordReply, Returned)] =                    [State,                    Role, Role,  Role, Role],
        [(RecordReply, UnderReview)] =                 [State,                    Role, Role,  Role, Role],
        [(RecordReply, CorrectionRequested)] =         [To(Closed),               Role, Role,  Role, Role],
        [(RecordReply, Closed)] =                      [State,                    Role, Role,  Role, Role],
    };

    public static TheoryData<FilingAction, FilingStatus, string> Cells()
    {
        var data = new TheoryData<FilingAction, FilingStatus, string>();
        foreach (var (action, status) in Expected.Keys)
            foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    private static Outcome ExpectedFor(FilingAction action, FilingStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<FilingAction>().SelectMany(a => Enum.GetValues<FilingStatus>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(FilingAction action, FilingStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        FilingWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (FilingWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_filing_lands_where_the_table_says_or_changes_nothing(FilingAction action, FilingStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var filing = F.FilingIn(from);
        filing.Status.Should().Be(from);
        var actor = F.ActorFor(role);

        (filing.Check(action, actor)?.Code).Should().Be(expected.Code);
        (filing.AvailableActions(actor).Why(action)?.Code).Should().Be(expected.Code, "AvailableActions answers as Check does");
        if (expected.To is { } to)
        {
            Perform(filing, action, actor);
            filing.Status.Should().Be(to);
            return;
        }
        var before = Snapshot.Of(filing);
        FluentActions.Invoking(() => Perform(filing, action, actor)).Should().Throw<DomainRuleException>().Which.Code.Should().Be(expected.Code);
        Snapshot.Of(filing).Should().Be(before, "a refused action changes nothing");
    }

    private static void Perform(NormativeDocumentFiling filing, FilingAction action, Actor actor)
    {
        switch (action)
        {
            case Edit:
                filing.Edit(F.Filing() with { Title = "示例市城市供水价格管理暂行办法" }, actor, F.Now, F.Weekdays);
                break;
            case CheckFormat:
                filing.CheckFormat(actor, F.Now);
                break;
            case ReturnForCompletion:
                filing.ReturnForCompletion("缺少制定说明", actor, F.Now);
                break;
            case Resubmit:
                filing.Resubmit(actor, F.Now, F.Weekdays);
                break;
            case ConcludeReview:
                filing.ConcludeReview(new FilingConclusion(FilingReviewResult.NoProblem, "未发现问题"), actor, F.Now);
                break;
            case RequestCorrection:
                filing.RequestCorrection("第五条与上位法不一致", actor, F.Now, F.Weekdays);
                break;
            case RecordReply:
                filing.RecordReply(new FilingReply(FilingReviewResult.Corrected, "已修改第五条"), actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    private sealed record Snapshot(FilingStatus Status, string Title, DateOnly FormatCheckDueOn, DateOnly ReviewDueOn, DateOnly? ReviewedOn, FilingReviewResult? Result, DateOnly? ClosedOn, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(NormativeDocumentFiling f) => new(f.Status, f.Title, f.FormatCheckDueOn, f.ReviewDueOn, f.ReviewedOn, f.Result, f.ClosedOn, f.UpdatedAt);
    }
}
