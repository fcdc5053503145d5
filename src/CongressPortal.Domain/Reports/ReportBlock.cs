using System.Text.Json.Serialization;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// One block of a work report's outline: a plain record, so the web layer can store an outline as a JSON array.
/// <see cref="Anchor"/> and <see cref="Items"/> are derived again whenever an outline is built
/// (<see cref="ReportOutline.From"/>), so stored values of them are never trusted.
/// </summary>
public sealed record ReportBlock
{
    /// <summary>Stable within one outline: editing operations address blocks by it; a split block's second half gets a new one.</summary>
    public required int Id { get; init; }

    public required ReportBlockKind Kind { get; init; }

    /// <summary>1–4 for <see cref="ReportBlockKind.Section"/> and <see cref="ReportBlockKind.Heading"/>, 0 for every other kind.</summary>
    public int Level { get; init; }

    /// <summary>The number of a numbered section (三 → 3); null for every other kind.</summary>
    public int? Number { get; init; }

    /// <summary>The heading text without its number, or the paragraph text.</summary>
    public required string Text { get; init; }

    /// <summary>Text that follows a numbered heading on the same line (1.加强立法。<u>制定…</u>); null when none.</summary>
    public string? Body { get; init; }

    /// <summary>The bold sentence that opens a paragraph (加强重点领域立法。); always a prefix of <see cref="Text"/>.</summary>
    public string? LeadSentence { get; init; }

    public IReadOnlyList<ReportItem> Items { get; init; } = [];

    /// <summary>Fragment id for links: part-1, s1, s1-2, s1-2-3, p-7.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>Why the block looks like foreign content (a pasted newspaper feature…); null when it does not. Staff decide.</summary>
    public string? Suspicion { get; init; }

    /// <summary>The 1-based line (or Word paragraph) of the imported text where the block starts; 0 when staff created it.</summary>
    public int SourceLine { get; init; }

    /// <summary>The number as printed: 一、 （二） 3. （4）.</summary>
    [JsonIgnore]
    public string? Label => Number is int number ? ReportNumbering.Label(Level, number) : null;

    /// <summary>Everything the block says, number included, as readers see it.</summary>
    [JsonIgnore]
    public string FullText => Label + Text + Body;

    [JsonIgnore]
    public bool IsHeading => Kind is ReportBlockKind.Section or ReportBlockKind.Heading;
}
