using System.Buffers.Binary;
using System.IO.Compression;

namespace CongressPortal.Domain.Tests.Common;

/// <summary>
/// ZIP bombs made in the test: an Office-like package (a content-types part and one large part of zeros, which
/// deflate packs about 1,000:1), optionally with the large part's unpacked size forged smaller in both the local header
/// and the central directory. Shared with the web tests (linked there), which upload them through every form.
/// </summary>
public static class ZipBombs
{
    public const long BombBytes = 150L * 1024 * 1024;

    private static readonly Lazy<byte[]> WorkbookBomb = new(() => Build("xl/worksheets/sheet1.xml", BombBytes));
    private static readonly Lazy<byte[]> WorkbookLiar = new(() => Build("xl/worksheets/sheet1.xml", BombBytes, declaredBytes: 4096));
    private static readonly Lazy<byte[]> DocumentBomb = new(() => Build("word/document.xml", BombBytes));
    private static readonly Lazy<byte[]> DocumentLiar = new(() => Build("word/document.xml", BombBytes, declaredBytes: 4096));

    /// <summary>An .xlsx whose sheet unpacks to 150 MB, declared honestly.</summary>
    public static byte[] Workbook => WorkbookBomb.Value;

    /// <summary>The same, its central directory and local header claiming the sheet is 4 KB.</summary>
    public static byte[] LyingWorkbook => WorkbookLiar.Value;

    /// <summary>A .docx whose document part unpacks to 150 MB, declared honestly.</summary>
    public static byte[] Document => DocumentBomb.Value;

    /// <summary>The same, claiming the document part is 4 KB.</summary>
    public static byte[] LyingDocument => DocumentLiar.Value;

    /// <summary>A package with <paramref name="bigEntry"/> of <paramref name="bytes"/> zeros, its size forged to <paramref name="declaredBytes"/> when given.</summary>
    public static byte[] Build(string bigEntry, long bytes, long? declaredBytes = null, int extraEntries = 0)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(archive.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }
            for (var i = 0; i < extraEntries; i++) archive.CreateEntry($"extra/{i}.xml").Open().Dispose();
            using var big = archive.CreateEntry(bigEntry, CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var written = 0L; written < bytes; written += zeros.Length) big.Write(zeros, 0, (int)Math.Min(zeros.Length, bytes - written));
        }
        var content = zip.ToArray();
        if (declaredBytes is { } declared) Forge(content, bigEntry, (uint)declared);
        return content;
    }

    /// <summary>Writes <paramref name="declared"/> as the unpacked size of <paramref name="entry"/> in its central directory record and local header.</summary>
    private static void Forge(byte[] zip, string entry, uint declared)
    {
        var end = zip.Length - 22;
        BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)).Should().Be(0x06054b50u, "the package ends with its directory, without a comment");
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var record = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        for (var i = 0; i < count; i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(record + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(record + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(record + 32));
            var name = System.Text.Encoding.UTF8.GetString(zip, record + 46, nameLength);
            if (name == entry)
            {
                var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(record + 42));
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(record + 24), declared);
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(local + 22), declared);
                return;
            }
            record += 46 + nameLength + extraLength + commentLength;
        }
        throw new InvalidOperationException($"No entry {entry}.");
    }
}
