using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Pages.Staff.Deputies.Events;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Deputies.Events;

public sealed class EditTests(PortalAppFactory app) : RegistryTest(app)
{
    private const string Events = "/Staff/Deputies/Events";

    [Fact]
    public async Task Participants_typed_as_numbers_are_counted_in_each_deputys_performance_record()
    {
        var meeting = await Data.MeetingAsync(28);
        var zhou = await Data.MunicipalDeputyAsync("周建华", "16201");
        var wang = await Data.MunicipalDeputyAsync("王芳", "16202");
        var li = await Data.MunicipalDeputyAsync("李明", "16203");
        using var staff = await StaffAsync();

        using var attended = await staff.SubmitFormAsync($"{Events}/Edit", Form(
            ("Input.Kind", nameof(PerformanceEventKind.StandingCommitteeMeeting)), ("Input.Date", "2026-02-25"),
            ("Input.Title", "列席市人大常委会第二十八次会议"), ("Input.MeetingId", Id(meeting.Id)),
            ("Input.Participants", "16201，16202\n16201")));
        ShouldRedirect(attended, Events);
        using var training = await staff.SubmitFormAsync($"{Events}/Edit", Form(
            ("Input.Kind", nameof(PerformanceEventKind.Training)), ("Input.Date", "2026-02-26"),
            ("Input.Title", "2026年第一期代表履职学习班"), ("Input.Participants", "16201 16203")));
        ShouldRedirect(training, Events);

        var stored = await DbAsync(db => db.PerformanceEvents.AsNoTracking().Include(e => e.Participants).OrderBy(e => e.Date).ToListAsync());
        stored.Should().HaveCount(2);
        stored[0].MeetingId.Should().Be(meeting.Id);
        stored[0].Participants.Select(p => p.DeputyId).Should().BeEquivalentTo([zhou.Id, wang.Id]);

        var zhouRecord = DetailsTests.Rows(await staff.GetDocumentAsync($"{List}/Details/{zhou.Id}"));
        zhouRecord["列席常委会会议"].Should().Be("1 次");
        zhouRecord["参加培训"].Should().Be("1 次");
        var liRecord = DetailsTests.Rows(await staff.GetDocumentAsync($"{List}/Details/{li.Id}"));
        liRecord["列席常委会会议"].Should().Be("0 次");
        liRecord["参加培训"].Should().Be("1 次");
        var list = await staff.GetDocumentAsync(Events);
        Text(list, "#events").Should().Contain("列席市人大常委会第二十八次会议").And.Contain("2 名");
    }

    [Fact]
    public async Task Unknown_numbers_are_listed_next_to_the_participants_and_nothing_is_saved()
    {
        await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{Events}/Edit", Form(
            ("Input.Kind", nameof(PerformanceEventKind.Research)), ("Input.Date", "2026-02-10"),
            ("Input.Title", "农村供水专题调研"), ("Input.Participants", "16201 16999 17000")));
        var page = await RefusedAsync(response);

        page.FieldError("Input.Participants").Should().Contain("16999、17000").And.NotContain("16201");
        page.QuerySelector("textarea[name='Input.Participants']")!.TextContent.Trim().Should().Be("16201 16999 17000");
        (await DbAsync(db => db.PerformanceEvents.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_non_voting_attendance_needs_its_meeting()
    {
        await Data.MunicipalDeputyAsync("周建华", "16201");
        using var staff = await StaffAsync();
        var page = await RefusedAsync(await staff.SubmitFormAsync($"{Events}/Edit", Form(
            ("Input.Kind", nameof(PerformanceEventKind.StandingCommitteeMeeting)), ("Input.Date", "2026-02-10"),
            ("Input.Title", "列席会议"), ("Input.MeetingId", ""), ("Input.Participants", "16201"))));
        page.FieldError("Input.MeetingId").Should().Be(EditModel.MeetingRequired);
    }

    [Fact]
    public async Task Editing_the_participants_updates_the_record_and_deleting_the_event_removes_it()
    {
        var zhou = await Data.MunicipalDeputyAsync("周建华", "16201");
        var wang = await Data.MunicipalDeputyAsync("王芳", "16202");
        var performanceEvent = await Data.PerformanceEventAsync(PerformanceEventKind.Inspection, new DateOnly(2026, 2, 3), zhou.Id);
        using var staff = await StaffAsync();
        var url = $"{Events}/Edit/{performanceEvent.Id}";

        var form = await staff.GetDocumentAsync(url);
        form.QuerySelector("textarea[name='Input.Participants']")!.TextContent.Trim().Should().Be("16201");
        Text(form, "#recorded-participants").Should().Contain("周建华");
        using (var saved = await staff.SubmitFormAsync(form, Form(("Input.Participants", "16202"))))
        {
            ShouldRedirect(saved, Events);
        }
        DetailsTests.Rows(await staff.GetDocumentAsync($"{List}/Details/{zhou.Id}"))["参加视察、执法检查"].Should().Be("0 次");
        DetailsTests.Rows(await staff.GetDocumentAsync($"{List}/Details/{wang.Id}"))["参加视察、执法检查"].Should().Be("1 次");

        using var deleted = await staff.SubmitFormAsync(url, Form(), "#delete-event");
        ShouldRedirect(deleted, Events);
        (await DbAsync(db => db.PerformanceEvents.CountAsync())).Should().Be(0);
        DetailsTests.Rows(await staff.GetDocumentAsync($"{List}/Details/{wang.Id}"))["参加视察、执法检查"].Should().Be("0 次");
    }
}
