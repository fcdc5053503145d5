using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Pages.Reference.Meetings;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Meetings;

public sealed class EditTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Meetings";

    [Fact]
    public async Task Staff_creates_a_meeting_and_it_is_listed_as_the_Nth_meeting_of_the_term()
    {
        await Data.MeetingAsync(29);
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        var form = await staff.GetDocumentAsync($"{List}/Edit");
        Value(form, "Input.Number").Should().Be("30");

        using var response = await staff.SubmitFormAsync(form, Form(("Input.Date", "2026-06-25")));
        ShouldRedirect(response, $"{List}?term={term.Id}");

        var meeting = await DbAsync(db => db.StandingCommitteeMeetings.SingleAsync(m => m.Number == 30));
        Text(await staff.GetDocumentAsync(List), "tbody").Should().Contain("第十六届人大常委会第三十次会议").And.Contain("2026年6月25日");
        (await AuditAsync(nameof(StandingCommitteeMeeting), meeting.Id)).Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Staff_moves_a_meeting_to_another_date()
    {
        var meeting = await Data.MeetingAsync(30);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit/{meeting.Id}", Form(("Input.Date", "2026-06-30")));
        ShouldRedirect(response, $"{List}?term={meeting.TermId}");
        (await DbAsync(db => db.StandingCommitteeMeetings.SingleAsync(m => m.Id == meeting.Id))).Date.Should().Be(new DateOnly(2026, 6, 30));
        (await AuditAsync(nameof(StandingCommitteeMeeting), meeting.Id)).Should().Equal(AuditAction.Created, AuditAction.Updated);
    }

    [Fact]
    public async Task A_meeting_number_used_in_the_term_is_refused_next_to_the_number()
    {
        var meeting = await Data.MeetingAsync(30);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(
            ("Input.TermId", Id(meeting.TermId)), ("Input.Number", "30"), ("Input.Date", "2026-08-20")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Number").Should().Be(EditModel.Handler.UniqueNumber.Message);
        Value(page, "Input.Date").Should().Be("2026-08-20");
    }

    [Fact]
    public async Task A_meeting_number_out_of_range_and_a_missing_date_get_messages()
    {
        var term = await Data.TermAsync(16);
        using var staff = await StaffAsync();
        using var response = await staff.SubmitFormAsync($"{List}/Edit", Form(("Input.TermId", Id(term.Id)), ("Input.Number", "0"), ("Input.Date", "")));
        var page = await RefusedAsync(response);
        page.FieldError("Input.Number").Should().Be("会议次数应为1到999之间的整数");
        page.FieldError("Input.Date").Should().Be("请填写会议日期");
    }
}
