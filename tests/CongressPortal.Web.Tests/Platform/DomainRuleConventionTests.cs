using System.Text.RegularExpressions;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Pages ask the domain what a person may do (AvailableActions, kept figures, query filters in Data/Queries) and never
/// decide it by comparing workflow states themselves (ADR 0015). A state used as a value (a filter option, a label, a
/// status passed to a query filter) is fine; a comparison or a switch arm on one is a rule re-derived in a page.
/// </summary>
public sealed partial class DomainRuleConventionTests
{
    private const string States = "(?:SuggestionStatus|AssignmentState|ExtensionState|WorkReportStatus|ProposalStatus|ProposalSignerState|SupervisionTopicStatus|SupervisionProblemStatus|SupervisionPlanStatus|LegislationStatus|LegislationPlanStatus|RegulationState|FilingStatus|ReviewRequestStatus|DraftPhase|DraftCommentStatus|HandlingReportState)";

    [Fact]
    public void No_page_compares_workflow_states_itself()
    {
        var root = Path.Combine(ConventionTests.FindRepositoryRoot(), "src", "CongressPortal.Web", "Pages");
        var offenders = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => StateComparison().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        offenders.Should().BeEmpty("pages render the domain's answer (AvailableActions, kept figures, Data/Queries filters) instead of comparing states");
    }

    [Theory]
    [InlineData("@if (v.Status == SuggestionStatus.Submitted)")]
    [InlineData("a.State != AssignmentState.Returned")]
    [InlineData("SuggestionStatus.Handling or SuggestionStatus.Rehandling => \"text-bg-primary\",")]
    [InlineData("if (report.Status is WorkReportStatus.Published)")]
    [InlineData("part.Extension is not ExtensionState.None")]
    [InlineData("case AssignmentState.Rehandling:")]
    [InlineData("@if (draft.Phase(now) == DraftPhase.Open)")]
    public void The_check_recognises_the_shapes_it_forbids(string line) => StateComparison().IsMatch(line).Should().BeTrue();

    [Theory]
    [InlineData("suggestions.InStatus(SuggestionStatus.Submitted)")]
    [InlineData("@SuggestionLabels.For(s.Status)")]
    [InlineData("Enum.GetValues<SuggestionStatus>()")]
    [InlineData("List((\"status\", nameof(SuggestionStatus.Accepted)))")]
    [InlineData("DraftCommentWorkflow.StatusLabel(DraftCommentStatus.Received)")]
    public void The_check_lets_states_used_as_values_pass(string line) => StateComparison().IsMatch(line).Should().BeFalse();

    [GeneratedRegex(@"(?:==|!=)\s*" + States + @"\.\w+|" + States + @"\.\w+\s*(?:==|!=|=>|\bor\b|\band\b|:)|\bis\s+(?:not\s+)?\(?\s*" + States + @"\.|\bcase\s+" + States + @"\.")]
    private static partial Regex StateComparison();
}
