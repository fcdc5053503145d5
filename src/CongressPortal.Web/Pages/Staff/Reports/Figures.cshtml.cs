using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reports;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// The key figures a report quotes: staff add, edit and remove them; "根据本系统数据生成" proposes the year's figures
/// computed from the portal's own records, each with where it came from, for staff to take or leave.
/// </summary>
public sealed class FiguresModel(FiguresModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true)] public bool Propose { get; set; }

    [BindProperty] public uint Version { get; set; }

    [BindProperty] public int FigureId { get; set; }

    [BindProperty] public FigureInput Input { get; set; } = new();

    public Handler.View? Report { get; private set; }

    public IReadOnlyList<FigureInput> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Report = await handler.LoadAsync(Id, ct);
        if (Report is null) return NotFound();
        if (Propose) Proposals = await handler.ProposeAsync(Report.Year, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return Done(await handler.ActAsync(Id, Version, (r, now) => r.AddFigure(Input.ToDetails(), User.AsStaff(), now), ct), $"已添加“{Input.Label}”。");
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return Done(await handler.ActAsync(Id, Version, (r, now) => r.UpdateFigure(FigureId, Input.ToDetails(), User.AsStaff(), now), ct), $"已保存“{Input.Label}”。");
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        ModelState.Clear();
        return Done(await handler.ActAsync(Id, Version, (r, now) => r.RemoveFigure(FigureId, User.AsStaff(), now), ct), "已删除。");
    }

    private RedirectToPageResult Done(CommandResult<int> result, string message)
    {
        if (result.IsSuccess) TempData["StatusMessage"] = message;
        else TempData["ErrorMessage"] = result.Error;
        return RedirectToPage("Figures", new { id = Id });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Report = await handler.LoadAsync(Id, ct);
        return Report is null ? NotFound() : Page();
    }

    public sealed record FigureInput
    {
        [Required(ErrorMessage = "请填写指标名称"), StringLength(60, ErrorMessage = "指标名称不能超过60个字"), Display(Name = "指标名称")]
        public string Label { get; init; } = "";

        [Required(ErrorMessage = "请填写数值"), Range(0, 999_999_999_999, ErrorMessage = "数值不能为负数"), Display(Name = "数值")]
        public decimal? Value { get; init; }

        [StringLength(10, ErrorMessage = "单位不能超过10个字"), Display(Name = "单位")]
        public string? Unit { get; init; }

        [StringLength(200, ErrorMessage = "来源说明不能超过200个字"), Display(Name = "来源说明")]
        public string? SourceNote { get; init; }

        [StringLength(40), RegularExpression("^[a-z0-9_-]*$", ErrorMessage = "请填写正文中的章节锚点，如 s2、s1-3"), Display(Name = "对应章节")]
        public string? Anchor { get; init; }

        public KeyFigureDetails ToDetails() => new(Label, Value ?? 0, Unit, SourceNote, Anchor);
    }

    public sealed class Handler(AppDbContext db, SuggestionStatistics statistics, TimeProvider clock)
    {
        public sealed record View(int Id, int Year, string Title, uint Version, IReadOnlyList<Row> Figures, IReadOnlyList<TocEntry> Sections);

        public sealed record Row(int Id, string Label, decimal Value, string Unit, string? SourceNote, string? Anchor);

        public async Task<View?> LoadAsync(int id, CancellationToken ct)
        {
            var report = await db.WorkReports.AsNoTracking().Include(r => r.Figures).SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return null;
            var rows = report.Figures.OrderBy(f => f.SortOrder).Select(f => new Row(f.Id, f.Label, f.Value, f.Unit, f.SourceNote, f.Anchor)).ToList();
            return new View(report.Id, report.Year, report.Title, report.Version, rows, report.Draft()?.TableOfContents(3) ?? []);
        }

        public Task<CommandResult<int>> ActAsync(int id, uint version, Action<WorkReport, DateTimeOffset> action, CancellationToken ct) =>
            db.ActOnReportAsync(id, version, r => action(r, clock.GetUtcNow()), ct);

        /// <summary>
        /// The figures this portal can vouch for. A report delivered in January of <paramref name="reportYear"/>
        /// covers the work of the year before, so that is the year counted.
        /// </summary>
        public async Task<IReadOnlyList<FigureInput>> ProposeAsync(int reportYear, CancellationToken ct)
        {
            var year = reportYear - 1;
            var rows = await statistics.ComputeAsync(StatsDimension.Year, new SuggestionStatistics.Scope(year, null), ct);
            var total = SuggestionFigures.Total(rows, "合计");
            var source = $"本系统代表建议办理数据（{year}年，{Display.Date(ChinaTimeToday())}统计）";
            var deputies = await db.Deputies.AsNoTracking().CountAsync(d => d.Level == DeputyLevel.Municipal && d.Status == DeputyStatus.Serving, ct);
            var proposals = new List<FigureInput>
            {
                new() { Label = "收到代表建议", Value = total.Received, Unit = "件", SourceNote = source },
                new() { Label = "代表建议办结", Value = total.Closed, Unit = "件", SourceNote = source },
            };
            if (total.SolvedRate is { } solved)
                proposals.Add(new() { Label = "问题已解决或正在解决的比例", Value = solved, Unit = "%", SourceNote = source + "，占已答复建议" });
            proposals.Add(new() { Label = "市人大代表", Value = deputies, Unit = "名", SourceNote = $"本系统代表名册（在职的市级代表，{Display.Date(ChinaTimeToday())}）" });
            return proposals;
        }

        private DateOnly ChinaTimeToday() => Domain.Common.ChinaTime.Today(clock.GetUtcNow());
    }
}
