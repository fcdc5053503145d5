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
    /// </summary>
    public static FileContentResult Serve(HttpResponse response, StoredFile file)
    {
        response.Headers[HeaderNames.CacheControl] = "private, no-store";
        return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.FileName };
    }
}
