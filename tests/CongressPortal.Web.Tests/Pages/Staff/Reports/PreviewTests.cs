using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

/// <summary>The publishing page offers exactly what <see cref="WorkReport.AvailableActions"/> allows, and says why when a rule stops it.</summary>
public sealed class PreviewTests(PortalAppFactory app) : ReportTest(app)
{
    [Fact]
    public async Task A_draft_is_offered_publishing_only()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview?id={id}");

        page.QuerySelector("#publish-form")!.TextContent.Should().Contain("发布");
        page.QuerySelector("#correct-form").Should().BeNull();
        page.QuerySelector("#unpublish-form").Should().BeNull();
        page.QuerySelector("#report-status")!.TextContent.Should().Be("草稿");
    }

    [Fact]
    public async Task A_published_report_without_changes_offers_unpublishing_and_says_why_there_is_nothing_to_correct()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview?id={id}");

        page.QuerySelector("#publish-form").Should().BeNull("a published report is not published again");
        page.QuerySelector("#correct-form").Should().BeNull();
        page.QuerySelector("#unpublish-form").Should().NotBeNull();
        page.QuerySelector("main")!.TextContent.Should().Contain(ReportMessages.NothingToCorrect.Message);
        page.QuerySelector("#report-status")!.TextContent.Should().Be("已发布");
    }

    [Fact]
    public async Task An_unpublished_report_with_a_changed_draft_asks_for_a_correction_note_to_publish_again()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var staff = await StaffAsync();
        (await staff.SubmitFormAsync($"/Staff/Reports/Preview?id={id}", new Dictionary<string, string?> { ["Reason"] = "报告人职务有误" }, "#unpublish-form")).Dispose();
        (await staff.SubmitFormAsync($"/Staff/Reports/Import?id={id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Clean(2027, "修正后的句子。") })).Dispose();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview?id={id}");
        page.QuerySelector("#unpublish-form").Should().BeNull();
        page.QuerySelector("main")!.TextContent.Should().Contain("撤回，原因：报告人职务有误");
        page.QuerySelector("#publish-form input[name=Note]").Should().NotBeNull();

        using (var noNote = await staff.SubmitFormAsync(page, new Dictionary<string, string?> { ["Note"] = "" }, "#publish-form"))
        {
            noNote.StatusCode.Should().Be(HttpStatusCode.OK);
            (await PortalClient.ParseAsync(noNote)).FieldError("Note").Should().Be("请填写更正说明。");
        }
        using var published = await staff.SubmitFormAsync(page, new Dictionary<string, string?> { ["Note"] = "更正一处表述" }, "#publish-form");

        published.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await StoredAsync(id);
        stored.Status.Should().Be(WorkReportStatus.Published);
        stored.Versions.Select(v => v.Number).Should().BeEquivalentTo([1, 2]);
    }

    [Fact]
    public async Task Two_staff_publishing_at_once_the_second_is_told_it_is_published_and_nothing_is_published_twice()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var first = await StaffAsync();
        using var second = await StaffAsync();
        var firstPage = await first.GetDocumentAsync($"/Staff/Reports/Preview?id={id}");
        var secondPage = await second.GetDocumentAsync($"/Staff/Reports/Preview?id={id}");

        (await first.SubmitFormAsync(firstPage, new Dictionary<string, string?>(), "#publish-form")).Dispose();
        using var late = await second.SubmitFormAsync(secondPage, new Dictionary<string, string?>(), "#publish-form");

        late.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(late);
        page.Summary().Should().Be(ReportMessages.AlreadyPublished.Message);
        page.QuerySelector("#publish-form").Should().BeNull("the page now shows the report as published");
        (await StoredAsync(id)).Versions.Should().ContainSingle();
    }

    [Fact]
    public async Task A_report_that_does_not_exist_is_not_found()
    {
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync("/Staff/Reports/Preview?id=999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
