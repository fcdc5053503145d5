using System.Globalization;
using System.Text.Json;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Suggestions;

/// <summary>
/// Handling statistics per session, year, unit or category (docs/domain/suggestions.md#figures), as a table with charts and as an
/// Excel download. Rates follow <see cref="SuggestionFigures"/>: unrated replies are excluded from satisfaction.
/// </summary>
public sealed class StatsModel(StatsModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "by")] public StatsDimension By { get; set; } = StatsDimension.Unit;
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "session")] public int? SessionId { get; set; }

    public IReadOnlyList<SuggestionFigures> Rows { get; private set; } = [];
    public SuggestionFigures Total { get; private set; } = new();
    public IReadOnlyList<ReplyClassification> Classifications { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The figures the charts draw, as JSON for wwwroot/js/suggestion-stats.js.</summary>
    public string ChartJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(By, Year, SessionId, ct);
        Rows = view.Rows;
        Total = SuggestionFigures.Total(Rows, "合计");
        Classifications = view.Classifications;
        Sessions = view.Sessions;
        Years = view.Years;
        ChartJson = JsonSerializer.Serialize(new
        {
            labels = Rows.Take(20).Select(r => r.Label),
            classes = Classifications.Select(c => new { code = c.Code, label = $"{c.Code} {c.Label}", data = Rows.Take(20).Select(r => r.ByClassification.GetValueOrDefault(c.Code)) }),
            satisfaction = new[] { Total.Satisfied, Total.BasicallySatisfied, Total.Unsatisfied, Total.Unrated },
        });
    }

    /// <summary>
    /// The table as an .xlsx staff can total and sort: a title row, the cut-off time (统计截至, the server's), the header row,
    /// then counts as Excel numbers and rates as numbers of per cent with one decimal (blank where nothing divides).
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(By, Year, SessionId, ct);
        var rows = view.Rows.Append(SuggestionFigures.Total(view.Rows, "合计")).ToList();
        var columns = Columns(view.Classifications);
        var scope = string.Join("，", new[] { view.SessionName, Year is { } y ? $"{y}年" : null }.Where(x => x is not null));
        var title = $"代表建议办理统计（按{DimensionLabel(By)}{(scope.Length > 0 ? "，" + scope : "")}）";
        var note = $"统计截至：{Domain.Common.ChinaTime.FormatDateTime(view.At)}。满意率以已评价件数为基数，含基本满意；其余比率以已答复件数为基数。";
        var sheet = new XlsxReportSheet("办理统计", title, note, [.. columns.Select(c => c.IsRate ? c.Header + "（%）" : c.Header)],
            [.. rows.Select(r => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(r))])], [.. columns.Select((_, i) => i == 0 ? 36 : 12)]);
        Response.Headers.CacheControl = "no-store";
        var name = $"代表建议办理统计（按{DimensionLabel(By)}）{(Year is { } year ? $"{year}年" : "")}.xlsx";
        return File(XlsxFile.WriteReport(sheet), XlsxFile.ContentType, name);
    }

    public static string DimensionLabel(StatsDimension by) => by switch
    {
        StatsDimension.Session => "会议",
        StatsDimension.Year => "年度",
        StatsDimension.Unit => "承办单位",
        _ => "类别",
    };

    public static string Percent(decimal? rate) => Infrastructure.Display.Percent(rate);

    /// <summary>One column of the table: a label (text), a count (int) or a rate in per cent (decimal?, null when nothing divides).</summary>
    public sealed record Column(string Header, Func<SuggestionFigures, object?> Value, bool IsRate = false)
    {
        /// <summary>As the page shows it: counts as digits, rates as “50.0%” or “—”.</summary>
        public string? Text(SuggestionFigures row) => Value(row) switch
        {
            int n => n.ToString(CultureInfo.InvariantCulture),
            decimal rate => Percent(rate),
            null when IsRate => Percent(null),
            var other => other?.ToString(),
        };
    }

    /// <summary>The table's columns, shared by the page and the Excel file.</summary>
    public static IReadOnlyList<Column> Columns(IReadOnlyList<ReplyClassification> classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        static Column Count(string header, Func<SuggestionFigures, int> value) => new(header, r => value(r));
        static Column Rate(string header, Func<SuggestionFigures, decimal?> value) => new(header, r => value(r), IsRate: true);
        var columns = new List<Column>
        {
            new("名称", r => r.Label),
            Count("收到", r => r.Received),
            Count("立案", r => r.Accepted),
            Count("转来信", r => r.Letters),
            Count("并案", r => r.Merged),
            Count("已交办", r => r.Assigned),
            Count("已答复", r => r.Replied),
            Count("按期答复", r => r.RepliedOnTime),
            Rate("按期答复率", r => r.OnTimeRate),
            Count("见面沟通", r => r.MetDeputy),
            Rate("见面率", r => r.MetRate),
        };
        foreach (var c in classifications)
        {
            var code = c.Code;
            columns.Add(Count($"{code}类", r => r.ByClassification.GetValueOrDefault(code)));
            columns.Add(Rate($"{code}类占比", r => r.ClassificationShare(code)));
        }
        columns.AddRange(
        [
            Rate("解决或正在解决率", r => r.SolvedRate),
            Count("满意", r => r.Satisfied),
            Count("基本满意", r => r.BasicallySatisfied),
            Count("不满意", r => r.Unsatisfied),
            Count("未评价", r => r.Unrated),
            Count("提醒后逾期未评价（不计入）", r => r.RatingExcluded),
            Rate("满意率（含基本满意）", r => r.SatisfactionRate),
            Count("重新办理", r => r.Rehandled),
            Count("逾期未答复", r => r.Overdue),
            Count("已办结", r => r.Closed),
            Count("承诺事项未完成", r => r.CommitmentsOpen),
            Count("承诺事项已完成", r => r.CommitmentsDone),
        ]);
        return columns;
    }

    public sealed record View(IReadOnlyList<SuggestionFigures> Rows, IReadOnlyList<ReplyClassification> Classifications, IReadOnlyList<SelectListItem> Sessions,
        IReadOnlyList<int> Years, DateTimeOffset At)
    {
        /// <summary>The chosen session's name, if one is chosen.</summary>
        public string? SessionName => Sessions.FirstOrDefault(s => s.Selected)?.Text;
    }

    public sealed class Handler(AppDbContext db, SuggestionStatistics statistics, SuggestionRulesProvider rules, TimeProvider clock)
    {
        public async Task<View> LoadAsync(StatsDimension by, int? year, int? sessionId, CancellationToken ct)
        {
            var rows = await statistics.ComputeAsync(by, new SuggestionStatistics.Scope(year, sessionId), ct);
            var classifications = (await rules.GetAsync(ct)).Classifications.Where(c => c.IsActive).ToList();
            var sessions = await db.Sessions.AsNoTracking().Include(s => s.Term).OrderByDescending(s => s.StartDate)
                .Select(s => new { s.Id, Term = s.Term.Number, s.Number }).ToListAsync(ct);
            var years = await db.Suggestions.AsNoTracking().Select(s => s.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
            return new View(rows, classifications,
                [.. sessions.Select(s => new SelectListItem(Domain.Reference.CongressSession.FormatName(s.Term, s.Number), s.Id.ToString(CultureInfo.InvariantCulture), s.Id == sessionId))],
                years, clock.GetUtcNow());
        }
    }
}
