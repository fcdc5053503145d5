using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Staff.Stations;

/// <summary>
/// A station's reception schedule (接待日安排): the recurrence, the hours, the period it applies to and the
/// deputies on duty in rotation. A new one starts from ?station=; a saved one (/{id}) shows the rule in words
/// and the next reception days with the deputies on duty, holidays skipped.
/// </summary>
public sealed class ScheduleModel(ScheduleModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "station")] public int? StationId { get; set; }

    [BindProperty] public Command Input { get; set; } = new();

    public Context Schedule { get; private set; } = null!;

    public Concurrency.ConflictPanel? Conflict { get; private set; }

    public string Heading => Id is null ? "新增接待日安排" : "接待日安排";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var loaded = Id is { } id ? await handler.LoadAsync(id, ct) : StationId is { } station ? await handler.NewAsync(station, ct) : null;
        if (loaded is null) return NotFound();
        (Input, Schedule) = loaded.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(Id, StationId, Input, ct);
            if (result.IsSuccess)
            {
                TempData["StatusMessage"] = "已保存接待日安排。";
                return RedirectToPage(new { id = result.Value });
            }
            Conflict = result.ShowOnEditForm(ModelState, Input);
        }
        var context = await handler.ContextAsync(Id, StationId, ct);
        if (context is null) return NotFound();
        Schedule = context;
        return Page();
    }

    public async Task<IActionResult> OnPostSetActiveAsync(bool active, CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        var result = await handler.SetActiveAsync(id, active, ct);
        if (result.IsSuccess) TempData["StatusMessage"] = active ? "已启用该接待日安排。" : "已停用该接待日安排，不再发布接待日公告。";
        else TempData["ErrorMessage"] = result.Error;
        return RedirectToPage(new { id });
    }

    public sealed record Command : IValidatableObject
    {
        public uint Version { get; init; }

        [Required(ErrorMessage = "请选择接待周期"), Display(Name = "接待周期")]
        public RecurrenceKind? Recurrence { get; init; }

        [Display(Name = "星期几")]
        public DayOfWeek? Weekday { get; init; }

        [Range(1, 28, ErrorMessage = "日期应在1至28日之间"), Display(Name = "每月几日")]
        public int? DayOfMonth { get; init; }

        [Range(1, 4, ErrorMessage = "请选择第一至第四个"), Display(Name = "第几个")]
        public int? WeekOfMonth { get; init; }

        [Required(ErrorMessage = "请选择月份"), Display(Name = "月份")]
        public MonthFilter Months { get; init; } = MonthFilter.All;

        [Required(ErrorMessage = "请填写开始时间"), Display(Name = "开始时间")]
        public TimeOnly? StartTime { get; init; }

        [Required(ErrorMessage = "请填写结束时间"), Display(Name = "结束时间")]
        public TimeOnly? EndTime { get; init; }

        [Required(ErrorMessage = "请填写开始执行日期"), Display(Name = "开始执行日期")]
        public DateOnly? ValidFrom { get; init; }

        [Display(Name = "停止执行日期")]
        public DateOnly? ValidTo { get; init; }

        [Required(ErrorMessage = "请填写每次值班代表人数"), Range(1, 10, ErrorMessage = "每次值班代表人数须在1至10之间"), Display(Name = "每次值班代表人数")]
        public int? DeputiesPerDuty { get; init; }

        /// <summary>One row per current member; those with an order number take turns in that order.</summary>
        /// <remarks>A <see cref="List{T}"/>, not an empty array: model binding fills the collection it finds.</remarks>
        public IReadOnlyList<RotationRow> Rotation { get; init; } = new List<RotationRow>();

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Recurrence is (RecurrenceKind.Weekly or RecurrenceKind.MonthlyWeekday) && Weekday is null)
            {
                yield return new ValidationResult("请选择星期几", [nameof(Weekday)]);
            }
            if (Recurrence == RecurrenceKind.MonthlyDay && DayOfMonth is null) yield return new ValidationResult("请填写每月几日", [nameof(DayOfMonth)]);
            if (Recurrence == RecurrenceKind.MonthlyWeekday && WeekOfMonth is null) yield return new ValidationResult("请选择第几个", [nameof(WeekOfMonth)]);
            if (StartTime is { } start && EndTime is { } end && end <= start) yield return new ValidationResult("结束时间须晚于开始时间", [nameof(EndTime)]);
            if (ValidFrom is { } from && ValidTo is { } to && to < from) yield return new ValidationResult("停止执行日期不能早于开始执行日期", [nameof(ValidTo)]);
            if (!Rotation.Any(r => r.Order is not null)) yield return new ValidationResult(StationMessages.RotationEmpty.Message, [nameof(Rotation)]);
        }

        public ScheduleRule ToRule() => new(
            Recurrence!.Value, StartTime!.Value, EndTime!.Value, ValidFrom!.Value, ValidTo, Weekday, DayOfMonth, WeekOfMonth, Months, DeputiesPerDuty!.Value);

        /// <summary>The deputies with an order number, by that number; equal numbers keep the list's order.</summary>
        public IReadOnlyList<int> RotationOrder() =>
            Rotation.Select((row, index) => (row, index))
                .Where(x => x.row.Order is not null)
                .OrderBy(x => x.row.Order).ThenBy(x => x.index)
                .Select(x => x.row.DeputyId)
                .ToList();
    }

    public sealed record RotationRow
    {
        [Required(ErrorMessage = "请选择代表")]
        public int DeputyId { get; init; }

        [Range(1, 99, ErrorMessage = "顺序应为1至99的整数")]
        public int? Order { get; init; }
    }

    public sealed record PreviewRow(DateOnly Date, IReadOnlyList<string> Deputies, string? SkippedFor);

    /// <summary>What the page shows around the form: the station, its current members, and for a saved schedule the rule and the next dates.</summary>
    public sealed record Context(
        int StationId,
        string StationName,
        IReadOnlyDictionary<int, string> Members,
        string? Description,
        bool IsActive,
        IReadOnlyList<PreviewRow> Preview,
        IReadOnlyList<string> LeftStation);

    public sealed class Handler(AppDbContext db, WorkingCalendarProvider calendars, TimeProvider clock)
    {
        public const int PreviewCount = 8;

        public async Task<(Command, Context)?> NewAsync(int stationId, CancellationToken ct)
        {
            var context = await ContextAsync(null, stationId, ct);
            if (context is null) return null;
            var input = new Command
            {
                Recurrence = RecurrenceKind.Weekly,
                Weekday = DayOfWeek.Monday,
                StartTime = new TimeOnly(9, 0),
                EndTime = new TimeOnly(11, 0),
                ValidFrom = ChinaTime.Today(clock.GetUtcNow()),
                DeputiesPerDuty = 1,
                Rotation = context.Members.Keys.Select((id, i) => new RotationRow { DeputyId = id, Order = i + 1 }).ToList(),
            };
            return (input, context);
        }

        public async Task<(Command, Context)?> LoadAsync(int id, CancellationToken ct)
        {
            var schedule = await db.ReceptionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (schedule is null) return null;
            var context = await ContextAsync(id, schedule.StationId, ct);
            if (context is null) return null;
            var rotation = schedule.Rotation.ToList();
            // Rotation first, in its order; the other current members after it, without a number.
            var rows = context.Members.Keys
                .OrderBy(m => rotation.IndexOf(m) is var i && i >= 0 ? i : int.MaxValue)
                .Select(m => new RotationRow { DeputyId = m, Order = rotation.IndexOf(m) is var i && i >= 0 ? i + 1 : null })
                .ToList();
            var input = new Command
            {
                Version = schedule.Version,
                Recurrence = schedule.Recurrence,
                Weekday = schedule.Weekday,
                DayOfMonth = schedule.DayOfMonth,
                WeekOfMonth = schedule.WeekOfMonth,
                Months = schedule.Months,
                StartTime = schedule.StartTime,
                EndTime = schedule.EndTime,
                ValidFrom = schedule.ValidFrom,
                ValidTo = schedule.ValidTo,
                DeputiesPerDuty = schedule.DeputiesPerDuty,
                Rotation = rows,
            };
            return (input, context);
        }

        /// <param name="id">The schedule, when it exists; its station wins over <paramref name="stationId"/>.</param>
        public async Task<Context?> ContextAsync(int? id, int? stationId, CancellationToken ct)
        {
            var schedule = id is null ? null : await db.ReceptionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (id is not null && schedule is null) return null;
            var station = await db.Stations.AsNoTracking().Include(s => s.Members)
                .SingleOrDefaultAsync(s => s.Id == (schedule != null ? schedule.StationId : stationId), ct);
            if (station is null) return null;

            var current = station.CurrentMembers.OrderBy(m => m.Role).ThenBy(m => m.From).ThenBy(m => m.Id).Select(m => m.DeputyId).ToList();
            var ids = current.Concat(schedule?.Rotation ?? []).Distinct().ToList();
            var deputies = await db.Deputies.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .Select(d => new { d.Id, d.Name, d.Level, Delegation = d.Delegation != null ? d.Delegation.Name : null })
                .ToDictionaryAsync(d => d.Id, ct);
            var members = current.ToDictionary(m => m, m => StationOptions.DeputyLabel(deputies[m].Name, deputies[m].Level, deputies[m].Delegation));
            if (schedule is null) return new Context(station.Id, station.Name, members, null, true, [], []);

            var left = schedule.Rotation.Where(d => !current.Contains(d)).Select(d => deputies[d].Name).ToList();
            return new Context(station.Id, station.Name, members, schedule.Describe(), schedule.IsActive,
                await PreviewAsync(schedule, id => deputies.TryGetValue(id, out var d) ? d.Name : "", ct), left);
        }

        /// <summary>The next reception days with the deputies on duty, and the matching days the holiday calendar skips.</summary>
        private async Task<IReadOnlyList<PreviewRow>> PreviewAsync(ReceptionSchedule schedule, Func<int, string> name, CancellationToken ct)
        {
            var calendar = await calendars.GetAsync(ct);
            var today = ChinaTime.Today(clock.GetUtcNow());
            var dates = schedule.Occurrences(today, today.AddYears(2), calendar).Take(PreviewCount).ToList();
            if (dates.Count == 0) return [];
            // A rule day on a weekday that is not a working day is a public holiday: shown, so staff see why it is missing.
            var skipped = schedule.Occurrences(today, dates[^1], WorkingDayCalendar.WeekdaysOnly).Except(dates).ToList();
            var holidays = await db.CalendarDays.AsNoTracking()
                .Where(d => skipped.Contains(d.Date) && d.Kind == CalendarDayKind.Holiday)
                .ToDictionaryAsync(d => d.Date, d => d.Name, ct);
            return dates.Select(d => new PreviewRow(d, schedule.OnDuty(d, calendar).Select(name).ToList(), null))
                .Concat(skipped.Select(d => new PreviewRow(d, [], holidays.GetValueOrDefault(d, "节假日"))))
                .OrderBy(r => r.Date)
                .ToList();
        }

        /// <summary>Saves and returns the schedule's id; the rotation is checked against the station's current members.</summary>
        public async Task<CommandResult<int>> SaveAsync(int? id, int? stationId, Command input, CancellationToken ct)
        {
            var scheduleStation = id is null ? stationId : await db.ReceptionSchedules.Where(s => s.Id == id).Select(s => (int?)s.StationId).SingleOrDefaultAsync(ct);
            if (id is not null && scheduleStation is null) return CommandResult<int>.NotFound(Concurrency.Gone);
            var station = await db.Stations.AsNoTracking().Include(s => s.Members).SingleOrDefaultAsync(s => s.Id == scheduleStation, ct);
            if (station is null) return CommandResult<int>.NotFound(Concurrency.Gone);
            var members = station.CurrentMembers.Select(m => m.DeputyId).ToHashSet();
            return id is { } existing
                ? await db.RunAsync(db.ReceptionSchedules, existing, input.Version, schedule =>
                {
                    schedule.Update(input.ToRule(), input.RotationOrder(), members);
                    return schedule.Id;
                }, new CommandOptions { Current = token => CurrentAsync(existing, token) }, ct)
                : await db.CreateAsync(() => db.ReceptionSchedules.Add(ReceptionSchedule.Create(station.Id, input.ToRule(), input.RotationOrder(), members)).Entity.Id, null, ct);
        }

        public async Task<CommandResult<int>> SetActiveAsync(int id, bool active, CancellationToken ct)
        {
            var schedule = await db.ReceptionSchedules.SingleOrDefaultAsync(s => s.Id == id, ct);
            if (schedule is null) return CommandResult<int>.Fail(Concurrency.Gone);
            schedule.SetActive(active);
            return await db.TrySaveAsync(id, null, null, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var schedule = await db.ReceptionSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
            if (schedule is null) return null;
            var rotation = schedule.Rotation.ToList();
            var names = await db.Deputies.Where(d => rotation.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
            return new(new Dictionary<string, string?>
            {
                ["接待时间"] = schedule.Describe(),
                ["执行期间"] = $"{Display.Date(schedule.ValidFrom)}起{(schedule.ValidTo is { } to ? $"至{Display.Date(to)}" : "")}",
                ["每次值班代表人数"] = StationOptions.Id(schedule.DeputiesPerDuty),
                ["轮值顺序"] = string.Join("、", rotation.Select(d => names.GetValueOrDefault(d, ""))),
                ["状态"] = ReferenceLabels.Active(schedule.IsActive),
            }, schedule.Version);
        }
    }
}
