using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// docs/workflows/suggestion.md shows the code's two tables, and docs/workflows/handling-report.md the table of the session's
/// 办理情况报告 publication: regenerated and compared here, so the docs cannot drift.
/// To update the file after changing a table: <c>UPDATE_WORKFLOW_DOCS=1 dotnet test --filter WorkflowDocs</c>.
/// </summary>
public sealed class WorkflowDocsTests
{
    [Fact]
    public void The_suggestion_doc_shows_the_suggestion_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("suggestion.md", "suggestion-status", SuggestionWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/suggestion.md must show the table as the code has it");
    }

    [Fact]
    public void The_suggestion_doc_shows_the_assignment_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("suggestion.md", "assignment-state", SuggestionWorkflow.AssignmentTable);
        actual.Should().Be(expected, "docs/workflows/suggestion.md must show the table as the code has it");
    }

    [Fact]
    public void The_handling_report_doc_shows_the_publication_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("handling-report.md", "handling-report-state", HandlingReportWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/handling-report.md must show the table as the code has it");
    }
}
