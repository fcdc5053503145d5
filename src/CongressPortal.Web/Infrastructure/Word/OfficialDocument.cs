using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Infrastructure.Word;

/// <summary>
/// A small writer of Word (.docx) documents laid out as a Chinese official document (GB/T 9704 in spirit): A4, the title
/// in 宋体 二号 bold and centred, headings in 黑体 三号, body text in 仿宋 三号 with a two-character first-line indent and
/// fixed 28-point lines. Chinese fonts are set through w:eastAsia, so Word, WPS and LibreOffice pick them for Chinese text.
/// </summary>
public sealed class OfficialDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string TitleFont = "宋体";
    public const string HeadingFont = "黑体";
    public const string BodyFont = "仿宋";

    /// <summary>Half-points: 二号 22 pt, 三号 16 pt.</summary>
    private const string TitleSize = "44";
    private const string BodySize = "32";

    /// <summary>Half-points: 四号 14 pt, for tables.</summary>
    private const string TableSize = "28";

    /// <summary>Half-points: 五号 10.5 pt, for tables of many columns.</summary>
    private const string SmallTableSize = "21";

    /// <summary>Twips: the A4 width less the left and right margins (<see cref="Section"/>).</summary>
    private const int TextWidth = 11906 - 1587 - 1474;

    /// <summary>Twips: 28 points between lines, the usual spacing for 三号 text on 22 lines a page.</summary>
    private const string LineSpacing = "560";

    private readonly List<OpenXmlElement> _paragraphs = [];
    private readonly string _title;

    public OfficialDocument(string title)
    {
        _title = title;
        _paragraphs.Add(Make(title, TitleFont, TitleSize, bold: true, JustificationValues.Center, indent: false));
    }

    /// <summary>A centred line under the title, e.g. the date the figures stand at.</summary>
    public OfficialDocument Subtitle(string text)
    {
        _paragraphs.Add(Make(text, BodyFont, BodySize, bold: false, JustificationValues.Center, indent: false));
        return this;
    }

    /// <summary>A first-level heading (一、…) in 黑体.</summary>
    public OfficialDocument Heading(string text)
    {
        _paragraphs.Add(Make(text, HeadingFont, BodySize, bold: false, JustificationValues.Both, indent: true));
        return this;
    }

    /// <summary>A body paragraph; <paramref name="lead"/>, when given, starts it in bold (a second-level heading run in).</summary>
    public OfficialDocument Paragraph(string text, string? lead = null)
    {
        var paragraph = Make(null, BodyFont, BodySize, bold: false, JustificationValues.Both, indent: true);
        if (!string.IsNullOrEmpty(lead)) paragraph.Append(MakeRun(lead, BodyFont, BodySize, bold: true));
        paragraph.Append(MakeRun(text, BodyFont, BodySize, bold: false));
        _paragraphs.Add(paragraph);
        return this;
    }

    /// <summary>A line without the first-line indent, aligned left, centred or right (a salutation, a signature, a date).</summary>
    public OfficialDocument Line(string text, JustificationValues? alignment = null, bool bold = false)
    {
        _paragraphs.Add(Make(text, BodyFont, BodySize, bold, alignment ?? JustificationValues.Left, indent: false));
        return this;
    }

    /// <summary>An empty line (space for a signature or a seal).</summary>
    public OfficialDocument Blank() => Line("");

    /// <summary>
    /// A table with a bold header row, single borders and the full text width, in 仿宋 四号 (smaller than the body, as lists
    /// attached to a letter usually are). <paramref name="widths"/> are relative column widths; without them, equal columns.
    /// </summary>
    public OfficialDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widths = null) =>
        Table(headers, rows, widths, TableSize);

    /// <summary>A table of many narrow columns (figures per unit) in 仿宋 五号, so that headers and rates fit their cells.</summary>
    public OfficialDocument WideTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widths = null) =>
        Table(headers, rows, widths, SmallTableSize);

    private OfficialDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<int>? widths, string size)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var weights = widths is { Count: > 0 } && widths.Count == headers.Count ? widths : [.. headers.Select(_ => 1)];
        var total = weights.Sum();
        var columns = weights.Select(w => (int)(TextWidth * (long)w / total)).ToList();
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            border,
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(headers, columns, bold: true, header: true, size));
        foreach (var row in rows) table.Append(Row(row, columns, bold: false, header: false, size));
        _paragraphs.Add(table);
        // Word needs a paragraph between two tables, and one after a table that ends the document.
        _paragraphs.Add(Make(null, BodyFont, BodySize, bold: false, JustificationValues.Left, indent: false));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = _title;
            document.PackageProperties.Creator = "人大代表履职服务平台";
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var body = new Body();
            foreach (var paragraph in _paragraphs) body.Append(paragraph.CloneNode(true));
            body.Append(Section());
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Document defaults: 仿宋 for Chinese, Times New Roman for Latin text and digits, Chinese language.</summary>
    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = BodyFont, ComplexScript = "Times New Roman" },
                new FontSize { Val = BodySize },
                new FontSizeComplexScript { Val = BodySize },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = LineSpacing, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    /// <summary>A4 portrait with the margins of GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
    private static SectionProperties Section() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U });

    private static Paragraph Make(string? text, string font, string size, bool bold, JustificationValues justification, bool indent)
    {
        var properties = new ParagraphProperties();
        // Two characters: Word reads FirstLineChars, LibreOffice only the twips (2 × 16 pt = 640).
        if (indent) properties.Append(new Indentation { FirstLine = "640", FirstLineChars = 200 });
        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text is not null) paragraph.Append(MakeRun(text, font, size, bold));
        return paragraph;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool bold, bool header, string size)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < widths.Count; i++)
        {
            var text = i < cells.Count ? cells[i] ?? "" : "";
            var paragraph = new Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                new Justification { Val = header ? JustificationValues.Center : JustificationValues.Left }));
            var lines = text.Split('\n');
            for (var l = 0; l < lines.Length; l++)
            {
                var run = MakeRun(lines[l], BodyFont, size, bold);
                if (l > 0) run.InsertAt(new Break(), 1);
                paragraph.Append(run);
            }
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                paragraph));
        }
        return row;
    }

    /// <summary>
    /// Drops the characters XML cannot hold (a control character pasted into a title would make Word refuse the file);
    /// a character outside the BMP (a rare name character, 𠮷) is kept when both of its halves are there.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) kept.Append(ch).Append(text[++i]);
            else if (ch is '\t' or '\n' or '\r' || (!char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('\uFFFE' or '\uFFFF'))) kept.Append(ch);
        }
        return kept.ToString();
    }

    private static Run MakeRun(string text, string font, string size, bool bold)
    {
        text = Clean(text);
        var properties = new RunProperties(new RunFonts { EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
