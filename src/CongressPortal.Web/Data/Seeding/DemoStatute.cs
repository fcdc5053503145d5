using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;

namespace CongressPortal.Web.Data.Seeding;

/// <summary>
/// A fictional regulation's text as the demo (and the benchmark) writes it: chapters, optional sections, articles of
/// several paragraphs and items. Articles are numbered only when the text is written out (<see cref="Paragraphs"/>),
/// and a reference to another article (<c>{ref:key}</c>) is resolved then, so an amendment that inserts or deletes an
/// article renumbers the articles after it — and the references to them — as a real amendment does.
/// </summary>
public sealed partial class DemoStatute
{
    public string Title { get; set; } = "";
    public string? Note { get; set; }
    public bool Toc { get; set; }
    public List<DemoChapter> Chapters { get; } = [];

    public IEnumerable<DemoArticle> Articles => Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Articles);

    public DemoStatute Clone()
    {
        var copy = new DemoStatute { Title = Title, Note = Note, Toc = Toc };
        foreach (var chapter in Chapters)
        {
            var c = new DemoChapter(chapter.Title);
            foreach (var section in chapter.Sections)
            {
                var s = new DemoSection(section.Title);
                s.Articles.AddRange(section.Articles.Select(a => new DemoArticle(a.Key, [.. a.Lines])));
                c.Sections.Add(s);
            }
            copy.Chapters.Add(c);
        }
        return copy;
    }

    public DemoArticle Article(int key) => Articles.First(a => a.Key == key);

    /// <summary>Inserts <paramref name="article"/> after the article <paramref name="afterKey"/>: the articles after it move up by one.</summary>
    public void InsertAfter(int afterKey, DemoArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var section = Chapters.SelectMany(c => c.Sections).First(s => s.Articles.Any(a => a.Key == afterKey));
        section.Articles.Insert(section.Articles.FindIndex(a => a.Key == afterKey) + 1, article);
    }

    public void Remove(int key)
    {
        foreach (var section in Chapters.SelectMany(c => c.Sections)) section.Articles.RemoveAll(a => a.Key == key);
    }

    /// <summary>A change of wording throughout the text (修正: a department renamed, a fine raised).</summary>
    public void Reword(string from, string to)
    {
        foreach (var article in Articles)
            for (var i = 0; i < article.Lines.Count; i++) article.Lines[i] = article.Lines[i].Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>The text as printed: title, 题注, 目录, then chapters, sections and numbered articles, one line per paragraph or item.</summary>
    public IReadOnlyList<string> Paragraphs()
    {
        var numbers = new Dictionary<int, int>();
        var n = 0;
        foreach (var article in Articles) numbers[article.Key] = ++n;
        var lines = new List<string> { Title };
        if (Note is not null) lines.Add(Note);
        if (Toc) lines.AddRange(TocLines());
        var chapterNumber = 0;
        n = 0;
        foreach (var chapter in Chapters)
        {
            if (chapter.Title is not null) lines.Add($"第{ChineseNumerals.Format(++chapterNumber)}章\u3000{chapter.Title}");
            var sectionNumber = 0;
            foreach (var section in chapter.Sections)
            {
                if (section.Title is not null) lines.Add($"第{ChineseNumerals.Format(++sectionNumber)}节\u3000{section.Title}");
                foreach (var article in section.Articles)
                {
                    var resolved = article.Lines.Select(l => Reference().Replace(l, m => $"第{ChineseNumerals.Format(numbers[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)])}条")).ToList();
                    lines.Add($"第{ChineseNumerals.Format(++n)}条\u3000{resolved[0]}");
                    lines.AddRange(resolved.Skip(1));
                }
            }
        }
        return lines;
    }

    /// <summary>
    /// The text with its structure, read by <see cref="StatuteDetector"/> as an import is; the lines of the 目录 are then
    /// marked as such (the detector takes the chapter names listed there for chapters), as staff would mark them.
    /// </summary>
    public StatuteText ToText()
    {
        var detected = StatuteDetector.Detect(Paragraphs()).Text;
        if (!Toc) return detected;
        var start = (Note is null ? 1 : 2);
        var count = TocLines().Count;
        return StatuteText.From(detected.Lines.Select((line, i) => i >= start && i < start + count ? line with { Kind = StatuteLineKind.Toc } : line));
    }

    private List<string> TocLines()
    {
        var lines = new List<string> { "目\u3000\u3000录" };
        var chapterNumber = 0;
        foreach (var chapter in Chapters.Where(c => c.Title is not null))
        {
            lines.Add($"第{ChineseNumerals.Format(++chapterNumber)}章\u3000{chapter.Title}");
            var sectionNumber = 0;
            foreach (var section in chapter.Sections.Where(s => s.Title is not null))
                lines.Add($"\u3000\u3000第{ChineseNumerals.Format(++sectionNumber)}节\u3000{section.Title}");
        }
        return lines;
    }

    [GeneratedRegex(@"\{ref:(\d+)\}")]
    private static partial Regex Reference();
}

/// <summary>A chapter (no title: a regulation without chapters) and its sections.</summary>
public sealed class DemoChapter(string? title)
{
    public string? Title { get; } = title;
    public List<DemoSection> Sections { get; } = [];
}

/// <summary>A section (no title: a chapter without sections) and its articles.</summary>
public sealed class DemoSection(string? title)
{
    public string? Title { get; } = title;
    public List<DemoArticle> Articles { get; } = [];
}

/// <summary>An article: a key that survives renumbering, its first paragraph, then further paragraphs and items.</summary>
public sealed class DemoArticle(int key, List<string> lines)
{
    public int Key { get; } = key;
    public List<string> Lines { get; } = lines;
}
