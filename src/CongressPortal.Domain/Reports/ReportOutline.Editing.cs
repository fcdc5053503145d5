using System.Globalization;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// The corrections staff make to a detected outline. Each is a pure function: it addresses blocks by
/// <see cref="ReportBlock.Id"/>, checks everything first, and returns a new outline (anchors and warnings derived again)
/// or throws a <see cref="DomainRuleException"/> with a refusal (<see cref="ReportMessages"/>); an edit that would change nothing is refused too.
/// Promote and demote move one heading, not the headings under it; a numbered heading takes the next number at its new
/// level and other numbers stay as they are until staff choose <see cref="Renumber"/>.
/// </summary>
public sealed partial class ReportOutline
{
    /// <summary>Longer text is running text, not a heading.</summary>
    public const int MaxHeadingTextLength = 60;

    public ReportOutline Promote(int blockId)
    {
        var (index, block) = Find(blockId);
        if (!block.IsHeading) throw ReportMessages.OnlyHeadingsChangeLevel.ToException();
        if (block.Level == 1) throw ReportMessages.CannotPromoteTopLevel.ToException();
        return Replace(index, AtLevel(index, block, block.Level - 1));
    }

    public ReportOutline Demote(int blockId)
    {
        var (index, block) = Find(blockId);
        if (!block.IsHeading) throw ReportMessages.OnlyHeadingsChangeLevel.ToException();
        if (block.Level == ReportNumbering.MaxLevel) throw ReportMessages.CannotDemoteLowest.ToException();
        var parent = PrecedingHeading(index);
        if (parent is null || parent.Level < block.Level) throw ReportMessages.DemoteNeedsParent.ToException();
        return Replace(index, AtLevel(index, block, block.Level + 1));
    }

    /// <summary>
    /// Appends a block to the one before it (a line broken in two, a heading split over two lines). A paragraph may go
    /// into a paragraph or into the body of a numbered heading; any other block adds its text, number included.
    /// </summary>
    public ReportOutline MergeWithPrevious(int blockId)
    {
        var (index, block) = Find(blockId);
        if (index == 0) throw ReportMessages.CannotMergeFirst.ToException();
        var previous = Blocks[index - 1];
        var text = block.FullText;
        var merged = previous.Kind switch
        {
            ReportBlockKind.Paragraph => previous with { Text = previous.Text + text },
            ReportBlockKind.Section when block.Kind == ReportBlockKind.Paragraph || previous.Body is not null =>
                previous with { Body = previous.Body + text },
            _ when block.Kind == ReportBlockKind.Paragraph => throw ReportMessages.CannotMergeParagraphInto(previous.Kind).ToException(),
            _ => previous with { Text = previous.Text + text },
        };
        return From(Blocks.Take(index - 1).Append(merged).Concat(Blocks.Skip(index + 1)));
    }

    /// <summary>
    /// Cuts a block in two at a character offset of its text; the second half becomes a new paragraph. In a numbered
    /// heading the offset counts through heading and body, and must fall in the body.
    /// </summary>
    public ReportOutline Split(int blockId, int offset)
    {
        var (index, block) = Find(blockId);
        ReportBlock first;
        string rest;
        if (block.Kind == ReportBlockKind.Section)
        {
            var content = block.Text + block.Body;
            if (offset <= 0 || offset >= content.Length) throw ReportMessages.SplitOutOfRange.ToException();
            if (offset < block.Text.Length) throw ReportMessages.SplitInsideHeading.ToException();
            var body = content[block.Text.Length..offset].Trim();
            first = block with { Body = body.Length == 0 ? null : body };
            rest = content[offset..].Trim();
        }
        else
        {
            if (offset <= 0 || offset >= block.Text.Length) throw ReportMessages.SplitOutOfRange.ToException();
            var head = block.Text[..offset].TrimEnd();
            if (head.Length == 0) throw ReportMessages.SplitOutOfRange.ToException();
            first = block with { Text = head, LeadSentence = block.LeadSentence?.Length <= head.Length ? block.LeadSentence : null };
            rest = block.Text[offset..].Trim();
        }
        if (rest.Length == 0) throw ReportMessages.SplitOutOfRange.ToException();
        var second = new ReportBlock
        {
            Id = NextId,
            Kind = ReportBlockKind.Paragraph,
            Text = rest,
            LeadSentence = ParagraphAnalysis.GuessLead(rest),
            Suspicion = block.Suspicion,
            SourceLine = block.SourceLine,
        };
        return From(Blocks.Take(index).Append(first).Append(second).Concat(Blocks.Skip(index + 1)));
    }

