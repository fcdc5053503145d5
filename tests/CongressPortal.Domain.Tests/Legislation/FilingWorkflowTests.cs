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
public sealed class FilingWorkflowTests : WrittenTableTests<NormativeDocumentFiling, FilingStatus, FilingAction>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor. Only staff keep filings.</summary>
    private static readonly Dictionary<(FilingAction, FilingStatus), Outcome[]> Written = new()
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

    protected override WorkflowTable<FilingStatus, FilingAction> Table => FilingWorkflow.Table;

    protected override IReadOnlyDictionary<(FilingAction, FilingStatus), Outcome[]> Expected => Written;

    protected override NormativeDocumentFiling Arrange(FilingAction action, FilingStatus from) => F.FilingIn(from);

    protected override FilingStatus StateOf(NormativeDocumentFiling filing) => filing.Status;

    protected override string? Check(NormativeDocumentFiling filing, FilingAction action, Actor actor) => filing.Check(action, actor)?.Code;

    protected override string? AvailableCheck(NormativeDocumentFiling filing, FilingAction action, Actor actor) => filing.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(NormativeDocumentFiling filing) => FilingSnapshot.Of(filing);

    protected override void Perform(NormativeDocumentFiling filing, FilingAction action, Actor actor)
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

    private sealed record FilingSnapshot(FilingStatus Status, string Title, DateOnly FormatCheckDueOn, DateOnly ReviewDueOn, DateOnly? ReviewedOn, FilingReviewResult? Result, DateOnly? ClosedOn, DateTimeOffset UpdatedAt)
    {
        public static FilingSnapshot Of(NormativeDocumentFiling f) => new(f.Status, f.Title, f.FormatCheckDueOn, f.ReviewDueOn, f.ReviewedOn, f.Result, f.ClosedOn, f.UpdatedAt);
    }
}
