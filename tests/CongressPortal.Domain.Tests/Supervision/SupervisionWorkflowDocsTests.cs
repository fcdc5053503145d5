using CongressPortal.Domain.Supervision;

namespace CongressPortal.Domain.Tests.Supervision;

/// <summary>
/// docs/workflows/supervision-topic.md and supervision-plan.md show the code's three supervision tables: regenerated and
/// compared here, so the docs cannot drift. To update the files after changing a table:
/// <c>UPDATE_WORKFLOW_DOCS=1 dotnet test tests/CongressPortal.Domain.Tests --filter SupervisionWorkflowDocs</c>.
/// </summary>
public sealed class SupervisionWorkflowDocsTests
{
    [Fact]
    public void The_topic_doc_shows_the_topic_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("supervision-topic.md", "supervision-topic-status", SupervisionTopicWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/supervision-topic.md must show the table as the code has it");
    }

    [Fact]
    public void The_topic_doc_shows_the_problem_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("supervision-topic.md", "supervision-problem-state", SupervisionProblemWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/supervision-topic.md must show the table as the code has it");
    }

    [Fact]
    public void The_plan_doc_shows_the_plan_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("supervision-plan.md", "supervision-plan-status", SupervisionPlanWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/supervision-plan.md must show the table as the code has it");
    }
}
