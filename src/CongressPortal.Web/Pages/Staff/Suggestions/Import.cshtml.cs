using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
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

    public override string ConfirmLabel => Warnings.All(w => w.Column == SuggestionSheet.Import.Column(SuggestionSheet.ReceivedOn).Header)
        ? "我已核对上述收到日期，确认导入"
        : "我已核对上述各行，确认导入（完全相同的行不再登记；可能重复的行，勾选了“不是重复，仍然登记”的才导入）";

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
        if (await TryImportAsync((file, confirmed) => handler.ImportAsync(SessionId!.Value, file, User.AsStaff(), confirmed, RegisterAnyway, ct)))
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
        /// Reads and checks the whole file; registers the suggestions in one transaction only when nothing is wrong and
        /// staff confirmed what the preview listed (<paramref name="confirmation"/>: the fingerprint of exactly those rows,
        /// <see cref="ExcelImport.Unconfirmed"/>): rows received long after the session, rows identical to registered
        /// suggestions (never registered again) and likely duplicates (registered only when staff ticked them in
        /// <paramref name="registerAnyway"/>). The very same file (by its SHA-256) is refused outright (S64).
        /// </summary>
        public async Task<ImportOutcome> ImportAsync(int sessionId, UploadedFile file, Actor actor, string? confirmation,
            IReadOnlyCollection<int> registerAnyway, CancellationToken ct)
        {
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == sessionId)
                .Select(s => new { s.Id, s.TermId, Term = s.Term.Number, s.Number, s.StartDate })
                .SingleOrDefaultAsync(ct);
            if (session is null) return ImportOutcome.Rejected(NoSession);

            // The file in memory (at most the upload limit): hashed, then read.
            using var content = new MemoryStream();
            await file.Content.CopyToAsync(content, ct);
            var hash = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
            content.Position = 0;
            if (await AlreadyImportedAsync(hash, ct) is { } before) return ImportOutcome.Rejected(before.Message);

            var check = await ExcelImport.CheckAsync<SuggestionDraft>(SuggestionSheet.Import, file with { Content = content }, async token =>
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
            if (RepeatedRows(check.Rows) is { Count: > 0 } repeated) return ImportOutcome.Rejected(repeated);

            // The one closing date of the batch: each row's received date is weighed against it by the domain.
            var closedOn = await registrar.SessionClosedOnAsync(session.Id, ct);
            var receivedOn = SuggestionSheet.Import.Column(SuggestionSheet.ReceivedOn).Header;
            var late = check.Rows
                .Select(r => (r.Row, r.Draft, Warning: Suggestion.RegistrationWarning(r.Draft, closedOn)))
                .Where(r => r.Warning is not null)
                .Select(r => new ImportWarning(r.Row, receivedOn, r.Warning!.Message, r.Draft.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToList();

            // The duplicate check (S63): identical rows are left out, likely duplicates wait for staff's tick.
            var duplicates = await registrar.CheckAsync([.. check.Rows.Select(r => r.Draft)], null, ct);
            var flags = await registrar.DescribeAsync(duplicates.Flags, ct);
            var identical = new List<(int Row, string Number)>();
            var flagged = new List<(CheckedRow<SuggestionDraft> Row, IReadOnlyList<DuplicateFlag> Flags)>();
            for (var i = 0; i < check.Rows.Count; i++)
            {
                if (flags[i].FirstOrDefault(f => f.Identical) is { } same) identical.Add((check.Rows[i].Row, same.Number));
                else if (flags[i].Count > 0) flagged.Add((check.Rows[i], flags[i]));
            }
            if (identical.Count == check.Rows.Count)
            {
                return ImportOutcome.Rejected([.. identical.Select(r => new ImportError(r.Row, ImportRow.WholeRow, IdenticalRow(r.Row, r.Number), null))]);
            }
            var warnings = late
                .Concat(identical.Select(r => new ImportWarning(r.Row, ImportRow.WholeRow, IdenticalRow(r.Row, r.Number), null)))
                .Concat(flagged.SelectMany(r => r.Flags.Select((f, n) => new ImportWarning(r.Row.Row, ImportRow.WholeRow,
                    $"可能与已登记的建议{f.Number}《{f.Title}》重复（代表：{f.Deputies}；{f.Reason}）。", r.Row.Draft.Title, RowChoice: n == 0))))
                .OrderBy(w => w.Row)
                .ToList();
            if (ExcelImport.Unconfirmed(warnings, confirmation) is { } unconfirmed) return unconfirmed;

            var skipped = identical.Select(r => r.Row).Concat(flagged.Where(f => !registerAnyway.Contains(f.Row.Row)).Select(f => f.Row.Row)).ToHashSet();
            var kept = check.Rows.Select((r, i) => (r, i)).Where(x => !skipped.Contains(x.r.Row)).ToList();
            var rows = kept.ConvertAll(x => x.r);
            if (rows.Count == 0) return ImportOutcome.Rejected("没有可导入的建议：可能重复的各行均未勾选“不是重复，仍然登记”，完全相同的行不再登记。");
            var ticked = flagged.Select(f => f.Row.Row).Where(registerAnyway.Contains).ToHashSet();

            // One call, one transaction: numbers are drawn in row order, and nothing is saved if anything fails. Inside its
            // lock the registrar checks again that neither this file nor an identical row was saved meanwhile (the check above is
            // reused when no number was drawn in the session since it ran).
            var result = await registrar.RegisterCheckedAsync([.. rows.Select(r => r.Draft)], actor, null, new SuggestionRegistrar.Registration
            {
                Confirmed = late.Count > 0,
                CheckDuplicates = true,
                Checked = duplicates.Only(kept.Select(x => x.i)),
                NotDuplicates = rows.Select((r, i) => (r.Row, Index: i)).Where(r => ticked.Contains(r.Row)).Select(r => r.Index).ToHashSet(),
                BeforeCreate = AlreadyImportedAsync(hash),
                BeforeSave = created => db.SuggestionImportBatches.Add(SuggestionImportBatch.Record(hash, file.FileName, session.Id, created, actor, clock.GetUtcNow())),
            }, ct);
            if (!result.IsSuccess) return ImportOutcome.Rejected($"未导入任何建议：{result.Error}");
            var created = result.Value!;
            // Counts only: titles and names stay out of the log.
            logger.LogInformation("Imported {Count} suggestions into session {SessionId}", created.Count, session.Id);
            var sessionName = CongressSession.FormatName(session.Term, session.Number);
            var summary = $"{created.Count} 件建议已导入{sessionName}，编号从{created[0].Number}到{created[^1].Number}，状态为“待审查”。";
            if (identical.Count > 0) summary += $"第{RowList(identical.Select(r => r.Row))}行与已登记的建议完全相同，未重复登记。";
            if (skipped.Count > identical.Count) summary += $"第{RowList(skipped.Except(identical.Select(r => r.Row)))}行可能重复，按您的选择未导入。";
            return ImportOutcome.Done(created.Count, summary);
        }

        public static string IdenticalRow(int row, string number) => $"第{row}行与已登记的建议 {number} 完全相同，未重复登记。";

        private static string RowList(IEnumerable<int> rows) => string.Join("、", rows.Order());

        /// <summary>Rows of the file that repeat an earlier row exactly: an error each (the file is corrected first).</summary>
        private static List<ImportError> RepeatedRows(IReadOnlyList<CheckedRow<SuggestionDraft>> rows)
        {
            var errors = new List<ImportError>();
            // Rows alike in title and text only are compared in full (the co-signers in any order), by the domain's rule.
            var seen = new Dictionary<(string, string), List<CheckedRow<SuggestionDraft>>>();
            foreach (var row in rows)
            {
                var key = (SuggestionDuplicates.Normalize(row.Draft.Title), SuggestionDuplicates.Normalize(row.Draft.Content));
                if (!seen.TryGetValue(key, out var earlier)) seen[key] = earlier = [];
                var probe = DuplicateProbe.Of(row.Draft);
                if (earlier.FirstOrDefault(r => SuggestionDuplicates.IsIdentical(probe, DuplicateProbe.Of(r.Draft))) is { } first)
                    errors.Add(new ImportError(row.Row, ImportRow.WholeRow, $"与第{first.Row}行完全相同，请删除重复的一行。", null));
                else earlier.Add(row);
            }
            return errors;
        }

        /// <summary>The refusal of a file imported before (the same bytes): when, by whom, into which session, which numbers.</summary>
        private async Task<Refusal?> AlreadyImportedAsync(string hash, CancellationToken ct)
        {
            var batch = await db.SuggestionImportBatches.AsNoTracking()
                .Where(b => b.ContentHash == hash)
                .Select(b => new { b.FileName, b.ImportedAt, b.ImportedBy, b.Count, b.FirstNumber, b.LastNumber, Term = db.Sessions.Where(s => s.Id == b.SessionId).Select(s => s.Term.Number).First(), Session = db.Sessions.Where(s => s.Id == b.SessionId).Select(s => s.Number).First() })
                .FirstOrDefaultAsync(ct);
            return batch is null ? null : new Refusal("Suggestion.FileAlreadyImported",
                $"这个文件已于{Display.DateTime(batch.ImportedAt)}由{batch.ImportedBy}导入到{CongressSession.FormatName(batch.Term, batch.Session)}" +
                $"（文件名“{batch.FileName}”，{batch.Count}件，编号{batch.FirstNumber}至{batch.LastNumber}），未重复导入。如需补充建议，请只上传新增的行。");
        }

        private Func<CancellationToken, Task<Refusal?>> AlreadyImportedAsync(string hash) => token => AlreadyImportedAsync(hash, token);

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
