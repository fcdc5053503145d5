using CongressPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CongressPortal.Web.Infrastructure;

/// <summary>
/// Uploaded documents (scans, PDF, Word) and how they are served. Pages that take files set
/// <c>[RequestSizeLimit(Uploads.MaxRequestBytes)]</c> and <c>[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]</c>:
/// a little above the 20 MB file limit, so an oversized file still reaches the page and gets a clear message.
/// The content is checked by <see cref="StoredFile.Accept"/>, never trusted from the name or the browser.
/// </summary>
public static class Uploads
{
    public const long MaxRequestBytes = StoredFile.MaxBytes + (4 * 1024 * 1024);

    public const string Accept = ".pdf,.docx,.jpg,.jpeg,.png";

    /// <summary>The configured <see cref="ZipLimits"/>, for readers that are not services (page helpers, static readers).</summary>
    public static ZipLimits GetZipLimits(this HttpContext context) =>
        context?.RequestServices.GetService<ZipLimits>() ?? Domain.Common.ZipLimits.Default;

    /// <summary>
    /// How far an uploaded .xlsx or .docx may unpack before any parser reads it (ADR 0025): <c>Uploads:MaxUnpackedBytes</c>,
    /// <c>Uploads:MaxZipEntries</c>, <c>Uploads:MaxZipRatio</c>; each missing one takes its default, and a value that is not
    /// a positive number stops the start-up instead of silently lifting the bound.
    /// </summary>
    public static ZipLimits ZipLimitsFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Uploads");
        var limits = new ZipLimits(
            section.GetValue("MaxUnpackedBytes", ZipLimits.Default.MaxUnpackedBytes),
            section.GetValue("MaxZipEntries", ZipLimits.Default.MaxEntries),
            section.GetValue("MaxZipRatio", ZipLimits.Default.MaxRatio),
            ZipLimits.Default.RatioFloorBytes);
        if (limits.MaxUnpackedBytes <= 0 || limits.MaxEntries <= 0 || limits.MaxRatio <= 0)
        {
            throw new InvalidOperationException("Uploads:MaxUnpackedBytes, Uploads:MaxZipEntries and Uploads:MaxZipRatio must be positive: there is no way to turn the ZIP bomb guard off.");
        }
        return limits;
    }

    /// <summary>Reads an upload into memory, refusing what is over the limit before reading it.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > StoredFile.MaxBytes) throw new DomainRuleException(FileMessages.TooLarge);
        using var buffer = new MemoryStream((int)file.Length);
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// Serves a stored file as a download (never rendered inline from our origin), with its Chinese name, and
    /// keeps it out of shared caches: these files are never public. (The pipeline sends nosniff on every response.)
    /// The name ends with the extension of the type the content was checked to be (<see cref="StoredFile.DownloadName"/>), so a
    /// reader's system opens it with the program for that type, whatever the name it was uploaded under.
    /// </summary>
    public static FileContentResult Serve(HttpResponse response, StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(file);
        response.Headers[HeaderNames.CacheControl] = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        // FileDownloadName writes both filename= and the RFC 5987 filename*=UTF-8'' form that carries Chinese names.
        return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.DownloadName };
    }

}
