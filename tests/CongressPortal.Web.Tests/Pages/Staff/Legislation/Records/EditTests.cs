using System.Net;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Records;

public sealed class EditTests(PortalAppFactory app) : LegislationTest(app)
{
    private static string RecordEditPage(int id) => $"/Staff/Legislation/Records/Edit/{id}";

    [Fact]
    public async Task Staff_change_a_record_and_a_second_edit_from_an_older_page_sees_the_conflict()
    {
        using var staff = await StaffAsync();
        var id = await CreateRecordAsync(staff);
        var mine = await staff.GetDocumentAsync(RecordEditPage(id));
        var theirs = await staff.GetDocumentAsync(RecordEditPage(id));

        using (var saved = await PostAsync(staff, theirs, "#record-form", [("Input.Summary", "保护湿地生态。")]))
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RecordAsync(id)).Summary.Should().Be("保护湿地生态。");

        using var lost = await PostAsync(staff, mine, "#record-form", [("Input.DraftingGroup", "起草小组")]);
        lost.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Infrastructure.PortalClient.ParseAsync(lost);
        page.Body!.TextContent.Should().Contain("其他人");
        (await RecordAsync(id)).DraftingGroup.Should().BeNull();
    }
}
