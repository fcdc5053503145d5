using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>A link the page shows after a successful import (to the list the rows went into).</summary>
public sealed record ImportLink(string Href, string Text);

/// <summary>
/// The page side of an Excel import: the upload, the errors or warnings of the last upload, the summary after a
/// successful one (Post/Redirect/Get), and the request limits. The views render it with the shared partials
/// <c>_ExcelImportResult</c> and <c>_ExcelImportFile</c> and the script <c>excel-import.js</c> (upload progress).
/// </summary>
// Filters apply to a page as a whole (not per handler): the limit is above the 10 MB file limit so that a somewhat
// larger file still reaches the page and gets a clear message.
[RequestSizeLimit(XlsxFile.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = XlsxFile.MaxRequestBytes)]
public abstract class ExcelImportPage : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>The confirmation checkbox: the fingerprint of the warnings staff ticked (<see cref="ExcelImport.Fingerprint"/>), or null.</summary>
    [BindProperty] public string? Confirmed { get; set; }

    /// <summary>The rows of a <see cref="ImportWarning.RowChoice"/> warning staff ticked to import anyway (their Excel row numbers).</summary>
    [BindProperty] public List<int> RegisterAnyway { get; set; } = [];

    /// <summary>The rows and columns that stopped the last upload, in row order.</summary>
    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    /// <summary>The rows of the last upload that staff must confirm before it is imported.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; private set; } = [];

    /// <summary>Set after a successful import and carried across the redirect: "N 名代表已导入…".</summary>
    [TempData] public string? ImportSummary { get; set; }

    /// <summary>The sheet the page imports: its row limit and the words for the page's texts.</summary>
    public abstract ImportSheet Sheet { get; }

    /// <summary>Where the summary links to.</summary>
    public abstract ImportLink ResultLink { get; }

    /// <summary>The label of the checkbox that confirms the warnings.</summary>
    public virtual string ConfirmLabel => "我已核对上述内容，确认导入";

    /// <summary>The value the confirmation checkbox sends: the fingerprint of the warnings shown.</summary>
    public string? Confirmation => Warnings.Count > 0 ? ExcelImport.Fingerprint(Warnings) : null;

    /// <summary>The first message recorded for <paramref name="key"/>, for the span next to that field.</summary>
    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>
    /// Runs <paramref name="import"/> on the uploaded file (with the confirmation the form sent) once the form is valid:
    /// true when the rows were imported (<see cref="ImportSummary"/> set; the page redirects), false when the page shows
    /// again with the file's message, errors or warnings. The page checks its own fields (term, session) first.
    /// </summary>
    protected async Task<bool> TryImportAsync(Func<UploadedFile, string?, Task<ImportOutcome>> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (Upload is null) ModelState.AddModelError(nameof(Upload), XlsxFile.NoFile);
        if (!ModelState.IsValid) return false;

        await using var content = Upload!.OpenReadStream();
        var outcome = await import(new UploadedFile(Upload.FileName, Upload.Length, content) { Limits = HttpContext.GetZipLimits() }, Confirmed);
        if (outcome.IsSuccess)
        {
            ImportSummary = outcome.Summary;
            return true;
        }
        if (outcome.FileError is not null) ModelState.AddModelError(nameof(Upload), outcome.FileError);
        Errors = outcome.Errors;
        Warnings = outcome.Warnings;
        return false;
    }
}
