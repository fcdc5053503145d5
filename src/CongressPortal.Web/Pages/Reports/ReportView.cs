using CongressPortal.Domain.Reports;

namespace CongressPortal.Web.Pages.Reports;

/// <summary>What the public reading page shows; staff preview builds the same from the draft, so both render alike.</summary>
public sealed record ReportView(
    int Year,
    string Title,
    ReportOutline Outline,
    IReadOnlyList<FigureView> Figures,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? CorrectedAt,
    string? CorrectionNote,
    int? PreviousYear,
    int? NextYear)
{
    /// <summary>The title from the outline when it has one, otherwise the report's own title.</summary>
    public bool HasTitleBlock => Outline.Blocks.Any(b => b.Kind == ReportBlockKind.Title);

    public static IReadOnlyList<FigureView> FiguresOf(WorkReport report) =>
        report.Figures.OrderBy(f => f.SortOrder).Select(f => new FigureView(f.Label, f.Value, f.Unit, f.SourceNote, f.Anchor)).ToList();
}

public sealed record FigureView(string Label, decimal Value, string Unit, string? SourceNote, string? Anchor)
{
    /// <summary>12 or 93.7: no trailing zeros from the decimal(14,2) column.</summary>
    public string ValueText => Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
