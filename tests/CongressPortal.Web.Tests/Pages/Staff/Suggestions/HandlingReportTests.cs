using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Infrastructure.Word;
using CongressPortal.Web.Pages.Staff.Suggestions;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.UnitDesk;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Suggestions;

/// <summary>
/// 办理情况报告: the draft in Word written from the statistics and the commitments ledger, its publication (upload, a new
/// version, withdrawal with a reason, each in the audit log) and the public page that lists only what is published.
/// </summary>
public sealed class HandlingReportTests(PortalAppFactory app) : UnitDeskTest(app)
{
    private string Page => $"/Staff/Suggestions/HandlingReport?sessionId={Id(World.Session.Id)}";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Three suggestions of the session to the world's unit: one replied B with a commitment (key, 重点督办), one A, one not replied.</summary>
    private async Task<(Suggestion Key, Suggestion Plain, Suggestion Waiting)> SessionAsync()
    {
        var key = await AssignedAsync("关于加快老旧小区加装电梯的建议", [UnitId]);
        var plain = await AssignedAsync("关于完善公交线网的建议", [UnitId]);
        var waiting = await AssignedAsync("关于增设社区养老服务站的建议", [OtherUnitId]);
        await Data.ActAsync(key.Id, (s, _, now) => s.MarkKey("张副主任", null, StaffActor, now));
        key = await Data.ActAsync(key.Id, (s, rules, now, letter) => s.Reply(new ReplyDraft("B", "已列入明年计划。", "张局长", Today, true, letter(),
            [new CommitmentDraft("完成加装电梯可行性研究", Today.AddMonths(6))]), UnitActor(UnitId), now, rules));
        plain = await Data.ActAsync(plain.Id, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Today, letter()), UnitActor(UnitId), now, rules));
        return (key, plain, waiting);
    }

    [Fact]
    public async Task The_draft_is_written_from_the_statistics_and_the_commitments_ledger()
    {
        var (key, _, _) = await SessionAsync();
        var staff = await SignedInClientAsync(PortalRole.Staff);
        var figures = await ServiceAsync<SuggestionStatistics, IReadOnlyList<SuggestionFigures>>(s =>
            s.ComputeAsync(StatsDimension.Session, new SuggestionStatistics.Scope(null, World.Session.Id), CancellationToken.None));
        var total = figures.Single();

        var page = await staff.GetDocumentAsync(Page);
        page.QuerySelector("#draft-summary")!.TextContent.Should().Contain(SuggestionDocuments.Opening(total, 2));
        var href = page.QuerySelector("#draft-link")!.GetAttribute("href")!;
        var word = await WordFile.ReadAsync(await staff.GetAsync(href));

        word.Paragraphs[0].Should().Be("关于市十六届人大五次会议代表建议办理情况的报告");
        word.Paragraphs[1].Should().Be($"（初稿，数据截至{ChinaTime.FormatDate(Today)}）");
        (total.Received, total.Replied, total.Solved).Should().Be((3, 2, 2));
        word.Paragraphs.Should().Contain(SuggestionDocuments.Opening(total, 2)).And.Contain(SuggestionDocuments.Ratings(total));
        word.Text.Should().Contain("已答复2件").And.Contain("解决或正在解决的2件，占已答复的100.0%");
        var units = word.Rows(0);
        units.Select(r => r[0]).Should().BeEquivalentTo([World.Unit.Name, World.OtherUnit.Name]);
        units.Single(r => r[0] == World.Unit.Name).Take(3).Should().Equal(World.Unit.Name, "2", "2");
        word.Rows(1).Should().ContainSingle().Which[0].Should().Be(World.Category.Name);
        word.Rows(2).Should().ContainSingle().Which.Should().Equal(key.Number, key.Title, World.Lead.Name, "张副主任", World.Unit.Name, "已答复");
        word.Text.Should().Contain("承办单位在答复中作出承诺事项1项，已完成0项；尚未完成1项，其中已超过计划完成时间0项");
        word.Rows(3).Should().ContainSingle().Which.Should().Equal(key.Number, World.Unit.Name, "完成加装电梯可行性研究",
            ChinaTime.FormatDate(Today.AddMonths(6)), "0%");
    }

    [Fact]
    public async Task An_overdue_commitment_is_marked_as_the_ledger_marks_it()
    {
        var (key, _, _) = await SessionAsync();
        App.Clock.Advance(TimeSpan.FromDays(200));
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var word = await WordFile.ReadAsync(await staff.GetAsync($"/Staff/Suggestions/HandlingReport?handler=Draft&sessionId={Id(World.Session.Id)}"));

        word.Text.Should().Contain("其中已超过计划完成时间1项");
        word.Rows(3).Single()[3].Should().EndWith("（已逾期）");
        word.Rows(3).Single()[0].Should().Be(key.Number);
    }

    [Fact]
    public async Task Staff_publish_the_edited_report_and_the_public_reads_only_what_is_published()
    {
        await SessionAsync();
        var staff = await SignedInClientAsync(PortalRole.Staff);
        var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/Suggestions/HandlingReports")).QuerySelector("#no-reports").Should().NotBeNull();

        using var published = await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "关于市十六届人大五次会议代表建议办理情况的报告（定稿）" },
            [("Publish.File", "定稿.pdf", Pdf)], "#form-publish");
        published.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var list = await anonymous.GetDocumentAsync("/Suggestions/HandlingReports");
        var link = list.QuerySelector(".handling-report-link")!;
        link.TextContent.Should().Be("关于市十六届人大五次会议代表建议办理情况的报告（定稿）");
        list.QuerySelector(".handling-report h2")!.TextContent.Should().Be("第十六届人民代表大会第五次会议");
        using var file = await anonymous.GetAsync(link.GetAttribute("href")!);
        file.StatusCode.Should().Be(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await file.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
        (await anonymous.GetDocumentAsync("/Suggestions")).QuerySelector("#handling-reports-link a")!.GetAttribute("href").Should().Be("/Suggestions/HandlingReports");

        (await staff.GetDocumentAsync(Page)).QuerySelector("#publication-state")!.TextContent.Should().Contain("已公开").And.Contain("定稿.pdf");
        using var withdrawn = await staff.SubmitFormAsync(Page, new Dictionary<string, string?> { ["Withdraw.Reason"] = "数据有误，修改后重新公开" }, "#form-withdraw");
        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await anonymous.GetDocumentAsync("/Suggestions/HandlingReports")).QuerySelector("#no-reports").Should().NotBeNull();
        (await anonymous.GetAsync(link.GetAttribute("href")!)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var state = (await staff.GetDocumentAsync(Page)).QuerySelector("#publication-state")!.TextContent;
        state.Should().Contain("已撤回").And.Contain("数据有误，修改后重新公开");

        var audit = await DbAsync(db => db.AuditEntries.Where(e => e.EntityType == "HandlingReportRelease").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        audit.Should().Equal(Web.Data.AuditAction.Created, Web.Data.AuditAction.Updated);
    }

    [Fact]
    public async Task Publishing_again_replaces_the_document_and_bad_input_is_shown_next_to_its_field()
    {
        await SessionAsync();
        var staff = await SignedInClientAsync(PortalRole.Staff);

        var noFile = await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "我的标题" }, [], "#form-publish");
        var page = await PortalClient.ParseAsync(noFile);
        page.QuerySelector("[data-valmsg-for='Publish.File']")!.TextContent.Should().Be("请选择编辑定稿的报告文件（PDF或Word）。");
        page.QuerySelector("#publish-title")!.GetAttribute("value").Should().Be("我的标题", "nothing typed is lost");

        var image = await PortalClient.ParseAsync(await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "我的标题" },
            [("Publish.File", "图.png", Png)], "#form-publish"));
        image.QuerySelector("[data-valmsg-for='Publish.File']")!.TextContent.Should().NotBeEmpty();

        var noReasonFirst = await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "第一稿" }, [("Publish.File", "一稿.pdf", Pdf)], "#form-publish");
        noReasonFirst.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var word = await WordFile.ReadAsync(await staff.GetAsync($"/Staff/Suggestions/HandlingReport?handler=Draft&sessionId={Id(World.Session.Id)}"));
        var docx = await (await staff.GetAsync($"/Staff/Suggestions/HandlingReport?handler=Draft&sessionId={Id(World.Session.Id)}")).Content.ReadAsByteArrayAsync();
        word.Paragraphs.Should().NotBeEmpty();
        (await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "第二稿" }, [("Publish.File", "二稿.docx", docx)], "#form-publish"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var noReason = await PortalClient.ParseAsync(await staff.SubmitFormAsync(Page, new Dictionary<string, string?> { ["Withdraw.Reason"] = "" }, "#form-withdraw"));
        noReason.QuerySelector("[data-valmsg-for='Withdraw.Reason']")!.TextContent.Should().Be("请填写撤回的理由。");

        var list = await AnonymousClient().GetDocumentAsync("/Suggestions/HandlingReports");
        list.QuerySelectorAll(".handling-report-link").Select(a => a.TextContent).Should().Equal("第二稿");
        var releases = await DbAsync(db => db.HandlingReportReleases.CountAsync());
        releases.Should().Be(1, "one report per session");
    }

    [Fact]
    public async Task A_stale_page_cannot_withdraw_a_report_published_again_meanwhile()
    {
        await SessionAsync();
        var staff = await SignedInClientAsync(PortalRole.Staff);
        (await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "第一稿" }, [("Publish.File", "一稿.pdf", Pdf)], "#form-publish"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stale = await staff.GetDocumentAsync(Page);
        (await staff.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "第二稿" }, [("Publish.File", "二稿.pdf", Pdf)], "#form-publish"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await staff.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Withdraw.Reason"] = "撤回第一稿" }, "#form-withdraw");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#form-failed")!.TextContent.Should().Be(HandlingReportModel.Handler.ActionConflict);
        page.QuerySelector("#withdraw-reason")!.TextContent.Should().Be("撤回第一稿", "nothing typed is lost");
        var release = await DbAsync(db => db.HandlingReportReleases.SingleAsync());
        (release.State, release.Title, release.WithdrawReason).Should().Be((HandlingReportState.Published, "第二稿", (string?)null));
    }

    [Fact]
    public async Task Of_two_staff_publishing_the_first_report_at_once_the_second_is_told_and_nothing_is_overwritten()
    {
        await SessionAsync();
        var first = await SignedInClientAsync(PortalRole.Staff);
        var second = await SignedInClientAsync(PortalRole.Staff);
        var secondPage = await second.GetDocumentAsync(Page);
        secondPage.QuerySelector("#form-withdraw").Should().BeNull("nothing is published to withdraw");
        (await first.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "甲的定稿" }, [("Publish.File", "甲.pdf", Pdf)], "#form-publish"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var audit = await AuditCountAsync();

        using var response = await second.PostFormAsync(secondPage, "#form-publish", [("Publish.Title", "乙的定稿")], [("Publish.File", "乙.pdf", Pdf)]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#form-failed")!.TextContent.Should().Be(HandlingReportModel.Handler.ActionConflict);
        page.QuerySelector("#publish-title")!.GetAttribute("value").Should().Be("乙的定稿", "nothing typed is lost");
        page.QuerySelector("#publication-state")!.TextContent.Should().Contain("甲的定稿", "the page shows what the other person published");
        var release = await DbAsync(db => db.HandlingReportReleases.SingleAsync());
        release.Title.Should().Be("甲的定稿");
        (await DbAsync(db => db.StoredFiles.CountAsync(f => f.FileName == "乙.pdf"))).Should().Be(0, "the refused upload is not kept");
        (await AuditCountAsync()).Should().Be(audit, "nothing was saved");
        (await AnonymousClient().GetDocumentAsync("/Suggestions/HandlingReports")).QuerySelectorAll(".handling-report-link").Select(a => a.TextContent)
            .Should().Equal("甲的定稿");
    }

    [Fact]
    public async Task A_publication_from_a_page_that_showed_the_report_before_its_withdrawal_is_refused_and_the_withdrawal_stands()
    {
        await SessionAsync();
        var first = await SignedInClientAsync(PortalRole.Staff);
        var second = await SignedInClientAsync(PortalRole.Staff);
        (await first.SubmitMultipartFormAsync(Page, new Dictionary<string, string?> { ["Publish.Title"] = "第一稿" }, [("Publish.File", "一稿.pdf", Pdf)], "#form-publish"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var secondPage = await second.GetDocumentAsync(Page);
        (await first.SubmitFormAsync(Page, new Dictionary<string, string?> { ["Withdraw.Reason"] = "数据有误" }, "#form-withdraw"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var audit = await AuditCountAsync();

        using var response = await second.PostFormAsync(secondPage, "#form-publish", [("Publish.Title", "第二稿")], [("Publish.File", "二稿.pdf", Pdf)]);

        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector("#form-failed")!.TextContent.Should().Be(HandlingReportModel.Handler.ActionConflict);
        page.QuerySelector("#form-withdraw").Should().BeNull("a withdrawn report offers only publishing again");
        page.QuerySelector("#form-publish h3")!.TextContent.Should().Be("重新公开（上传定稿）");
        var release = await DbAsync(db => db.HandlingReportReleases.SingleAsync());
        (release.State, release.Title, release.WithdrawReason).Should().Be((HandlingReportState.Withdrawn, "第一稿", "数据有误"));
        (await AuditCountAsync()).Should().Be(audit, "nothing was saved");
    }

    private Task<int> AuditCountAsync() => DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "HandlingReportRelease"));

    [Fact]
    public async Task The_page_is_linked_from_the_statistics_and_the_list_and_an_unknown_session_is_not_found()
    {
        var staff = await SignedInClientAsync(PortalRole.Staff);

        (await staff.GetDocumentAsync("/Staff/Suggestions/Stats")).QuerySelector("#handling-report-link")!.GetAttribute("href").Should().Be("/Staff/Suggestions/HandlingReport");
        (await staff.GetDocumentAsync("/Staff/Suggestions")).QuerySelector("#handling-report-link")!.GetAttribute("href").Should().Be("/Staff/Suggestions/HandlingReport");
        (await staff.GetAsync("/Staff/Suggestions/HandlingReport?sessionId=987654")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync("/Staff/Suggestions/HandlingReport?handler=Draft&sessionId=987654")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
