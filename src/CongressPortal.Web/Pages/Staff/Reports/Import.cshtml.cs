using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// Brings the text of a report in, from a Word file or pasted text, and detects its outline. The new outline replaces
/// the draft; published versions stay as they are. A refused file creates nothing.
/// </summary>
[RequestSizeLimit(Uploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Uploads.MaxRequestBytes)]
public sealed class ImportModel(ImportModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public uint Version { get; set; }

    [BindProperty, Display(Name = "粘贴文字"), StringLength(500_000, ErrorMessage = "文字过长（超过50万字），请分开导入或上传 Word 文件。")]
    public string? Text { get; set; }

    [BindProperty, Display(Name = "Word 文件")]
    public IFormFile? Upload { get; set; }

    public Handler.Summary? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await handler.SummaryAsync(Id, User.AsStaff(), ct);
        if (Report is null) return NotFound();
        Version = Report.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Report = await handler.SummaryAsync(Id, User.AsStaff(), ct);
        if (Report is null) return NotFound();
        if (Upload is null && string.IsNullOrWhiteSpace(Text))
            ModelState.AddModelError(nameof(Text), "请粘贴报告文字，或选择 Word 文件。");
        if (!ModelState.IsValid) return Page();

        var result = Upload is not null
            ? await handler.ImportFileAsync(Id, Version, Upload, User.AsStaff(), ct)
            : await handler.ImportTextAsync(Id, Version, Text!, User.AsStaff(), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            // The page's own inputs are the form: a refusal of the file goes to Upload, one of the text to Text.
            result.AddTo(ModelState, GetType(), "");
            return Page();
        }
        TempData["StatusMessage"] = result.Value;
        return RedirectToPage("Outline", new { id = Id });
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ZipLimits zipLimits)
    {
        public sealed record Summary(int Id, int Year, string Title, uint Version, bool HasDraft, AvailableActions<WorkReportAction> Can);

        public async Task<Summary?> SummaryAsync(int id, Actor actor, CancellationToken ct)
        {
            var report = await db.Whole().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            return report is null ? null : new Summary(report.Id, report.Year, report.Title, report.Version, report.DraftJson is not null, report.AvailableActions(actor));
        }

        public async Task<CommandResult<string>> ImportFileAsync(int id, uint version, IFormFile file, Actor actor, CancellationToken ct)
        {
            ReportOutline outline;
            try
            {
                if (file.Length > DocxReader.MaxBytes) throw DocxReader.TooLarge.ToException();
                using var buffer = new MemoryStream();
                await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
                outline = OutlineDetector.Detect(DocxReader.Read(buffer.ToArray(), zipLimits));
            }
            catch (DomainRuleException e)
            {
                // Whatever stops a file's text from being read is about the file.
                return CommandResult<string>.Refused(e.Refusal.On(nameof(Upload)));
            }
            return await ImportAsync(id, version, outline, actor, ct);
        }

        public async Task<CommandResult<string>> ImportTextAsync(int id, uint version, string text, Actor actor, CancellationToken ct)
        {
            ReportOutline outline;
            try
            {
                outline = OutlineDetector.Detect(text);
            }
            catch (DomainRuleException e)
            {
                return CommandResult<string>.Refused(e.Refusal);
            }
            return await ImportAsync(id, version, outline, actor, ct);
        }

        private Task<CommandResult<string>> ImportAsync(int id, uint version, ReportOutline outline, Actor actor, CancellationToken ct) =>
            db.RunAsync(db.Whole(), id, version, report =>
            {
                report.Import(outline, actor, clock.GetUtcNow());
                return Imported(outline);
            }, ReportActions.Options, ct);

        private static string Imported(ReportOutline outline)
        {
            var message = $"已导入{outline.Blocks.Count}段，检测到{outline.TableOfContents(4).Count}个一级目录项。";
            if (outline.Warnings.FirstOrDefault(w => w.BlockId is null) is { } notice) message += notice.Message;
            if (outline.Warnings.Count > 0) message += $"有{outline.Warnings.Count}处需要核对，已在下方标出。";
            return message;
        }
    }
}
