using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Pages.Staff.Reports;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CongressPortal.Web.Pages.Staff.Shared;

/// <summary>
/// A regulation's text on a staff form: pasted, or read from a Word (.docx) file, its structure detected
/// (<see cref="StatuteDetector"/>), shown line by line so staff can fix the kind of any line, and posted back with the
/// rest of the page's form so nothing typed is lost. The lines posted are the text: <see cref="Resolve"/> turns them
/// into the <see cref="StatuteText"/> the domain stores.
/// <para>How a page uses it (the name <c>Text</c> matters: the domain's refusals about the text carry the field key
/// <c>"Text"</c>, e.g. <see cref="LegislationMessages.DraftTextRequired"/>, and <see cref="Infrastructure.Forms"/> puts
/// them under the page property of that name, where the partial shows them):</para>
/// <code>
/// [RequestSizeLimit(Uploads.MaxRequestBytes)]
/// [RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes, ValueCountLimit = StatuteInput.FormValueCountLimit)]
/// public sealed class ReadingModel(…) : PageModel
/// {
///     [BindProperty] public StatuteInput Text { get; set; } = new();
///     [BindProperty] public ReadingDraft Input { get; set; } = …;   // the rest of the form
///
///     // "识别结构", "更新预览" and "重新识别" post the whole form here: nothing is saved, everything typed comes back.
///     public async Task&lt;IActionResult&gt; OnPostDetectAsync(CancellationToken ct)
///     {
///         StatuteInput.SetAsideErrors(ModelState);  // the other fields are not being submitted yet (their values stay)
///         if (await Text.DetectAsync(HttpContext.GetZipLimits(), ct) is { } refusal) Text.AddTo(ModelState, refusal);
///         return await PageAsync(ct);               // the page's usual re-render (lists for selects …)
///     }
///
///     public async Task&lt;IActionResult&gt; OnPostAsync(CancellationToken ct)
///     {
///         if (!ModelState.IsValid) return await PageAsync(ct);
///         StatuteText text;
///         try { text = Text.Resolve(); }
///         catch (DomainRuleException e) { Text.AddTo(ModelState, e.Refusal); return await PageAsync(ct); }
///         var result = await store.RecordReadingAsync(id, Version, Input, text, …);   // a refusal with Field "Text"
///         if (!result.IsSuccess) { result.AddTo(ModelState, GetType(), ""); return await PageAsync(ct); }  // lands under "Text"
///         …
///     }
/// }
/// </code>
/// <para>In the view, inside the page's one form (which should be <c>enctype="multipart/form-data"</c>; the detect
/// button also sets <c>formenctype</c>): <c>&lt;partial name="/Pages/Staff/Shared/_StatuteInput.cshtml" for="Text" /&gt;</c>
/// (the full path: Razor Pages do not look in <c>Pages/Staff/Shared</c> by name). Its buttons post to the page's
/// <c>Detect</c> handler with the page's route values. A refusal under the key <c>Text</c> (the text as a whole) or
/// <c>Text.File</c> / <c>Text.Pasted</c> shows next to the inputs. Before detection the page's own submit button still
/// works: <see cref="Resolve"/> detects from the paste.</para>
/// </summary>
public sealed class StatuteInput
{
    public const int MaxPastedLength = 500_000;

    /// <summary>
    /// Form values a page with this input must accept (<c>RequestFormLimits.ValueCountLimit</c>; the default of 1,024
    /// stops at about 500 lines): one hidden text and one kind per line, and room for the page's other fields.
    /// </summary>
    public const int FormValueCountLimit = (2 * StatuteText.MaxLines) + 1024;

    /// <summary>The kinds staff can choose for a line, in the order of the select, with their labels.</summary>
    public static IReadOnlyList<(StatuteLineKind Kind, string Label)> Kinds { get; } =
    [
        (StatuteLineKind.Title, "标题"),
        (StatuteLineKind.Note, "题注"),
        (StatuteLineKind.Toc, "目录"),
        (StatuteLineKind.Preamble, "序言"),
        (StatuteLineKind.Chapter, "章"),
        (StatuteLineKind.Section, "节"),
        (StatuteLineKind.Article, "条"),
        (StatuteLineKind.Paragraph, "款"),
        (StatuteLineKind.Item, "项"),
    ];

    private static readonly Refusal ReadFileFirst = Refusal.Define(FileMessages.Area + ".Statute", "已选择 Word 文件：请先点击“识别结构”读取文件并核对，再保存。");
    private static readonly Refusal EmptyFile = Refusal.Define(FileMessages.Area + ".Statute", "上传的文件是空的，请选择法规文本的 Word 文件。");

    [Display(Name = "粘贴文字"), StringLength(MaxPastedLength, ErrorMessage = "文字过长（超过50万字），请分开导入或上传 Word 文件。")]
    public string? Pasted { get; set; }

    [Display(Name = "Word 文件")]
    public IFormFile? File { get; set; }

    /// <summary>The text of each line, as detected and posted back (hidden inputs).</summary>
    public List<string> LineText { get; set; } = [];

    /// <summary>The kind of each line, as detected or corrected by staff (one select per line).</summary>
    public List<StatuteLineKind> LineKind { get; set; } = [];

    /// <summary>Posted by "重新识别": go back to the text (the lines joined), to edit it and detect again.</summary>
    public bool Restart { get; set; }

    private IReadOnlyList<string>? detectionWarnings;

    /// <summary>Whether lines have been detected (the partial then shows the table instead of the paste).</summary>
    public bool Detected => LineText.Count > 0;

