using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Calendar;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Calendar;

/// <summary>The calendar every installation is seeded with (2025–2027, see ReferenceSeeder) is in place before each test.</summary>
public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string Page = "/Reference/Calendar";

    private Task<CalendarDay?> DayAsync(DateOnly date) => DbAsync(db => db.CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date));

    [Fact]
    public async Task Staff_enters_a_run_of_holidays_at_once_and_each_day_is_audited()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{Page}/Edit", Form(
            ("Input.Date", "2028-01-26"), ("Input.ToDate", "2028-02-01"), ("Input.Kind", nameof(CalendarDayKind.Holiday)), ("Input.Name", "春节")));
        ShouldRedirect(response, $"{Page}?year=2028");

        var days = await DbAsync(db => db.CalendarDays.Where(d => d.Date.Year == 2028).OrderBy(d => d.Date).ToListAsync());
        days.Select(d => d.Date).Should().Equal(Enumerable.Range(0, 7).Select(i => new DateOnly(2028, 1, 26).AddDays(i)));
        days.Should().OnlyContain(d => d.Kind == CalendarDayKind.Holiday && d.Name == "春节");
        Text(await staff.GetDocumentAsync($"{Page}?year=2028"), "main").Should().Contain("已保存2028年1月26日至2028年2月1日 春节（7天）");
        foreach (var day in days) (await AuditAsync(nameof(CalendarDay), day.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task A_run_that_overlaps_the_calendar_is_refused_whole_next_to_the_date()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{Page}/Edit", Form(
            ("Input.Date", "2026-10-06"), ("Input.ToDate", "2026-10-09"), ("Input.Kind", nameof(CalendarDayKind.Holiday)), ("Input.Name", "国庆节")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Date").Should().Be("2026年10月6日、2026年10月7日已在日历中，请编辑原有记录。");
        Value(page, "Input.ToDate").Should().Be("2026-10-09");
        (await DayAsync(new DateOnly(2026, 10, 8))).Should().BeNull("nothing of a refused run is saved");
    }

    [Fact]
    public async Task A_make_up_working_day_must_be_a_weekend_day()
    {
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{Page}/Edit", Form(
            ("Input.Date", "2028-02-02"), ("Input.Kind", nameof(CalendarDayKind.MakeUpWorkday)), ("Input.Name", "春节调休上班")));
        (await RefusedAsync(response)).FieldError("Input.Date").Should().Be("调休上班日应是星期六或星期日");
    }

    [Fact]
    public async Task Staff_corrects_a_provisional_day_and_deletes_another_and_the_reckoning_follows()
    {
        var provisional = (await DayAsync(new DateOnly(2027, 1, 1)))!;
        using var staff = await StaffAsync();
        using (var response = await staff.SubmitFormAsync($"{Page}/Edit/{provisional.Id}", Form(("Input.Name", "元旦"))))
        {
            ShouldRedirect(response, $"{Page}?year=2027");
        }
        (await DayAsync(new DateOnly(2027, 1, 1)))!.Name.Should().Be("元旦");
        (await AuditAsync(nameof(CalendarDay), provisional.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);

        var holiday = (await DayAsync(new DateOnly(2026, 2, 23)))!;
        using (var response = await staff.SubmitFormAsync($"{Page}?year=2026", Form(), $"#delete-{holiday.Id}"))
        {
            ShouldRedirect(response, $"{Page}?year=2026");
        }
        (await DayAsync(new DateOnly(2026, 2, 23))).Should().BeNull();
        (await AuditAsync(nameof(CalendarDay), holiday.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
        // Monday 2/23 now counts: five working days after 2/13 end on Thursday 2/26.
        Text(await staff.GetDocumentAsync($"{Page}?Date=2026-02-13&Days=5"), ".calendar-result").Should().Be("2026年2月26日");
    }

    [Fact]
    public async Task Moving_a_day_onto_a_date_already_in_the_calendar_is_refused_next_to_the_date()
    {
        var day = (await DayAsync(new DateOnly(2026, 2, 28)))!;
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{Page}/Edit/{day.Id}", Form(("Input.Date", "2026-02-14")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Date").Should().Be(EditModel.Handler.UniqueDate.Message);
        Value(page, "Input.Date").Should().Be("2026-02-14");
        (await DayAsync(new DateOnly(2026, 2, 28))).Should().NotBeNull();
    }
}
