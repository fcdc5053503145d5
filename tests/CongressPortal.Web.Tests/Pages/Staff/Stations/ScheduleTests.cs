using AngleSharp.Html.Dom;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class ScheduleTests(PortalAppFactory app) : StationTest(app)
{
    private const string FormSelector = "#schedule-form";

    private Task<ReceptionSchedule> StoredAsync(int id) => DbAsync(db => db.ReceptionSchedules.AsNoTracking().SingleAsync(s => s.Id == id));

    private static List<(string Date, string Deputies)> Preview(IHtmlDocument page) =>
        page.QuerySelectorAll("#preview tbody tr.preview-day")
            .Select(tr => (tr.Children[0].TextContent.Trim(), tr.Children[2].TextContent.Trim()))
            .ToList();

    [Fact]
    public async Task Staff_creates_a_weekly_schedule_with_a_rotation_and_the_preview_skips_the_Qingming_holiday()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var wang = await Data.DeputyAsync("王志强", "16003");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id, zhang.Id, wang.Id);
        using var staff = await StaffAsync();

        var form = await staff.GetDocumentAsync($"{List}/Schedule?station={station.Id}");
        Value(form, "Input.Rotation[0].DeputyId").Should().Be(Id(li.Id));
        Value(form, "Input.Rotation[0].Order").Should().Be("1", "every current member takes turns by default");

        // Every Monday 09:00–11:00 from 2026-03-01, one deputy a day, in the order 张红梅, 李建国, 王志强.
        using var response = await staff.SubmitFormAsync(form, Form(
            ("Input.Recurrence", nameof(RecurrenceKind.Weekly)), ("Input.Weekday", nameof(DayOfWeek.Monday)),
            ("Input.StartTime", "09:00"), ("Input.EndTime", "11:00"), ("Input.ValidFrom", "2026-03-01"), ("Input.DeputiesPerDuty", "1"),
            ("Input.Rotation[0].Order", "2"), ("Input.Rotation[1].Order", "1"), ("Input.Rotation[2].Order", "3")), FormSelector);

        var schedule = await DbAsync(db => db.ReceptionSchedules.AsNoTracking().SingleAsync(s => s.StationId == station.Id));
        ShouldRedirect(response, $"{List}/Schedule/{schedule.Id}");
        schedule.Rotation.Should().Equal(zhang.Id, li.Id, wang.Id);
        schedule.Weekday.Should().Be(DayOfWeek.Monday);
        schedule.StartTime.Should().Be(new TimeOnly(9, 0));
        (await AuditAsync(nameof(ReceptionSchedule), schedule.Id)).Should().Equal(AuditAction.Created);

        var page = await staff.GetDocumentAsync($"{List}/Schedule/{schedule.Id}");
        Text(page, "#preview-title").Should().Be("每周一 09:00—11:00（法定节假日除外）");
        // Monday 2026-04-06 is part of the Qingming holiday (04-04..06): no reception, and the rotation does not advance.
        Preview(page).Should().Equal(
            ("2026年3月2日", "张红梅"), ("2026年3月9日", "李建国"), ("2026年3月16日", "王志强"), ("2026年3月23日", "张红梅"),
            ("2026年3月30日", "李建国"), ("2026年4月13日", "王志强"), ("2026年4月20日", "张红梅"), ("2026年4月27日", "李建国"));
        Text(page, "#preview tr.preview-skipped").Should().Contain("2026年4月6日").And.Contain("清明节");

        Text(await staff.GetDocumentAsync($"{List}/Details/{station.Id}"), "#schedules").Should().Contain("每周一 09:00—11:00").And.Contain("张红梅、李建国、王志强");
    }

    [Fact]
    public async Task A_monthly_schedule_on_the_first_Tuesday_takes_two_deputies_a_day_and_skips_the_Labour_Day_and_National_Day_holidays()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var wang = await Data.DeputyAsync("王志强", "16003");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id, zhang.Id, wang.Id);
        using var staff = await StaffAsync();

        // First Tuesdays: 2026-05-05 falls in 劳动节 (05-01..05) and 2026-10-06 in 国庆节 (10-01..07), so both are skipped.
        using var response = await staff.SubmitFormAsync($"{List}/Schedule?station={station.Id}", Form(
            ("Input.Recurrence", nameof(RecurrenceKind.MonthlyWeekday)), ("Input.Weekday", nameof(DayOfWeek.Tuesday)), ("Input.WeekOfMonth", "1"),
            ("Input.StartTime", "14:30"), ("Input.EndTime", "17:00"), ("Input.ValidFrom", "2026-03-01"), ("Input.ValidTo", "2026-12-31"),
            ("Input.DeputiesPerDuty", "2")), FormSelector);
        var schedule = await DbAsync(db => db.ReceptionSchedules.AsNoTracking().SingleAsync(s => s.StationId == station.Id));
        ShouldRedirect(response, $"{List}/Schedule/{schedule.Id}");

        var page = await staff.GetDocumentAsync($"{List}/Schedule/{schedule.Id}");
        Text(page, "#preview-title").Should().Be("每月第一个周二 14:30—17:00（法定节假日除外）");
        var preview = Preview(page);
        preview.Select(p => p.Date).Should().Equal(
            "2026年3月3日", "2026年4月7日", "2026年6月2日", "2026年7月7日", "2026年8月4日", "2026年9月1日", "2026年11月3日", "2026年12月1日");
        preview[0].Deputies.Should().Be("李建国、张红梅");
        preview[1].Deputies.Should().Be("王志强、李建国");
        Text(page, "#preview tr.preview-skipped").Should().Contain("2026年5月5日").And.Contain("劳动节");
    }

    [Fact]
    public async Task Missing_details_get_Chinese_messages_next_to_each_field_and_the_input_is_kept()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id);
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"{List}/Schedule?station={station.Id}", Form(
            ("Input.Recurrence", nameof(RecurrenceKind.Weekly)), ("Input.Weekday", ""), ("Input.StartTime", "11:00"), ("Input.EndTime", "09:00"),
            ("Input.ValidFrom", "2026-03-01"), ("Input.ValidTo", "2026-02-01"), ("Input.DeputiesPerDuty", "1"), ("Input.Rotation[0].Order", "")), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Weekday").Should().Be("请选择星期几");
        page.FieldError("Input.EndTime").Should().Be("结束时间须晚于开始时间");
        page.FieldError("Input.ValidTo").Should().Be("停止执行日期不能早于开始执行日期");
        page.FieldError("Input.Rotation").Should().Be(StationMessages.RotationEmpty.Message);
        Value(page, "Input.StartTime").Should().StartWith("11:00");
        Value(page, "Input.ValidTo").Should().Be("2026-02-01");
        Text(page, "#rotation").Should().Contain("李建国");

        using var tooMany = await staff.SubmitFormAsync(page, Form(("Input.DeputiesPerDuty", "12"), ("Input.Rotation[0].Order", "1")), FormSelector);
        (await RefusedAsync(tooMany)).FieldError("Input.DeputiesPerDuty").Should().Be("每次值班代表人数须在1至10之间");
        (await DbAsync(db => db.ReceptionSchedules.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Two_staff_edit_one_schedule_the_second_save_shows_the_first_ones_values()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id, zhang.Id);
        var schedule = await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 0), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Monday), li.Id, zhang.Id);
        var url = $"{List}/Schedule/{schedule.Id}";
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstForm = await first.GetDocumentAsync(url);
        var secondForm = await second.GetDocumentAsync(url);

        using (var saved = await first.SubmitFormAsync(firstForm, Form(("Input.Weekday", nameof(DayOfWeek.Thursday))), FormSelector))
        {
            ShouldRedirect(saved, url);
        }
        using var conflict = await second.SubmitFormAsync(secondForm, Form(("Input.EndTime", "11:30")), FormSelector);
        var page = await RefusedAsync(conflict);
        Text(page, ".conflict-box").Should().Contain(CommandResult<int>.ConflictMessage).And.Contain("每周四 09:00—11:00");
        Value(page, "Input.EndTime").Should().StartWith("11:30");
        (await StoredAsync(schedule.Id)).EndTime.Should().Be(new TimeOnly(11, 0));

        using var overwrite = await second.SubmitFormAsync(page, Form(), FormSelector);
        ShouldRedirect(overwrite, url);
        var final = await StoredAsync(schedule.Id);
        final.Weekday.Should().Be(DayOfWeek.Monday);
        final.EndTime.Should().Be(new TimeOnly(11, 30));
    }

    [Fact]
    public async Task A_deactivated_schedule_shows_no_upcoming_days_and_can_be_reactivated()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id);
        var schedule = await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 0), new DateOnly(2026, 1, 1), Weekday: DayOfWeek.Monday), li.Id);
        var url = $"{List}/Schedule/{schedule.Id}";
        using var staff = await StaffAsync();

        using (var off = await staff.SubmitFormAsync(url, Form(), "#schedule-deactivate"))
        {
            ShouldRedirect(off, url);
        }
        (await StoredAsync(schedule.Id)).IsActive.Should().BeFalse();
        var page = await staff.GetDocumentAsync(url);
        page.QuerySelector("#preview").Should().BeNull();
        Text(page, "#schedule-preview").Should().Contain("已停用");
        (await staff.GetDocumentAsync($"{List}/Details/{station.Id}")).QuerySelector("#upcoming").Should().BeNull();

        using (var on = await staff.SubmitFormAsync(url, Form(), "#schedule-activate"))
        {
            ShouldRedirect(on, url);
        }
        (await StoredAsync(schedule.Id)).IsActive.Should().BeTrue();
        Text(await staff.GetDocumentAsync($"{List}/Details/{station.Id}"), "#upcoming").Should().Contain("2026年3月2日").And.Contain("李建国");
    }
}
