using CongressPortal.Domain.Deputies;
using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class ReceptionTests(PortalAppFactory app) : StationTest(app)
{
    private const string FormSelector = "#record-form";

    private static string RecordUrl(int stationId) => $"{List}/Record/{stationId}";

    /// <summary>李建国 (站长), 张红梅 and 王志强 at one station; every Monday two of them are on duty, in that order.</summary>
    private async Task<(LiaisonStation Station, DeputyEntity Li, DeputyEntity Zhang, DeputyEntity Wang)> StationOnDutyAsync()
    {
        var li = await Data.DeputyAsync("李建国", "16001");
        var zhang = await Data.DeputyAsync("张红梅", "16002");
        var wang = await Data.DeputyAsync("王志强", "16003");
        var station = await StationWithAsync("钢城街道人大代表联络站", li.Id, zhang.Id, wang.Id);
        await Data.ScheduleAsync(station.Id, new ScheduleRule(RecurrenceKind.Weekly, new(9, 0), new(11, 30), new DateOnly(2026, 3, 1),
            Weekday: DayOfWeek.Monday, DeputiesPerDuty: 2), li.Id, zhang.Id, wang.Id);
        return (station, li, zhang, wang);
    }

    private Task<Reception> StoredAsync(int id) => DbAsync(db => db.Receptions.AsNoTracking()
        .Include(r => r.Deputies).Include(r => r.Visitors).Include(r => r.Issues).AsSplitQuery()
        .SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Staff_records_a_reception_with_visitors_and_issues_and_the_deputies_on_duty_are_ticked_by_default()
    {
        var (station, li, zhang, _) = await StationOnDutyAsync();
        var category = await Data.CategoryAsync("城乡建设");
        using var staff = await StaffAsync("stations-recorder");
        var form = await staff.GetDocumentAsync(RecordUrl(station.Id));

        // Monday 2026-03-02 is the schedule's first day: 李建国 and 张红梅 are on duty.
        form.QuerySelectorAll("input[name='Input.DeputyIds'][checked]").Select(c => c.GetAttribute("value")).Should().Equal(Id(li.Id), Id(zhang.Id));
        Value(form, "Input.Date").Should().Be("2026-03-02");
        Value(form, "Input.StartTime").Should().StartWith("09:00");
        Text(form, "#on-duty").Should().Contain("李建国、张红梅");
        form.QuerySelectorAll("#visitors tbody tr").Should().HaveCount(RecordModel.DefaultRows);

        using var response = await staff.SubmitFormAsync(form, Form(
            ("Input.Visitors[0].Name", "王大妈"), ("Input.Visitors[0].Contact", "13812345678"),
            ("Input.Visitors[1].Name", "李师傅"), ("Input.Visitors[1].Contact", "0472-6654321"),
            ("Input.Issues[0].Summary", "小区路灯不亮，夜间出行不便"), ("Input.Issues[0].CategoryId", Id(category.Id)),
            ("Input.Issues[0].Path", nameof(HandlingPath.ReferredToSubdistrict)), ("Input.Issues[0].Visitor", "1"), ("Input.Issues[0].FollowUpDeputyId", Id(li.Id)),
            ("Input.Issues[1].Summary", "建议增开通往工业园区的公交线路"), ("Input.Issues[1].Path", nameof(HandlingPath.TurnedIntoSuggestion)),
            ("Input.Issues[1].Visitor", "2"), ("Input.Issues[1].FollowUpDeputyId", Id(zhang.Id)),
            ("Input.Notes", "接待地点：联络站一楼")), FormSelector);

        var id = await DbAsync(db => db.Receptions.Select(r => r.Id).SingleAsync());
        ShouldRedirect(response, $"{List}/Reception/{id}");
        var reception = await StoredAsync(id);
        reception.StationId.Should().Be(station.Id);
        reception.Date.Should().Be(Today);
        reception.StartTime.Should().Be(new TimeOnly(9, 0));
        reception.EndTime.Should().Be(new TimeOnly(11, 30));
        reception.Deputies.Select(d => d.DeputyId).Should().BeEquivalentTo([li.Id, zhang.Id]);
        reception.Visitors.Select(v => (v.Name, v.Contact)).Should().BeEquivalentTo([("王大妈", "13812345678"), ("李师傅", "0472-6654321")]);
        reception.Issues.Should().HaveCount(2, "the empty third row is ignored");
        var streetLight = reception.Issues.Single(i => i.Path == HandlingPath.ReferredToSubdistrict);
        streetLight.CategoryId.Should().Be(category.Id);
        streetLight.FollowUpDeputyId.Should().Be(li.Id);
        streetLight.VisitorId.Should().Be(reception.Visitors.Single(v => v.Name == "王大妈").Id);
        reception.Issues.Single(i => i.Path == HandlingPath.TurnedIntoSuggestion).SuggestionId.Should().BeNull();
        var userId = await DbAsync(db => db.Users.Where(u => u.UserName == "stations-recorder").Select(u => u.Id).SingleAsync());
        reception.RecordedByUserId.Should().Be(userId);
        (await AuditAsync(nameof(Reception), id)).Should().Equal(AuditAction.Created);
        foreach (var visitor in reception.Visitors) (await AuditAsync(nameof(ReceptionVisitor), visitor.Id)).Should().Equal(AuditAction.Created);
        foreach (var issue in reception.Issues) (await AuditAsync(nameof(ReceptionIssue), issue.Id)).Should().Equal(AuditAction.Created);

        var page = await staff.GetDocumentAsync($"{List}/Reception/{id}");
        Text(page, "#reception-details").Should().Contain("李建国、张红梅").And.Contain("09:00—11:30").And.Contain("stations-recorder");
        Text(page, $"#issue-{streetLight.Id}").Should().Contain("城乡建设").And.Contain("转街道、乡镇").And.Contain("王大妈").And.Contain("待反馈");
        var suggestion = reception.Issues.Single(i => i.Path == HandlingPath.TurnedIntoSuggestion);
        Text(page, $"#issue-{suggestion.Id} .issue-state").Should().Be("待转为建议");
    }

    [Fact]
    public async Task A_reception_in_the_future_is_refused_with_the_Chinese_message_and_the_input_is_kept()
    {
        var (station, _, _, _) = await StationOnDutyAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(RecordUrl(station.Id), Form(
            ("Input.Date", "2026-03-09"), ("Input.Visitors[0].Name", "王大妈"), ("Input.Visitors[0].Contact", "13812345678"),
            ("Input.Issues[0].Summary", "路灯不亮"), ("Input.Issues[0].Path", nameof(HandlingPath.AnsweredOnSpot))), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.Date").Should().Be(StationMessages.ReceptionInFuture.Message);
        Value(page, "Input.Date").Should().Be("2026-03-09");
        Value(page, "Input.Visitors[0].Name").Should().Be("王大妈");
        Value(page, "Input.Issues[0].Summary").Should().Be("路灯不亮");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Incomplete_rows_and_no_deputies_get_messages_next_to_the_fields()
    {
        var (station, _, _, _) = await StationOnDutyAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(RecordUrl(station.Id), Form(
            ("Input.DeputyIds", null), ("Input.Visitors[0].Contact", "13812345678"),
            ("Input.Issues[0].Summary", "路灯不亮"), ("Input.Issues[1].Visitor", "3"), ("Input.Issues[1].Summary", "噪音扰民"),
            ("Input.Issues[1].Path", nameof(HandlingPath.ReferredToDistrictDepartment))), FormSelector);
        var page = await RefusedAsync(response);

        page.FieldError("Input.DeputyIds").Should().Be(StationMessages.ReceptionNeedsDeputy.Message);
        page.FieldError("Input.Visitors[0].Name").Should().Be("请填写来访群众姓名");
        page.FieldError("Input.Issues[0].Path").Should().Be("请选择处理方式");
        page.FieldError("Input.Issues[1].Visitor").Should().Be("所选的来访群众未填写姓名");
        page.QuerySelectorAll("input[name='Input.DeputyIds'][checked]").Should().BeEmpty("the unticked boxes stay unticked");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Adding_rows_keeps_what_was_typed_and_saves_nothing()
    {
        var (station, _, _, _) = await StationOnDutyAsync();
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync(RecordUrl(station.Id), Form(("Input.Visitors[0].Name", "王大妈")), FormSelector, submitName: "addVisitors");
        var page = await RefusedAsync(response);

        page.QuerySelectorAll("#visitors tbody tr").Should().HaveCount(RecordModel.DefaultRows + RecordModel.RowsPerAdd);
        page.QuerySelectorAll(".issue-row").Should().HaveCount(RecordModel.DefaultRows);
        Value(page, "Input.Visitors[0].Name").Should().Be("王大妈");
        page.QuerySelector(".field-validation-error").Should().BeNull("adding rows is not a save attempt");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Choosing_another_date_ticks_that_days_deputies_on_duty_and_keeps_what_was_typed()
    {
        var (station, li, _, wang) = await StationOnDutyAsync();
        using var staff = await StaffAsync();
        // The next Monday is the schedule's second day: 王志强 and 李建国 take their turn.
        using var response = await staff.SubmitFormAsync(RecordUrl(station.Id), Form(
            ("Input.Date", "2026-03-09"), ("Input.Visitors[0].Name", "王大妈")), FormSelector, submitName: "pickDate");
        var page = await RefusedAsync(response);

        page.QuerySelectorAll("input[name='Input.DeputyIds'][checked]").Select(c => c.GetAttribute("value")).Should().BeEquivalentTo([Id(li.Id), Id(wang.Id)]);
        Text(page, "#on-duty").Should().Contain("王志强、李建国");
        Value(page, "Input.Visitors[0].Name").Should().Be("王大妈");
        page.QuerySelector(".field-validation-error").Should().BeNull("choosing a date is not a save attempt");
        (await DbAsync(db => db.Receptions.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task Visitor_contacts_are_masked_in_the_list_and_shown_in_full_on_the_reception_page()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 23), [li.Id],
            new TestData.VisitorIssue("王大妈", "13812345678", "小区路灯不亮", HandlingPath.ReferredToSubdistrict));
        using var staff = await StaffAsync();

        var list = await staff.GetDocumentAsync($"{List}/Receptions");
        var row = Text(list, $"#reception-{reception.Id}");
        row.Should().Contain("王**").And.Contain("138****5678").And.Contain("钢城街道人大代表联络站").And.Contain("李建国");
        list.DocumentElement.OuterHtml.Should().NotContain("13812345678").And.NotContain("王大妈");

        var details = await staff.GetDocumentAsync($"{List}/Reception/{reception.Id}");
        Text(details, "#visitors").Should().Contain("王大妈").And.Contain("13812345678");
    }

    [Fact]
    public async Task Staff_records_the_feedback_on_a_passed_on_issue_and_a_feedback_date_in_the_future_is_refused()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var reception = await Data.ReceptionAsync(station.Id, new DateOnly(2026, 2, 23), [li.Id],
            new TestData.VisitorIssue("王大妈", "13812345678", "小区路灯不亮", HandlingPath.ReferredToSubdistrict, li.Id),
            new TestData.VisitorIssue("李师傅", null, "咨询养老补贴政策"));
        var passedOn = reception.Issues.Single(i => i.Path == HandlingPath.ReferredToSubdistrict);
        var answered = reception.Issues.Single(i => i.Path == HandlingPath.AnsweredOnSpot);
        var url = $"{List}/Reception/{reception.Id}";
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(url);
        page.QuerySelector($"#feedback-{answered.Id}").Should().BeNull("an issue answered on the spot needs no feedback");

        using (var future = await staff.SubmitFormAsync(page, Form(("Feedback.Text", "已修复"), ("Feedback.On", "2026-03-03")), $"#feedback-{passedOn.Id}"))
        {
            var refused = await RefusedAsync(future);
            refused.FieldError("Feedback.On").Should().Be(ReceptionModel.Handler.FeedbackInFuture);
            Text(refused, $"#feedback-text-{passedOn.Id}").Should().Be("已修复");
        }

        using (var missing = await staff.SubmitFormAsync(url, Form(("Feedback.Text", "")), $"#feedback-{passedOn.Id}"))
        {
            (await RefusedAsync(missing)).FieldError("Feedback.Text").Should().Be("请填写反馈情况");
        }

        using (var saved = await staff.SubmitFormAsync(url, Form(("Feedback.Text", "街道已于3月1日修复路灯，并电话告知王大妈。"), ("Feedback.On", "2026-03-02")), $"#feedback-{passedOn.Id}"))
        {
            ShouldRedirect(saved, url);
        }
        var stored = (await StoredAsync(reception.Id)).Issues.Single(i => i.Id == passedOn.Id);
        stored.Feedback.Should().Be("街道已于3月1日修复路灯，并电话告知王大妈。");
        stored.FeedbackOn.Should().Be(Today);
        (await AuditAsync(nameof(ReceptionIssue), passedOn.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
        var after = await staff.GetDocumentAsync(url);
        Text(after, $"#issue-{passedOn.Id} .issue-state").Should().Be("已反馈");
        Text(after, $"#issue-{passedOn.Id} .feedback").Should().Contain("2026年3月2日").And.Contain("街道已于3月1日修复路灯");
    }

    [Fact]
    public async Task The_reception_list_filters_by_station_and_dates_and_pages_through_the_results()
    {
        var (station, li, _, _) = await StationOnDutyAsync();
        var (_, other) = await AreasAsync("昆都仑区", "少先路街道");
        var zhao = await Data.OtherLevelDeputyAsync("赵乡长", DeputyLevel.Township);
        var elsewhere = await Data.StationAsync(other.Id, "少先路街道人大代表联络站", (zhao.Id, StationRole.Head));
        // One a day from 2026-01-05 to 2026-01-26 at the first station.
        var first = new DateOnly(2026, 1, 5);
        for (var day = 0; day < ReceptionsModel.PageSize + 2; day++)
        {
            await Data.ReceptionAsync(station.Id, first.AddDays(day), [li.Id]);
        }
        await Data.ReceptionAsync(elsewhere.Id, new DateOnly(2026, 2, 2), [zhao.Id]);
        using var staff = await StaffAsync();

        var all = await staff.GetDocumentAsync($"{List}/Receptions");
        Text(all, ".reference-count").Should().Contain($"共 {ReceptionsModel.PageSize + 3} 次接待");
        all.QuerySelectorAll("#receptions tbody tr").Should().HaveCount(ReceptionsModel.PageSize);

        var own = await staff.GetDocumentAsync($"{List}/Receptions?station={station.Id}");
        Text(own, "h1").Should().Be("钢城街道人大代表联络站接待记录");
        Text(own, ".reference-count").Should().Contain($"共 {ReceptionsModel.PageSize + 2} 次接待");
        var next = own.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await staff.GetDocumentAsync(next);
        second.QuerySelectorAll("#receptions tbody tr").Should().HaveCount(2);
        Text(second, "#receptions tbody tr:last-child").Should().Contain("2026年1月5日", "newest first, so the oldest is last");

        var range = await staff.GetDocumentAsync($"{List}/Receptions?from=2026-01-20&to=2026-02-28");
        Text(range, ".reference-count").Should().Contain("共 8 次接待", "seven days at one station and one reception at the other");
        Text(await staff.GetDocumentAsync($"{List}/Receptions?from=2026-03-01&to=2026-02-01"), "[data-valmsg-for=to]").Should().Be("结束日期不能早于开始日期。");
    }
}
