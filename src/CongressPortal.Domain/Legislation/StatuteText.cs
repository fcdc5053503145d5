using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Legislation;

/// <summary>What one line of a regulation's text is.</summary>
public enum StatuteLineKind
{
    /// <summary>The regulation's name.</summary>
    Title,

    /// <summary>题注: （2019年……通过　……批准）, the history note under the title.</summary>
    Note,

    /// <summary>A line of the table of contents (目录 and its entries): kept, not structure.</summary>
    Toc,

    /// <summary>Text before the first article (序言 or an unnumbered lead).</summary>
    Preamble,

    /// <summary>第一章　总则.</summary>
    Chapter,

    /// <summary>第一节　一般规定 (numbered within its chapter).</summary>
    Section,

    /// <summary>第一条　…… : the article's label and its first paragraph (款).</summary>
    Article,

    /// <summary>A further paragraph (款) of the article above.</summary>
    Paragraph,

    /// <summary>An item (项) of the article above: （一）…… ; also its sub-items (目) 1. …….</summary>
    Item,
}

/// <summary>One line of a regulation as stored: its kind and its text exactly as shown (labels included).</summary>
public sealed record StatuteLine(StatuteLineKind Kind, string Text);

/// <summary>A chapter or section heading with its anchor, for the table of contents.</summary>
public sealed record StatuteHeading(StatuteLineKind Kind, string Label, string Title, string Anchor);

/// <summary>
/// One article: its label (第十二条, 第十二条之一), the anchor that links to it (the label itself, so links survive a
/// re-import), its number, the chapter (and section) it stands in, and its lines — the first paragraph without the
/// label, then the further paragraphs and items.
/// </summary>
public sealed record StatuteArticle(string Label, string Anchor, int Number, int SubNumber, string? Chapter, string? Section, IReadOnlyList<StatuteLine> Body)
{
    /// <summary>The article's text without its label, one line per paragraph or item: what comparisons compare.</summary>
    public string BodyText => string.Join('\n', Body.Select(l => l.Text));
}

/// <summary>
/// A regulation's text with its structure: a flat list of lines, each with its kind, from which chapters, sections and
/// articles are read. Flat so that staff can correct a detected kind line by line, and so that every character typed
/// or imported is kept in order (the text is exactly the lines). Stored as JSON (<see cref="ToJson"/>).
/// </summary>
public sealed partial class StatuteText
{
    public const int MaxLines = 20000;
    public const int MaxLineLength = 5000;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private StatuteText(IReadOnlyList<StatuteLine> lines)
    {
        Lines = lines;
        (Articles, Headings) = Read(lines);
    }

    public IReadOnlyList<StatuteLine> Lines { get; }

    public IReadOnlyList<StatuteArticle> Articles { get; }

    public IReadOnlyList<StatuteHeading> Headings { get; }

    public string? Title => Lines.FirstOrDefault(l => l.Kind == StatuteLineKind.Title)?.Text;

    public static StatuteText Empty { get; } = new([]);

    /// <summary>
    /// The text from lines as given, trimmed, with empty lines dropped. A paragraph or item before any article has no
    /// article to belong to and becomes preamble text; nothing is dropped.
    /// </summary>
    public static StatuteText From(IEnumerable<StatuteLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var kept = new List<StatuteLine>();
        var inArticle = false;
        foreach (var line in lines)
        {
            var text = line.Text?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            if (text.Length > MaxLineLength) throw LegislationMessages.LineTooLong(kept.Count + 1).ToException();
            var kind = line.Kind;
            if (kind == StatuteLineKind.Article) inArticle = true;
            else if (kind is StatuteLineKind.Chapter or StatuteLineKind.Section) inArticle = false;
            else if (kind is StatuteLineKind.Paragraph or StatuteLineKind.Item && !inArticle) kind = StatuteLineKind.Preamble;
            kept.Add(new StatuteLine(kind, text));
        }
        if (kept.Count > MaxLines) throw LegislationMessages.TextTooLong.ToException();
        return new StatuteText(kept);
    }

    public string ToJson() => JsonSerializer.Serialize(Lines, Json);

    public static StatuteText FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : new StatuteText(JsonSerializer.Deserialize<List<StatuteLine>>(json, Json) ?? []);

