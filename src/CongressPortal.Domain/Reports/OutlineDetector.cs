using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// Detects the outline of a standing committee work report (常委会工作报告) in pasted text or in the paragraphs of a
/// Word file. The steps, in order:
/// <list type="number">
/// <item>Normalise each line (<see cref="ReportText"/>) and drop empty ones.</item>
/// <item>Classify each line by its shape: title, subtitle, speaker (only before the body starts), salutation, part,
/// numbered section 一、/（一）/1./（1）, unnumbered heading (at most 30 characters, at least two Chinese characters,
/// no sentence punctuation), or paragraph.</item>
/// <item>Flag foreign content, never drop it: a newspaper by-line (本报记者…) flags the run from the headline just before
/// it to the next structural line (part, numbered section, 一是 item, salutation…); captions, web-page lines and
/// numbering that goes backwards are flagged alone. A pasted block cuts a report paragraph in two: when the line before
/// the run is unfinished, the run's last paragraph is taken to be the rest of it and is left unflagged, so staff can
/// delete the run and merge the two halves.</item>
/// <item>Join lines broken mid-sentence: an unfinished line (not ending in 。！？；：…”）) that is a paragraph, or a
/// numbered line longer than a heading, takes the next line when that one is a plain paragraph. Titles, headings, the
/// salutation and flagged content are never joined. A short unfinished line reads as a heading, except inside a run of
/// consecutive lines of the same length (text wrapped at a fixed width, as copied from a PDF).</item>
/// <item>Build blocks: a numbered line ending in a full sentence keeps its first sentence as heading and the rest as
/// body; paragraphs get their items and lead sentence — from Word's bold run when the source has any bold at all,
/// otherwise from the conservative guess in <see cref="ParagraphAnalysis.GuessLead"/>.</item>
/// </list>
/// Every visible character of the input survives, in order; only spacing and punctuation variants are unified.
/// </summary>
public static class OutlineDetector
{
    public const int MaxHeadingLength = 30;

    /// <summary>An unfinished numbered line longer than this is a paragraph broken mid-sentence, not a heading.</summary>
    public const int MaxNumberedHeadingLength = 60;

    private const int MaxLinesAboveTitle = 5;

