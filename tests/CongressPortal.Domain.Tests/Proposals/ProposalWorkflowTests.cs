using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using static CongressPortal.Domain.Proposals.ProposalAction;
using static CongressPortal.Domain.Proposals.ProposalStatus;
using static CongressPortal.Domain.Tests.Proposals.ProposalFixture;

namespace CongressPortal.Domain.Tests.Proposals;

/// <summary>
/// The proposal's transition table, written out here by hand for every status × action × role, so a wrong cell in
/// <see cref="ProposalWorkflow.Table"/> fails instead of agreeing with itself. Every cell is then tried on a real proposal
/// with an actor the guards accept (the lead, an invited co-signer): an allowed move lands where this table says, a refused
/// one throws the table's refusal and changes nothing.
/// </summary>
public sealed class ProposalWorkflowTests
{
    /// <summary>The columns of <see cref="Expected"/>, in order.</summary>
    private static readonly string[] Roles = [PortalRole.Staff, PortalRole.Admin, PortalRole.Deputy, PortalRole.HandlingUnit, PortalRole.Auditor];

    private sealed record Outcome(ProposalStatus? To, string? Code);

    private static Outcome To(ProposalStatus status) => new(status, null);

    private static readonly Outcome Role = new(null, "Workflow.WrongRole");
    private static readonly Outcome State = new(null, "Workflow.WrongStatus");

