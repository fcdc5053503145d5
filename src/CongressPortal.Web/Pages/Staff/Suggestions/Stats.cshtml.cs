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

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var view = await handler.LoadAsync(By, Year, SessionId, ct);
        var rows = view.Rows.Append(SuggestionFigures.Total(view.Rows, "合计")).ToList();
        var header = Columns(view.Classifications).Select(c => (string?)c.Header).ToList();
        var table = new List<IReadOnlyList<string?>> { header };
        table.AddRange(rows.Select(r => Columns(view.Classifications).Select(c => c.Value(r)).ToList()));
        var bytes = XlsxFile.Write([new XlsxSheet("办理统计", table, [.. header.Select((_, i) => i == 0 ? 36 : 12)])]);
        var name = $"代表建议办理统计（按{DimensionLabel(By)}）{(Year is { } y ? $"{y}年" : "")}.xlsx";
        return File(bytes, XlsxFile.ContentType, name);
    }

    public static string DimensionLabel(StatsDimension by) => by switch
    {
        StatsDimension.Session => "会议",
        StatsDimension.Year => "年度",
        StatsDimension.Unit => "承办单位",
        _ => "类别",
    };

    public static string Percent(decimal? rate) => Infrastructure.Display.Percent(rate);

    /// <summary>The table's columns, shared by the page and the Excel file.</summary>
    public static IReadOnlyList<(string Header, Func<SuggestionFigures, string?> Value)> Columns(IReadOnlyList<ReplyClassification> classifications)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var columns = new List<(string, Func<SuggestionFigures, string?>)>
        {
            ("名称", r => r.Label),
            ("收到", r => N(r.Received)),
            ("立案", r => N(r.Accepted)),
            ("转来信", r => N(r.Letters)),
            ("并案", r => N(r.Merged)),
            ("已交办", r => N(r.Assigned)),
            ("已答复", r => N(r.Replied)),
            ("按期答复", r => N(r.RepliedOnTime)),
            ("按期答复率", r => Percent(r.OnTimeRate)),
            ("见面沟通", r => N(r.MetDeputy)),
            ("见面率", r => Percent(r.MetRate)),
        };
        foreach (var c in classifications)
        {
            var code = c.Code;
            columns.Add(($"{code}类", r => N(r.ByClassification.GetValueOrDefault(code))));
            columns.Add(($"{code}类占比", r => Percent(r.ClassificationShare(code))));
        }
        columns.AddRange(
        [
            ("解决或正在解决率", r => Percent(r.SolvedRate)),
            ("满意", r => N(r.Satisfied)),
            ("基本满意", r => N(r.BasicallySatisfied)),
            ("不满意", r => N(r.Unsatisfied)),
            ("未评价", r => N(r.Unrated)),
            ("提醒后逾期未评价（不计入）", r => N(r.RatingExcluded)),
            ("满意率（含基本满意）", r => Percent(r.SatisfactionRate)),
            ("重新办理", r => N(r.Rehandled)),
            ("逾期未答复", r => N(r.Overdue)),
            ("已办结", r => N(r.Closed)),
            ("承诺事项未完成", r => N(r.CommitmentsOpen)),
            ("承诺事项已完成", r => N(r.CommitmentsDone)),
        ]);
        return columns;
    }

    public sealed record View(IReadOnlyList<SuggestionFigures> Rows, IReadOnlyList<ReplyClassification> Classifications, IReadOnlyList<SelectListItem> Sessions, IReadOnlyList<int> Years);

    public sealed class Handler(AppDbContext db, SuggestionStatistics statistics, SuggestionRulesProvider rules)
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
                years);
        }
    }
}