    /// <summary>The text as plain lines, as it would be pasted back in: the input of a re-import.</summary>
    public string PlainText => string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>Bigrams of the whole text for the library search (<see cref="ChineseSearch"/>).</summary>
    public string SearchIndex() => ChineseSearch.Index(PlainText);

    /// <summary>第十二条 → (12, 0); 第十二条之一 → (12, 1); null when the line does not start with an article label.</summary>
    public static (string Label, int Number, int Sub)? ArticleLabel(string text)
    {
        var match = ArticlePattern().Match(text ?? "");
        if (!match.Success) return null;
        var number = ChineseNumerals.Parse(match.Groups["n"].Value);
        if (number is null) return null;
        var sub = match.Groups["s"].Success ? ChineseNumerals.Parse(match.Groups["s"].Value) : 0;
        return sub is null ? null : (match.Value, number.Value, sub.Value);
    }

    /// <summary>第一章 → ("第一章", 1, "总则") for chapters (章) and sections (节).</summary>
    public static (string Label, int Number, string Title)? HeadingLabel(string text, char unit)
    {
        var match = HeadingPattern().Match(text ?? "");
        if (!match.Success || match.Groups["u"].Value[0] != unit) return null;
        var number = ChineseNumerals.Parse(match.Groups["n"].Value);
        return number is null ? null : (match.Groups["label"].Value, number.Value, match.Groups["title"].Value.Trim());
    }

    [GeneratedRegex(@"^第(?<n>[零〇一二三四五六七八九十百千]+)条(之(?<s>[一二三四五六七八九十]+))?")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^(?<label>第(?<n>[零〇一二三四五六七八九十百千]+)(?<u>[章节]))[\s\u3000]*(?<title>.*)$")]
    private static partial Regex HeadingPattern();

    private static (IReadOnlyList<StatuteArticle>, IReadOnlyList<StatuteHeading>) Read(IReadOnlyList<StatuteLine> lines)
    {
        var articles = new List<StatuteArticle>();
        var headings = new List<StatuteHeading>();
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        string? chapter = null, section = null;
        (string Label, int Number, int Sub)? current = null;
        var body = new List<StatuteLine>();
        var ordinal = 0;

        void Flush()
        {
            if (current is not { } c) return;
            articles.Add(new StatuteArticle(c.Label, Unique(c.Label), c.Number, c.Sub, chapter, section, [.. body]));
            current = null;
            body.Clear();
        }

        string Unique(string anchor)
        {
            var candidate = anchor;
            for (var n = 2; !anchors.Add(candidate); n++) candidate = $"{anchor}-{n}";
            return candidate;
        }

        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case StatuteLineKind.Chapter:
                    Flush();
                    section = null;
                    var ch = HeadingLabel(line.Text, '章');
                    chapter = ch?.Label ?? line.Text;
                    headings.Add(new StatuteHeading(line.Kind, chapter, ch?.Title ?? "", Unique(ch?.Label ?? $"章{headings.Count + 1}")));
                    break;
                case StatuteLineKind.Section:
                    Flush();
                    var se = HeadingLabel(line.Text, '节');
                    section = se?.Label ?? line.Text;
                    headings.Add(new StatuteHeading(line.Kind, section, se?.Title ?? "", Unique((chapter ?? "") + (se?.Label ?? $"节{headings.Count + 1}"))));
                    break;
                case StatuteLineKind.Article:
                    Flush();
                    ordinal++;
                    var label = ArticleLabel(line.Text);
                    // A line staff marked as an article without a label keeps its place under a positional label.
                    current = label ?? ($"条{ordinal}", ordinal, 0);
                    var first = label is null ? line.Text : line.Text[label.Value.Label.Length..].TrimStart(' ', '\u3000', '\t');
                    if (first.Length > 0) body.Add(new StatuteLine(StatuteLineKind.Paragraph, first));
                    break;
                case StatuteLineKind.Paragraph or StatuteLineKind.Item when current is not null:
                    body.Add(line);
                    break;
                default:
                    Flush();
                    break;
            }
        }
        Flush();
        return (articles, headings);
    }

    /// <summary>A digest of the text: two texts with the same lines (kinds included) have the same digest.</summary>
    public string Digest()
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ToJson()));
        return Convert.ToHexString(bytes, 0, 12);
    }
}

/// <summary>The outcome of detecting a text's structure: the text, and what staff should check (numbering gaps, duplicates).</summary>
public sealed record StatuteDetection(StatuteText Text, IReadOnlyList<string> Warnings);
