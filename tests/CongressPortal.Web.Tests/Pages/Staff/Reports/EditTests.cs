using System.Net;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

public sealed class EditTests(PortalAppFactory app) : ReportTest(app)
{
    [Fact]
    public async Task Saving_details_someone_else_changed_meanwhile_shows_their_values_and_keeps_the_input()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var secondPage = await second.GetDocumentAsync($"/Staff/Reports/Edit/{id}");

        (await first.SubmitFormAsync($"/Staff/Reports/Edit/{id}", new Dictionary<string, string?> { ["Input.SpeakerName"] = "李华" })).Dispose();
        using var late = await second.SubmitFormAsync(secondPage, new Dictionary<string, string?> { ["Input.SpeakerName"] = "王强" });

        late.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(late);
        page.QuerySelector(".conflict-values")!.TextContent.Should().Contain("李华");
        page.QuerySelector("#Input_SpeakerName")!.GetAttribute("value").Should().Be("王强");
        (await StoredAsync(id)).SpeakerName.Should().Be("李华");
    }

    [Fact]
    public async Task A_second_report_for_the_same_year_is_refused_at_the_year()
    {
        await ReportAsync(2027);
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync("/Staff/Reports/Edit", new Dictionary<string, string?>
        {
            ["Input.Year"] = "2027",
            ["Input.Title"] = "示例市人民代表大会常务委员会工作报告",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).FieldError("Input.Year").Should().Be("该年度已有工作报告，每年只能有一份。");
    }
}
