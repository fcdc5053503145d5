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
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Imports one session's suggestions (received during the session) from an .xlsx made from the template
/// (?handler=Template), through the shared import skeleton (<see cref="ExcelImport"/>): every row and cell is checked
/// first; a file with any error imports nothing and lists every error by row and column; rows received long after the
/// session are listed for staff to confirm; a clean, confirmed file is registered in one transaction by
/// <see cref="SuggestionRegistrar"/>, numbered in row order, each 待审查.
/// </summary>
public sealed partial class ImportModel(ImportModel.Handler handler) : ExcelImportPage
{
    [BindProperty(SupportsGet = true, Name = "session")] public int? SessionId { get; set; }

    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];

    public override ImportSheet Sheet => SuggestionSheet.Import;

    public override ImportLink ResultLink => new(Url.Page("Index", new { session = SessionId, status = SuggestionStatus.Submitted })!, "查看待审查的建议");

    public override string ConfirmLabel => "我已核对上述收到日期，确认导入";

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
        if (await TryImportAsync((file, confirmed) => handler.ImportAsync(SessionId!.Value, file, User.AsStaff(), confirmed, ct)))
        {
            return RedirectToPage(new { session = SessionId });
        }
        Sessions = await handler.SessionsAsync(SessionId, ct);
        return Page();
    }

    public sealed partial class Handler(AppDbContext db, SuggestionRegistrar registrar, TimeProvider clock, ILogger<Handler> logger)
    {
        public const string NoSession = "所选会议不存在，请重新选择。";

        public const string UnreadableReceivedOn = "收到日期无法识别，请按yyyy-mm-dd格式填写，如2026-01-12。";

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
                new XlsxSheet(SuggestionSheet.SheetName, [SuggestionSheet.Import.Headers, example], SuggestionSheet.Import.Widths),
                new XlsxSheet(ImportSheet.InstructionsSheetName, SuggestionSheet.Instructions(categories), SuggestionSheet.InstructionWidths),
            ]);
        }

        /// <summary>
        /// Reads and checks the whole file; registers every suggestion in one transaction only when nothing is wrong and
        /// staff confirmed the rows received long after the session (<paramref name="confirmation"/>: the fingerprint of
        /// exactly those warnings, <see cref="ExcelImport.Unconfirmed"/>).
        /// </summary>
        public async Task<ImportOutcome> ImportAsync(int sessionId, UploadedFile file, Actor actor, string? confirmation, CancellationToken ct)
        {
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .Select(s => new { s.Id, s.TermId, Term = s.Term.Number, s.Number, s.StartDate })
                .SingleOrDefaultAsync(ct);
            if (session is null) return ImportOutcome.Rejected(NoSession);

            var check = await ExcelImport.CheckAsync<SuggestionDraft>(SuggestionSheet.Import, file, async token =>
            {
                var deputies = await db.Deputies.AsNoTracking()
                    .Where(d => d.TermId == session.TermId)
                    .OrderBy(d => d.Number)
                    .Select(d => new DeputyRef(d.Id, d.Name, d.Number))
                    .ToListAsync(token);
                var categories = await db.SuggestionCategories.AsNoTracking()
                    .Select(c => new CategoryRef(c.Id, c.Name, c.IsActive))
                    .ToListAsync(token);
                var context = new ImportContext(
                    session.Id,
                    // A session's suggestions count in the year it was held.
                    session.StartDate.Year,
                    $"第{ChineseNumerals.Format(session.Term)}届",
                    ChinaTime.Today(clock.GetUtcNow()),
                    deputies.ToLookup(d => d.Name, StringComparer.Ordinal),
                    deputies.Where(d => d.Number is not null).ToDictionary(d => d.Number!, StringComparer.Ordinal),
                    categories.ToDictionary(c => c.Name, StringComparer.Ordinal));
                return row => new RowCheck(row, context).Check();
            }, ct);
            if (check.Rejection is { } rejected) return rejected;

            // The one closing date of the batch: each row's received date is weighed against it by the domain.
            var closedOn = await registrar.SessionClosedOnAsync(session.Id, ct);
            var receivedOn = SuggestionSheet.Import.Column(SuggestionSheet.ReceivedOn).Header;
            var warnings = check.Rows
                .Select(r => (r.Row, r.Draft, Warning: Suggestion.RegistrationWarning(r.Draft, closedOn)))
                .Where(r => r.Warning is not null)
                .Select(r => new ImportWarning(r.Row, receivedOn, r.Warning!.Message, r.Draft.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToList();
            if (ExcelImport.Unconfirmed(warnings, confirmation) is { } unconfirmed) return unconfirmed;

            // One call, one transaction: numbers are drawn in row order, and nothing is saved if anything fails.
            var result = await registrar.RegisterAsync([.. check.Rows.Select(r => r.Draft)], actor, null, null, confirmed: warnings.Count > 0, ct);
            if (!result.IsSuccess) return ImportOutcome.Rejected($"未导入任何建议：{result.Error}");
            var created = result.Value!;
            // Counts only: titles and names stay out of the log.
            logger.LogInformation("Imported {Count} suggestions into session {SessionId}", created.Count, session.Id);
            var sessionName = CongressSession.FormatName(session.Term, session.Number);
            return ImportOutcome.Done(created.Count,
                $"{created.Count} 件建议已导入{sessionName}，编号从{created[0].Number}到{created[^1].Number}，状态为“待审查”。");
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

        /// <summary>
        /// Reads one row into a draft. The cells are read here (deputies by name, the category by name, the date); what
        /// the draft says is checked by the domain (<see cref="Suggestion.Problems"/>), each refusal shown in the column
        /// of its field.
        /// </summary>
        private sealed class RowCheck(ImportRow row, ImportContext context)
        {
            /// <summary>The co-signer entry that names the lead deputy, to say which one the domain's refusal means.</summary>
            private string? _leadAmongCoSigners;

            public SuggestionDraft? Check()
            {
                if (row.Text(SuggestionSheet.Title) == SuggestionSheet.ExampleTitle)
                {
                    row.Fail(SuggestionSheet.Title, "这是导入模板中的示例行，请删除后再上传。");
                    return null;
                }
                var lead = LeadOf();
                var draft = new SuggestionDraft(SuggestionSource.DuringSession, context.SessionId, context.Year,
                    // Stand-ins (0, the earliest date) where a cell is wrong: the row fails on that cell anyway.
                    lead ?? 0,
                    CoSignersOf(lead),
                    row.Text(SuggestionSheet.Title) ?? "",
                    row.Text(SuggestionSheet.Content) ?? "",
                    CategoryOf() ?? 0,
                    ReceivedOnOf() ?? DateOnly.MinValue);
                row.Report(Suggestion.Problems(draft, context.Today), Explain);
                return draft;
            }

            private string Explain(Refusal refusal) =>
                refusal.Code == SuggestionMessages.LeadNotCoSigner.Code && _leadAmongCoSigners is { } entry ? $"“{entry}”是领衔代表。{refusal.Message}" : refusal.Message;

            /// <summary>The co-signers in order. An entry naming the lead stays in, for the domain to refuse.</summary>
            private List<int> CoSignersOf(int? lead)
            {
                var value = row.Text(SuggestionSheet.CoSigners);
                var ids = new List<int>();
                if (value is null) return ids;
                foreach (var entry in NameSeparators().Split(value).Select(n => n.Trim()).Where(n => n.Length > 0))
                {
                    var (id, error) = Find(entry);
                    if (error is not null) row.FailEntry(SuggestionSheet.CoSigners, error);
                    else if (ids.Contains(id!.Value)) row.FailEntry(SuggestionSheet.CoSigners, $"附议代表“{entry}”重复列出。");
                    else
                    {
                        if (id == lead) _leadAmongCoSigners ??= entry;
                        ids.Add(id.Value);
                    }
                }
                return ids;
            }

            private int? LeadOf()
            {
                if (row.Text(SuggestionSheet.Lead) is not { } entry) return null;
                var (id, error) = Find(entry);
                if (error is not null) row.Fail(SuggestionSheet.Lead, error);
                return id;
            }

            /// <summary>A deputy of the session's term by name, or by “name（代表证号）” when names clash; else why not.</summary>
            private (int? Id, string? Error) Find(string entry)
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
                var value = row.Text(SuggestionSheet.Category);
                if (value is null) return null;
                if (!context.Categories.TryGetValue(value, out var category))
                {
                    row.Fail(SuggestionSheet.Category, $"没有名为“{value}”的建议类别，请对照模板“填写说明”中的类别名称。");
                    return null;
                }
                if (!category.IsActive)
                {
                    row.Fail(SuggestionSheet.Category, $"建议类别“{value}”已停用。");
                    return null;
                }
                return category.Id;
            }

            private DateOnly? ReceivedOnOf()
            {
                // The same readings of a date cell as the deputy import: Excel dates, serial numbers, yyyy-mm-dd and 年月日.
                var date = row.Date(SuggestionSheet.ReceivedOn, UnreadableReceivedOn);
                if (date is not { Year: < 1980 }) return date;
                row.Fail(SuggestionSheet.ReceivedOn, UnreadableReceivedOn);
                return null;
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
