using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Notices;

/// <summary>/Staff/Notices/Details: publish (dated by the server), withdraw with a reason, attachments checked by content.</summary>
public sealed class DetailsTests(PortalAppFactory app) : WebTest(app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Page(int id) => $"/Staff/Notices/Details/{Id(id)}";

    [Fact]
    public async Task Publishing_records_the_servers_time_and_the_public_sees_the_notice_at_once()
    {
        var notice = await new NoticeSteps(App).NoticeAsync(publish: false);
        App.Clock.Advance(TimeSpan.FromHours(5));
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/Notices")).QuerySelector("#no-notices").Should().NotBeNull();
        (await anonymous.GetDocumentAsync("/")).QuerySelector("#latest-notices .notice-item").Should().BeNull();

        using var published = await staff.SubmitFormAsync(Page(notice.Id), new Dictionary<string, string?>(), "#form-publish");

        published.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await DbAsync(db => db.Notices.SingleAsync());
        (saved.State, saved.PublishedAt).Should().Be((NoticeState.Published, App.Clock.GetUtcNow()));
        (await anonymous.GetDocumentAsync("/Notices")).QuerySelector("#notice-list a")!.TextContent.Should().Be("关于召开代表座谈会的通知");
        (await anonymous.GetDocumentAsync("/")).QuerySelector("#latest-notices .notice-item a")!.TextContent.Should().Be("关于召开代表座谈会的通知");
        (await staff.GetDocumentAsync(Page(notice.Id))).QuerySelector("#notice-state")!.TextContent.Should().Contain("已发布");
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_then_the_notice_and_its_files_answer_404()
    {
        var notice = await new NoticeSteps(App).NoticeAsync(attach: true);
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var anonymous = AnonymousClient();
        var file = $"/Notices/{Id(notice.Id)}/Files/{Id(notice.FileId!.Value)}";
        (await anonymous.GetAsync(file)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var refused = await staff.SubmitFormAsync(Page(notice.Id), new Dictionary<string, string?> { ["Withdraw.Reason"] = "" }, "#form-withdraw");
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).FieldError("Withdraw.Reason").Should().Be("请填写撤回的理由。");

        using var withdrawn = await staff.SubmitFormAsync(Page(notice.Id), new Dictionary<string, string?> { ["Withdraw.Reason"] = "会议延期" }, "#form-withdraw");

        withdrawn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(file)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetDocumentAsync("/Notices")).QuerySelector("#no-notices").Should().NotBeNull();
        var page = await staff.GetDocumentAsync(Page(notice.Id));
        page.QuerySelector("#notice-state")!.TextContent.Should().Contain("已撤回").And.Contain("会议延期");
        page.QuerySelectorAll("main form[method=post]").Should().BeEmpty("a withdrawn notice is final");
        (await staff.GetAsync($"/Staff/Notices/File/{Id(notice.Id)}/{Id(notice.FileId!.Value)}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var audit = await DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Notice) && e.EntityKey == Id(notice.Id))
            .OrderBy(e => e.Id).Select(e => e.Changes).ToListAsync());
        audit.Last().Should().Contain("会议延期");
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_served_while_published_and_can_be_removed()
    {
        var notice = await new NoticeSteps(App).NoticeAsync();
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var anonymous = AnonymousClient();

        using var refused = await staff.PostFormAsync(await staff.GetDocumentAsync(Page(notice.Id)), "#form-attach", [],
            [("Attach.File", "议程.pdf", "<script>alert(1)</script>"u8.ToArray())]);
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).FieldError("Attach.File").Should().Be(FileMessages.WrongKind.Message, "an upload's refusal sits next to the file input");
        (await DbAsync(db => db.StoredFiles.CountAsync())).Should().Be(0, "a refused upload is not stored");

        using var attached = await staff.PostFormAsync(await staff.GetDocumentAsync(Page(notice.Id)), "#form-attach", [],
            [("Attach.File", "会议议程.pdf", NoticeSteps.Pdf)]);
        attached.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var link = (await anonymous.GetDocumentAsync($"/Notices/{Id(notice.Id)}")).QuerySelector("#notice-files a")!;
        link.TextContent.Should().Be("会议议程.pdf");
        using (var download = await anonymous.GetAsync(link.GetAttribute("href")!))
        {
            download.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
            (await download.Content.ReadAsByteArrayAsync()).Should().Equal(NoticeSteps.Pdf);
        }

        using var removed = await staff.SubmitFormAsync(Page(notice.Id), new Dictionary<string, string?>(), "form.form-remove");
        removed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await anonymous.GetDocumentAsync($"/Notices/{Id(notice.Id)}")).QuerySelector("#notice-files").Should().BeNull();
        (await anonymous.GetAsync(link.GetAttribute("href")!)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_of_another_notice_is_not_served_under_this_one()
    {
        var steps = new NoticeSteps(App);
        var withFile = await steps.NoticeAsync(attach: true, publish: false);
        var other = await steps.NoticeAsync("另一条通知");
        using var anonymous = AnonymousClient();
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        (await anonymous.GetAsync($"/Notices/{Id(other.Id)}/Files/{Id(withFile.FileId!.Value)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await staff.GetAsync($"/Staff/Notices/File/{Id(other.Id)}/{Id(withFile.FileId!.Value)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/Notices/{Id(withFile.Id)}/Files/{Id(withFile.FileId!.Value)}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a draft's files are not public");
    }

    [Fact]
    public async Task A_form_from_a_page_someone_changed_meanwhile_is_refused_and_nothing_of_it_is_saved()
    {
        var notice = await new NoticeSteps(App).NoticeAsync();
        using var first = await SignedInClientAsync(PortalRole.Staff);
        using var second = await SignedInClientAsync(PortalRole.Staff);
        var stale = await second.GetDocumentAsync(Page(notice.Id));

        (await first.SubmitFormAsync($"/Staff/Notices/Edit/{Id(notice.Id)}", new Dictionary<string, string?> { ["Input.Title"] = "第一位改的标题" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var refused = await second.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Withdraw.Reason"] = "第二位撤回" }, "#form-withdraw");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).QuerySelector("#form-failed")!.TextContent.Should().Be(Web.Data.Queries.NoticeStore.NoticeConflict);
        (await DbAsync(db => db.Notices.Select(n => new { n.Title, n.State }).SingleAsync())).Should().Be(new { Title = "第一位改的标题", State = NoticeState.Published });
    }

    [Fact]
    public async Task Of_two_staff_withdrawing_at_once_the_second_is_told_it_is_already_withdrawn()
    {
        var notice = await new NoticeSteps(App).NoticeAsync();
        using var first = await SignedInClientAsync(PortalRole.Staff);
        using var second = await SignedInClientAsync(PortalRole.Staff);
        var stale = await second.GetDocumentAsync(Page(notice.Id));

        (await first.SubmitFormAsync(Page(notice.Id), new Dictionary<string, string?> { ["Withdraw.Reason"] = "第一位撤回" }, "#form-withdraw"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var refused = await second.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Withdraw.Reason"] = "第二位撤回" }, "#form-withdraw");

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).QuerySelector("#form-failed")!.TextContent.Should().Contain("已撤回");
        (await DbAsync(db => db.Notices.Select(n => n.WithdrawReason).SingleAsync())).Should().Be("第一位撤回");
    }
}
