using System.Globalization;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// The outline of a work report: its blocks in reading order, the warnings staff should check, and the table of contents.
/// Immutable: every editing operation (ReportOutline.Editing.cs) returns a new outline or throws a
/// <see cref="DomainRuleException"/> with a Chinese message, and never changes anything silently.
/// Anchors, items and warnings are derived from the blocks each time an outline is built, so an outline stored as the
/// JSON of its <see cref="Blocks"/> comes back identical through <see cref="From"/>.
/// </summary>
public sealed partial class ReportOutline
{
    private ReportOutline(IReadOnlyList<ReportBlock> blocks, IReadOnlyList<ReportWarning> warnings)
    {
        Blocks = blocks;
        Warnings = warnings;
    }

    public IReadOnlyList<ReportBlock> Blocks { get; }

    public IReadOnlyList<ReportWarning> Warnings { get; }

    /// <summary>True while some block is still flagged as possibly foreign: staff must delete or keep it.</summary>
    public bool HasSuspectedContent => Blocks.Any(b => b.Suspicion is not null);

    /// <summary>The report as readers see it, one block a line.</summary>
    public string PlainText => string.Join('\n', Blocks.Select(b => b.FullText));

    /// <summary>Builds an outline from blocks (detected, edited or loaded from JSON), deriving anchors, items and warnings.</summary>
    public static ReportOutline From(IEnumerable<ReportBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks.ToList();
        if (list.Count == 0 || list.DistinctBy(b => b.Id).Count() != list.Count || !list.All(IsValid))
            throw ReportMessages.CorruptOutline.ToException();

        var anchors = Anchors(list);
        var derived = list.Select((b, i) => b with
        {
            Anchor = anchors[i],
            Items = b.Kind == ReportBlockKind.Paragraph ? ParagraphAnalysis.FindItems(b.Text) : [],
        }).ToList();
        return new ReportOutline(derived, Analyse(derived));
    }

    /// <summary>The headings tree: parts at the top, sections and headings down to <paramref name="maxLevel"/>.</summary>
    public IReadOnlyList<TocEntry> TableOfContents(int maxLevel = 2)
    {
        var roots = new List<TocEntry>();
        var open = new Stack<(int Level, List<TocEntry> Children)>();
        foreach (var block in Blocks.Where(b => b.Kind == ReportBlockKind.Part || (b.IsHeading && b.Level <= maxLevel)))
        {
            var children = new List<TocEntry>();
            var entry = new TocEntry(block.Anchor, block.Label, block.Text.TrimEnd('。', '；', '，'), block.Level, children);
            while (open.Count > 0 && open.Peek().Level >= block.Level) open.Pop();
            (open.Count == 0 ? roots : open.Peek().Children).Add(entry);
            open.Push((block.Level, children));
        }
        return roots;
    }

    private static bool IsValid(ReportBlock block)
    {
        if (!Enum.IsDefined(block.Kind) || block.Id <= 0 || string.IsNullOrWhiteSpace(block.Text)) return false;
        if (block.LeadSentence is { } lead && (block.Kind != ReportBlockKind.Paragraph || lead.Length == 0 || !block.Text.StartsWith(lead, StringComparison.Ordinal)))
            return false;
        return block.Kind switch
        {
            ReportBlockKind.Section => block.Level is >= 1 and <= ReportNumbering.MaxLevel && block.Number > 0,
            ReportBlockKind.Heading => block.Level is >= 1 and <= ReportNumbering.MaxLevel && block.Number is null && block.Body is null,
            _ => block.Level == 0 && block.Number is null && block.Body is null,
        };
    }

    // part-1 for parts; s1, s1-2, s1-2-3 for headings (the path of their positions; first-level headings are counted
    // through the whole report, so a part restarting at 一、 still gets new anchors); p-7 for every other block.
    private static string[] Anchors(List<ReportBlock> blocks)
    {
        var anchors = new string[blocks.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var path = new int[ReportNumbering.MaxLevel + 1];
        int parts = 0, firstLevel = 0, others = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            string anchor;
            if (block.Kind == ReportBlockKind.Part)
            {
                anchor = $"part-{++parts}";
                Array.Clear(path, 2, ReportNumbering.MaxLevel - 1);
                path[1] = 0;
            }
            else if (block.IsHeading)
            {
                path[block.Level] = block.Level == 1 ? ++firstLevel : path[block.Level] + 1;
                Array.Clear(path, block.Level + 1, ReportNumbering.MaxLevel - block.Level);
                // A level without a heading is left out (一、 then 1. gives s1-1), except at the top: s0-1 for a （一）
                // that opens a part, so it never takes the s1 of the 一、 that may follow.
                var numbers = path.Skip(1).Take(block.Level).Where((n, level) => n > 0 || level == 0);
                anchor = "s" + string.Join('-', numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                anchor = $"p-{++others}";
            }
            var unique = anchor;
            for (var n = 2; !used.Add(unique); n++) unique = $"{anchor}_{n}";
            anchors[i] = unique;
        }
        return anchors;
    }

    private static List<ReportWarning> Analyse(List<ReportBlock> blocks)
    {
        var warnings = new List<ReportWarning>();
        if (!blocks.Any(b => b.Kind is ReportBlockKind.Part or ReportBlockKind.Section))
            warnings.Add(new ReportWarning(null, null, blocks.Any(b => b.Kind == ReportBlockKind.Heading) ? ReportMessages.NoNumberedOutline : ReportMessages.NoOutline));

        var lastNumbers = new int[ReportNumbering.MaxLevel + 1];
        var titles = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case ReportBlockKind.Title when ++titles == 2:
                    warnings.Add(Warn(block, ReportMessages.DuplicateTitle));
                    break;
                case ReportBlockKind.Part:
                    Array.Clear(lastNumbers);
                    break;
                case ReportBlockKind.Heading:
                    Array.Clear(lastNumbers, block.Level + 1, ReportNumbering.MaxLevel - block.Level);
                    break;
                case ReportBlockKind.Section:
                    var previous = lastNumbers[block.Level];
                    var number = block.Number!.Value;
                    var label = block.Label!;
                    if (previous == 0 && number != 1)
                        warnings.Add(Warn(block, ReportMessages.NumberingStart(label, ReportNumbering.Label(block.Level, 1))));
                    else if (previous > 0 && number > previous + 1)
                        warnings.Add(Warn(block, ReportMessages.NumberingGap(ReportNumbering.Label(block.Level, previous), label)));
                    else if (previous > 0 && number <= previous)
                        warnings.Add(Warn(block, ReportMessages.NumberingBackward(ReportNumbering.Label(block.Level, previous), label)));
                    lastNumbers[block.Level] = number;
                    Array.Clear(lastNumbers, block.Level + 1, ReportNumbering.MaxLevel - block.Level);
                    break;
                case ReportBlockKind.Paragraph when block.Suspicion is null && !ReportText.IsTerminated(block.Text):
                    warnings.Add(Warn(block, ReportMessages.Unterminated));
                    break;
                default:
                    break;
            }
            if (block.Suspicion is { } reason && (i == 0 || blocks[i - 1].Suspicion is null))
            {
                var count = blocks.Skip(i).TakeWhile(b => b.Suspicion is not null).Count();
                warnings.Add(Warn(block, ReportMessages.SuspectRun(count, reason)));
            }
        }
        return warnings;
    }

    private static ReportWarning Warn(ReportBlock block, string message) => new(block.Id, block.Anchor, message);
}