    public static ReportOutline Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.ReplaceLineEndings("\n").Split('\n').Select(line => new SourceParagraph(line)));
    }

    public static ReportOutline Detect(IEnumerable<SourceParagraph> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var source = paragraphs.ToList();
        var useBold = source.Any(p => p.BoldPrefixLength > 0);
        var lines = Normalise(source);
        if (lines.Count == 0) throw ReportMessages.NothingToImport.ToException();

        MarkWrappedLines(lines);
        Classify(lines, useBold);
        FlagForeignContent(lines);
        return ReportOutline.From(Build(Join(lines), useBold));
    }

    private enum LineKind { Paragraph, Heading, Title, Subtitle, Speaker, Salutation, Part, Section }

    private sealed class Line(string text, int bold, int source)
    {
        public string Text { get; set; } = text;
        public int Bold { get; } = bold;
        public int Source { get; } = source;
        public LineKind Kind { get; set; }
        public int Level { get; set; }
        public int Number { get; set; }
        public int MarkerLength { get; set; }
        public bool Wrapped { get; set; }
        public bool InRun { get; set; }
        public string? Suspicion { get; set; }
        public bool OpensItem => Kind == LineKind.Paragraph && ParagraphAnalysis.FindItems(Text) is [{ Offset: 0 }, ..];
        public bool IsStructural => Kind is not (LineKind.Paragraph or LineKind.Heading) || OpensItem;
        public bool IsUnfinishedParagraph => Kind == LineKind.Paragraph && !ReportText.IsTerminated(Text);
    }

    private static List<Line> Normalise(List<SourceParagraph> source)
    {
        var lines = new List<Line>();
        for (var index = 0; index < source.Count; index++)
        {
            var raw = source[index].Text ?? "";
            var bold = Math.Max(0, source[index].BoldPrefixLength);
            var offset = 0;
            foreach (var piece in raw.ReplaceLineEndings("\n").Split('\n'))
            {
                var (text, pieceBold) = ReportText.NormaliseLine(piece, Math.Clamp(bold - offset, 0, piece.Length));
                offset += piece.Length + 1;
                if (text.Length > 0) lines.Add(new Line(text, pieceBold, index + 1));
            }
        }
        return lines;
    }

    // Text copied from a PDF arrives wrapped at a fixed width: consecutive unfinished lines of one length.
    private static void MarkWrappedLines(List<Line> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var a = lines[i];
            var b = lines[i + 1];
            if (a.Text.Length > 15 && a.Text.Length == b.Text.Length && !ReportText.IsTerminated(a.Text) && !ReportText.IsTerminated(b.Text))
            {
                a.Wrapped = true;
                b.Wrapped = true;
            }
        }
    }

    private static void Classify(List<Line> lines, bool useBold)
    {
        var inHead = true;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (ReportPatterns.Salutation().IsMatch(text)) line.Kind = LineKind.Salutation;
            else if (ReportPatterns.Subtitle().IsMatch(text)) line.Kind = LineKind.Subtitle;
            else if (text.Length <= MaxNumberedHeadingLength && ReportPatterns.Title().IsMatch(text)) line.Kind = LineKind.Title;
            else if (inHead && ReportPatterns.Speaker().IsMatch(text)) line.Kind = LineKind.Speaker;
            else if (MatchSection(line)) line.Kind = LineKind.Section;
            else if (text.Length <= MaxHeadingLength && ReportPatterns.Part().IsMatch(text)) line.Kind = LineKind.Part;
            else
            {
                line.Suspicion = SingleLineSuspicion(text);
                var heading = line.Suspicion is null && !line.Wrapped && !ReportPatterns.Byline().IsMatch(text) && IsHeadingShaped(line, useBold);
                line.Kind = heading ? LineKind.Heading : LineKind.Paragraph;
            }
            if (line.Kind is LineKind.Salutation or LineKind.Part or LineKind.Section) inHead = false;
        }

        // A web page puts its column name or a date above the title: 要闻速递. Only a few short lines, none structural.
        var title = lines.FindIndex(l => l.Kind == LineKind.Title);
        var above = lines.Take(Math.Max(title, 0)).ToList();
        if (title > MaxLinesAboveTitle || !above.All(l => l.Kind is LineKind.Heading or LineKind.Paragraph && l.Text.Length <= MaxHeadingLength)) return;
        foreach (var line in above)
        {
            line.Kind = LineKind.Paragraph;
            line.Suspicion ??= ReportMessages.SuspectAboveTitle;
        }
    }

    private static bool MatchSection(Line line)
    {
        (Regex Pattern, int Level)[] levels =
            [(ReportPatterns.Level1(), 1), (ReportPatterns.Level2(), 2), (ReportPatterns.Level3(), 3), (ReportPatterns.Level4(), 4)];
        foreach (var (pattern, level) in levels)
        {
            var match = pattern.Match(line.Text);
            if (!match.Success) continue;
            var digits = match.Groups[1].Value;
            var number = level <= 2 ? ReportNumbering.ParseChinese(digits) : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            if (number is null or 0) return false;
            line.Level = level;
            line.Number = number.Value;
            line.MarkerLength = match.Length;
            return true;
        }
        return false;
    }

    private static string? SingleLineSuspicion(string text)
    {
        if (ReportPatterns.WebPage().IsMatch(text)) return ReportMessages.SuspectWebPage;
        if (ReportPatterns.BracketedByline().IsMatch(text)) return ReportMessages.SuspectByline;
        if (ReportPatterns.Caption().IsMatch(text)) return ReportMessages.SuspectCaption;
        return null;
    }

    private static bool IsHeadingShaped(Line line, bool useBold)
    {
        var text = line.Text;
        if (text.Length > MaxHeadingLength || ReportText.CountHan(text) < 2) return false;
        if ("，、,；;：:".Contains(text[^1], StringComparison.Ordinal)) return false;
        if (text[..^1].IndexOfAny(['。', '！', '？', '；', ';']) >= 0) return false;
        var wholeBold = useBold && line.Bold >= text.Length;
        return !ReportText.IsTerminated(text) || text[^1] is '”' or '）' or '」' or '』' || (wholeBold && text[^1] is '。' or '！' or '？');
    }

    private static void FlagForeignContent(List<Line> lines)
    {
        for (var m = 0; m < lines.Count; m++)
        {
            var line = lines[m];
            if (line.InRun || line.Kind is not (LineKind.Paragraph or LineKind.Heading) || !ReportPatterns.Byline().IsMatch(line.Text)) continue;
            if (line.Text.Length > 40 && !line.Text.Contains("本报讯", StringComparison.Ordinal) && !line.Text.StartsWith("新华社", StringComparison.Ordinal)) continue;

            // The headline (and a kicker above it) sits just before the by-line.
            var start = m;
            while (start > 0 && m - start < 2 && lines[start - 1].Kind == LineKind.Heading && !lines[start - 1].InRun) start--;
            var end = m;
            while (end + 1 < lines.Count && !lines[end + 1].IsStructural) end++;
            if (start > 0 && lines[start - 1].IsUnfinishedParagraph && end > m && lines[end].Kind == LineKind.Paragraph && lines[end].Suspicion is null) end--;

            for (var i = start; i <= end; i++)
            {
                lines[i].InRun = true;
                lines[i].Suspicion = ReportMessages.SuspectNewsFeature;
            }
            m = end;
        }
    }

    private static List<Line> Join(List<Line> lines)
    {
        var joined = new List<Line>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && CanJoin(joined[^1], line)) joined[^1].Text += line.Text;
            else joined.Add(line);
        }
        return joined;
    }

    private static bool CanJoin(Line previous, Line next)
    {
        if (previous.Suspicion is not null || next.Suspicion is not null || ReportText.IsTerminated(previous.Text)) return false;
        var previousOpen = previous.Kind == LineKind.Paragraph
            || (previous.Kind == LineKind.Section && previous.Text.Length - previous.MarkerLength > MaxNumberedHeadingLength);
        var nextContinues = next.Kind == LineKind.Paragraph || (next.Kind == LineKind.Heading && previous.Wrapped);
        return previousOpen && nextContinues && !next.OpensItem;
    }

    private static List<ReportBlock> Build(List<Line> lines, bool useBold)
    {
        var blocks = new List<ReportBlock>(lines.Count);
        var lastNumbers = new int[ReportNumbering.MaxLevel + 1];
        foreach (var line in lines)
        {
            var block = new ReportBlock
            {
                Id = blocks.Count + 1,
                Kind = KindOf(line.Kind),
                Text = line.Text,
                Suspicion = line.Suspicion,
                SourceLine = line.Source,
            };
            switch (line.Kind)
            {
                case LineKind.Part:
                    Array.Clear(lastNumbers);
                    break;
                case LineKind.Section:
                    block = Section(block, line, useBold);
                    if (line.Number <= lastNumbers[line.Level]) block = block with { Suspicion = block.Suspicion ?? ReportMessages.SuspectNumbering };
                    lastNumbers[line.Level] = line.Number;
                    Array.Clear(lastNumbers, line.Level + 1, ReportNumbering.MaxLevel - line.Level);
                    break;
                case LineKind.Heading:
                    // Under a numbered 一、 a heading without number is a sub-heading; elsewhere it heads a section itself.
                    var level = lastNumbers[1] > 0 ? 2 : 1;
                    Array.Clear(lastNumbers, level + 1, ReportNumbering.MaxLevel - level);
                    block = block with { Level = level };
                    break;
                case LineKind.Paragraph:
                    // Bold from Word is the truth; a guess is only made in plain text, and never in flagged content.
                    var lead = useBold ? BoldLead(line) : line.Suspicion is null ? ParagraphAnalysis.GuessLead(line.Text) : null;
                    block = block with { LeadSentence = lead };
                    break;
                default:
                    break;
            }
            blocks.Add(block);
        }
        return blocks;
    }

    private static ReportBlockKind KindOf(LineKind kind) => kind switch
    {
        LineKind.Title => ReportBlockKind.Title,
        LineKind.Subtitle => ReportBlockKind.Subtitle,
        LineKind.Speaker => ReportBlockKind.Speaker,
        LineKind.Salutation => ReportBlockKind.Salutation,
        LineKind.Part => ReportBlockKind.Part,
        LineKind.Section => ReportBlockKind.Section,
        LineKind.Heading => ReportBlockKind.Heading,
        _ => ReportBlockKind.Paragraph,
    };

    private static string? BoldLead(Line line) => line.Bold > 0 && line.Bold < line.Text.Length ? line.Text[..line.Bold] : null;

    private static ReportBlock Section(ReportBlock block, Line line, bool useBold)
    {
        var rest = line.Text[line.MarkerLength..];
        var boldRest = line.Bold - line.MarkerLength;
        var split = useBold && boldRest > 0 && boldRest < rest.Length ? boldRest : FirstSentenceLength(rest);
        var heading = split > 0 ? rest[..split] : rest;
        var body = split > 0 ? rest[split..].TrimStart() : null;
        return block with { Level = line.Level, Number = line.Number, Text = heading, Body = string.IsNullOrEmpty(body) ? null : body };
    }

    // 1.加强重点领域立法。制定… : a short first sentence followed by more text is the heading.
    private static int FirstSentenceLength(string text)
    {
        var end = ReportText.SentenceEnd(text);
        return end >= 0 && end < text.Length - 1 && end < 40 ? end + 1 : 0;
    }
}
