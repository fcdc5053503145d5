using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// Records a reception held at a station (接待记录): the date (not in the future), the deputies present —
/// by default those on duty that day (“带出值班代表” refills them for another date) — the visitors and the issues
/// they raised. The form has a few empty rows for visitors and issues; empty rows are ignored and “增加” adds
/// rows without losing what was typed.
/// </summary>
public sealed class RecordModel(RecordModel.Handler handler) : PageModel
{
    public const int DefaultRows = 3;

    public const int RowsPerAdd = 3;

    [BindProperty(SupportsGet = true, Name = "station")] public int StationId { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Context Station { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "date")] DateOnly? date, CancellationToken ct)
    {
        var loaded = await handler.NewAsync(StationId, date, ct);
        if (loaded is null) return NotFound();
        (Input, Station) = loaded.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Request.Form.ContainsKey("pickDate"))
        {
            // Another date: its deputies on duty and hours replace the ticks and times; everything else is kept.
            ModelState.Clear();
            Input = await handler.WithDutyAsync(StationId, Input, ct);
            Input = Input with { Visitors = Pad(Input.Visitors, DefaultRows), Issues = Pad(Input.Issues, DefaultRows) };
            return await ShowAsync(ct);
        }
        var addVisitors = Request.Form.ContainsKey("addVisitors");
        var addIssues = Request.Form.ContainsKey("addIssues");
        if (addVisitors || addIssues)
        {
            // More rows, nothing saved: the form comes back with everything typed so far.
            ModelState.Clear();
            Input = Input with
            {
                Visitors = Pad(Input.Visitors, Input.Visitors.Count + (addVisitors ? RowsPerAdd : 0)),
                Issues = Pad(Input.Issues, Input.Issues.Count + (addIssues ? RowsPerAdd : 0)),
            };
            return await ShowAsync(ct);
        }
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(StationId, Input, User.GetUserId(), ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已登记接待记录。";
                return RedirectToPage("Reception", new { id = result.Value });
            }
            result.AddTo(ModelState, Input.GetType(), "Input");
        }
        Input = Input with { Visitors = Pad(Input.Visitors, DefaultRows), Issues = Pad(Input.Issues, DefaultRows) };
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var context = await handler.ContextAsync(StationId, Input.Date, ct);
        if (context is null) return NotFound();
        Station = context;
        return Page();
    }

    internal static List<T> Pad<T>(IReadOnlyList<T> rows, int count) where T : new() =>
        [.. rows, .. Enumerable.Range(0, Math.Max(0, count - rows.Count)).Select(_ => new T())];

    public sealed record Command : IValidatableObject
    {
        [Required(ErrorMessage = "请填写接待日期"), Display(Name = "接待日期")]
        public DateOnly? Date { get; init; }

        [Display(Name = "开始时间")]
        public TimeOnly? StartTime { get; init; }

        [Display(Name = "结束时间")]
        public TimeOnly? EndTime { get; init; }

        [Display(Name = "参加接待的代表")]
        public IReadOnlyList<int> DeputyIds { get; init; } = new List<int>();

        [StringLength(1000, ErrorMessage = "备注不能超过1000个字"), Display(Name = "备注")]
        public string? Notes { get; init; }

        public IReadOnlyList<VisitorRow> Visitors { get; init; } = new List<VisitorRow>();

        public IReadOnlyList<IssueRow> Issues { get; init; } = new List<IssueRow>();

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (StartTime is { } start && EndTime is { } end && end <= start) yield return new ValidationResult("结束时间须晚于开始时间", [nameof(EndTime)]);
            if (DeputyIds.Count == 0) yield return new ValidationResult(StationMessages.ReceptionNeedsDeputy.Message, [nameof(DeputyIds)]);
            for (var i = 0; i < Visitors.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(Visitors[i].Name) && !string.IsNullOrWhiteSpace(Visitors[i].Contact))
                {
                    yield return new ValidationResult("请填写来访群众姓名", [$"{nameof(Visitors)}[{i}].{nameof(VisitorRow.Name)}"]);
                }
            }
            for (var i = 0; i < Issues.Count; i++)
            {
                var issue = Issues[i];
                if (issue.IsEmpty) continue;
                var prefix = $"{nameof(Issues)}[{i}].";
                if (string.IsNullOrWhiteSpace(issue.Summary)) yield return new ValidationResult("请填写反映事项", [prefix + nameof(IssueRow.Summary)]);
                if (issue.Path is null) yield return new ValidationResult("请选择处理方式", [prefix + nameof(IssueRow.Path)]);
                if (issue.Visitor is { } row && (row < 1 || row > Visitors.Count || Visitors[row - 1].IsEmpty))
                {
                    yield return new ValidationResult("所选的来访群众未填写姓名", [prefix + nameof(IssueRow.Visitor)]);
                }
            }
        }
    }

    public sealed record VisitorRow
    {
        [StringLength(50, ErrorMessage = "姓名不能超过50个字"), Display(Name = "姓名")]
        public string? Name { get; init; }

        [StringLength(50, ErrorMessage = "联系方式不能超过50个字"), Display(Name = "联系方式")]
        public string? Contact { get; init; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Contact);
    }

    public sealed record IssueRow
    {
        [StringLength(1000, ErrorMessage = "反映事项不能超过1000个字"), Display(Name = "反映事项")]
        public string? Summary { get; init; }

        [Display(Name = "类别")]
        public int? CategoryId { get; init; }

        [Display(Name = "处理方式")]
        public HandlingPath? Path { get; init; }

        /// <summary>The visitor who raised it: the number of their row in the form (1 = the first visitor).</summary>
        [Display(Name = "反映人")]
        public int? Visitor { get; init; }

        [Display(Name = "跟进代表")]
        public int? FollowUpDeputyId { get; init; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Summary) && CategoryId is null && Path is null && Visitor is null && FollowUpDeputyId is null;
    }

    /// <summary>The station, its deputies (current members are offered), the categories, and who was on duty on the date.</summary>
    public sealed record Context(
        int StationId,
        string StationName,
        IReadOnlyList<SelectListItem> Deputies,
        IReadOnlyList<SelectListItem> Categories,
        IReadOnlyList<string> OnDuty);

    public sealed class Handler(AppDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
    {
        private DateOnly Today() => ChinaTime.Today(clock.GetUtcNow());

        public async Task<(Command, Context)?> NewAsync(int stationId, DateOnly? date, CancellationToken ct)
        {
            var day = date ?? Today();
            var context = await ContextAsync(stationId, day, ct);
            if (context is null) return null;
            var input = await WithDutyAsync(stationId, new Command
            {
                Date = day,
                Visitors = Pad<VisitorRow>([], DefaultRows),
                Issues = Pad<IssueRow>([], DefaultRows),
            }, ct);
            return (input, context);
        }

        /// <summary>The hours and the deputies on duty on the input's date, from the station's schedules; the rest of the input is kept.</summary>
        public async Task<Command> WithDutyAsync(int stationId, Command input, CancellationToken ct)
        {
            if (input.Date is not { } day) return input;
            var calendar = await calendars.GetAsync(ct);
            var onDuty = (await ActiveSchedulesAsync(stationId, ct))
                .Select(s => (Schedule: s, Deputies: s.OnDuty(day, calendar)))
                .Where(x => x.Deputies.Count > 0)
                .ToList();
            if (onDuty.Count == 0) return input with { DeputyIds = new List<int>() };
            return input with
            {
                StartTime = onDuty[0].Schedule.StartTime,
                EndTime = onDuty[0].Schedule.EndTime,
                DeputyIds = onDuty.SelectMany(x => x.Deputies).Distinct().ToList(),
            };
        }

        public async Task<Context?> ContextAsync(int stationId, DateOnly? date, CancellationToken ct)
        {
            var station = await db.Stations.AsNoTracking().Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == stationId, ct);
            if (station is null) return null;
            var current = station.CurrentMembers.OrderBy(m => m.Role).ThenBy(m => m.From).ThenBy(m => m.Id).Select(m => m.DeputyId).ToList();
            var onDuty = new List<int>();
            if (date is { } day)
            {
                var calendar = await calendars.GetAsync(ct);
                onDuty = (await ActiveSchedulesAsync(stationId, ct)).SelectMany(s => s.OnDuty(day, calendar)).Distinct().ToList();
            }
            var ids = current.Concat(onDuty).Distinct().ToList();
            var names = await db.Deputies.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            var categories = await db.SuggestionCategories.AsNoTracking()
                .Where(c => c.IsActive)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.Name })
                .ToListAsync(ct);
            return new Context(
                station.Id,
                station.Name,
                current.Select(id => new SelectListItem(names[id], StationOptions.Id(id))).ToList(),
                categories.Select(c => new SelectListItem(c.Name, StationOptions.Id(c.Id))).ToList(),
                onDuty.Select(id => names.GetValueOrDefault(id, "")).ToList());
        }

        private Task<List<ReceptionSchedule>> ActiveSchedulesAsync(int stationId, CancellationToken ct) =>
            db.ReceptionSchedules.AsNoTracking().Where(s => s.StationId == stationId && s.IsActive).ToListAsync(ct);

        /// <summary>Records the reception with its visitors and issues in one SaveChanges; returns its id.</summary>
        public async Task<CommandResult<int>> SaveAsync(int stationId, Command input, string userId, CancellationToken ct)
        {
            var members = await db.Stations.Where(s => s.Id == stationId).SelectMany(s => s.Members.Select(m => m.DeputyId)).ToListAsync(ct);
            if (members.Count == 0 && !await db.Stations.AnyAsync(s => s.Id == stationId, ct)) return CommandResult<int>.NotFound(Concurrency.Gone);
            if (input.DeputyIds.Except(members).Any()) return CommandResult<int>.Refused(StationMessages.ReceptionDeputiesNotMembers);
            var issues = input.Issues.Where(i => !i.IsEmpty).ToList();
            if (issues.Any(i => i.FollowUpDeputyId is { } d && !members.Contains(d))) return CommandResult<int>.Refused(StationMessages.ReceptionDeputiesNotMembers.On(null));
            return await db.CreateAsync(() =>
            {
                var reception = Reception.Record(stationId, input.Date!.Value, input.StartTime, input.EndTime, input.DeputyIds, input.Notes, userId, Today());
                // Visitors keep the number of their form row, so an issue can name who raised it.
                var visitors = new Dictionary<int, ReceptionVisitor>();
                for (var i = 0; i < input.Visitors.Count; i++)
                {
                    var row = input.Visitors[i];
                    if (!row.IsEmpty) visitors[i + 1] = reception.AddVisitor(row.Name!, row.Contact);
                }
                foreach (var issue in issues)
                {
                    reception.AddIssue(issue.Summary!, issue.CategoryId, issue.Path!.Value, issue.FollowUpDeputyId,
                        issue.Visitor is { } number ? visitors.GetValueOrDefault(number) : null);
                }
                return db.Receptions.Add(reception).Entity.Id;
            }, null, ct);
        }
    }
}
