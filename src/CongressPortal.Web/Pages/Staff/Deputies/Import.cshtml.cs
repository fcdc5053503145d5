using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;

namespace CongressPortal.Web.Pages.Staff.Deputies;

/// <summary>
/// Imports a term's deputies from an .xlsx made from the template (?handler=Template), through the shared import
/// skeleton (<see cref="ExcelImport"/>): every row and cell is checked first, a file with any error imports nothing
/// and lists every error by row and column, a clean file is saved in one transaction.
/// </summary>
public sealed class ImportModel(ImportModel.Handler handler) : ExcelImportPage
{
    [BindProperty(SupportsGet = true, Name = "term")] public int? TermId { get; set; }

    public IReadOnlyList<SelectListItem> Terms { get; private set; } = [];

    public override ImportSheet Sheet => DeputySheet.Import;

    public override ImportLink ResultLink => new(Url.Page("Index", new { term = TermId })!, "查看代表名册");

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
        if (await TryImportAsync((file, _) => handler.ImportAsync(TermId!.Value, file, ct))) return RedirectToPage(new { term = TermId });
        Terms = await handler.TermsAsync(TermId, ct);
        return Page();
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        public const string SavedConcurrently = "保存时发现代表证号已被占用（可能有人同时录入了代表），未导入任何代表。请重新上传，系统会重新检查。";

