using System.Text;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;

namespace CongressPortal.Domain.Legislation;

/// <summary>
/// Detects the structure of a regulation's text pasted or read from Word (docs/domain/legislation.md, "Text with
/// structure"). Every visible character of the input survives, in order; only the kind of each line is guessed, and
/// staff can change any kind before saving. What looks wrong becomes a warning, never a silent fix. The steps:
/// <list type="number">
/// <item>Normalise each line: zero-width characters go, full-width digits and letters become ASCII, a run of spaces
/// becomes one (an ideographic space when the run had one), and , : ; ! ? ( ) next to Chinese become full-width; the
/// label of an article, chapter or section is followed by one ideographic space (第一条　…).</item>
/// <item>The head, before the first chapter, section, article, 目录 or 序言: the title (the line that ends like a
/// regulation's name — 条例, 规定, 办法 … — or else the first short line; a title broken over two lines is joined), the
/// 题注 note lines (（……通过　……批准）, also over several lines, and （草案）), and anything else (an announcement) as
/// preamble.</item>
/// <item>目录 and its entries are table-of-contents lines until the body starts again (the first entry repeated, an
/// article, or a line of prose); a run of chapter headings followed by 第一章 again is a table of contents without its
/// heading. 序言 and the text after it up to the first chapter or article are preamble.</item>
/// <item>Chapters 第一章, sections 第一节, articles 第一条 / 第十二条之一 / 第一百零五条. A label followed by a space (or
/// standing alone) always counts; a label followed directly by text (as Word files often have) only when its number is
/// the next one expected — or a little ahead — and the text does not read as a citation (第五条规定的…, 第五条第二款…).</item>
/// <item>Within an article: items （一）/(一) and sub-items 1. / 1、 / （1）; every other line is a further paragraph (款).</item>
/// <item>A line broken mid-sentence (as copied from a PDF): an article, paragraph or item line that does not end in
/// 。；：！？…” takes the next line when that one is plain text. A label alone on its line takes the next line as its
/// text or title. An unfinished line followed by a new article, chapter or section is flagged, not joined.</item>
/// </list>
/// </summary>
public static partial class StatuteDetector
{
    /// <summary>A title, a chapter title or a table-of-contents entry is no longer than this.</summary>
    public const int MaxHeadingLength = 60;

    private const int MaxFlaggedLines = 5;

