using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Tests.Reports;

/// <summary>
/// docs/workflows/work-report.md shows <see cref="WorkReportWorkflow.Table"/> as a diagram and a table, generated from
/// the code's table; this test fails when the two drift apart and prints the text the file should have.
/// </summary>
public sealed class WorkReportWorkflowDocsTests
{
    private const string DocPath = "docs/workflows/work-report.md";

    /// <summary>Set to 1 to write the expected text into the file instead of failing.</summary>
    private const string UpdateVariable = "UPDATE_WORKFLOW_DOCS";

    public static string Expected() => $"""
        # Work report workflow (常委会工作报告)

        <!-- Generated from WorkReportWorkflow.Table and checked by WorkReportWorkflowDocsTests: change the table in code,
             then copy the text the failing test prints (or run it with {UpdateVariable}=1). -->

        Staff work on a private draft of the year's report: they import its text, correct the detected outline and enter
        the key figures, in any status. Readers see only what was published: the first publication is version 1, a
        correction adds a version with a note the public page shows, and unpublishing needs a reason. Only staff act on
        reports; every other role is refused (`Workflow.WrongRole`).

        Rules beyond the table (`WorkReport.Check`, shown to staff next to the action):

        - Correcting the outline needs imported text (`Report.NoDraft`).
        - Publishing and correcting need imported text (`Report.NoDraft`) and no paragraph still flagged as possibly
          pasted in by mistake (`Report.SuspectedBeforePublish`).
        - A correction needs a draft that differs from the last version (`Report.NothingToCorrect`).

        ## States

        ```mermaid
        {WorkReportWorkflow.Table.ToMermaid().TrimEnd()}
        ```

        ## Transitions

        {WorkReportWorkflow.Table.ToMarkdown().TrimEnd()}

        """.ReplaceLineEndings("\n");

    [Fact]
    public void The_workflow_document_shows_the_table_in_the_code()
    {
        var path = Path.Combine(RepositoryRoot(), DocPath);
        var expected = Expected();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(path, expected);

        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        actual.Should().Be(expected, $"{DocPath} must show WorkReportWorkflow.Table; replace its content with:\n\n{expected}");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CongressPortal.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("CongressPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
