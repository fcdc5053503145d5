using System.Globalization;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// Imports a term's deputies from an .xlsx made from the template (?handler=Template). Every row is checked
/// first; a file with any error imports nothing and lists every error by row and column; a clean file is
/// saved in one transaction.
/// </summary>
// Filters apply to a page as a whole (not per handler): the limit is above the 10 MB file limit so that
// a somewhat larger file still reaches the page and gets a clear message.
[RequestSizeLimit(XlsxFile.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = XlsxFile.MaxRequestBytes)]
public sealed partial class ImportModel(ImportModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? TermId { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    /// <summary>The rows and columns that stopped the last upload, in row order.</summary>
    public IReadOnlyList<RowError> Errors { get; private set; } = [];

    /// <summary>Set after a successful import (carried across the redirect): "N 名代表已导入…".</summary>
    [TempData] public string? ImportSummary { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        TermId ??= await handler.CurrentTermAsync(ct);
        Terms = await handler.TermsAsync(TermId, ct);
    }

    public async Task<IActionResult> OnGetTemplateAsync(CancellationToken ct)
    {
        TermId ??= await handler.CurrentTermAsync(ct);
        return File(await handler.TemplateAsync(TermId, ct), XlsxFile.ContentType, DeputySheet.TemplateFileName);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (TermId is null) ModelState.AddModelError("term", "请选择届次。");
        if (Upload is null) ModelState.AddModelError(nameof(Upload), XlsxFile.NoFile);
        if (ModelState.IsValid)
        {
            await using var content = Upload!.OpenReadStream();
            var outcome = await handler.ImportAsync(TermId!.Value, new UploadedFile(Upload.FileName, Upload.Length, content), ct);
            if (outcome.IsSuccess)
            {
                ImportSummary = outcome.Summary;
                return RedirectToPage(new { term = TermId });
            }
            if (outcome.FileError is not null) ModelState.AddModelError(nameof(Upload), outcome.FileError);
            Errors = outcome.Errors;
        }
        Terms = await handler.TermsAsync(TermId, ct);
        return Page();
    }

    /// <summary>The first message recorded for <paramref name="key"/>, for the span next to that field.</summary>
    public string? ErrorFor(string key) => ModelState.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public sealed record UploadedFile(string FileName, long Length, Stream Content);

    /// <summary>One problem in the file: the Excel row (the header is row 1), the column header, the message and what the cell held.</summary>
    public sealed record RowError(int Row, string Column, string Message, string? Value);

    /// <summary>
    /// Not a <see cref="CommandResult{T}"/>: a rejected file carries a table of errors, not one message.
    /// </summary>
    public sealed record Outcome(int Imported, string Summary, string? FileError, IReadOnlyList<RowError> Errors)
    {
        public bool IsSuccess => FileError is null && Errors.Count == 0;

        public static Outcome Rejected(string fileError) => new(0, "", fileError, []);

        public static Outcome Rejected(IReadOnlyList<RowError> errors) => new(0, "", null, errors);
    }

    public sealed partial class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        public static readonly string TooManyRows = $"一个文件最多导入{DeputySheet.MaxDeputies}名代表，请分成几个文件导入。";

        public const string NoRows = "文件中没有代表数据：第1行是列名，请从第2行起每行填写一名代表。";

        public const string SavedConcurrently = "保存时发现代表证号已被占用（可能有人同时录入了代表），未导入任何代表。请重新上传，系统会重新检查。";

        public Task<int?> CurrentTermAsync(CancellationToken ct) =>
            db.Terms.AsNoTracking().CurrentTermIdAsync(ChinaTime.Today(clock.GetUtcNow()), ct);

        public async Task<IReadOnlyList<SelectListItem>> TermsAsync(int? selected, CancellationToken ct)
        {
            var terms = await RegistryOptions.TermsAsync(db, ct);
            foreach (var term in terms) term.Selected = term.Value == selected?.ToString(CultureInfo.InvariantCulture);
            return terms;
        }

        /// <summary>The empty template, its instructions listing the delegations of <paramref name="termId"/> and the groups.</summary>
        public async Task<byte[]> TemplateAsync(int? termId, CancellationToken ct)
        {
            var term = termId is null ? null : await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId, ct);
            var delegations = term is null
                ? []
                : await db.Delegations.AsNoTracking()
                    .Where(d => d.TermId == term.Id && d.IsActive)
                    .OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
                    .Select(d => d.Name)
                    .ToListAsync(ct);
            var groups = await db.DeputyGroups.AsNoTracking()
                .Where(g => g.IsActive)
                .OrderBy(g => g.SortOrder).ThenBy(g => g.Name)
                .Select(g => new { g.Name, g.Kind })
                .ToListAsync(ct);
            var instructions = DeputySheet.Instructions(
                term?.Name ?? "所选届次",
                delegations,
                groups.Where(g => g.Kind == DeputyGroupKind.Regional).Select(g => g.Name).ToList(),
                groups.Where(g => g.Kind == DeputyGroupKind.Professional).Select(g => g.Name).ToList());
            return XlsxFile.Write(
            [
                new XlsxSheet(DeputySheet.SheetName, [DeputySheet.Headers], DeputySheet.Widths),
                new XlsxSheet(DeputySheet.InstructionsSheetName, instructions, DeputySheet.InstructionWidths),
            ]);
        }

        /// <summary>Reads and checks the whole file; saves every deputy in one SaveChanges only when nothing is wrong.</summary>
        public async Task<Outcome> ImportAsync(int termId, UploadedFile file, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(file);
            var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId, ct);
            if (term is null) return Outcome.Rejected("所选届次不存在，请重新选择。");

            // Row 1 is the header, so the last row a file may use is one below the deputy limit.
            var read = await XlsxFile.ReadAsync(file.FileName, file.Length, file.Content, DeputySheet.SheetName, DeputySheet.MaxDeputies + 1, TooManyRows, ct);
            if (!read.IsSuccess) return Outcome.Rejected(read.Error!);
            if (read.Rows.Count == 0) return Outcome.Rejected(XlsxFile.EmptyWorkbook);

            var header = read.Rows[0];
            var errors = new List<RowError>();
            var columns = ReadHeader(header, errors);
            if (errors.Count > 0) return Outcome.Rejected(errors);
            var dataRows = read.Rows.Skip(1).ToList();
            if (dataRows.Count == 0) return Outcome.Rejected(NoRows);

            var context = await LoadContextAsync(term.Id, term.Name, ct);
            var deputies = new List<DeputyEntity>(dataRows.Count);
            foreach (var row in dataRows)
            {
                var deputy = new RowCheck(row, columns, context, errors).Check();
                if (deputy is not null) deputies.Add(deputy);
            }
            if (errors.Count > 0) return Outcome.Rejected(errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder(e.Column)).ToList());

            db.Deputies.AddRange(deputies);
            try
            {
                // One SaveChanges: one transaction for the deputies and their audit rows.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                return Outcome.Rejected(SavedConcurrently);
            }
            // Counts only: names, numbers and private data stay out of the log.
            logger.LogInformation("Imported {Count} deputies into term {TermId}", deputies.Count, term.Id);
            return new Outcome(deputies.Count, $"{deputies.Count} 名代表已导入{term.Name}。", null, []);
        }

        private static int ColumnOrder(string header) =>
            DeputySheet.Match(header) is { } column ? DeputySheet.Columns.TakeWhile(c => c != column).Count() : -1;

        /// <summary>Which letter holds which of our columns; a missing required column or a repeated one is an error on the header row.</summary>
        private static Dictionary<string, string> ReadHeader(XlsxRow header, List<RowError> errors)
        {
            var letters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (letter, value) in header.Cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
            {
                var text = XlsxFile.Text(value);
                if (DeputySheet.Match(text) is not { } column) continue;
                if (!letters.TryAdd(column.Name, letter))
                {
                    errors.Add(new RowError(header.Number, column.Header, $"列“{column.Name}”出现了不止一次（{letters[column.Name]}列和{letter}列），请只保留一列。", text));
                }
            }
            foreach (var column in DeputySheet.Columns.Where(c => c.Required && !letters.ContainsKey(c.Name)))
            {
                errors.Add(new RowError(header.Number, column.Header, $"缺少必填列“{column.Name}”。请使用导入模板，不要删除或改动第1行的列名。", null));
            }
            return letters;
        }

        private async Task<ImportContext> LoadContextAsync(int termId, string termName, CancellationToken ct)
        {
            var delegations = await db.Delegations.AsNoTracking()
                .Where(d => d.TermId == termId)
                .Select(d => new Reference(d.Id, d.Name, d.IsActive, null))
                .ToListAsync(ct);
            var groups = await db.DeputyGroups.AsNoTracking()
                .Select(g => new Reference(g.Id, g.Name, g.IsActive, g.Kind))
                .ToListAsync(ct);
            var existing = await db.Deputies.AsNoTracking()
                .Where(d => d.TermId == termId)
                .Select(d => new { d.Number, d.IdNumber })
                .ToListAsync(ct);
            return new ImportContext(
                termId,
                termName,
                delegations.ToDictionary(d => d.Name, StringComparer.Ordinal),
                groups.ToDictionary(g => g.Name, StringComparer.Ordinal),
                existing.Where(d => d.Number is not null).Select(d => d.Number!).ToHashSet(StringComparer.Ordinal),
                existing.Where(d => d.IdNumber is not null).Select(d => d.IdNumber!).ToHashSet(StringComparer.Ordinal),
                // A stand-in the column checks run the domain's rules on; never saved.
                DeputyEntity.CreateOtherLevel(DeputyLevel.National, new DeputyProfile(ProbeName, Gender.Male)));
        }

        private const string ProbeName = "核对";

        private sealed record Reference(int Id, string Name, bool IsActive, DeputyGroupKind? Kind);

        private sealed record ImportContext(
            int TermId,
            string TermName,
            IReadOnlyDictionary<string, Reference> Delegations,
            IReadOnlyDictionary<string, Reference> Groups,
            IReadOnlySet<string> ExistingNumbers,
            IReadOnlySet<string> ExistingIdNumbers,
            DeputyEntity Probe)
        {
            /// <summary>First row of each deputy number and ID number seen so far in the file.</summary>
            public Dictionary<string, int> NumbersInFile { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, int> IdNumbersInFile { get; } = new(StringComparer.Ordinal);
        }

        /// <summary>Checks one row column by column, collecting every problem; returns the deputy when the row is clean.</summary>
        private sealed class RowCheck(XlsxRow row, IReadOnlyDictionary<string, string> letters, ImportContext context, List<RowError> errors)
        {
            private bool _failed;

            private object? Raw(string column) => letters.TryGetValue(column, out var letter) ? row[letter] : null;

            private string? Cell(string column) => XlsxFile.Text(Raw(column));

            private void Fail(string column, string message, string? value)
            {
                _failed = true;
                var header = DeputySheet.Columns.First(c => c.Name == column).Header;
                errors.Add(new RowError(row.Number, header, message, value));
            }

            /// <summary>Runs a domain rule on the stand-in deputy; its refusal becomes the column's error.</summary>
            private bool Passes(string column, string? value, Action<DeputyEntity> rule)
            {
                try
                {
                    rule(context.Probe);
                    return true;
                }
                catch (DomainRuleException e)
                {
                    Fail(column, e.Message, value);
                    return false;
                }
            }

            private string? Required(string column)
            {
                var value = Cell(column);
                if (value is null) Fail(column, DomainMessages.Required(column, column).Message, null);
                return value;
            }

            private string? ProfileText(string column, Func<string, DeputyProfile> profile)
            {
                var value = Cell(column);
                return value is not null && Passes(column, value, p => p.UpdateProfile(profile(value))) ? value : null;
            }

            public DeputyEntity? Check()
            {
                var number = Number();
                var name = Required(DeputySheet.Name);
                if (name is not null) Passes(DeputySheet.Name, name, p => p.UpdateProfile(new DeputyProfile(name, Gender.Male)));
                var gender = GenderOf();
                var ethnicity = EthnicityOf();
                var birthDate = BirthDateOf();
                var party = ProfileText(DeputySheet.Party, v => new DeputyProfile(ProbeName, Gender.Male, Party: v));
                var education = ProfileText(DeputySheet.Education, v => new DeputyProfile(ProbeName, Gender.Male, Education: v));
                var workUnit = ProfileText(DeputySheet.WorkUnit, v => new DeputyProfile(ProbeName, Gender.Male, WorkUnitAndTitle: v));
                var constituency = ProfileText(DeputySheet.Constituency, v => new DeputyProfile(ProbeName, Gender.Male, Constituency: v));
                var delegationId = DelegationOf();
                var groupId = GroupOf(DeputySheet.DeputyGroup, DeputyGroupKind.Regional);
                var professionalGroupId = GroupOf(DeputySheet.ProfessionalGroup, DeputyGroupKind.Professional);
                var mobile = Cell(DeputySheet.Mobile);
                if (mobile is not null) Passes(DeputySheet.Mobile, mobile, p => p.UpdatePrivateData(new DeputyPrivateData(mobile, null, null)));
                var idNumber = IdNumberOf();
                var address = Cell(DeputySheet.HomeAddress);
                if (address is not null) Passes(DeputySheet.HomeAddress, address, p => p.UpdatePrivateData(new DeputyPrivateData(null, null, address)));
                if (_failed) return null;

                try
                {
                    var deputy = DeputyEntity.CreateMunicipal(context.TermId, number!, new DeputyProfile(
                        name!, gender!.Value, ethnicity, birthDate, party, education, workUnit, constituency));
                    deputy.UpdatePrivateData(new DeputyPrivateData(mobile, idNumber, address));
                    deputy.AssignGroups(delegationId, groupId, professionalGroupId);
                    return deputy;
                }
                catch (DomainRuleException e)
                {
                    // Each column passed on its own; a rule across columns is reported for the row.
                    errors.Add(new RowError(row.Number, "—", e.Message, null));
                    return null;
                }
            }

            private string? Number()
            {
                var number = Required(DeputySheet.Number);
                if (number is null) return null;
                if (!Passes(DeputySheet.Number, number, _ => DeputyEntity.CreateMunicipal(context.TermId, number, new DeputyProfile(ProbeName, Gender.Male)))) return null;
                if (context.NumbersInFile.TryGetValue(number, out var first))
                {
                    Fail(DeputySheet.Number, $"与第{first}行的代表证号重复。", number);
                    return null;
                }
                context.NumbersInFile[number] = row.Number;
                if (context.ExistingNumbers.Contains(number))
                {
                    Fail(DeputySheet.Number, $"{context.TermName}已有代表证号为“{number}”的代表。", number);
                    return null;
                }
                return number;
            }

            private Gender? GenderOf()
            {
                var value = Required(DeputySheet.Gender);
                switch (value)
                {
                    case null: return null;
                    case "男": return Gender.Male;
                    case "女": return Gender.Female;
                    default:
                        Fail(DeputySheet.Gender, "性别请填“男”或“女”。", value);
                        return null;
                }
            }

            private string? EthnicityOf()
            {
                var value = Required(DeputySheet.Ethnicity);
                if (value is null) return null;
                // “蒙古” for “蒙古族”: the short form is unambiguous, so it is completed rather than refused.
                var ethnicity = !DeputyLists.Ethnicities.Contains(value) && DeputyLists.Ethnicities.Contains(value + "族") ? value + "族" : value;
                return Passes(DeputySheet.Ethnicity, value, p => p.UpdateProfile(new DeputyProfile(ProbeName, Gender.Male, Ethnicity: ethnicity))) ? ethnicity : null;
            }

            private DateOnly? BirthDateOf()
            {
                var raw = Raw(DeputySheet.BirthDate);
                if (XlsxFile.IsBlank(raw)) return null;
                if (XlsxFile.ParseDate(raw) is not { } date)
                {
                    Fail(DeputySheet.BirthDate, "出生日期无法识别，请按yyyy-mm-dd格式填写，如1975-03-08。", XlsxFile.Text(raw));
                    return null;
                }
                return Passes(DeputySheet.BirthDate, XlsxFile.Text(raw), p => p.UpdateProfile(new DeputyProfile(ProbeName, Gender.Male, BirthDate: date))) ? date : null;
            }

            private int? DelegationOf()
            {
                var name = Required(DeputySheet.Delegation);
                if (name is null) return null;
                if (!context.Delegations.TryGetValue(name, out var delegation))
                {
                    Fail(DeputySheet.Delegation, $"{context.TermName}没有名为“{name}”的代表团，请对照模板“填写说明”中的代表团名称。", name);
                    return null;
                }
                if (!delegation.IsActive)
                {
                    Fail(DeputySheet.Delegation, $"代表团“{name}”已停用。", name);
                    return null;
                }
                return delegation.Id;
            }

            private int? GroupOf(string column, DeputyGroupKind kind)
            {
                var name = Cell(column);
                if (name is null) return null;
                if (!context.Groups.TryGetValue(name, out var group))
                {
                    Fail(column, $"没有名为“{name}”的{column}，请对照模板“填写说明”中的名称。", name);
                    return null;
                }
                if (group.Kind != kind)
                {
                    var other = kind == DeputyGroupKind.Regional ? DeputySheet.ProfessionalGroup : DeputySheet.DeputyGroup;
                    Fail(column, $"“{name}”是{other}，请填在“{other}”列。", name);
                    return null;
                }
                if (!group.IsActive)
                {
                    Fail(column, $"{column}“{name}”已停用。", name);
                    return null;
                }
                return group.Id;
            }

            private string? IdNumberOf()
            {
                var raw = Raw(DeputySheet.IdNumber);
                if (XlsxFile.IsBlank(raw)) return null;
                var value = XlsxFile.Text(raw)!;
                // Excel keeps 15 significant digits: an 18-digit number typed into a number cell has already lost its end.
                if (raw is double number && Math.Abs(number) >= 1e14)
                {
                    Fail(DeputySheet.IdNumber, "公民身份号码被Excel当成了数字，后几位已丢失。请把该列单元格设为“文本”格式后重新填写。", value);
                    return null;
                }
                if (!Passes(DeputySheet.IdNumber, value, p => p.UpdatePrivateData(new DeputyPrivateData(null, value, null)))) return null;
                var normalized = value.ToUpperInvariant();
                if (context.IdNumbersInFile.TryGetValue(normalized, out var first))
                {
                    Fail(DeputySheet.IdNumber, $"与第{first}行的公民身份号码重复。", value);
                    return null;
                }
                context.IdNumbersInFile[normalized] = row.Number;
                if (context.ExistingIdNumbers.Contains(normalized))
                {
                    Fail(DeputySheet.IdNumber, $"{context.TermName}已有使用此公民身份号码的代表。", value);
                    return null;
                }
                return normalized;
            }
        }
    }
}
