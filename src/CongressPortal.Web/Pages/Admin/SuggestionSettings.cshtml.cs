using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Admin;

/// <summary>
/// The configurable values of the suggestions workflow (docs/domain/suggestions.md#configuration): numbering patterns, deadlines and the
/// reply classifications (three or four levels). Changes apply to actions taken from now on; deadlines
/// already computed stay as they were given.
/// </summary>
public sealed class SuggestionSettingsModel(SuggestionSettingsModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    [TempData] public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Input = await handler.LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await handler.SaveAsync(Input, ct);
        if (!result.IsSuccess)
        {
            Conflict = result.ShowOnEditForm(ModelState, Input);
            return Page();
        }
        StatusMessage = "建议办理设置已保存，新的设置从现在起适用于新的登记、交办、答复和评价。";
        return RedirectToPage();
    }

    public sealed class Command
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "请填写会议期间编号规则"), StringLength(60, ErrorMessage = "编号规则不能超过60个字符"), Display(Name = "会议期间编号规则")]
        public string SessionNumberPattern { get; set; } = "";

        [Required(ErrorMessage = "请填写闭会期间编号规则"), StringLength(60, ErrorMessage = "编号规则不能超过60个字符"), Display(Name = "闭会期间编号规则")]
        public string BetweenSessionsNumberPattern { get; set; } = "";

        [Required(ErrorMessage = "请填写交办时限"), Range(1, 30, ErrorMessage = "交办时限应为1到30个工作日"), Display(Name = "闭会期间建议交办时限（工作日）")]
        public int? AssignWithinWorkingDays { get; set; }

        [Required(ErrorMessage = "请填写答复期限"), Range(1, SuggestionSettings.StatutoryReplyMonths, ErrorMessage = "答复期限应为1到3个月"), Display(Name = "答复期限（月）")]
        public int? ReplyMonths { get; set; }

        [Required(ErrorMessage = "请填写延期后的答复期限"), Range(1, SuggestionSettings.StatutoryExtendedReplyMonths, ErrorMessage = "延期后的答复期限应为1到6个月"), Display(Name = "延期后答复期限（月）")]
        public int? ExtendedReplyMonths { get; set; }

        [Required(ErrorMessage = "请填写协办意见期限"), Range(1, SuggestionSettings.StatutoryReplyMonths, ErrorMessage = "协办意见期限应为1到3个月"), Display(Name = "协办意见期限（月）")]
        public int? CoOpinionMonths { get; set; }

        [Required(ErrorMessage = "请填写申请退回时限"), Range(1, 30, ErrorMessage = "申请退回时限应为1到30个工作日"), Display(Name = "申请退回时限（工作日）")]
        public int? ReturnWithinWorkingDays { get; set; }

        [Required(ErrorMessage = "请填写代表评价时限"), Range(5, 60, ErrorMessage = "代表评价时限应为5到60个工作日"), Display(Name = "代表评价时限（工作日）")]
        public int? RatingWithinWorkingDays { get; set; }

        [Required(ErrorMessage = "请填写重新办理期限"), Range(1, SuggestionSettings.StatutoryReplyMonths, ErrorMessage = "重新办理期限应为1到3个月"), Display(Name = "重新办理期限（月）")]
        public int? RehandleMonths { get; set; }

        [Required(ErrorMessage = "请填写临期提醒天数"), Range(1, 60, ErrorMessage = "临期提醒应为1到60天"), Display(Name = "临期提醒（天）")]
        public int? DueSoonDays { get; set; }

        public List<ClassificationRow> Classifications { get; set; } = new List<ClassificationRow>();
    }

    public sealed class ClassificationRow
    {
        public int Id { get; set; }

        [StringLength(4, ErrorMessage = "代码不能超过4个字符")]
        public string? Code { get; set; }

        [StringLength(50, ErrorMessage = "名称不能超过50个字")]
        public string? Label { get; set; }

        public bool CountsAsSolved { get; set; }
        public bool RequiresCommitments { get; set; }
        public int SortOrder { get; set; }
        public bool IsActive { get; set; } = true;
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Command> LoadAsync(CancellationToken ct)
        {
            var settings = await db.SuggestionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SuggestionSettings.Defaults();
            var classifications = await db.ReplyClassifications.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
            var rows = classifications.Select(c => new ClassificationRow
            {
                Id = c.Id, Code = c.Code, Label = c.Label, CountsAsSolved = c.CountsAsSolved, RequiresCommitments = c.RequiresCommitments, SortOrder = c.SortOrder, IsActive = c.IsActive,
            }).ToList();
            rows.Add(new ClassificationRow { SortOrder = rows.Count + 1, IsActive = false });
            return new Command
            {
                Version = settings.Version,
                SessionNumberPattern = settings.SessionNumberPattern,
                BetweenSessionsNumberPattern = settings.BetweenSessionsNumberPattern,
                AssignWithinWorkingDays = settings.AssignWithinWorkingDays,
                ReplyMonths = settings.ReplyMonths,
                ExtendedReplyMonths = settings.ExtendedReplyMonths,
                CoOpinionMonths = settings.CoOpinionMonths,
                ReturnWithinWorkingDays = settings.ReturnWithinWorkingDays,
                RatingWithinWorkingDays = settings.RatingWithinWorkingDays,
                RehandleMonths = settings.RehandleMonths,
                DueSoonDays = settings.DueSoonDays,
                Classifications = rows,
            };
        }

        /// <summary>The settings row and the classifications are saved together: either both change or neither does.</summary>
        public async Task<CommandResult<bool>> SaveAsync(Command input, CancellationToken ct)
        {
            async Task<bool> Apply(SuggestionSettings settings)
            {
                settings.Update(input.SessionNumberPattern, input.BetweenSessionsNumberPattern, input.AssignWithinWorkingDays!.Value, input.ReplyMonths!.Value,
                    input.ExtendedReplyMonths!.Value, input.CoOpinionMonths!.Value, input.ReturnWithinWorkingDays!.Value, input.RatingWithinWorkingDays!.Value,
                    input.RehandleMonths!.Value, input.DueSoonDays!.Value);
                await ApplyClassificationsAsync(input.Classifications, ct);
                return true;
            }
            // Seeding writes the row; should it be missing, the first save creates it.
            return !await db.SuggestionSettings.AnyAsync(ct)
                ? await db.CreateAsync(() => Apply(db.SuggestionSettings.Add(SuggestionSettings.Defaults()).Entity), UniqueCode, ct)
                : await db.RunAsync(db.SuggestionSettings, SuggestionSettings.SingletonId, input.Version, Apply,
                    new CommandOptions { Current = CurrentAsync, Unique = UniqueCode }, ct);
        }

        private const string Area = "SuggestionSettings";

        /// <summary>Three or four levels are usual; fewer than two cannot classify, more than six nobody reads.</summary>
        public static Refusal ClassificationCount { get; } = Refusal.Define(Area, "启用的答复分类应为2到6个（通常为3个或4个）。");

        public static Refusal ClassificationCodesRepeat { get; } = Refusal.Define(Area, "答复分类代码不能重复。");

        /// <summary>The unique index on codes, for a repeat the check below cannot see (an inactive row keeping an active row's code).</summary>
        private static readonly Concurrency.UniqueField UniqueCode = new("", ClassificationCodesRepeat.Message);

        private async Task ApplyClassificationsAsync(List<ClassificationRow> rows, CancellationToken ct)
        {
            var existing = await db.ReplyClassifications.ToDictionaryAsync(c => c.Id, ct);
            var filled = rows.Where(r => r.Id != 0 || !string.IsNullOrWhiteSpace(r.Code) || !string.IsNullOrWhiteSpace(r.Label)).ToList();
            foreach (var row in filled)
            {
                if (row.Id != 0 && existing.TryGetValue(row.Id, out var classification))
                {
                    classification.Update(row.Code ?? "", row.Label ?? "", row.CountsAsSolved, row.RequiresCommitments, row.SortOrder, row.IsActive);
                }
                else if (row.Id == 0)
                {
                    var added = ReplyClassification.Create(row.Code ?? "", row.Label ?? "", row.CountsAsSolved, row.RequiresCommitments, row.SortOrder);
                    added.Update(added.Code, added.Label, added.CountsAsSolved, added.RequiresCommitments, added.SortOrder, row.IsActive);
                    db.ReplyClassifications.Add(added);
                }
            }
            var codes = filled.Where(r => r.IsActive).Select(r => (r.Code ?? "").Trim().ToUpperInvariant()).ToList();
            if (codes.Count is < 2 or > 6) throw ClassificationCount.ToException();
            if (codes.Distinct().Count() != codes.Count) throw ClassificationCodesRepeat.ToException();
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(CancellationToken ct)
        {
            var s = await db.SuggestionSettings.AsNoTracking().FirstOrDefaultAsync(ct);
            if (s is null) return null;
            static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            return new(new Dictionary<string, string?>
            {
                ["会议期间编号规则"] = s.SessionNumberPattern,
                ["闭会期间编号规则"] = s.BetweenSessionsNumberPattern,
                ["答复期限（月）"] = N(s.ReplyMonths),
                ["延期后答复期限（月）"] = N(s.ExtendedReplyMonths),
                ["代表评价时限（工作日）"] = N(s.RatingWithinWorkingDays),
                ["重新办理期限（月）"] = N(s.RehandleMonths),
            }, s.Version);
        }
    }
}