    /// <summary>
    /// What staff should check: the detector's warnings right after detection, otherwise the numbering warnings of the
    /// lines as posted (after staff changed kinds). Empty when the lines cannot make a text.
    /// </summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            if (detectionWarnings is not null) return detectionWarnings;
            if (!Detected) return [];
            try
            {
                return StatuteDetector.Warnings(FromLines());
            }
            catch (DomainRuleException)
            {
                return [];
            }
        }
    }

    /// <summary>
    /// The page's Detect handler: reads the file (when one was chosen) or the paste, detects the structure and fills
    /// <see cref="LineText"/>, <see cref="LineKind"/> and <see cref="Warnings"/>. With neither, the posted lines are kept
    /// and checked again ("更新预览"); with <see cref="Restart"/>, the lines go back into <see cref="Pasted"/>. Returns the
    /// refusal to show (about the file, or with field <c>Text</c>), or null; use <see cref="AddTo"/> to show it.
    /// </summary>
    public async Task<Refusal?> DetectAsync(ZipLimits zipLimits, CancellationToken ct)
    {
        try
        {
            if (Restart)
            {
                Pasted = Detected ? FromLines().PlainText : Pasted;
                Restart = false;
                Clear();
                return null;
            }
            StatuteDetection detection;
            if (File is { } file)
            {
                detection = StatuteDetector.Detect((await ReadDocxAsync(file, zipLimits, ct)).Select(p => p.Text));
                File = null;
            }
            else if (!string.IsNullOrWhiteSpace(Pasted))
            {
                if (Pasted.Length > MaxPastedLength) return LegislationMessages.TextTooLong;
                detection = StatuteDetector.Detect(Pasted);
            }
            else if (Detected)
            {
                var text = FromLines();
                detection = new StatuteDetection(text, StatuteDetector.Warnings(text));
            }
            else
            {
                return LegislationMessages.NothingToImport;
            }
            if (detection.Text.Lines.Count == 0) return LegislationMessages.NothingToImport;
            Fill(detection);
            return null;
        }
        catch (DomainRuleException e)
        {
            return e.Refusal;
        }
    }

    /// <summary>
    /// The text to save: the posted lines with their kinds; before any detection, the paste detected as it is; with
    /// nothing at all, <see cref="StatuteText.Empty"/> (the domain refuses an empty text where one is required). Throws a
    /// <see cref="DomainRuleException"/> (field <c>Text</c>, or about the file when a file was chosen but not yet read).
    /// </summary>
    public StatuteText Resolve()
    {
        if (Detected) return FromLines();
        if (!string.IsNullOrWhiteSpace(Pasted))
        {
            if (Pasted.Length > MaxPastedLength) throw LegislationMessages.TextTooLong.ToException();
            return StatuteDetector.Detect(Pasted).Text;
        }
        if (File is not null) throw ReadFileFirst.ToException();
        return StatuteText.Empty;
    }

    /// <summary>The text for the preview, or null when the lines posted cannot make one (the refusal is shown instead).</summary>
    public StatuteText? Preview()
    {
        if (!Detected) return null;
        try
        {
            return FromLines();
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    /// <summary>
    /// Shows a refusal next to this input on a page where the input is the property <paramref name="property"/>: a
    /// refusal of the file next to the file input, anything else next to the text as a whole.
    /// </summary>
    public void AddTo(ModelStateDictionary modelState, Refusal refusal, string property = "Text")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(refusal);
        var key = Infrastructure.Forms.IsAboutFile(refusal) ? $"{property}.{nameof(File)}" : property;
        modelState.AddModelError(key, refusal.Message);
    }

    /// <summary>Fills the lines from a detection (also for pages that start from a stored text: <see cref="Load"/>).</summary>
    public void Fill(StatuteDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        LineText = [.. detection.Text.Lines.Select(l => l.Text)];
        LineKind = [.. detection.Text.Lines.Select(l => l.Kind)];
        detectionWarnings = detection.Warnings;
        Pasted = null;
    }

    /// <summary>Starts from a stored text (editing a pending version): its lines, with the numbering warnings.</summary>
    public void Load(StatuteText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Fill(new StatuteDetection(text, StatuteDetector.Warnings(text)));
    }

    /// <summary>
    /// For the Detect handler: the other fields of the form are not being submitted yet, so their validation errors are
    /// not shown; what was typed in them (even what did not bind) stays in ModelState and comes back in the inputs.
    /// </summary>
    public static void SetAsideErrors(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var entry in modelState.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Skipped;
        }
    }

    public static string KindLabel(StatuteLineKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label ?? kind.ToString();

    private void Clear()
    {
        LineText = [];
        LineKind = [];
        detectionWarnings = null;
    }

    // A line whose kind did not come back (a tampered or truncated form) counts as a paragraph: its text is kept.
    private StatuteText FromLines() =>
        StatuteText.From(LineText.Select((text, i) => new StatuteLine(i < LineKind.Count ? LineKind[i] : StatuteLineKind.Paragraph, text ?? "")));

    private static async Task<IReadOnlyList<Domain.Reports.SourceParagraph>> ReadDocxAsync(IFormFile file, ZipLimits zipLimits, CancellationToken ct)
    {
        if (file.Length == 0) throw EmptyFile.ToException();
        if (file.Length > DocxReader.MaxBytes) throw DocxReader.TooLarge.ToException();
        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
        return DocxReader.Read(buffer.ToArray(), zipLimits);
    }
}
