using CongressPortal.Domain.Reference;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Reference.Meetings;

public sealed class IndexTests(PortalAppFactory app) : ReferenceTest(app)
{
    private const string List = "/Reference/Meetings";

    [Fact]
    public async Task The_list_filters_by_term_and_a_meeting_can_be_deleted()
    {
        var meeting = await Data.MeetingAsync(30);
        var older = await Data.TermAsync(15);
        await DbAsync(async db =>
        {
            db.StandingCommitteeMeetings.Add(StandingCommitteeMeeting.Create(older.Id, 12, new DateOnly(2019, 4, 20)));
            await db.SaveChangesAsync();
        });
        using var staff = await StaffAsync();
        var filtered = Text(await staff.GetDocumentAsync($"{List}?term={meeting.TermId}"), "tbody");
        filtered.Should().Contain("第三十次会议").And.NotContain("第十五届");

        using var response = await staff.SubmitFormAsync($"{List}?term={meeting.TermId}", Form(), $"#delete-{meeting.Id}");
        ShouldRedirect(response, $"{List}?term={meeting.TermId}");
        (await DbAsync(db => db.StandingCommitteeMeetings.AnyAsync(m => m.Id == meeting.Id))).Should().BeFalse();
        (await AuditAsync(nameof(StandingCommitteeMeeting), meeting.Id)).Should().Equal(AuditAction.Created, AuditAction.Deleted);
    }
}
