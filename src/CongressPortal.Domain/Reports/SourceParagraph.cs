namespace CongressPortal.Domain.Reports;

/// <summary>
/// One paragraph as it arrived: a line of pasted text, or a paragraph of a Word file. Word marks the lead sentence of a
/// paragraph in bold: <paramref name="BoldPrefixLength"/> is how many characters at its start are bold (0 when unknown).
/// </summary>
public sealed record SourceParagraph(string Text, int BoldPrefixLength = 0);
