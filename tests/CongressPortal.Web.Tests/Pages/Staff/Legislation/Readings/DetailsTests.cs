using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Readings;

public sealed class DetailsTests(PortalAppFactory app) : LegislationTest(app)
{
    [Fact]
    public async Task A_reading_shows_its_stage_meeting_date_explanation_and_the_text_by_article()
    {
        var meeting = await MeetingAsync(28, new DateOnly(2026, 1, 20));
        using var staff = await StaffAsync();
        var id = await CreateRecordAsync(staff);
        var record = await FirstReadingAsync(staff, id, meeting);
        var link = record.QuerySelector("#readings a")!.GetAttribute("href")!;

        var page = await staff.GetDocumentAsync(link);

        page.QuerySelector("#reading-meta")!.TextContent.Should().Contain("初审").And.Contain("2026年1月20日").And.Contain("4 条");
        page.QuerySelector("#reading-explanation")!.TextContent.Should().Be("关于草案的说明");
        page.Body!.TextContent.Should().Contain("第三条").And.Contain("禁止下列损害古树名木的行为");
    }

    [Fact]
    public async Task An_unknown_reading_is_not_found()
    {
        using var staff = await StaffAsync();
        using var response = await staff.Http.GetAsync("/Staff/Legislation/Readings/Details/999999");
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
