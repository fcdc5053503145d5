using CongressPortal.Domain.Common;
using CongressPortal.Domain.Proposals;
using static CongressPortal.Domain.Tests.Proposals.ProposalFixture;

namespace CongressPortal.Domain.Tests.Proposals;

/// <summary>P10: staff record what a registered proposal led to — a supervision topic or a legislative plan item; the timeline keeps it.</summary>
public sealed class ProposalLinkTests
{
    [Fact]
    public void Staff_link_a_registered_proposal_to_a_plan_item_and_clear_it_again()
    {
        var proposal = RegisteredProposal();

        proposal.LinkLegislationItem(42, "示例市城市供水条例（修改）", Staff, Now);
        proposal.LegislationItemId.Should().Be(42);
        proposal.LinkLegislationItem(null, null, Staff, Now);

        proposal.LegislationItemId.Should().BeNull();
        proposal.Events.Where(e => e.Kind == ProposalEventKind.LegislationItemLinked).Select(e => e.Detail)
            .Should().Equal("示例市城市供水条例（修改）", "取消关联");
    }

    [Fact]
    public void Only_staff_link_and_each_link_names_its_own_action_in_the_refusal()
    {
        var proposal = RegisteredProposal();

        proposal.LegislationLinkProblem(Deputy(1))!.Message.Should().Contain("关联立法计划项目");
        proposal.SupervisionLinkProblem(Deputy(1))!.Message.Should().Contain("关联监督议题");
        var act = () => proposal.LinkLegislationItem(42, "x", Deputy(1), Now);
        act.Should().Throw<DomainRuleException>().Which.Refusal.Code.Should().Be("Workflow.WrongRole");
        proposal.LegislationItemId.Should().BeNull();
    }

    [Fact]
    public void A_draft_not_yet_registered_cannot_be_linked()
    {
        var draft = OnlineDraft();

        draft.LegislationLinkProblem(Staff).Should().Be(ProposalMessages.LinkNeedsRegistration);
        var act = () => draft.LinkLegislationItem(42, "x", Staff, Now);
        act.Should().Throw<DomainRuleException>().Which.Refusal.Should().Be(ProposalMessages.LinkNeedsRegistration);
    }
}
