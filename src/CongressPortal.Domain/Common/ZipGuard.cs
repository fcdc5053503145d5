using System.IO.Compression;

namespace CongressPortal.Domain.Common;

/// <summary>
/// How far an uploaded ZIP package (.xlsx, .docx) may unpack: in total, per entry against its packed size, and in
/// number of entries. A real workbook or report stays far below each bound; a ZIP bomb (a few kilobytes that unpack to
/// gigabytes) passes none of them.
/// </summary>
/// <param name="MaxUnpackedBytes">All entries together, unpacked (<c>Uploads:MaxUnpackedBytes</c>).</param>
/// <param name="MaxEntries">Entries in the package (<c>Uploads:MaxZipEntries</c>).</param>
/// <param name="MaxRatio">Unpacked : packed for an entry larger than <paramref name="RatioFloorBytes"/> (<c>Uploads:MaxZipRatio</c>).</param>
/// <param name="RatioFloorBytes">Smaller entries may compress as well as they like: a short XML part of repeated tags does.</param>
public sealed record ZipLimits(long MaxUnpackedBytes, int MaxEntries, int MaxRatio, long RatioFloorBytes)
{
    public const long DefaultMaxUnpackedBytes = 100L * 1024 * 1024;

    /// <summary>
    /// 100 MB in all, 10,000 entries, 100:1 above 1 MB. The largest import allowed (5,000 rows of .xlsx)
    /// unpacks to a few MB, a 20 MB report of pictures to about 20 MB; sheet XML compresses 10–30:1, zeros about 1,000:1.
    /// </summary>
    public static ZipLimits Default { get; } = new(DefaultMaxUnpackedBytes, 10_000, 100, 1024 * 1024);
}

/// <summary>
/// Refuses a ZIP bomb before any parser opens it. First the central directory (each entry's declared sizes), then the
/// real thing: every entry is unpacked once, counting the bytes as they come, so a package whose directory lies about
/// its sizes is stopped at the bound instead of filling the memory. The parsers (MiniExcel, the Open XML SDK) read the
/// same directory afterwards, so what they unpack is what was counted here.
/// </summary>
public static class ZipGuard
{
    private const string Area = FileMessages.Area + ".Zip";

    /// <summary>The refusal of a package beyond <see cref="ZipLimits"/>; a File.* code, so pages show it next to the file input.</summary>
    public static Refusal TooLarge { get; } = Refusal.Define(Area, "文件解压后过大，可能已损坏或被篡改，无法读取。请用 Office 或 WPS 打开后重新另存，再上传。");

    /// <summary>
    /// Throws <see cref="TooLarge"/> when <paramref name="content"/> is a ZIP that unpacks beyond <paramref name="limits"/>.
    /// Anything that is not a readable ZIP passes: the parser that follows refuses it with its own message.
    /// </summary>
    public static void Check(byte[] content, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        Check(stream, limits);
    }

    /// <summary>As <see cref="Check(byte[], ZipLimits)"/> for a seekable stream, read from its start and left there.</summary>
    public static void Check(Stream content, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        content.Position = 0;
        Span<byte> signature = stackalloc byte[2];
        var isZip = content.ReadAtLeast(signature, 2, throwOnEndOfStream: false) == 2 && signature.SequenceEqual("PK"u8);
        content.Position = 0;
        if (!isZip) return;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            CheckDirectory(zip, limits);
            CheckUnpacking(zip, limits);
        }
        catch (InvalidDataException)
        {
            // Not a ZIP, or a damaged one: nothing was unpacked beyond the bound, and the parser will not read it either.
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static void CheckDirectory(ZipArchive zip, ZipLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries) throw TooLarge.ToException();
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > limits.MaxUnpackedBytes) throw TooLarge.ToException();
            if (entry.Length > limits.RatioFloorBytes && entry.Length > Math.Max(1, entry.CompressedLength) * limits.MaxRatio)
            {
                throw TooLarge.ToException();
            }
        }
    }

    private static void CheckUnpacking(ZipArchive zip, ZipLimits limits)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            long unpacked = 0;
            var crc = Crc32.Start;
            try
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    unpacked += read;
                    total += read;
                    // More than the directory declared is a lie; more than the bound is a bomb, whatever was declared.
                    if (unpacked > entry.Length || total > limits.MaxUnpackedBytes) throw TooLarge.ToException();
                    crc = Crc32.Append(crc, buffer.AsSpan(0, read));
                }
            }
            catch (InvalidDataException)
            {
                // The directory opened, but an entry does not unpack as it declares: damaged or forged.
                throw TooLarge.ToException();
            }
            // The runtime stops unpacking at the declared size; an entry whose sizes were forged smaller then ends early
            // and its checksum (of the whole original) does not match what came out.
            if (unpacked != entry.Length || Crc32.Finish(crc) != entry.Crc32) throw TooLarge.ToException();
        }
    }

    /// <summary>The ZIP checksum (CRC-32, IEEE), which the package records for every entry.</summary>
    private static class Crc32
    {
        public const uint Start = 0xFFFFFFFF;

        private static readonly uint[] Table = BuildTable();

        public static uint Append(uint crc, ReadOnlySpan<byte> data)
        {
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }

        public static uint Finish(uint crc) => ~crc;

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                var c = n;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                table[n] = c;
            }
            return table;
        }
    }
}