    public static StatuteDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.ReplaceLineEndings("\n").Split('\n'));
    }

    public static StatuteDetection Detect(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var source = paragraphs.SelectMany(p => (p ?? "").ReplaceLineEndings("\n").Split('\n')).Select(Normalise).Where(t => t.Length > 0).ToList();
        var reader = new Reader(source);
        reader.Run();
        var statute = StatuteText.From(reader.Lines.Select(l => new StatuteLine(l.Kind, l.Text)));
        return new StatuteDetection(statute, [.. reader.Notices(), .. Warnings(statute)]);
    }

    private sealed class Line(StatuteLineKind kind, string text)
    {
        public StatuteLineKind Kind { get; set; } = kind;
        public string Text { get; set; } = text;
    }

    /// <summary>Reads the normalised lines in one pass (with one look back for a table of contents without its heading).</summary>
    private sealed class Reader(List<string> source)
    {
        public List<Line> Lines { get; } = [];

        private readonly List<int> joined = [];
        private readonly List<(int Line, string Text)> unfinished = [];
        private int index;
        private int head;

        // Where the reading stands.
        private (int Number, int Sub) lastArticle;
        private bool inArticle;
        private bool inPreamble;
        private bool inToc;
        private string? firstTocEntry;
        private int? firstChapterLine;
        private bool articleSeen;

        public void Run()
        {
            head = source.FindIndex(IsBodyStart);
            if (head < 0) head = source.Count;
            ReadHead();
            for (index = head; index < source.Count; index++) ReadBody(source[index]);
        }

        public IEnumerable<string> Notices()
        {
            if (joined.Count > 0)
                yield return $"已将 {joined.Count} 处从句子中间断开的行与下一行合并（{Places(joined)}），请核对合并是否正确。";
            foreach (var (line, text) in unfinished.Take(MaxFlaggedLines))
                yield return $"第{line}行“{Snippet(text)}”没有以标点结束，后面紧接着新的条文或章节，可能缺少文字或断行，请核对。";
            if (unfinished.Count > MaxFlaggedLines) yield return $"另有 {unfinished.Count - MaxFlaggedLines} 行没有以标点结束，请核对。";
        }

        private static string Places(List<int> lines) =>
            string.Join("、", lines.Take(3).Select(l => $"第{l}行")) + (lines.Count > 3 ? "等" : "");

        private static bool IsBodyStart(string text) =>
            IsTocHeading(text) || IsPreambleHeading(text) || Heading(text, '章') is not null || Heading(text, '节') is not null || ArticleWithSeparator(text)
            || (StatuteText.ArticleLabel(text) is { Number: 1, Sub: 0 } first && !CitationContinues().IsMatch(text[first.Label.Length..]));

        private void ReadHead()
        {
            var lines = source.Take(head).ToList();
            var (title, titleLines) = FindTitle(lines);
            var openNote = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i];
                if (i == title)
                {
                    Add(StatuteLineKind.Title, text);
                    // 示例市城乡规划 / 条例: a title broken over two lines.
                    if (titleLines == 2) Join(lines[++i], "");
                }
                else if (openNote || NotePattern().IsMatch(text) || (title >= 0 && i == title + titleLines && DraftNote().IsMatch(text)))
                {
                    Add(StatuteLineKind.Note, text);
                    openNote = (openNote || text[0] is '（') && !text.EndsWith('）') && i - title < 12;
                }
                else
                {
                    Add(StatuteLineKind.Preamble, text);
                }
            }
        }

        // The line named like a regulation (or two lines that together are), else the first short line.
        private static (int Index, int Lines) FindTitle(List<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines[i];
                if (text.Length > MaxHeadingLength || NotePattern().IsMatch(text) || IsTerminated(text)) continue;
                if (TitleSuffix().IsMatch(text)) return (i, 1);
                if (i + 1 < lines.Count && lines[i + 1].Length <= 20 && !NotePattern().IsMatch(lines[i + 1]) && TitleSuffix().IsMatch(text + lines[i + 1])) return (i, 2);
            }
            return lines.Count > 0 && lines[0].Length <= MaxHeadingLength && !IsTerminated(lines[0]) && !NotePattern().IsMatch(lines[0]) ? (0, 1) : (-1, 0);
        }

        private void ReadBody(string text)
        {
            if (inToc)
            {
                if (!EndsToc(text))
                {
                    firstTocEntry ??= Compact(text);
                    Add(StatuteLineKind.Toc, text);
                    return;
                }
                inToc = false;
            }
            if (IsTocHeading(text))
            {
                inToc = true;
                firstTocEntry = null;
                Add(StatuteLineKind.Toc, text);
                return;
            }
            if (IsPreambleHeading(text))
            {
                inPreamble = true;
                inArticle = false;
                Add(StatuteLineKind.Preamble, text);
                return;
            }
            if (ReadHeading(text, '章', StatuteLineKind.Chapter) || ReadHeading(text, '节', StatuteLineKind.Section)) return;
            if (Article(text) is { } article)
            {
                FlagUnfinished();
                inArticle = true;
                inPreamble = false;
                articleSeen = true;
                lastArticle = article.Number;
                if (article.After.Length == 0 && NextIsPlain())
                {
                    // 第一条 alone on its line: the next line is its first paragraph.
                    Add(StatuteLineKind.Article, article.Label);
                    Join(source[++index], "\u3000");
                    return;
                }
                Add(StatuteLineKind.Article, article.After.Length == 0 ? article.Label : article.Label + "\u3000" + article.After);
                return;
            }
            if (inArticle && ItemPattern().Match(text) is { Success: true } item)
            {
                Add(StatuteLineKind.Item, NormaliseItemMarker(text, item));
                return;
            }
            if (CanJoin(text))
            {
                Join(text, "");
                return;
            }
            Add(inArticle ? StatuteLineKind.Paragraph : StatuteLineKind.Preamble, text);
        }

        // A line continues the one above when that one stops mid-sentence and this one is plain text (not a label).
        private bool CanJoin(string text)
        {
            if (Lines.Count == 0 || IsTerminated(Lines[^1].Text) || StartsWithLabel(text)) return false;
            var previous = Lines[^1];
            return previous.Kind switch
            {
                StatuteLineKind.Article => previous.Text.Length > (StatuteText.ArticleLabel(previous.Text)?.Label.Length ?? 0),
                StatuteLineKind.Paragraph or StatuteLineKind.Item => true,
                // Preamble lines are joined only when long enough to be prose wrapped at a width (not an announcement's heading lines).
                StatuteLineKind.Preamble => inPreamble && previous.Text.Length >= 15,
                _ => false,
            };
        }

        private bool ReadHeading(string text, char unit, StatuteLineKind kind)
        {
            if (Heading(text, unit) is not { } heading) return false;
            FlagUnfinished();
            if (kind == StatuteLineKind.Chapter && RestartsBeforeAnyArticle(heading.Number)) MarkTocSinceFirstChapter();
            if (kind == StatuteLineKind.Chapter) firstChapterLine ??= Lines.Count;
            inArticle = false;
            inPreamble = false;
            if (heading.Title.Length == 0 && index + 1 < source.Count && IsHeadingTitle(source[index + 1]))
            {
                // 第一章 / 总　则 : the title on the next line.
                Add(kind, heading.Label);
                Join(source[++index], "\u3000");
                return true;
            }
            Add(kind, heading.Title.Length == 0 ? heading.Label : heading.Label + "\u3000" + heading.Title);
            return true;
        }

        // 第一章 … 第七章 and then 第一章 again, with nothing but headings between: the first run was a table of contents.
        private bool RestartsBeforeAnyArticle(int number) =>
            !articleSeen && firstChapterLine is { } first
            && Lines.Skip(first).All(l => l.Kind is StatuteLineKind.Chapter or StatuteLineKind.Section)
            && Lines.Skip(first).Where(l => l.Kind == StatuteLineKind.Chapter).Select(l => StatuteText.HeadingLabel(l.Text, '章')?.Number ?? 0).Max() >= number;

        private void MarkTocSinceFirstChapter()
        {
            foreach (var line in Lines.Skip(firstChapterLine!.Value)) line.Kind = StatuteLineKind.Toc;
            firstChapterLine = null;
        }

        private bool EndsToc(string text)
        {
            if (firstTocEntry is not null && Compact(text) == firstTocEntry) return true;
            if (ArticleWithSeparator(text) || IsTerminated(text)) return true;
            return text.Length > MaxHeadingLength || (Heading(text, '章') is null && Heading(text, '节') is null && text.Length > 30);
        }

        private (string Label, (int, int) Number, string After)? Article(string text)
        {
            if (StatuteText.ArticleLabel(text) is not { } label) return null;
            var rest = text[label.Label.Length..];
            var separated = rest.Length == 0 || rest[0] is ' ' or '\u3000';
            if (!separated && !Expected(label.Number, label.Sub, rest)) return null;
            return (label.Label, (label.Number, label.Sub), rest.TrimStart(' ', '\u3000'));
        }

        // Without a space after the label, only the next article (or one a little ahead, when some are missing) counts,
        // and only when the text does not go on as a citation does (第五条规定的…, 第五条第二款…, 第五条、第六条…).
        private bool Expected(int number, int sub, string rest)
        {
            if (CitationContinues().IsMatch(rest)) return false;
            var (lastNumber, lastSub) = lastArticle;
            if (sub > 0) return number == lastNumber && sub == lastSub + 1;
            return number > lastNumber && number <= lastNumber + 3;
        }

        private static bool ArticleWithSeparator(string text) =>
            StatuteText.ArticleLabel(text) is { } label && (text.Length == label.Label.Length || text[label.Label.Length] is ' ' or '\u3000');

        private bool NextIsPlain() => index + 1 < source.Count && !StartsWithLabel(source[index + 1]) && !IsTocHeading(source[index + 1]);

        private static bool IsHeadingTitle(string text) =>
            text.Length <= 20 && !IsTerminated(text) && !StartsWithLabel(text) && text.Any(ReportText.IsHan);

        private static bool StartsWithLabel(string text) =>
            StatuteText.ArticleLabel(text) is not null || StatuteText.HeadingLabel(text, '章') is not null
            || StatuteText.HeadingLabel(text, '节') is not null || ItemPattern().IsMatch(text);

        // An unfinished article, paragraph or item followed by a new article, chapter or section: text may be missing.
        private void FlagUnfinished()
        {
            if (Lines.Count > 0 && Lines[^1].Kind is StatuteLineKind.Article or StatuteLineKind.Paragraph or StatuteLineKind.Item
                && !IsTerminated(Lines[^1].Text) && StatuteText.ArticleLabel(Lines[^1].Text)?.Label != Lines[^1].Text)
                unfinished.Add((Lines.Count, Lines[^1].Text));
        }

        private void Add(StatuteLineKind kind, string text) => Lines.Add(new Line(kind, text));

        private void Join(string text, string separator)
        {
            var previous = Lines[^1];
            // Joining two runs of Chinese needs no space; a word broken at a Latin letter or digit keeps one.
            if (separator.Length == 0 && previous.Text.Length > 0 && IsAsciiWord(previous.Text[^1]) && IsAsciiWord(text[0])) separator = " ";
            previous.Text += separator + text;
            if (separator != "\u3000") joined.Add(Lines.Count);
        }
    }

    /// <summary>一条 label: 第十二条 → its number, with the rest of the line; for chapters (章) and sections (节).</summary>
    private static (string Label, int Number, string Title)? Heading(string text, char unit)
    {
        if (StatuteText.HeadingLabel(text, unit) is not { } heading) return null;
        var rest = text[heading.Label.Length..];
        var separated = rest.Length == 0 || rest[0] is ' ' or '\u3000';
        // 第一章总则 (no space) is a heading only when it reads as one: short, not a sentence, not a citation.
        if (!separated && (text.Length > 30 || IsTerminated(text) || CitationContinues().IsMatch(rest) || rest.Contains('，'))) return null;
        if (separated && (text.Length > MaxHeadingLength || text.EndsWith('。'))) return null;
        return (heading.Label, heading.Number, TidyHeadingTitle(heading.Title));
    }

    // 附　　则 → 附　则 keeps the title as typed; only the separator after the label is unified.
    private static string TidyHeadingTitle(string title) => title.Trim(' ', '\u3000');

    private static bool IsTocHeading(string text) => Compact(text) is "目录" or "目次";

    private static bool IsPreambleHeading(string text) => Compact(text) == "序言";

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '…' && c != '·' && !char.IsDigit(c)));

    private static bool IsTerminated(string text) => ReportText.IsTerminated(text);

    private static bool IsAsciiWord(char c) => char.IsAsciiLetterOrDigit(c);

    private static string Snippet(string text) => text.Length <= 20 ? text : text[..20] + "……";

    private static string NormaliseItemMarker(string text, Match item)
    {
        var marker = item.Value;
        if (marker[0] is not ('(' or '（')) return text;
        return "（" + marker[1..^1] + "）" + text[marker.Length..].TrimStart(' ', '\u3000');
    }

    /// <summary>
    /// Unifies spacing and punctuation variants of one line without dropping anything visible; see the class summary.
    /// </summary>
    public static string Normalise(string? raw)
    {
        var text = new StringBuilder((raw ?? "").Length);
        var pendingSpace = '\0';
        foreach (var original in raw ?? "")
        {
            var c = original;
            if (c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad') continue;
            if (c is (>= '\uff10' and <= '\uff19') or (>= '\uff21' and <= '\uff3a') or (>= '\uff41' and <= '\uff5a')) c = (char)(c - 0xfee0);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (pendingSpace != '\u3000') pendingSpace = c == '\u3000' ? '\u3000' : ' ';
                continue;
            }
            if (pendingSpace != '\0' && text.Length > 0) text.Append(pendingSpace);
            pendingSpace = '\0';
            text.Append(c);
        }
        var line = text.ToString();
        line = LatinParentheses().Replace(line, m =>
            m.Groups[1].Value.Any(ReportText.IsHan) || Neighbour(line, m.Index - 1, -1) || Neighbour(line, m.Index + m.Length, +1)
                ? "（" + m.Groups[1].Value + "）" : m.Value);
        line = PunctuationNearHan().Replace(line, m => Widen(m.Value[0]).ToString());
        return SpaceNextToFullWidth().Replace(line, "");
    }

    // Whether the first character other than a space from at (going by step) is Chinese: then ( ) are full-width.
    private static bool Neighbour(string line, int at, int step)
    {
        while (at >= 0 && at < line.Length && line[at] == ' ') at += step;
        return at >= 0 && at < line.Length && (ReportText.IsHan(line[at]) || "，。；：、“”《》（）".Contains(line[at], StringComparison.Ordinal));
    }

    private static char Widen(char c) => c switch { ',' => '，', ':' => '：', ';' => '；', '!' => '！', '?' => '？', _ => c };

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff\u3400-\u4dbf〇。，、；：“”《》）])[,:;!?]|[,:;!?](?=[\u4e00-\u9fff\u3400-\u4dbf〇“《（])")]
    private static partial Regex PunctuationNearHan();

    // 河道， 包括 / 及 （1） 和 : a space next to full-width punctuation is an artefact of copying (an ideographic space
    // is kept, and so is a space before （, which may separate a label from its text: 第十条 （删除）).
    [GeneratedRegex(@"(?<=[，。；：、！？（《“]) | (?=[，。；：、！？）》”])|(?<=）) (?=[\u4e00-\u9fff])")]
    private static partial Regex SpaceNextToFullWidth();

    [GeneratedRegex(@"\(([^()（）]*)\)")]
    private static partial Regex LatinParentheses();

    [GeneratedRegex(@"^([（(][一二三四五六七八九十]+[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d))")]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^[（(].*(通过|批准|修正|修订|公布|施行|废止|决定)|^\d{4}年\d{1,2}月\d{1,2}日.*会议(通过|批准)|^根据.*(修正|修订|决定)")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^[（(][^）)]*草案[^）)]*[）)]$")]
    private static partial Regex DraftNote();

    [GeneratedRegex(@"(条例|规定|办法|决定|规则|细则|章程|准则|规程|决议|法)([（(][^）)]*[）)])?$")]
    private static partial Regex TitleSuffix();

    // What follows a label that is cited, not opened: 规定, 第二款, 所称, 、第六条, 至第八条, 的规定 ….
    [GeneratedRegex(@"^(规定|第[一二三四五六七八九十百零]+[款项目条章节]|所(称|列|指|规定)|[、，,和及或至与]|或者|以及|中规定|之规定|的)")]
    private static partial Regex CitationContinues();
}
