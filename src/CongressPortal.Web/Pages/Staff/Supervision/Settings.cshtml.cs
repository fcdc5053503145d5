using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Supervision;

/// <summary>
/// 监督设置: the report deadlines, the working days for sending the opinions, the 满意度测评 threshold and the due-soon
/// window (<see cref="SupervisionSettings"/>). Staff keep them, as they keep the proposal settings; the domain's bounds
/// come back next to their fields, and the row version keeps two people from overwriting each other unseen.
/// </summary>
public sealed class SettingsModel(SettingsModel.Handler handler) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Input = await handler.LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已保存监督设置。";
                return RedirectToPage();
            }
            Conflict = result.ShowOn(ModelState, Input);
        }
        return Page();
    }

    /// <summary>Named like <see cref="SupervisionSettings"/>'s properties, so a bound refused goes next to its field.</summary>
    public sealed record Command
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写研究处理情况报告期限"), Display(Name = "研究处理情况报告期限（月）")]
        public int? ReportMonths { get; init; }

        [Required(ErrorMessage = "请填写计划预算审计类报告期限"), Display(Name = "计划、预算、决算、审计类报告期限（月）")]
        public int? BudgetAuditReportMonths { get; init; }

        [Required(ErrorMessage = "请填写重新报告期限"), Display(Name = "测评不满意后重新报告期限（月）")]
        public int? ReworkMonths { get; init; }

        [Required(ErrorMessage = "请填写交办时限"), Display(Name = "会后交办审议意见时限（工作日）")]
        public int? AssignWithinWorkingDays { get; init; }

        [Required(ErrorMessage = "请填写满意率标准"), Display(Name = "满意率标准（%）")]
        public int? SatisfactionThresholdPercent { get; init; }

        [Required(ErrorMessage = "请填写临期提醒天数"), Display(Name = "临期提醒（天）")]
        public int? DueSoonDays { get; init; }
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Command> LoadAsync(CancellationToken ct)
        {
            var s = await db.SupervisionSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? SupervisionSettings.Defaults();
            return new Command
            {
                Version = s.Version,
                ReportMonths = s.ReportMonths,
                BudgetAuditReportMonths = s.BudgetAuditReportMonths,
                ReworkMonths = s.ReworkMonths,
                AssignWithinWorkingDays = s.AssignWithinWorkingDays,
                SatisfactionThresholdPercent = s.SatisfactionThresholdPercent,
                DueSoonDays = s.DueSoonDays,
            };
        }

        public Task<CommandResult<int>> SaveAsync(Command input, CancellationToken ct) =>
            db.RunAsync(db.SupervisionSettings, SupervisionSettings.SingletonId, input.Version, s =>
            {
                s.Update(input.ReportMonths!.Value, input.BudgetAuditReportMonths!.Value, input.ReworkMonths!.Value,
                    input.AssignWithinWorkingDays!.Value, input.SatisfactionThresholdPercent!.Value, input.DueSoonDays!.Value);
                return s.Id;
            }, new CommandOptions { Current = SnapshotAsync }, ct);

        private async Task<Concurrency.Snapshot?> SnapshotAsync(CancellationToken ct)
        {
            var s = await db.SupervisionSettings.AsNoTracking().FirstOrDefaultAsync(ct);
            return s is null ? null : new Concurrency.Snapshot(new Dictionary<string, string?>
            {
                ["研究处理情况报告期限（月）"] = s.ReportMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["计划、预算、决算、审计类报告期限（月）"] = s.BudgetAuditReportMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["重新报告期限（月）"] = s.ReworkMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["交办时限（工作日）"] = s.AssignWithinWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["满意率标准（%）"] = s.SatisfactionThresholdPercent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["临期提醒（天）"] = s.DueSoonDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, s.Version);
        }
    }
}
