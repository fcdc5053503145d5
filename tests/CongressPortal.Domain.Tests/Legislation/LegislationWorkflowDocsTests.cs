using CongressPortal.Domain.Legislation;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// docs/workflows/legislation-record.md, legislation-plan.md, regulation.md, filing-review.md, review-request.md,
/// open-draft.md and draft-comment.md show the code's seven legislation tables: regenerated and compared here, so the docs cannot drift. To update the files after
/// changing a table: <c>UPDATE_WORKFLOW_DOCS=1 dotnet test tests/CongressPortal.Domain.Tests --filter LegislationWorkflowDocs</c>.
/// </summary>
public sealed class LegislationWorkflowDocsTests
{
    [Fact]
    public void The_record_doc_shows_the_record_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("legislation-record.md", "legislation-record-status", LegislationWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/legislation-record.md must show the table as the code has it");
    }

    [Fact]
    public void The_plan_doc_shows_the_plan_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("legislation-plan.md", "legislation-plan-status", LegislationPlanWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/legislation-plan.md must show the table as the code has it");
    }

    [Fact]
    public void The_regulation_doc_shows_the_library_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("regulation.md", "regulation-state", RegulationWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/regulation.md must show the table as the code has it");
    }

    [Fact]
    public void The_filing_review_doc_shows_the_filing_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("filing-review.md", "filing-status", FilingWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/filing-review.md must show the table as the code has it");
    }

    [Fact]
    public void The_review_request_doc_shows_the_review_request_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("review-request.md", "review-request-status", ReviewRequestWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/review-request.md must show the table as the code has it");
    }

    [Fact]
    public void The_open_draft_doc_shows_the_draft_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("open-draft.md", "open-draft-phase", OpenDraftWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/open-draft.md must show the table as the code has it");
    }

    [Fact]
    public void The_draft_comment_doc_shows_the_comment_table_of_the_code()
    {
        var (actual, expected) = WorkflowDocs.Compare("draft-comment.md", "draft-comment-status", DraftCommentWorkflow.Table);
        actual.Should().Be(expected, "docs/workflows/draft-comment.md must show the table as the code has it");
    }
}
