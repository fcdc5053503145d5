using System.IO.Packaging;
using System.Text;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// Reads the paragraphs of a Word (.docx) file, with how many characters at the start of each are bold (Word marks a
/// paragraph's lead sentence in bold). Anything that is not a readable .docx is refused with a refusal about the file.
/// </summary>
public static class DocxReader
{
    public const long MaxBytes = 20 * 1024 * 1024;

    // Refusals of the uploaded file: the "File." code prefix puts them next to the page's file input (Forms.IsAboutFile).
    private const string Area = FileMessages.Area + ".Docx";

    public static Refusal Empty { get; } = Refusal.Define(Area, "上传的文件是空的，请选择报告的 Word 文件。");
    public static Refusal TooLarge { get; } = Refusal.Define(Area, "文件超过20MB，请删除其中的图片后再上传，或直接粘贴文字。");
    public static Refusal Encrypted { get; } = Refusal.Define(Area, "文件已加密或设置了打开密码，无法读取。请在 Word 中取消密码后另存为 .docx 再上传。");
    public static Refusal NotDocx { get; } = Refusal.Define(Area, "无法读取该文件：请上传 Word 2007 及以上版本的 .docx 文件（.doc 文件请先在 Word 中另存为 .docx）。");
    public static Refusal NoText { get; } = Refusal.Define(Area, "该 Word 文件中没有文字。");

    // An OLE compound file: an encrypted .docx, or an old binary .doc.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>The paragraphs of <paramref name="content"/>, refused before parsing when it would unpack beyond <paramref name="limits"/>.</summary>
    public static IReadOnlyList<SourceParagraph> Read(byte[] content, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0) throw Empty.ToException();
        if (content.Length > MaxBytes) throw TooLarge.ToException();
        if (content.AsSpan().StartsWith(CompoundFileSignature)) throw Encrypted.ToException();
        ZipGuard.Check(content, limits);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw NotDocx.ToException();
            var paragraphs = body.Descendants<Paragraph>().Select(ReadParagraph).ToList();
            if (paragraphs.All(p => string.IsNullOrWhiteSpace(p.Text))) throw NoText.ToException();
            return paragraphs;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            throw NotDocx.ToException();
        }
    }

    private static SourceParagraph ReadParagraph(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var bold = 0;
        var boldOpen = true;
        foreach (var run in paragraph.Descendants<Run>())
        {
            var runText = RunText(run);
            if (runText.Length == 0) continue;
            if (boldOpen && IsBold(run)) bold += runText.Length;
            else if (!string.IsNullOrWhiteSpace(runText)) boldOpen = false;
            else if (boldOpen) bold += runText.Length;
            text.Append(runText);
        }
        // A wholly bold paragraph reads as a heading; the detector needs its full length to see that.
        return new SourceParagraph(text.ToString(), Math.Min(bold, text.Length));
    }

    private static string RunText(Run run)
    {
        var text = new StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append(' '); break;
                default: break;
            }
        }
        return text.ToString();
    }

    private static bool IsBold(Run run)
    {
        var bold = run.RunProperties?.Bold;
        return bold is not null && (bold.Val is null || bold.Val.Value);
    }
}
