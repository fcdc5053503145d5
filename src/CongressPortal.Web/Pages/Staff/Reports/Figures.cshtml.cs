using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;
using CongressPortal.Domain.Reports;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Reports;

/// <summary>
/// The key figures a report quotes: staff add, edit and remove them; "根据本系统数据生成" proposes the year's figures
/// computed from the portal's own records, each with where it came from, for staff to take or leave.
/// </summary>
public sealed class FiguresModel(FiguresModel.Handler handler) : ActionFormsPage
{
    /// <summary>The prefix of the figure forms: adding and editing a row post the same fields.</summary>
    public const string FigureForm = "Input";

    public const string RemoveForm = "Remove";

    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true)] public bool Propose { get; set; }

    [BindProperty] public int FigureId { get; set; }

    [BindProperty] public FigureInput Input { get; set; } = new();

    public Handler.View? Report { get; private set; }

    public IReadOnlyList<FigureInput> Proposals { get; private set; } = [];

    /// <summary>The row whose edit failed, with what was typed and why; the add form stays blank meanwhile.</summary>
    public RowFailure? FailedRow { get; private set; }

    public sealed record RowFailure(int FigureId, FigureInput Input, IReadOnlyList<string> Errors);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAddAsync(uint version, CancellationToken ct) =>
        ActAsync(FigureForm, Input, () => handler.ActAsync(Id, version, (r, now) => r.AddFigure(Input.ToDetails(), User.AsStaff(), now), ct), $"已添加“{Input.Label}”。", ct);

    public Task<IActionResult> OnPostUpdateAsync(uint version, CancellationToken ct) =>
        ActAsync(FigureForm, Input, () => handler.ActAsync(Id, version, (r, now) => r.UpdateFigure(FigureId, Input.ToDetails(), User.AsStaff(), now), ct), $"已保存“{Input.Label}”。", ct);

    public Task<IActionResult> OnPostRemoveAsync(uint version, CancellationToken ct)
    {
        // The remove form posts no figure fields: their "required" errors are not this form's.
        ModelState.Clear();
        return ActAsync<object>(RemoveForm, null, () => handler.ActAsync(Id, version, (r, now) => r.RemoveFigure(FigureId, User.AsStaff(), now), ct), "已删除。", ct);
    }

    protected override IActionResult AfterSuccess() => RedirectToPage(new { id = Id });

    protected override async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Report = await handler.LoadAsync(Id, User.AsStaff(), ct);
        if (Report is null) return NotFound();
        if (Propose) Proposals = await handler.ProposeAsync(Report.Year, ct);
        if (Failed(FigureForm) && FigureId > 0) MoveErrorsToRow();
        return Page();
    }

    /// <summary>A row's edit posts the add form's field names: its errors and values go back to the row instead.</summary>
    private void MoveErrorsToRow()
    {
        var keys = ModelState.Keys.Where(k => k == FigureForm || k.StartsWith(FigureForm + ".", StringComparison.Ordinal)).ToList();
        FailedRow = new RowFailure(FigureId, Input, [.. keys.SelectMany(k => ModelState[k]!.Errors).Select(e => e.ErrorMessage)]);
        foreach (var key in keys) ModelState.Remove(key);
        Input = new FigureInput();
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

    public sealed class Handler(AppDbContext db, SuggestionStatistics statistics, SupervisionStore supervision, DraftStore drafts, TimeProvider clock)
    {
        public sealed record View(int Id, int Year, string Title, uint Version, IReadOnlyList<Row> Figures, IReadOnlyList<TocEntry> Sections,
            AvailableActions<WorkReportAction> Can);

        public sealed record Row(int Id, string Label, decimal Value, string Unit, string? SourceNote, string? Anchor);

        public async Task<View?> LoadAsync(int id, Actor actor, CancellationToken ct)
        {
            var report = await db.Whole().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
            if (report is null) return null;
            var rows = report.Figures.OrderBy(f => f.SortOrder).Select(f => new Row(f.Id, f.Label, f.Value, f.Unit, f.SourceNote, f.Anchor)).ToList();
            return new View(report.Id, report.Year, report.Title, report.Version, rows, report.Draft()?.TableOfContents(3) ?? [], report.AvailableActions(actor));
        }

        public Task<CommandResult<int>> ActAsync(int id, uint version, Action<WorkReport, DateTimeOffset> action, CancellationToken ct) =>
            db.RunAsync(db.Whole(), id, version, report =>
            {
                action(report, clock.GetUtcNow());
                return report.Id;
            }, ReportActions.Options, ct);

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
            proposals.AddRange(await SupervisionFiguresAsync(year, ct));
            proposals.AddRange(await DraftFiguresAsync(year, ct));
            return proposals;
        }

        /// <summary>
        /// The year's public comment on draft regulations (立法法第四十条): drafts published that year, the comments they
        /// received (checked ones: a comment waiting for its check is not counted) and those adopted, in full or in part.
        /// </summary>
        private async Task<IReadOnlyList<FigureInput>> DraftFiguresAsync(int year, CancellationToken ct)
        {
            var (count, comments) = await drafts.YearFiguresAsync(year, ct);
            if (count == 0) return [];
            var source = $"本系统法规草案公开征求意见数据（{year}年发布的草案，{Display.Date(ChinaTimeToday())}统计）";
            return
            [
                new() { Label = "公开征求意见的法规草案", Value = count, Unit = "件", SourceNote = source },
                new() { Label = "收到意见", Value = comments.Checked, Unit = "条", SourceNote = source + "，已审核的意见" },
                new() { Label = "采纳意见", Value = comments.AdoptedTotal, Unit = "条", SourceNote = source + "，含部分采纳" },
            ];
        }

        /// <summary>
        /// The year's supervision by form — the topics heard at a meeting that year (听取审议专项工作报告 N 项, 执法检查 N 次…) —
        /// and the problems sent to the bodies that year (问题清单) with how many are closed (销号) so far.
        /// </summary>
        private async Task<IReadOnlyList<FigureInput>> SupervisionFiguresAsync(int year, CancellationToken ct)
        {
            var source = $"本系统监督工作数据（{year}年，{Display.Date(ChinaTimeToday())}统计）";
            var heard = await supervision.Topics.AsNoTracking().Where(t => t.Year == year && t.HeardOn != null)
                .GroupBy(t => t.Form).Select(g => new { Form = g.Key, Count = g.Count() }).ToListAsync(ct);
            var figures = heard.OrderBy(h => h.Form).Select(h =>
            {
                var (label, unit) = SupervisionDisplay.FigureLabel(h.Form);
                return new FigureInput { Label = label, Value = h.Count, Unit = unit, SourceNote = source + "，当年经常委会会议审议" };
            }).ToList();
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            var sent = supervision.Topics.AsNoTracking().Where(t => t.AssignedOn >= from && t.AssignedOn < to);
            var issued = await sent.SumAsync(t => t.ProblemCount, ct);
            if (issued > 0)
            {
                figures.Add(new() { Label = "交办审议意见问题清单中的问题", Value = issued, Unit = "个", SourceNote = source + "，当年交办" });
                figures.Add(new() { Label = "问题清单中已整改销号的问题", Value = await sent.SumAsync(t => t.ClosedProblemCount, ct), Unit = "个", SourceNote = source + "，当年交办的问题中" });
            }
            return figures;
        }

        private DateOnly ChinaTimeToday() => ChinaTime.Today(clock.GetUtcNow());
    }
}