    /// <summary>
    /// Splits where staff said, as they type it on the outline page: a character position, or the first characters of
    /// the second part (looked for after the block's first character).
    /// </summary>
    public ReportOutline SplitAt(int blockId, string? at)
    {
        var text = at?.Trim();
        if (string.IsNullOrEmpty(text)) throw ReportMessages.SplitAtRequired.ToException();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)) return Split(blockId, offset);
        var (_, block) = Find(blockId);
        var content = block.Kind == ReportBlockKind.Section ? block.Text + block.Body : block.Text;
        var found = content.IndexOf(text, 1, StringComparison.Ordinal);
        return found > 0 ? Split(blockId, found) : throw ReportMessages.SplitTextNotFound(text).ToException();
    }

    public ReportOutline Delete(int blockId) => Delete([blockId]);

    /// <summary>Deletes blocks, e.g. every paragraph of a newspaper feature pasted into the report by mistake.</summary>
    public ReportOutline Delete(IReadOnlyCollection<int> blockIds)
    {
        ArgumentNullException.ThrowIfNull(blockIds);
        if (blockIds.Count == 0) throw ReportMessages.NothingSelected.ToException();
        foreach (var id in blockIds) Find(id);
        var remaining = Blocks.Where(b => !blockIds.Contains(b.Id)).ToList();
        if (remaining.Count == 0) throw ReportMessages.CannotDeleteEverything.ToException();
        return From(remaining);
    }

    /// <summary>
    /// Reads a block as another kind. Into a paragraph, a numbered heading keeps its number as text (一、…) and its
    /// heading becomes the lead sentence; into any other kind, a number is dropped — that is the point of the change.
    /// A paragraph becomes a heading through its lead sentence when it has one (the rest is the body of a numbered
    /// heading), otherwise only when it is short.
    /// </summary>
    public ReportOutline ChangeKind(int blockId, ReportBlockKind kind)
    {
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind));
        var (index, block) = Find(blockId);
        if (block.Kind == kind) throw ReportMessages.KindUnchanged.ToException();
        var plain = new ReportBlock { Id = block.Id, Kind = kind, Text = block.Text, Suspicion = block.Suspicion, SourceLine = block.SourceLine };

        if (kind == ReportBlockKind.Paragraph)
        {
            var text = block.FullText;
            var lead = block.Body is not null ? block.Label + block.Text : ParagraphAnalysis.GuessLead(text);
            return Replace(index, plain with { Text = text, LeadSentence = lead });
        }

        if (kind == ReportBlockKind.Section && block.Kind == ReportBlockKind.Paragraph && block.LeadSentence is { } heading && heading.Length < block.Text.Length)
        {
            var level = DefaultLevel(index);
            return Replace(index, plain with { Level = level, Number = NextNumber(index, level), Text = heading, Body = block.Text[heading.Length..] });
        }

        if (block.Body is not null) throw ReportMessages.SplitBodyFirst.ToException();
        var headingText = block.Kind == ReportBlockKind.Section ? block.Text : block.FullText;
        if (headingText.Length > MaxHeadingTextLength) throw ReportMessages.TooLongForHeading(MaxHeadingTextLength).ToException();
        var changed = plain with { Text = headingText };
        if (kind is ReportBlockKind.Section or ReportBlockKind.Heading)
        {
            var level = block.IsHeading ? block.Level : DefaultLevel(index);
            changed = changed with { Level = level, Number = kind == ReportBlockKind.Section ? NextNumber(index, level) : null };
        }
        return Replace(index, changed);
    }

    /// <summary>Numbers every numbered heading again, 一、二、三… under each parent, restarting in each part.</summary>
    public ReportOutline Renumber()
    {
        var lastNumbers = new int[ReportNumbering.MaxLevel + 1];
        var changed = false;
        var blocks = new List<ReportBlock>(Blocks.Count);
        foreach (var block in Blocks)
        {
            var result = block;
            if (block.Kind == ReportBlockKind.Part) Array.Clear(lastNumbers);
            else if (block.IsHeading)
            {
                if (block.Kind == ReportBlockKind.Section)
                {
                    var number = ++lastNumbers[block.Level];
                    changed |= number != block.Number;
                    result = block with { Number = number };
                }
                Array.Clear(lastNumbers, block.Level + 1, ReportNumbering.MaxLevel - block.Level);
            }
            blocks.Add(result);
        }
        if (!changed) throw ReportMessages.NothingToRenumber.ToException();
        return From(blocks);
    }

    /// <summary>Staff looked at a flagged block and decided it belongs to the report.</summary>
    public ReportOutline KeepSuspected(int blockId)
    {
        var (index, block) = Find(blockId);
        if (block.Suspicion is null) throw ReportMessages.NotSuspected.ToException();
        return Replace(index, block with { Suspicion = null });
    }

    /// <summary>Marks the first <paramref name="length"/> characters of a paragraph as its bold lead sentence; 0 removes it.</summary>
    public ReportOutline SetLeadSentence(int blockId, int length)
    {
        var (index, block) = Find(blockId);
        if (block.Kind != ReportBlockKind.Paragraph) throw ReportMessages.LeadOnlyForParagraphs.ToException();
        if (length < 0 || length > block.Text.Length) throw ReportMessages.LeadOutOfRange.ToException();
        var lead = length == 0 ? null : block.Text[..length];
        if (lead == block.LeadSentence) throw ReportMessages.LeadUnchanged.ToException();
        return Replace(index, block with { LeadSentence = lead });
    }

    private int NextId => Blocks.Max(b => b.Id) + 1;

    private (int Index, ReportBlock Block) Find(int blockId)
    {
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (Blocks[i].Id == blockId) return (i, Blocks[i]);
        }
        throw ReportMessages.BlockNotFound.ToException();
    }

    private ReportOutline Replace(int index, ReportBlock block) =>
        From(Blocks.Take(index).Append(block).Concat(Blocks.Skip(index + 1)));

    private ReportBlock AtLevel(int index, ReportBlock block, int level) =>
        block with { Level = level, Number = block.Kind == ReportBlockKind.Section ? NextNumber(index, level) : null };

    /// <summary>The nearest heading before a block within its part.</summary>
    private ReportBlock? PrecedingHeading(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (Blocks[i].Kind == ReportBlockKind.Part) return null;
            if (Blocks[i].IsHeading) return Blocks[i];
        }
        return null;
    }

    private int DefaultLevel(int index) => PrecedingHeading(index)?.Level ?? 1;

    /// <summary>The number after the previous numbered sibling at that level, or 1 when the block opens its parent.</summary>
    private int NextNumber(int index, int level)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var block = Blocks[i];
            if (block.Kind == ReportBlockKind.Part || (block.IsHeading && block.Level < level)) return 1;
            if (block.Kind == ReportBlockKind.Section && block.Level == level) return block.Number!.Value + 1;
        }
        return 1;
    }
}
