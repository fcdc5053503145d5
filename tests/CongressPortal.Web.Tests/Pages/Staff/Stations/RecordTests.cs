using DeputyEntity = CongressPortal.Domain.Deputies.Deputy;
using CongressPortal.Domain.Stations;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Staff.Stations;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Stations;

public sealed class RecordTests(PortalAppFactory app) : StationTest(app)
{
    private const string FormSelector = "#record-form";

    private static string RecordUrl(int stationId) => $"{List}/Record/{stationId}";

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
        var reception = await StoredReceptionAsync(id);
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
}
