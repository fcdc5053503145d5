using System.Globalization;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Imports one session's suggestions (received during the session) from an .xlsx made from the template
/// (?handler=Template). Every row is checked first; a file with any error imports nothing and lists every
/// error by row and column; a clean file is registered in one transaction by <see cref="SuggestionRegistrar"/>,
/// numbered in row order, each 待审查.
/// </summary>
// Filters apply to a page as a whole (not per handler): the limit is above the 10 MB file limit so that
// a somewhat larger file still reaches the page and gets a clear message.
[RequestSizeLimit(XlsxFile.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = XlsxFile.MaxRequestBytes)]
public sealed partial class ImportModel(ImportModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")] public int? SessionId { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];

    /// <summary>The rows and columns that stopped the last upload, in row order.</summary>
    public IReadOnlyList<RowError> Errors { get; private set; } = [];

    /// <summary>Set after a successful import (carried across the redirect): "N 件建议已导入…".</summary>
    [TempData] public string? ImportSummary { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        SessionId ??= await handler.LatestSessionAsync(ct);
        Sessions = await handler.SessionsAsync(SessionId, ct);
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct) =>
        File(await handler.TemplateAsync(ct), XlsxFile.ContentType, SuggestionSheet.TemplateFileName);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (SessionId is null) ModelState.AddModelError("session", "请选择会议。");
        if (Upload is null) ModelState.AddModelError(nameof(Upload), XlsxFile.NoFile);
        if (ModelState.IsValid)
        {
            await using var content = Upload!.OpenReadStream();
            var outcome = await handler.ImportAsync(SessionId!.Value, new UploadedFile(Upload.FileName, Upload.Length, content), User.AsStaff(), ct);
            if (outcome.IsSuccess)
            {
                ImportSummary = outcome.Summary;
                return RedirectToPage(new { session = SessionId });
            }
            if (outcome.FileError is not null) ModelState.AddModelError(nameof(Upload), outcome.FileError);
            Errors = outcome.Errors;
        }
        Sessions = await handler.SessionsAsync(SessionId, ct);
        return Page();
    }

    /// <summary>The first message recorded for <paramref name="key"/>, for the span next to that field.</summary>
    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public sealed record UploadedFile(string FileName, long Length, Stream Content);

    /// <summary>One problem in the file: the Excel row (the header is row 1), the column header, the message and what the cell held.</summary>
    public sealed record RowError(int Row, string Column, string Message, string? Value);

    /// <summary>Not a <see cref="Infrastructure.CommandResult{T}"/>: a rejected file carries a table of errors, not one message.</summary>
    public sealed record Outcome(int Imported, string Summary, string? FileError, IReadOnlyList<RowError> Errors)
    {
        public bool IsSuccess => FileError is null && Errors.Count == 0;

        public static Outcome Rejected(string fileError) => new(0, "", fileError, []);

        public static Outcome Rejected(IReadOnlyList<RowError> errors) => new(0, "", null, errors);
    }

    public sealed partial class Handler(AppDbContext db, SuggestionRegistrar registrar, TimeProvider clock, ILogger<Handler> logger)
    {
        public static readonly string TooManyRows = $"一个文件最多导入{SuggestionSheet.MaxSuggestions}件建议，请分成几个文件导入。";

        public const string NoRows = "文件中没有建议：第1行是列名，请从第2行起每行填写一件建议。";

        public const string NoSession = "所选会议不存在，请重新选择。";

        /// <summary>The latest session that has begun (the one whose batch is usually imported), else the latest.</summary>
        public async Task<int?> LatestSessionAsync(CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            return await db.Sessions.AsNoTracking()
                .OrderBy(s => s.StartDate > today).ThenByDescending(s => s.StartDate)
                .Select(s => (int?)s.Id)
                .FirstOrDefaultAsync(ct);
        }

        public async Task<IReadOnlyList<SelectListItem>> SessionsAsync(int? selected, CancellationToken ct)
        {
            var sessions = await db.Sessions.AsNoTracking()
                .OrderByDescending(s => s.Term.Number).ThenByDescending(s => s.Number)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number })
                .ToListAsync(ct);
            return sessions.Select(s => new SelectListItem(CongressSession.FormatName(s.Term, s.Number), s.Id.ToString(CultureInfo.InvariantCulture), s.Id == selected)).ToList();
        }

        /// <summary>The template: the header row and one example row, and the instructions listing the categories.</summary>
        public async Task<byte[]> TemplateAsync(CancellationToken ct)
        {
            var categories = await db.SuggestionCategories.AsNoTracking()
                .Where(c => c.IsActive)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => c.Name)
                .ToListAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var example = SuggestionSheet.ExampleRow(categories.FirstOrDefault() ?? "城乡建设", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return XlsxFile.Write(
            [
                new XlsxSheet(SuggestionSheet.SheetName, [SuggestionSheet.Headers, example], SuggestionSheet.Widths),
                new XlsxSheet(SuggestionSheet.InstructionsSheetName, SuggestionSheet.Instructions(categories), SuggestionSheet.InstructionWidths),
            ]);
        }

        /// <summary>Reads and checks the whole file; registers every suggestion in one transaction only when nothing is wrong.</summary>
        public async Task<Outcome> ImportAsync(int sessionId, UploadedFile file, Actor actor, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(file);
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .Select(s => new { s.Id, s.TermId, Term = s.Term.Number, s.Number, s.StartDate })
                .SingleOrDefaultAsync(ct);
            if (session is null) return Outcome.Rejected(NoSession);

            // Row 1 is the header, so the last row a file may use is one below the limit.
            var read = await XlsxFile.ReadAsync(file.FileName, file.Length, file.Content, SuggestionSheet.SheetName, SuggestionSheet.MaxSuggestions + 1, TooManyRows, ct);
            if (!read.IsSuccess) return Outcome.Rejected(read.Error!);
            if (read.Rows.Count == 0) return Outcome.Rejected(XlsxFile.EmptyWorkbook);

            var errors = new List<RowError>();
            var columns = ReadHeader(read.Rows[0], errors);
            if (errors.Count > 0) return Outcome.Rejected(errors);
            var dataRows = read.Rows.Skip(1).ToList();
            if (dataRows.Count == 0) return Outcome.Rejected(NoRows);

            var termName = $"第{ChineseNumerals.Format(session.Term)}届";
            var deputies = await db.Deputies.AsNoTracking()
                .Where(d => d.TermId == session.TermId)
                .OrderBy(d => d.Number)
                .Select(d => new DeputyRef(d.Id, d.Name, d.Number))
                .ToListAsync(ct);
            var categories = await db.SuggestionCategories.AsNoTracking()
                .Select(c => new CategoryRef(c.Id, c.Name, c.IsActive))
                .ToListAsync(ct);
            var context = new ImportContext(
                session.Id,
                // A session's suggestions count in the year it was held.
                session.StartDate.Year,
                termName,
                ChinaTime.Today(clock.GetUtcNow()),
                deputies.ToLookup(d => d.Name, StringComparer.Ordinal),
                deputies.Where(d => d.Number is not null).ToDictionary(d => d.Number!, StringComparer.Ordinal),
                categories.ToDictionary(c => c.Name, StringComparer.Ordinal));

            var drafts = new List<SuggestionDraft>(dataRows.Count);
            foreach (var row in dataRows)
            {
                var draft = new RowCheck(row, columns, context, errors).Check();
                if (draft is not null) drafts.Add(draft);
            }
            if (errors.Count > 0) return Outcome.Rejected(errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder(e.Column)).ToList());

            // One call, one transaction: numbers are drawn in row order, and nothing is saved if anything fails.
            var result = await registrar.RegisterAsync(drafts, actor, null, null, ct);
            if (!result.IsSuccess) return Outcome.Rejected($"未导入任何建议：{result.Error}");
            var created = result.Value!;
            // Counts only: titles and names stay out of the log.
            logger.LogInformation("Imported {Count} suggestions into session {SessionId}", created.Count, session.Id);
            var sessionName = CongressSession.FormatName(session.Term, session.Number);
            return new Outcome(
                created.Count,
                $"{created.Count} 件建议已导入{sessionName}，编号从{created[0].Number}到{created[^1].Number}，状态为“待审查”。",
                null,
                []);
        }

        private static int ColumnOrder(string header) =>
            SuggestionSheet.Match(header) is { } column ? SuggestionSheet.Columns.TakeWhile(c => c != column).Count() : -1;

        /// <summary>Which letter holds which of our columns; a missing required column or a repeated one is an error on the header row.</summary>
        private static Dictionary<string, string> ReadHeader(XlsxRow header, List<RowError> errors)
        {
            var letters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (letter, value) in header.Cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                var text = XlsxFile.Text(value);
                if (SuggestionSheet.Match(text) is not { } column) continue;
                if (!letters.TryAdd(column.Name, letter))
                {
                    errors.Add(new RowError(header.Number, column.Header, $"列“{column.Name}”出现了不止一次（{letters[column.Name]}列和{letter}列），请只保留一列。", text));
                }
            }
            foreach (var column in SuggestionSheet.Columns.Where(c => c.Required && !letters.ContainsKey(c.Name)))
            {
                errors.Add(new RowError(header.Number, column.Header, $"缺少必填列“{column.Name}”。请使用导入模板，不要删除或改动第1行的列名。", null));
            }
            return letters;
        }

        private sealed record DeputyRef(int Id, string Name, string? Number);

        private sealed record CategoryRef(int Id, string Name, bool IsActive);

        private sealed record ImportContext(
            int SessionId,
            int Year,
            string TermName,
            DateOnly Today,
            ILookup<string, DeputyRef> DeputiesByName,
            IReadOnlyDictionary<string, DeputyRef> DeputiesByNumber,
            IReadOnlyDictionary<string, CategoryRef> Categories);

        /// <summary>Checks one row column by column, collecting every problem; returns the draft when the row is clean.</summary>
        private sealed class RowCheck(XlsxRow row, IReadOnlyDictionary<string, string> letters, ImportContext context, List<RowError> errors)
        {
            private bool _failed;

            private object? Raw(string column) => letters.TryGetValue(column, out var letter) ? row[letter] : null;

            private string? Cell(string column) => XlsxFile.Text(Raw(column));

            private void Fail(string column, string message, string? value)
            {
                _failed = true;
                var header = SuggestionSheet.Columns.First(c => c.Name == column).Header;
                errors.Add(new RowError(row.Number, header, message, Shorten(value)));
            }

            /// <summary>A long cell (a whole suggestion's text) is shown by its beginning: the row and column say where it is.</summary>
            private static string? Shorten(string? value) => value is { Length: > 60 } ? value[..60] + "…" : value;

            private string? TextOf(string column, string field, int maxLength)
            {
                var value = Cell(column);
                try
                {
                    return Text.Required(value, field, field, maxLength);
                }
                catch (DomainRuleException e)
                {
                    Fail(column, e.Message, value);
                    return null;
                }
            }

            public SuggestionDraft? Check()
            {
                var title = TextOf(SuggestionSheet.Title, "标题", 200);
                if (title == SuggestionSheet.ExampleTitle)
                {
                    Fail(SuggestionSheet.Title, "这是导入模板中的示例行，请删除后再上传。", title);
                    return null;
                }
                var content = TextOf(SuggestionSheet.Content, "内容", 20000);
                var lead = LeadOf();
                var coSigners = CoSignersOf(lead);
                var category = CategoryOf();
                var receivedOn = ReceivedOnOf();
                if (_failed) return null;
                return new SuggestionDraft(SuggestionSource.DuringSession, context.SessionId, context.Year, lead!.Value, coSigners!,
                    title!, content!, category!.Value, receivedOn!.Value);
            }

            private int? LeadOf()
            {
                var value = Cell(SuggestionSheet.Lead);
                if (value is null)
                {
                    Fail(SuggestionSheet.Lead, DomainMessages.Required(SuggestionSheet.Lead, SuggestionSheet.Lead).Message, null);
                    return null;
                }
                var (id, error) = Resolve(value);
                if (error is not null) Fail(SuggestionSheet.Lead, error, value);
                return id;
            }

            private List<int>? CoSignersOf(int? lead)
            {
                var value = Cell(SuggestionSheet.CoSigners);
                if (value is null) return [];
                var ids = new List<int>();
                var ok = true;
                foreach (var entry in NameSeparators().Split(value).Select(n => n.Trim()).Where(n => n.Length > 0))
                {
                    var (id, error) = Resolve(entry);
                    if (error is not null)
                    {
                        Fail(SuggestionSheet.CoSigners, error, value);
                        ok = false;
                    }
                    else if (id == lead)
                    {
                        Fail(SuggestionSheet.CoSigners, $"“{entry}”是领衔代表。{SuggestionMessages.LeadNotCoSigner}", value);
                        ok = false;
                    }
                    else if (ids.Contains(id!.Value))
                    {
                        Fail(SuggestionSheet.CoSigners, $"附议代表“{entry}”重复列出。", value);
                        ok = false;
                    }
                    else
                    {
                        ids.Add(id.Value);
                    }
                }
                return ok ? ids : null;
            }

            /// <summary>A deputy of the session's term by name, or by “name（代表证号）” when names clash.</summary>
            private (int? Id, string? Error) Resolve(string entry)
            {
                var (name, number) = SplitNumber(entry);
                if (number is not null)
                {
                    if (!context.DeputiesByNumber.TryGetValue(number, out var byNumber))
                        return (null, $"{context.TermName}没有代表证号为“{number}”的代表。");
                    if (name.Length > 0 && byNumber.Name != name)
                        return (null, $"代表证号“{number}”是{byNumber.Name}，与姓名“{name}”不符。");
                    return (byNumber.Id, null);
                }
                var matches = context.DeputiesByName[name].ToList();
                return matches.Count switch
                {
                    0 => (null, $"{context.TermName}没有名为“{name}”的代表。"),
                    1 => (matches[0].Id, null),
                    _ => (null, $"{context.TermName}有{matches.Count}名代表名为“{name}”（代表证号{string.Join("、", matches.Select(m => m.Number ?? "无"))}），请写成“{name}（代表证号）”。"),
                };
            }

            private static (string Name, string? Number) SplitNumber(string entry)
            {
                var match = NameWithNumber().Match(entry);
                return match.Success ? (match.Groups["name"].Value.Trim(), match.Groups["number"].Value.Trim()) : (entry.Trim(), null);
            }

            private int? CategoryOf()
            {
                var value = Cell(SuggestionSheet.Category);
                if (value is null)
                {
                    Fail(SuggestionSheet.Category, DomainMessages.Required(SuggestionSheet.Category, SuggestionSheet.Category).Message, null);
                    return null;
                }
                if (!context.Categories.TryGetValue(value, out var category))
                {
                    Fail(SuggestionSheet.Category, $"没有名为“{value}”的建议类别，请对照模板“填写说明”中的类别名称。", value);
                    return null;
                }
                if (!category.IsActive)
                {
                    Fail(SuggestionSheet.Category, $"建议类别“{value}”已停用。", value);
                    return null;
                }
                return category.Id;
            }

            private DateOnly? ReceivedOnOf()
            {
                var raw = Raw(SuggestionSheet.ReceivedOn);
                if (XlsxFile.IsBlank(raw))
                {
                    Fail(SuggestionSheet.ReceivedOn, DomainMessages.Required(SuggestionSheet.ReceivedOn, SuggestionSheet.ReceivedOn).Message, null);
                    return null;
                }
                // The same readings of a date cell as the deputy import: Excel dates, serial numbers, yyyy-mm-dd and 年月日.
                if (XlsxFile.ParseDate(raw) is not { } date || date.Year < 1980)
                {
                    Fail(SuggestionSheet.ReceivedOn, "收到日期无法识别，请按yyyy-mm-dd格式填写，如2026-01-12。", XlsxFile.Text(raw));
                    return null;
                }
                if (date > context.Today)
                {
                    Fail(SuggestionSheet.ReceivedOn, SuggestionMessages.ReceivedInFuture.Message, XlsxFile.Text(raw));
                    return null;
                }
                return date;
            }
        }

        /// <summary>Co-signers are separated by 、 ， , ; ； or line breaks.</summary>
        [GeneratedRegex(@"[、，,;；\r\n]+")]
        private static partial Regex NameSeparators();

        /// <summary>“王芳（16023）”, “王芳(16023)”, “王芳 16023” or “王芳16023”.</summary>
        [GeneratedRegex(@"^(?<name>[^（(\d]*?)\s*(?:[（(]\s*(?<number>[0-9A-Za-z-]+)\s*[）)]|(?<number>\d[0-9A-Za-z-]*))$")]
        private static partial Regex NameWithNumber();
    }
}
