using CongressPortal.Domain.Proposals;

namespace CongressPortal.Domain.Tests.Proposals;

/// <summary>docs/workflows/proposal.md shows the code's table: regenerated and compared here, so the docs cannot drift.</summary>
public sealed class ProposalWorkflowDocsTests
{
    [Fact]
    public void The_proposal_doc_shows_the_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("proposal.md", "proposal-status", ProposalWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/proposal.md must show the table as the code has it");
    }
}
