using System.ComponentModel.DataAnnotations;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Reference.Calendar;

/// <summary>
/// The working-day calendar of one year (holidays and 调休上班 days), and a check that reckons with it the way
/// deadlines do, so staff can verify a deadline before relying on it.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true), Display(Name = "日期")]
    public DateOnly? Date { get; set; }

    [BindProperty(SupportsGet = true), Range(0, 366, ErrorMessage = "工作日天数应为0到366之间的整数"), Display(Name = "再加几个工作日")]
    public int? Days { get; set; }

    public Listing View { get; private set; } = new(0, [], [], null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var date = ModelState.IsValid ? Date : null;
        View = await handler.HandleAsync(Year, date, Days, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        this.ReportOutcome(await handler.DeleteAsync(id, ct), name => $"已删除“{name}”。");
        return RedirectToPage(new { year = Year });
    }

    public sealed record Row(int Id, DateOnly Date, CalendarDayKind Kind, string Name);

    /// <summary>What the calendar says about one date, and the date N working days after it.</summary>
    public sealed record Check(DateOnly Date, bool IsWorkingDay, string? Reason, int? Days, DateOnly? Result, DateOnly? WeekdaysOnlyResult, IReadOnlyList<int> MissingYears);

    public sealed record Listing(int Year, IReadOnlyList<int> Years, IReadOnlyList<Row> Rows, Check? Check);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Listing> HandleAsync(int? year, DateOnly? date, int? days, CancellationToken ct)
        {
            var today = ChinaTime.Today(clock.GetUtcNow());
            var shown = year ?? today.Year;
            // The whole table is a few dozen rows a year: reckoning needs all of it anyway.
            var all = await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync(ct);
            var years = all.Select(d => d.Date.Year).Append(today.Year).Append(shown).Distinct().OrderDescending().ToList();
            var rows = all.Where(d => d.Date.Year == shown).Select(d => new Row(d.Id, d.Date, d.Kind, d.Name)).ToList();
            return new Listing(shown, years, rows, date is { } from ? Reckon(all, from, days) : null);
        }

        private static Check Reckon(IReadOnlyList<CalendarDay> all, DateOnly date, int? days)
        {
            var calendar = CalendarDay.ToCalendar(all);
            var entry = all.FirstOrDefault(d => d.Date == date);
            var isWorkingDay = calendar.IsWorkingDay(date);
            // Only the exceptions need explaining; an ordinary weekday or weekend speaks for itself.
            var reason = entry is not null ? $"{ReferenceLabels.Of(entry.Kind)}（{entry.Name}）" : isWorkingDay ? null : "周末";
            DateOnly? result = days is { } n ? calendar.AddWorkingDays(date, n) : null;
            DateOnly? weekdaysOnly = days is { } m ? WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(date, m) : null;
            // A year with no entries at all has not been entered yet: its holidays would silently count as working days.
            var known = all.Select(d => d.Date.Year).ToHashSet();
            var missing = Enumerable.Range(date.Year, (result ?? date).Year - date.Year + 1).Where(y => !known.Contains(y)).ToList();
            return new Check(date, isWorkingDay, reason, days, result, weekdaysOnly, missing);
        }

        public async Task<CommandResult<string>> DeleteAsync(int id, CancellationToken ct)
        {
            var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, ct);
            var name = day is null ? "" : $"{Display.Date(day.Date)} {day.Name}";
            return await db.TryDeleteAsync(day, name, ct);
        }
    }
}
