using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace CongressPortal.Web.Infrastructure;

/// <summary>What a piece of text is in a comparison of two texts.</summary>
public enum DiffKind
{
    Equal,
    Inserted,
    Deleted,
}

/// <summary>A run of text that is the same in both texts, only in the newer (inserted) or only in the older (deleted).</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// The words changed inside one article (or any two texts), for <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> marks. Chinese has no
/// spaces between words, so the texts are cut into one chunk per Chinese character and punctuation mark, one per run of
/// Latin letters or digits (1,000 and 12.5 stay whole), and one per run of spaces or line breaks; DiffPlex's diff of
/// those chunks is merged into runs of the same kind, deleted before inserted where both replace the same place.
/// </summary>
public static class InlineDiff
{
    private static readonly CustomFunctionChunker Chunker = new(text => [.. Chunk(text)]);

    /// <summary>The segments that turn <paramref name="from"/> into <paramref name="to"/>: Equal and Deleted spell the older text, Equal and Inserted the newer.</summary>
    public static IReadOnlyList<DiffSegment> Compare(string? from, string? to)
    {
        from ??= "";
        to ??= "";
        if (from == to) return from.Length == 0 ? [] : [new DiffSegment(DiffKind.Equal, from)];
        var result = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Equal, result.PiecesOld, a, block.DeleteStartA - a);
            Add(segments, DiffKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        Add(segments, DiffKind.Equal, result.PiecesOld, a, result.PiecesOld.Count - a);
        return segments;
    }

    /// <summary>The segments of the older text (Equal and Deleted), for the left side of a side-by-side view.</summary>
    public static IEnumerable<DiffSegment> Older(IEnumerable<DiffSegment> segments) => segments.Where(s => s.Kind != DiffKind.Inserted);

    /// <summary>The segments of the newer text (Equal and Inserted), for the right side.</summary>
    public static IEnumerable<DiffSegment> Newer(IEnumerable<DiffSegment> segments) => segments.Where(s => s.Kind != DiffKind.Deleted);

    /// <summary>Cuts a text into the units compared: 本条例自2027年 → 本 条 例 自 2027 年.</summary>
    public static IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                // 1,000 and 12.5 and GPS: a run of letters and digits, with a comma or point between digits.
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i])
                    || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1])))) i++;
            }
            else if (char.IsWhiteSpace(text[i]))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            chunks.Add(text[start..i]);
        }
        return chunks;
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = new StringBuilder();
        for (var k = start; k < start + count; k++) text.Append(pieces[k]);
        if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else segments.Add(new DiffSegment(kind, text.ToString()));
    }
}
