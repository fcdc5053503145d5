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

    /// <summary>Twips: 28 points between lines, the usual spacing for 三号 text on 22 lines a page.</summary>
    private const string LineSpacing = "560";

    private readonly List<Paragraph> _paragraphs = [];
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
        if (indent) properties.Append(new Indentation { FirstLineChars = 200 });
        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        if (text is not null) paragraph.Append(MakeRun(text, font, size, bold));
        return paragraph;
    }

    private static Run MakeRun(string text, string font, string size, bool bold)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
