using System.Net;
using CongressPortal.Domain.Reports;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

/// <summary>The publishing page: preview, publish, correct, unpublish; it offers exactly what <see cref="WorkReport.AvailableActions"/> allows, and says why when a rule stops it.</summary>
public sealed class PreviewTests(PortalAppFactory app) : ReportTest(app)
{
    [Fact]
    public async Task Staff_create_a_report_and_it_stays_private_until_published()
    {
        var session = await Data.SessionAsync();
        using var staff = await StaffAsync();
        using var created = await staff.SubmitFormAsync("/Staff/Reports/Edit", new Dictionary<string, string?>
        {
            ["Input.Year"] = "2027",
            ["Input.SessionId"] = session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Title"] = "示例市人民代表大会常务委员会工作报告",
            ["Input.DeliveredOn"] = "2027-01-15",
            ["Input.SpeakerName"] = "陈立",
            ["Input.SpeakerTitle"] = "市人大常委会主任",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var id = await DbAsync(db => db.WorkReports.Select(r => r.Id).SingleAsync());
        (await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Clean(2027) })).Dispose();
        using var anonymous = AnonymousClient();

        (await anonymous.GetAsync("/Reports/2027")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft is private");
        (await staff.GetDocumentAsync($"/Staff/Reports/Preview/{id}")).QuerySelector(".report-text")!.TextContent.Should().Contain("扎实推进地方立法");

        using var published = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?>(), "#publish-form");
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await anonymous.GetDocumentAsync("/Reports/2027");
        page.QuerySelector("h1.report-title")!.TextContent.Should().Be("示例市人民代表大会常务委员会工作报告");
        var toc = page.QuerySelectorAll("#report-toc a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        toc.Should().Contain(("#part-1", "2026年主要工作")).And.Contain(("#s1", "一、扎实推进地方立法")).And.Contain(("#s2", "二、持续加强监督工作"));
        page.QuerySelector("#s1")!.QuerySelector("a.anchor-link")!.GetAttribute("href").Should().Be("#s1");
        page.QuerySelectorAll("h2.report-part, h3.report-section").Should().OnlyContain(h => h.QuerySelector("a.anchor-link") != null);
        page.QuerySelector(".report-lead")!.TextContent.Should().Be("加强重点领域立法。");
        page.QuerySelector(".report-correction").Should().BeNull();
        (await anonymous.GetDocumentAsync("/Reports")).QuerySelector("#report-list a[href='/Reports/2027']").Should().NotBeNull();
        (await StoredAsync(id)).Versions.Should().ContainSingle(v => v.Number == 1);
    }

    [Fact]
    public async Task Publishing_is_refused_while_suspected_foreign_content_remains()
    {
        var id = await ReportAsync(text: ReportSamples.Pasted);
        using var staff = await StaffAsync();

        using var response = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?>(), "#publish-form");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(response)).Summary().Should().Be(ReportMessages.SuspectedBeforePublish.Message);
        (await StoredAsync(id)).Status.Should().Be(WorkReportStatus.Draft);
    }

    [Fact]
    public async Task A_correction_creates_version_2_and_the_public_page_says_when_it_was_corrected()
    {
        // Published three days ago (the clock cannot move on: it would end the staff member's session).
        var id = await DbAsync(db => ReportSamples.CreateAsync(db, 2027, ReportSamples.Clean(2027), true, App.Clock.GetUtcNow().AddDays(-3)));
        using var staff = await StaffAsync();
        (await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Clean(2027, "修正后的句子。") })).Dispose();

        using (var empty = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Note"] = "" }, "#correct-form"))
            (await PortalClient.ParseAsync(empty)).FieldError("Note").Should().Be("请填写更正说明。");
        using var corrected = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Note"] = "补充第一部分的一句话" }, "#correct-form");
        corrected.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stored = await StoredAsync(id);
        stored.Versions.Select(v => v.Number).Should().BeEquivalentTo([1, 2]);
        stored.Versions.Single(v => v.Number == 1).Outline().PlainText.Should().NotContain("修正后的句子", "a published version never changes");
        using var anonymous = AnonymousClient();
        var page = await anonymous.GetDocumentAsync("/Reports/2027");
        page.QuerySelector(".report-text")!.TextContent.Should().Contain("修正后的句子。");
        var correctedOn = Domain.Common.ChinaTime.FormatDate(App.Clock.GetUtcNow());
        stored.Versions.Single(v => v.Number == 1).PublishedAt.Should().BeBefore(App.Clock.GetUtcNow().AddDays(-2));
        page.QuerySelector(".report-correction")!.TextContent.Should().Be($"本报告于{correctedOn}更正：补充第一部分的一句话");
    }

    [Fact]
    public async Task Unpublishing_needs_a_reason_and_is_audited()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var staff = await StaffAsync();

        using (var noReason = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Reason"] = " " }, "#unpublish-form"))
            (await PortalClient.ParseAsync(noReason)).FieldError("Reason").Should().Be("请填写撤回原因。");
        (await StoredAsync(id)).Status.Should().Be(WorkReportStatus.Published);

        using var unpublished = await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Reason"] = "报告人职务有误，核实后重新发布" }, "#unpublish-form");
        unpublished.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await StoredAsync(id)).Status.Should().Be(WorkReportStatus.Unpublished);
        using var anonymous = AnonymousClient();
        (await anonymous.GetAsync("/Reports/2027")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await DbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(WorkReport) && a.EntityKey == key).ToListAsync());
        audit.Should().Contain(a => a.Changes.Contains("报告人职务有误") && a.UserName != "");
    }

    [Fact]
    public async Task Html_typed_into_a_report_is_shown_as_text()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027, "<script>alert('x')</script><img src=x onerror=alert(1)>"), publish: true);
        using var anonymous = AnonymousClient();

        using var response = await anonymous.GetAsync("/Reports/2027");
        var html = await response.Content.ReadAsStringAsync();

        html.Should().NotContain("<script>alert").And.NotContain("<img src=x");
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector(".report-text")!.TextContent.Should().Contain("<script>alert('x')</script>");
        page.QuerySelectorAll(".report-text script, .report-text img").Should().BeEmpty();
        id.Should().BePositive();
    }

    [Fact]
    public async Task A_draft_is_offered_publishing_only()
    {
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview/{id}");

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

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview/{id}");

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
        (await staff.SubmitFormAsync($"/Staff/Reports/Preview/{id}", new Dictionary<string, string?> { ["Reason"] = "报告人职务有误" }, "#unpublish-form")).Dispose();
        (await staff.SubmitFormAsync($"/Staff/Reports/Import/{id}", new Dictionary<string, string?> { ["Text"] = ReportSamples.Clean(2027, "修正后的句子。") })).Dispose();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Preview/{id}");
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
        var firstPage = await first.GetDocumentAsync($"/Staff/Reports/Preview/{id}");
        var secondPage = await second.GetDocumentAsync($"/Staff/Reports/Preview/{id}");

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

        using var response = await staff.GetAsync("/Staff/Reports/Preview/999999");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
