using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Calendar;

/// <summary>Adds a holiday or make-up working day — or, when adding, a run of consecutive holidays at once — or edits one day (/{id}).</summary>
public sealed class EditModel(EditModel.Handler handler) : ReferenceEditPage<EditModel.Command>(handler)
{
    protected override string Noun => "日历";

    public override string Heading => Id is null ? "新增节假日或调休上班日" : "编辑日历";

    protected override object ListRoute => new { year = Input.Date!.Value.Year };

    /// <summary>The handler describes the days saved (“2026年2月15日至2026年2月23日 春节（9天）”): no quotation marks around that.</summary>
    protected override string Saved(string name) => $"已保存{name}。";

    public sealed record Command : IValidatableObject
    {
        /// <summary>One entry covers at most a month: the longest holiday (春节, 国庆) is nine days.</summary>
        public const int MaxRun = 31;

        public uint Version { get; init; }

        [Required(ErrorMessage = "请填写日期"), Display(Name = "日期")]
        public DateOnly? Date { get; init; }

        [Display(Name = "至（连续多天时填写）")]
        public DateOnly? ToDate { get; init; }

        [Required(ErrorMessage = "请选择类型"), Display(Name = "类型")]
        public CalendarDayKind? Kind { get; init; }

        [Required(ErrorMessage = "请填写名称"), StringLength(50, ErrorMessage = "名称不能超过50个字"), Display(Name = "名称")]
        public string Name { get; init; } = "";

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Date is not { } from) yield break;
            var to = ToDate ?? from;
            if (to < from) yield return new ValidationResult("结束日期不能早于开始日期", [nameof(ToDate)]);
            else if (to.DayNumber - from.DayNumber + 1 > MaxRun) yield return new ValidationResult($"一次最多录入{MaxRun}天", [nameof(ToDate)]);
            // A weekday is a working day anyway; only a Saturday or Sunday can be turned into one.
            if (Kind == CalendarDayKind.MakeUpWorkday && from.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return new ValidationResult("调休上班日应是星期六或星期日", [nameof(Date)]);
            }
            if (Kind == CalendarDayKind.MakeUpWorkday && ToDate is not null && ToDate != from)
            {
                yield return new ValidationResult("调休上班日请逐日录入", [nameof(ToDate)]);
            }
        }

        public IReadOnlyList<DateOnly> Dates()
        {
            var from = Date!.Value;
            var to = ToDate ?? from;
            return Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        }
    }

    public sealed class Handler(AppDbContext db) : IReferenceEditor<Command>
    {
        public static readonly Concurrency.UniqueField UniqueDate = new("Input.Date", "该日期已在日历中，请编辑原有记录。");

        public Task<Command> NewAsync(int? scope, CancellationToken ct) => Task.FromResult(new Command { Kind = CalendarDayKind.Holiday });

        public Task<Command?> LoadAsync(int id, CancellationToken ct) =>
            db.CalendarDays.AsNoTracking()
                .Where(d => d.Id == id)
                .Select(d => new Command { Version = d.Version, Date = d.Date, Kind = d.Kind, Name = d.Name })
                .SingleOrDefaultAsync(ct);

        /// <summary>Saves and describes what was saved for the status line: “2026年2月15日至2026年2月23日 春节（9天）”.</summary>
        public Task<CommandResult<string>> SaveAsync(int? id, Command input, CancellationToken ct) => id is { } existing
            ? db.RunAsync(db.CalendarDays, existing, input.Version, day =>
            {
                day.Update(input.Date!.Value, input.Kind!.Value, input.Name);
                return $"{Display.Date(day.Date)} {day.Name}";
            }, new CommandOptions { Current = token => CurrentAsync(existing, token), Unique = UniqueDate }, ct)
            : AddAsync(input, ct);

        private async Task<CommandResult<string>> AddAsync(Command input, CancellationToken ct)
        {
            var dates = input.Dates();
            var taken = await db.CalendarDays.Where(d => dates.Contains(d.Date)).OrderBy(d => d.Date).Select(d => d.Date).ToListAsync(ct);
            if (taken.Count > 0)
            {
                // The unique index would name one date; this names every date of the run already entered.
                return CommandResult<string>.Fail($"{string.Join("、", taken.Select(Display.Date))}已在日历中，请编辑原有记录。", UniqueDate.Field);
            }
            var span = dates.Count == 1 ? Display.Date(dates[0]) : $"{Display.Date(dates[0])}至{Display.Date(dates[^1])}";
            var name = input.Name.Trim();
            return await db.CreateAsync(() =>
            {
                db.CalendarDays.AddRange(dates.Select(date => CalendarDay.Create(date, input.Kind!.Value, input.Name)));
                return dates.Count == 1 ? $"{span} {name}" : $"{span} {name}（{dates.Count}天）";
            }, UniqueDate, ct);
        }

        private async Task<Concurrency.Snapshot?> CurrentAsync(int id, CancellationToken ct)
        {
            var day = await db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
            if (day is null) return null;
            return new(new Dictionary<string, string?>
            {
                ["日期"] = $"{Display.Date(day.Date)}（{ReferenceLabels.Weekday(day.Date)}）",
                ["类型"] = ReferenceLabels.Of(day.Kind),
                ["名称"] = day.Name,
            }, day.Version);
        }
    }
}
