namespace CongressPortal.Domain.Reports;

/// <summary>
/// One 一是/二是… item inside a paragraph (or a ——… item). <paramref name="Offset"/> is where its label starts in the
/// paragraph text; <paramref name="Text"/> runs from the label to the next item or the end of the paragraph.
/// </summary>
public sealed record ReportItem(string Label, int Offset, string Text);