        public const string UnreadableBirthDate = "出生日期无法识别，请按yyyy-mm-dd格式填写，如1975-03-08。";

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
                new XlsxSheet(ImportSheet.InstructionsSheetName, instructions, DeputySheet.InstructionWidths),
            ]);
        }

        /// <summary>Reads and checks the whole file; saves every deputy in one SaveChanges only when nothing is wrong.</summary>
        public async Task<ImportOutcome> ImportAsync(int termId, UploadedFile file, CancellationToken ct)
        {
            var term = await db.Terms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == termId, ct);
            if (term is null) return ImportOutcome.Rejected("所选届次不存在，请重新选择。");

            var check = await ExcelImport.CheckAsync<DeputyEntity>(DeputySheet.Import, file, async token =>
            {
                var context = await LoadContextAsync(term.Id, term.Name, token);
                return row => new RowCheck(row, context).Check();
            }, ct);
            if (check.Rejection is { } rejected) return rejected;

            db.Deputies.AddRange(check.Rows.Select(r => r.Draft));
            try
            {
                // One SaveChanges: one transaction for the deputies and their audit rows.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                return ImportOutcome.Rejected(SavedConcurrently);
            }
            // Counts only: names, numbers and private data stay out of the log.
            logger.LogInformation("Imported {Count} deputies into term {TermId}", check.Rows.Count, term.Id);
            return ImportOutcome.Done(check.Rows.Count, $"{check.Rows.Count} 名代表已导入{term.Name}。");
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
                existing.Where(d => d.IdNumber is not null).Select(d => d.IdNumber!).ToHashSet(StringComparer.Ordinal));
        }

        private sealed record Reference(int Id, string Name, bool IsActive, DeputyGroupKind? Kind);

        private sealed record ImportContext(
            int TermId,
            string TermName,
            IReadOnlyDictionary<string, Reference> Delegations,
            IReadOnlyDictionary<string, Reference> Groups,
            IReadOnlySet<string> ExistingNumbers,
            IReadOnlySet<string> ExistingIdNumbers)
        {
            /// <summary>First row of each deputy number and ID number seen so far in the file.</summary>
            public Dictionary<string, int> NumbersInFile { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, int> IdNumbersInFile { get; } = new(StringComparer.Ordinal);
        }

        /// <summary>
        /// Reads one row into a deputy. The cells are read here (男/女, dates, names of delegations and groups); what
        /// they say is checked by the domain (<see cref="DeputyEntity.MunicipalProblems"/>), each refusal shown in the
        /// column of its field; numbers are then checked against the file and the registry.
        /// </summary>
        private sealed class RowCheck(ImportRow row, ImportContext context)
        {
            public DeputyEntity? Check()
            {
                var number = row.Text(DeputySheet.Number);
                var gender = GenderOf();
                var profile = new DeputyProfile(
                    row.Text(DeputySheet.Name) ?? "",
                    // A stand-in when the cell is wrong: the domain does not judge the gender, and the row fails anyway.
                    gender ?? Gender.Male,
                    EthnicityOf(),
                    row.Date(DeputySheet.BirthDate, UnreadableBirthDate),
                    row.Text(DeputySheet.Party),
                    row.Text(DeputySheet.Education),
                    row.Text(DeputySheet.WorkUnit),
                    row.Text(DeputySheet.Constituency));
                var privateData = new DeputyPrivateData(row.Text(DeputySheet.Mobile), IdNumberOf(), row.Text(DeputySheet.HomeAddress));
                var delegationId = DelegationOf();
                var groupId = GroupOf(DeputySheet.DeputyGroup, DeputyGroupKind.Regional);
                var professionalGroupId = GroupOf(DeputySheet.ProfessionalGroup, DeputyGroupKind.Professional);
                row.Report(DeputyEntity.MunicipalProblems(context.TermId, number, profile, privateData));
                CheckUnique(number, privateData.IdNumber);
                if (row.Failed) return null;

                var deputy = DeputyEntity.CreateMunicipal(context.TermId, number!, profile);
                deputy.UpdatePrivateData(privateData);
                deputy.AssignGroups(delegationId, groupId, professionalGroupId);
                return deputy;
            }

            private Gender? GenderOf()
            {
                var value = row.Text(DeputySheet.Gender);
                switch (value)
                {
                    case null: return null;
                    case "男": return Gender.Male;
                    case "女": return Gender.Female;
                    default:
                        row.Fail(DeputySheet.Gender, "性别请填“男”或“女”。");
                        return null;
                }
            }

            private string? EthnicityOf()
            {
                var value = row.Text(DeputySheet.Ethnicity);
                // “蒙古” for “蒙古族”: the short form is unambiguous, so it is completed rather than refused.
                return value is not null && !DeputyLists.Ethnicities.Contains(value) && DeputyLists.Ethnicities.Contains(value + "族") ? value + "族" : value;
            }

            private string? IdNumberOf()
            {
                // Excel keeps 15 significant digits: an 18-digit number typed into a number cell has already lost its end.
                if (row.Raw(DeputySheet.IdNumber) is double number && Math.Abs(number) >= 1e14)
                {
                    row.Fail(DeputySheet.IdNumber, "公民身份号码被Excel当成了数字，后几位已丢失。请把该列单元格设为“文本”格式后重新填写。");
                    return null;
                }
                return row.Text(DeputySheet.IdNumber);
            }

            private int? DelegationOf()
            {
                var name = row.Text(DeputySheet.Delegation);
                if (name is null) return null;
                if (!context.Delegations.TryGetValue(name, out var delegation))
                {
                    row.Fail(DeputySheet.Delegation, $"{context.TermName}没有名为“{name}”的代表团，请对照模板“填写说明”中的代表团名称。");
                    return null;
                }
                if (!delegation.IsActive)
                {
                    row.Fail(DeputySheet.Delegation, $"代表团“{name}”已停用。");
                    return null;
                }
                return delegation.Id;
            }

            private int? GroupOf(string column, DeputyGroupKind kind)
            {
                var name = row.Text(column);
                if (name is null) return null;
                if (!context.Groups.TryGetValue(name, out var group))
                {
                    row.Fail(column, $"没有名为“{name}”的{column}，请对照模板“填写说明”中的名称。");
                    return null;
                }
                if (group.Kind != kind)
                {
                    var other = kind == DeputyGroupKind.Regional ? DeputySheet.ProfessionalGroup : DeputySheet.DeputyGroup;
                    row.Fail(column, $"“{name}”是{other}，请填在“{other}”列。");
                    return null;
                }
                if (!group.IsActive)
                {
                    row.Fail(column, $"{column}“{name}”已停用。");
                    return null;
                }
                return group.Id;
            }

            /// <summary>A deputy number and an ID number are unique within the term: in the file and in the registry.</summary>
            private void CheckUnique(string? number, string? idNumber)
            {
                if (number is not null && !row.HasError(DeputySheet.Number))
                {
                    if (context.NumbersInFile.TryGetValue(number, out var first)) row.Fail(DeputySheet.Number, $"与第{first}行的代表证号重复。");
                    else if (context.ExistingNumbers.Contains(number)) row.Fail(DeputySheet.Number, $"{context.TermName}已有代表证号为“{number}”的代表。");
                    context.NumbersInFile.TryAdd(number, row.Number);
                }
                if (idNumber is not null && !row.HasError(DeputySheet.IdNumber))
                {
                    // Stored upper case (a check character x is X), so compared upper case.
                    var normalized = idNumber.ToUpperInvariant();
                    if (context.IdNumbersInFile.TryGetValue(normalized, out var first)) row.Fail(DeputySheet.IdNumber, $"与第{first}行的公民身份号码重复。");
                    else if (context.ExistingIdNumbers.Contains(normalized)) row.Fail(DeputySheet.IdNumber, $"{context.TermName}已有使用此公民身份号码的代表。");
                    context.IdNumbersInFile.TryAdd(normalized, row.Number);
                }
            }
        }
    }
}
