using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using static CongressPortal.Domain.Legislation.LegislationAction;
using static CongressPortal.Domain.Legislation.LegislationStatus;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// The legislation record's transition table, written out here by hand for every status × action × role, so a wrong cell
/// in <see cref="LegislationWorkflow.Table"/> fails instead of agreeing with itself. Every cell is then tried on a real
/// record (<see cref="WrittenTableTests{TAggregate, TState, TAction}"/>): an allowed move lands where this table says, a
/// refused one throws the table's refusal and changes nothing. The guards beyond the table are tested at the end.
/// </summary>
public sealed class LegislationRecordWorkflowTests : WrittenTableTests<LegislationRecord, LegislationStatus, LegislationAction>
{
    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor. Only staff keep records.</summary>
    private static readonly Dictionary<(LegislationAction, LegislationStatus), Outcome[]> Written = new()
    {
        //                                              Staff                   Admin Deputy Unit  Auditor
        [(Edit, Drafting)] =                            [To(Drafting),          Role, Role,  Role, Role],
        [(Edit, InDeliberation)] =                      [To(InDeliberation),    Role, Role,  Role, Role],
        [(Edit, Passed)] =                              [State,                 Role, Role,  Role, Role],
        [(Edit, AwaitingApproval)] =                    [State,                 Role, Role,  Role, Role],
        [(Edit, Approved)] =                            [State,                 Role, Role,  Role, Role],
        [(Edit, Promulgated)] =                         [State,                 Role, Role,  Role, Role],
        [(Edit, Concluded)] =                           [State,                 Role, Role,  Role, Role],
        [(Edit, Withdrawn)] =                           [State,                 Role, Role,  Role, Role],

        [(RecordConsultation, Drafting)] =              [To(Drafting),          Role, Role,  Role, Role],
        [(RecordConsultation, InDeliberation)] =        [To(InDeliberation),    Role, Role,  Role, Role],
        [(RecordConsultation, Passed)] =                [State,                 Role, Role,  Role, Role],
        [(RecordConsultation, AwaitingApproval)] =      [State,                 Role, Role,  Role, Role],
        [(RecordConsultation, Approved)] =              [State,                 Role, Role,  Role, Role],
        [(RecordConsultation, Promulgated)] =           [State,                 Role, Role,  Role, Role],
        [(RecordConsultation, Concluded)] =             [State,                 Role, Role,  Role, Role],
        [(RecordConsultation, Withdrawn)] =             [State,                 Role, Role,  Role, Role],

        // 初审 moves the record to 审议中; 二审 and 三审 keep it there (the guards keep the order).
        [(RecordReading, Drafting)] =                   [To(InDeliberation),    Role, Role,  Role, Role],
        [(RecordReading, InDeliberation)] =             [To(InDeliberation),    Role, Role,  Role, Role],
        [(RecordReading, Passed)] =                     [State,                 Role, Role,  Role, Role],
        [(RecordReading, AwaitingApproval)] =           [State,                 Role, Role,  Role, Role],
        [(RecordReading, Approved)] =                   [State,                 Role, Role,  Role, Role],
        [(RecordReading, Promulgated)] =                [State,                 Role, Role,  Role, Role],
        [(RecordReading, Concluded)] =                  [State,                 Role, Role,  Role, Role],
        [(RecordReading, Withdrawn)] =                  [State,                 Role, Role,  Role, Role],

        // No vote without a reading.
        [(Pass, Drafting)] =                            [State,                 Role, Role,  Role, Role],
        [(Pass, InDeliberation)] =                      [To(LegislationStatus.Passed), Role, Role, Role, Role],
        [(Pass, LegislationStatus.Passed)] =            [State,                 Role, Role,  Role, Role],
        [(Pass, AwaitingApproval)] =                    [State,                 Role, Role,  Role, Role],
        [(Pass, Approved)] =                            [State,                 Role, Role,  Role, Role],
        [(Pass, Promulgated)] =                         [State,                 Role, Role,  Role, Role],
        [(Pass, Concluded)] =                           [State,                 Role, Role,  Role, Role],
        [(Pass, Withdrawn)] =                           [State,                 Role, Role,  Role, Role],

        [(SubmitForApproval, Drafting)] =               [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, InDeliberation)] =         [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, LegislationStatus.Passed)] = [To(AwaitingApproval), Role, Role,  Role, Role],
        [(SubmitForApproval, AwaitingApproval)] =       [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, Approved)] =               [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, Promulgated)] =            [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, Concluded)] =              [State,                 Role, Role,  Role, Role],
        [(SubmitForApproval, Withdrawn)] =              [State,                 Role, Role,  Role, Role],

        // 立法法第八十一条: no promulgation without the province's approval.
        [(Approve, Drafting)] =                         [State,                 Role, Role,  Role, Role],
        [(Approve, InDeliberation)] =                   [State,                 Role, Role,  Role, Role],
        [(Approve, LegislationStatus.Passed)] =         [State,                 Role, Role,  Role, Role],
        [(Approve, AwaitingApproval)] =                 [To(Approved),          Role, Role,  Role, Role],
        [(Approve, Approved)] =                         [State,                 Role, Role,  Role, Role],
        [(Approve, Promulgated)] =                      [State,                 Role, Role,  Role, Role],
        [(Approve, Concluded)] =                        [State,                 Role, Role,  Role, Role],
        [(Approve, Withdrawn)] =                        [State,                 Role, Role,  Role, Role],

        [(Promulgate, Drafting)] =                      [State,                 Role, Role,  Role, Role],
        [(Promulgate, InDeliberation)] =                [State,                 Role, Role,  Role, Role],
        [(Promulgate, LegislationStatus.Passed)] =      [State,                 Role, Role,  Role, Role],
        [(Promulgate, AwaitingApproval)] =              [State,                 Role, Role,  Role, Role],
        [(Promulgate, Approved)] =                      [To(Promulgated),       Role, Role,  Role, Role],
        [(Promulgate, Promulgated)] =                   [State,                 Role, Role,  Role, Role],
        [(Promulgate, Concluded)] =                     [State,                 Role, Role,  Role, Role],
        [(Promulgate, Withdrawn)] =                     [State,                 Role, Role,  Role, Role],

        // A research record is concluded from drafting: it never has a reading.
        [(ConcludeResearch, Drafting)] =                [To(Concluded),         Role, Role,  Role, Role],
        [(ConcludeResearch, InDeliberation)] =          [State,                 Role, Role,  Role, Role],
        [(ConcludeResearch, LegislationStatus.Passed)] = [State,                Role, Role,  Role, Role],
        [(ConcludeResearch, AwaitingApproval)] =        [State,                 Role, Role,  Role, Role],
        [(ConcludeResearch, Approved)] =                [State,                 Role, Role,  Role, Role],
        [(ConcludeResearch, Promulgated)] =             [State,                 Role, Role,  Role, Role],
        [(ConcludeResearch, Concluded)] =               [State,                 Role, Role,  Role, Role],
        [(ConcludeResearch, Withdrawn)] =               [State,                 Role, Role,  Role, Role],

        // Withdrawn before the vote only: a passed regulation goes on to the province.
        [(Withdraw, Drafting)] =                        [To(Withdrawn),         Role, Role,  Role, Role],
        [(Withdraw, InDeliberation)] =                  [To(Withdrawn),         Role, Role,  Role, Role],
        [(Withdraw, LegislationStatus.Passed)] =        [State,                 Role, Role,  Role, Role],
        [(Withdraw, AwaitingApproval)] =                [State,                 Role, Role,  Role, Role],
        [(Withdraw, Approved)] =                        [State,                 Role, Role,  Role, Role],
        [(Withdraw, Promulgated)] =                     [State,                 Role, Role,  Role, Role],
        [(Withdraw, Concluded)] =                       [State,                 Role, Role,  Role, Role],
        [(Withdraw, Withdrawn)] =                       [State,                 Role, Role,  Role, Role],
    };

    protected override WorkflowTable<LegislationStatus, LegislationAction> Table => LegislationWorkflow.Table;

    protected override IReadOnlyDictionary<(LegislationAction, LegislationStatus), Outcome[]> Expected => Written;

    /// <summary>A 制定 record; a 立法调研 record for 调研结束 before any reading (the guard refuses it for other kinds).</summary>
    protected override LegislationRecord Arrange(LegislationAction action, LegislationStatus from) =>
        F.RecordIn(from, action == ConcludeResearch && from is Drafting or Withdrawn ? LegislationKind.Research : LegislationKind.Enact);

    protected override LegislationStatus StateOf(LegislationRecord record) => record.Status;

    protected override string? Check(LegislationRecord record, LegislationAction action, Actor actor) => record.Check(action, actor)?.Code;

    protected override string? AvailableCheck(LegislationRecord record, LegislationAction action, Actor actor) => record.AvailableActions(actor).Why(action)?.Code;

    protected override object Snapshot(LegislationRecord record) => RecordSnapshot.Of(record);

    [Fact]
    public void A_research_record_offers_no_reading_and_a_record_of_another_kind_cannot_be_concluded_as_research()
    {
        var research = F.RecordIn(Drafting, LegislationKind.Research);
        var enactment = F.RecordIn(Drafting);

        research.Check(RecordReading, F.Staff).Should().Be(LegislationMessages.ResearchHasNoReadings);
        research.AvailableActions(F.Staff).Explain(RecordReading).Should().Be(LegislationMessages.ResearchHasNoReadings.Message);
        FluentActions.Invoking(() => research.RecordReading(F.Reading(ReadingStage.First), F.FirstReadingOn, F.Text(), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.ResearchHasNoReadings);
        research.Readings.Should().BeEmpty();
        research.Check(ConcludeResearch, F.Staff).Should().BeNull();

        enactment.Check(ConcludeResearch, F.Staff).Should().Be(LegislationMessages.ConcludeOnlyResearch);
        enactment.AvailableActions(F.Staff).Can(ConcludeResearch).Should().BeFalse();
        FluentActions.Invoking(() => enactment.ConcludeResearch("调研报告", F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.ConcludeOnlyResearch);
        enactment.Status.Should().Be(Drafting);
    }

    [Fact]
    public void After_the_third_reading_no_reading_is_offered_but_the_vote_is()
    {
        var record = F.RecordIn(InDeliberation);
        record.RecordReading(F.Reading(ReadingStage.Second, 2), new DateOnly(2026, 4, 28), F.Text(), F.Staff, F.Now);
        record.RecordReading(F.Reading(ReadingStage.Third, 3), new DateOnly(2026, 6, 12), F.Text(), F.Staff, F.Now);

        record.NextReading.Should().BeNull();
        record.Check(RecordReading, F.Staff).Should().Be(LegislationMessages.NoMoreReadings);
        record.AvailableActions(F.Staff).Explain(RecordReading).Should().Be("已经进行了三审，不能再登记审议。");
        record.AvailableActions(F.Staff).Can(Pass).Should().BeTrue();
        FluentActions.Invoking(() => record.RecordReading(F.Reading(ReadingStage.Third, 4), F.Today, F.Text(), F.Staff, F.Now))
            .Should().Throw<DomainRuleException>().WithRefusal(LegislationMessages.NoMoreReadings);
        record.Readings.Should().HaveCount(3);
    }

    protected override void Perform(LegislationRecord record, LegislationAction action, Actor actor)
    {
        switch (action)
        {
            case Edit:
                record.Edit(F.RecordDraft(record.Kind, "示例市城市供水管理条例"), actor, F.Now);
                break;
            case RecordConsultation:
                record.RecordConsultation(new ConsultationDraft(ConsultationKind.Hearing, new DateOnly(2026, 6, 1), "市人大常委会会议室", "听取供水企业和居民意见"), actor, F.Now);
                break;
            case RecordReading:
                record.RecordReading(F.Reading(record.NextReading ?? ReadingStage.First, 9), F.Today, F.Text(), actor, F.Now);
                break;
            case Pass:
                record.Pass(F.Vote(), F.Today, null, actor, F.Now);
                break;
            case SubmitForApproval:
                record.SubmitForApproval(actor, F.Now);
                break;
            case Approve:
                record.Approve(new ApprovalDraft(F.Today, null), actor, F.Now);
                break;
            case Promulgate:
                record.Promulgate(F.Promulgation("公告第13号", F.Today), F.RegulationId, actor, F.Now);
                break;
            case ConcludeResearch:
                record.ConcludeResearch("形成调研报告", actor, F.Now);
                break;
            case Withdraw:
                record.Withdraw("起草单位申请暂缓", actor, F.Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>What a refused action must leave as it was.</summary>
    private sealed record RecordSnapshot(LegislationStatus Status, string Title, int Readings, int Consultations, int Events, DateOnly? PassedOn, DateOnly? SubmittedOn,
        DateOnly? ApprovedOn, string? Announcement, string? Reason, DateTimeOffset UpdatedAt)
    {
        public static RecordSnapshot Of(LegislationRecord r) => new(r.Status, r.Title, r.Readings.Count, r.Consultations.Count, r.Events.Count, r.PassedOn, r.SubmittedOn,
            r.ApprovedOn, r.AnnouncementNumber, r.StatusReason, r.UpdatedAt);
    }
}
