namespace CongressPortal.Domain.Reports;

/// <summary>One line of the table of contents: a part or a heading, with the headings under it.</summary>
public sealed record TocEntry(string Anchor, string? Label, string Text, int Level, IReadOnlyList<TocEntry> Children);