    /// <summary>(action, from) → the outcome for Staff, Admin, Deputy, HandlingUnit, Auditor.</summary>
    private static readonly Dictionary<(ProposalAction, ProposalStatus), Outcome[]> Expected = new()
    {
        //                                                   Staff                          Admin Deputy              Unit  Auditor
        [(EditDraft, Draft)] =                               [Role,                         Role, To(Draft),          Role, Role],
        [(EditDraft, Registered)] =                          [Role,                         Role, State,              Role, Role],
        [(EditDraft, Withdrawn)] =                           [Role,                         Role, State,              Role, Role],
        [(EditDraft, OnAgenda)] =                            [Role,                         Role, State,              Role, Role],
        [(EditDraft, ReferredToCommittee)] =                 [Role,                         Role, State,              Role, Role],
        [(EditDraft, CommitteeReported)] =                   [Role,                         Role, State,              Role, Role],
        [(EditDraft, NotOnAgenda)] =                         [Role,                         Role, State,              Role, Role],
        [(EditDraft, ConvertedToSuggestion)] =               [Role,                         Role, State,              Role, Role],
        [(EditDraft, Concluded)] =                           [Role,                         Role, State,              Role, Role],

        [(ConfirmSigning, Draft)] =                          [Role,                         Role, To(Draft),          Role, Role],
        [(ConfirmSigning, Registered)] =                     [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, Withdrawn)] =                      [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, OnAgenda)] =                       [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, ReferredToCommittee)] =            [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, CommitteeReported)] =              [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, NotOnAgenda)] =                    [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, ConvertedToSuggestion)] =          [Role,                         Role, State,              Role, Role],
        [(ConfirmSigning, Concluded)] =                      [Role,                         Role, State,              Role, Role],

        [(DeclineSigning, Draft)] =                          [Role,                         Role, To(Draft),          Role, Role],
        [(DeclineSigning, Registered)] =                     [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, Withdrawn)] =                      [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, OnAgenda)] =                       [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, ReferredToCommittee)] =            [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, CommitteeReported)] =              [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, NotOnAgenda)] =                    [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, ConvertedToSuggestion)] =          [Role,                         Role, State,              Role, Role],
        [(DeclineSigning, Concluded)] =                      [Role,                         Role, State,              Role, Role],

        [(Submit, Draft)] =                                  [Role,                         Role, To(Registered),     Role, Role],
        [(Submit, Registered)] =                             [Role,                         Role, State,              Role, Role],
        [(Submit, Withdrawn)] =                              [Role,                         Role, State,              Role, Role],
        [(Submit, OnAgenda)] =                               [Role,                         Role, State,              Role, Role],
        [(Submit, ReferredToCommittee)] =                    [Role,                         Role, State,              Role, Role],
        [(Submit, CommitteeReported)] =                      [Role,                         Role, State,              Role, Role],
        [(Submit, NotOnAgenda)] =                            [Role,                         Role, State,              Role, Role],
        [(Submit, ConvertedToSuggestion)] =                  [Role,                         Role, State,              Role, Role],
        [(Submit, Concluded)] =                              [Role,                         Role, State,              Role, Role],

        [(Edit, Draft)] =                                    [State,                        Role, Role,               Role, Role],
        [(Edit, Registered)] =                               [To(Registered),               Role, Role,               Role, Role],
        [(Edit, Withdrawn)] =                                [State,                        Role, Role,               Role, Role],
        [(Edit, OnAgenda)] =                                 [State,                        Role, Role,               Role, Role],
        [(Edit, ReferredToCommittee)] =                      [State,                        Role, Role,               Role, Role],
        [(Edit, CommitteeReported)] =                        [State,                        Role, Role,               Role, Role],
        [(Edit, NotOnAgenda)] =                              [State,                        Role, Role,               Role, Role],
        [(Edit, ConvertedToSuggestion)] =                    [State,                        Role, Role,               Role, Role],
        [(Edit, Concluded)] =                                [State,                        Role, Role,               Role, Role],

        // P6: withdrawn only before the presidium decided — online by the lead (a draft too), or recorded by staff.
        [(Withdraw, Draft)] =                                [State,                        Role, To(Withdrawn),      Role, Role],
        [(Withdraw, Registered)] =                           [To(Withdrawn),                Role, To(Withdrawn),      Role, Role],
        [(Withdraw, Withdrawn)] =                            [State,                        Role, State,              Role, Role],
        [(Withdraw, OnAgenda)] =                             [State,                        Role, State,              Role, Role],
        [(Withdraw, ReferredToCommittee)] =                  [State,                        Role, State,              Role, Role],
        [(Withdraw, CommitteeReported)] =                    [State,                        Role, State,              Role, Role],
        [(Withdraw, NotOnAgenda)] =                          [State,                        Role, State,              Role, Role],
        [(Withdraw, ConvertedToSuggestion)] =                [State,                        Role, State,              Role, Role],
        [(Withdraw, Concluded)] =                            [State,                        Role, State,              Role, Role],

        [(PutOnAgenda, Draft)] =                             [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, Registered)] =                        [To(OnAgenda),                 Role, Role,               Role, Role],
        [(PutOnAgenda, Withdrawn)] =                         [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, OnAgenda)] =                          [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, ReferredToCommittee)] =               [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, CommitteeReported)] =                 [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, NotOnAgenda)] =                       [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, ConvertedToSuggestion)] =             [State,                        Role, Role,               Role, Role],
        [(PutOnAgenda, Concluded)] =                         [State,                        Role, Role,               Role, Role],

        [(ReferToCommittee, Draft)] =                        [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, Registered)] =                   [To(ReferredToCommittee),      Role, Role,               Role, Role],
        [(ReferToCommittee, Withdrawn)] =                    [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, OnAgenda)] =                     [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, ReferredToCommittee)] =          [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, CommitteeReported)] =            [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, NotOnAgenda)] =                  [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, ConvertedToSuggestion)] =        [State,                        Role, Role,               Role, Role],
        [(ReferToCommittee, Concluded)] =                    [State,                        Role, Role,               Role, Role],

        [(LeaveOffAgenda, Draft)] =                          [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, Registered)] =                     [To(NotOnAgenda),              Role, Role,               Role, Role],
        [(LeaveOffAgenda, Withdrawn)] =                      [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, OnAgenda)] =                       [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, ReferredToCommittee)] =            [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, CommitteeReported)] =              [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, NotOnAgenda)] =                    [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, ConvertedToSuggestion)] =          [State,                        Role, Role,               Role, Role],
        [(LeaveOffAgenda, Concluded)] =                      [State,                        Role, Role,               Role, Role],

        [(ConvertToSuggestion, Draft)] =                     [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, Registered)] =                [To(ConvertedToSuggestion),    Role, Role,               Role, Role],
        [(ConvertToSuggestion, Withdrawn)] =                 [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, OnAgenda)] =                  [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, ReferredToCommittee)] =       [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, CommitteeReported)] =         [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, NotOnAgenda)] =               [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, ConvertedToSuggestion)] =     [State,                        Role, Role,               Role, Role],
        [(ConvertToSuggestion, Concluded)] =                 [State,                        Role, Role,               Role, Role],

        [(RecordCommitteeReport, Draft)] =                   [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, Registered)] =              [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, Withdrawn)] =               [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, OnAgenda)] =                [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, ReferredToCommittee)] =     [To(CommitteeReported),        Role, Role,               Role, Role],
        [(RecordCommitteeReport, CommitteeReported)] =       [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, NotOnAgenda)] =             [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, ConvertedToSuggestion)] =   [State,                        Role, Role,               Role, Role],
        [(RecordCommitteeReport, Concluded)] =               [State,                        Role, Role,               Role, Role],

        // The session's decision on a proposal on its agenda, or the standing committee's result on the committee's report.
        [(RecordResult, Draft)] =                            [State,                        Role, Role,               Role, Role],
        [(RecordResult, Registered)] =                       [State,                        Role, Role,               Role, Role],
        [(RecordResult, Withdrawn)] =                        [State,                        Role, Role,               Role, Role],
        [(RecordResult, OnAgenda)] =                         [To(Concluded),                Role, Role,               Role, Role],
        [(RecordResult, ReferredToCommittee)] =              [State,                        Role, Role,               Role, Role],
        [(RecordResult, CommitteeReported)] =                [To(Concluded),                Role, Role,               Role, Role],
        [(RecordResult, NotOnAgenda)] =                      [State,                        Role, Role,               Role, Role],
        [(RecordResult, ConvertedToSuggestion)] =            [State,                        Role, Role,               Role, Role],
        [(RecordResult, Concluded)] =                        [State,                        Role, Role,               Role, Role],

        // Publication does not move the status: a registered proposal may be published at any later point, never a draft.
        [(Publish, Draft)] =                                 [State,                        Role, Role,               Role, Role],
        [(Publish, Registered)] =                            [To(Registered),               Role, Role,               Role, Role],
        [(Publish, Withdrawn)] =                             [To(Withdrawn),                Role, Role,               Role, Role],
        [(Publish, OnAgenda)] =                              [To(OnAgenda),                 Role, Role,               Role, Role],
        [(Publish, ReferredToCommittee)] =                   [To(ReferredToCommittee),      Role, Role,               Role, Role],
        [(Publish, CommitteeReported)] =                     [To(CommitteeReported),        Role, Role,               Role, Role],
        [(Publish, NotOnAgenda)] =                           [To(NotOnAgenda),              Role, Role,               Role, Role],
        [(Publish, ConvertedToSuggestion)] =                 [To(ConvertedToSuggestion),    Role, Role,               Role, Role],
        [(Publish, Concluded)] =                             [To(Concluded),                Role, Role,               Role, Role],

        [(Unpublish, Draft)] =                               [State,                        Role, Role,               Role, Role],
        [(Unpublish, Registered)] =                          [To(Registered),               Role, Role,               Role, Role],
        [(Unpublish, Withdrawn)] =                           [To(Withdrawn),                Role, Role,               Role, Role],
        [(Unpublish, OnAgenda)] =                            [To(OnAgenda),                 Role, Role,               Role, Role],
        [(Unpublish, ReferredToCommittee)] =                 [To(ReferredToCommittee),      Role, Role,               Role, Role],
        [(Unpublish, CommitteeReported)] =                   [To(CommitteeReported),        Role, Role,               Role, Role],
        [(Unpublish, NotOnAgenda)] =                         [To(NotOnAgenda),              Role, Role,               Role, Role],
        [(Unpublish, ConvertedToSuggestion)] =               [To(ConvertedToSuggestion),    Role, Role,               Role, Role],
        [(Unpublish, Concluded)] =                           [To(Concluded),                Role, Role,               Role, Role],

        // The lead adds material to a draft; staff to a registered proposal until the matter is settled.
        [(AddAttachment, Draft)] =                           [State,                        Role, To(Draft),          Role, Role],
        [(AddAttachment, Registered)] =                      [To(Registered),               Role, State,              Role, Role],
        [(AddAttachment, Withdrawn)] =                       [State,                        Role, State,              Role, Role],
        [(AddAttachment, OnAgenda)] =                        [To(OnAgenda),                 Role, State,              Role, Role],
        [(AddAttachment, ReferredToCommittee)] =             [To(ReferredToCommittee),      Role, State,              Role, Role],
        [(AddAttachment, CommitteeReported)] =               [To(CommitteeReported),        Role, State,              Role, Role],
        [(AddAttachment, NotOnAgenda)] =                     [State,                        Role, State,              Role, Role],
        [(AddAttachment, ConvertedToSuggestion)] =           [State,                        Role, State,              Role, Role],
        [(AddAttachment, Concluded)] =                       [State,                        Role, State,              Role, Role],
    };

    public static TheoryData<ProposalAction, ProposalStatus, string> Cells()
    {
        var data = new TheoryData<ProposalAction, ProposalStatus, string>();
        foreach (var action in Enum.GetValues<ProposalAction>())
            foreach (var status in Enum.GetValues<ProposalStatus>())
                foreach (var role in Roles) data.Add(action, status, role);
        return data;
    }

    private static Outcome ExpectedFor(ProposalAction action, ProposalStatus from, string role) => Expected[(action, from)][Array.IndexOf(Roles, role)];

    [Fact]
    public void The_written_table_covers_every_status_action_and_role()
    {
        Roles.Should().BeEquivalentTo(PortalRole.All);
        Expected.Keys.Should().BeEquivalentTo(Enum.GetValues<ProposalAction>().SelectMany(a => Enum.GetValues<ProposalStatus>().Select(s => (a, s))));
        Expected.Values.Should().OnlyContain(row => row.Length == Roles.Length);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_code_table_says_what_the_written_table_says(ProposalAction action, ProposalStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);

        ProposalWorkflow.Table.Outcomes(from, action, role).Should().Equal(expected.To is { } to ? [to] : []);
        (ProposalWorkflow.Table.Check(from, action, role)?.Code).Should().Be(expected.Code);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_performed_on_a_proposal_lands_where_the_table_says_or_is_refused_with_its_code(ProposalAction action, ProposalStatus from, string role)
    {
        var expected = ExpectedFor(action, from, role);
        var proposal = InStatus(from);
        if (action == Unpublish && from != Draft) proposal.Publish(Staff, Now);
        proposal.Status.Should().Be(from);
        var actor = ActorFor(action, role);

        (proposal.Check(action, actor, Now, Deadline)?.Code).Should().Be(expected.Code, "AvailableActions answers as the method does");
        if (expected.To is { } to)
        {
            Perform(proposal, action, actor);
            proposal.Status.Should().Be(to);
            return;
        }
        var before = Snapshot.Of(proposal);
        FluentActions.Invoking(() => Perform(proposal, action, actor)).Should().Throw<DomainRuleException>()
            .Which.Code.Should().Be(expected.Code);
        Snapshot.Of(proposal).Should().Be(before, "a refused action changes nothing");
    }

    /// <summary>The actor the guards accept for the role: deputy 11 is the invited co-signer of the draft; deputy 1 leads.</summary>
    private static Actor ActorFor(ProposalAction action, string role) => role switch
    {
        PortalRole.Deputy => Deputy(action is ConfirmSigning or DeclineSigning ? 11 : 1),
        PortalRole.HandlingUnit => Actor.Unit(3, "某承办单位"),
        _ => new Actor(role, "某人"),
    };

    /// <summary>Runs the method of <paramref name="action"/> with valid input.</summary>
    private static void Perform(Proposal proposal, ProposalAction action, Actor actor)
    {
        switch (action)
        {
            case EditDraft:
                proposal.EditDraft(NewDraft(10, "关于修改《示例市城市供水条例》的议案"), Context(), actor, Now);
                break;
            case ConfirmSigning:
                proposal.ConfirmSigning(actor, Now, Deadline);
                break;
            case DeclineSigning:
                proposal.DeclineSigning(actor, Now, Deadline);
                break;
            case Submit:
                proposal.Submit(Context(), 7, actor, Now);
                break;
            case Edit:
                proposal.Edit(NewDraft(9, "关于制定《示例市二次供水管理条例》的议案"), Context(), actor, Now);
                break;
            case Withdraw:
                proposal.Withdraw("领衔代表书面申请撤回", actor, Now);
                break;
            case PutOnAgenda:
                proposal.PutOnAgenda(Decision(), actor, Now);
                break;
            case ReferToCommittee:
                proposal.ReferToCommittee(Decision(), SpecialCommittee(), Today.AddMonths(3), WorkingDayCalendar.WeekdaysOnly, actor, Now);
                break;
            case LeaveOffAgenda:
                proposal.LeaveOffAgenda(Decision(), actor, Now);
                break;
            case ConvertToSuggestion:
                proposal.ConvertToSuggestion(Decision(), 99, actor, Now);
                break;
            case RecordCommitteeReport:
                proposal.RecordCommitteeReport(Today, "委员会审议结果报告", actor, Now);
                break;
            case RecordResult:
                proposal.RecordResult(Today, "审议结果", null, actor, Now);
                break;
            case Publish:
                proposal.Publish(actor, Now);
                break;
            case Unpublish:
                proposal.Unpublish(actor, Now);
                break;
            case AddAttachment:
                proposal.AddAttachment(5, "议案原件.pdf", actor, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>What a refused action must leave as it was.</summary>
    private sealed record Snapshot(ProposalStatus Status, string Subject, string Signers, int Events, int Attachments, bool Published, DateOnly? DecidedOn, DateTimeOffset UpdatedAt)
    {
        public static Snapshot Of(Proposal p) => new(p.Status, p.Subject, string.Join(",", p.Signers.Select(s => $"{s.DeputyId}:{s.State}")),
            p.Events.Count, p.Attachments.Count, p.IsPublished, p.DecidedOn, p.UpdatedAt);
    }
}
