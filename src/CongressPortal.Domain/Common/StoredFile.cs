using System.IO.Compression;
using System.Security.Cryptography;

namespace CongressPortal.Domain.Common;

/// <summary>The kinds of file the portal accepts, recognised by their content.</summary>
public enum FileKind
{
    Pdf,
    Docx,
    Jpeg,
    Png,
}

/// <summary>
/// An uploaded file (suggestion scans, reply letters). The bytes live in the database, so every app node
/// serves them and backups hold them; pages serve them only to those allowed to see the record.
/// </summary>
public sealed class StoredFile
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private StoredFile() { }

    public int Id { get; private set; }
    public string FileName { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }
    public string UploadedBy { get; private set; } = "";

    public string ContentType => FileSignature.ContentType(Kind);

    /// <summary>The name it is served under: the uploaded name, ending with the extension of the checked kind.</summary>
    public string DownloadName => FileSignature.NameFor(FileName, Kind);

    /// <summary>Accepts PDF, DOCX, JPG and PNG up to 20 MB, checked by content, not by the file name.</summary>
    public static StoredFile Accept(string fileName, byte[] content, string uploadedBy, DateTimeOffset now, IReadOnlySet<FileKind>? allowed = null)
    {
        if (content.Length == 0) throw new DomainRuleException(FileMessages.Empty);
        if (content.Length > MaxBytes) throw new DomainRuleException(FileMessages.TooLarge);
        var kind = FileSignature.Detect(content) ?? throw new DomainRuleException(FileMessages.WrongKind);
        if (allowed is not null && !allowed.Contains(kind)) throw new DomainRuleException(FileMessages.WrongKind);
        // A stored .docx is not parsed here, but readers open it: no bomb is kept to be handed out (ADR 0025).
        if (kind == FileKind.Docx) ZipGuard.Check(content, ZipLimits.Default);
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0) name = "附件";
        if (name.Length > 200) name = name[^200..];
        return new StoredFile
        {
            FileName = name,
            Kind = kind,
            Length = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = now.ToUniversalTime(),
            UploadedBy = uploadedBy,
        };
    }
}

public static class FileMessages
{
    public const string Area = "File";

    public static Refusal Empty { get; } = Refusal.Define(Area, "文件是空的，请重新选择。");
    public static Refusal TooLarge { get; } = Refusal.Define(Area, "文件超过 20 MB，请压缩或分拆后上传。");
    public static Refusal WrongKind { get; } = Refusal.Define(Area, "只能上传 PDF、Word（.docx）、JPG 或 PNG 文件；文件内容与这些格式不符。");
}

/// <summary>Recognises a file by its first bytes (and, for .docx, by its main part inside the ZIP package).</summary>
public static class FileSignature
{
    public static FileKind? Detect(byte[] content)
    {
        ReadOnlySpan<byte> span = content;
        if (span.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (span.Length > 3 && span[0] == 0xFF && span[1] == 0xD8 && span[2] == 0xFF) return FileKind.Jpeg;
        if (span.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        if (span.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content)) return FileKind.Docx;
        return null;
    }

    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// <paramref name="fileName"/> ending with an extension of <paramref name="kind"/>: 报告.exe checked as a PDF is
    /// 报告.pdf, 照片.jpeg stays, 扫描件 gains .pdf. A reader's system then opens it with the program for what it is.
    /// </summary>
    public static string NameFor(string fileName, FileKind kind)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (Extensions(kind).Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName).TrimEnd('.', ' ');
        return (stem.Length > 0 ? stem : "附件") + Extension(kind);
    }

    /// <summary>The extension a file of <paramref name="kind"/> is served with.</summary>
    public static string Extension(FileKind kind) => Extensions(kind)[0];

    /// <summary>The extensions a file of <paramref name="kind"/> may carry, the one it is served with first.</summary>
    public static IReadOnlyList<string> Extensions(FileKind kind) => kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Docx => [".docx"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Png => [".png"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static bool IsWordPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
