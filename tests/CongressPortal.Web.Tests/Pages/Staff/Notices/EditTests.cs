using System.Globalization;
using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Notices;
using CongressPortal.Web.Data;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Notices;

/// <summary>/Staff/Notices/Edit: writing a notice as a draft, changing it at the version the form showed, bad input kept.</summary>
public sealed class EditTests(PortalAppFactory app) : WebTest(app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Staff_write_a_draft_that_the_public_does_not_see()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var saved = await staff.SubmitFormAsync("/Staff/Notices/Edit", new Dictionary<string, string?>
        {
            ["Input.Title"] = "关于公开征集立法项目建议的公告",
            ["Input.Body"] = "欢迎社会各界**提出建议**。",
        });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var notice = await DbAsync(db => db.Notices.SingleAsync());
        saved.Headers.Location!.OriginalString.Should().Be($"/Staff/Notices/Details/{Id(notice.Id)}");
        (notice.Title, notice.Body, notice.State, notice.PublishedAt).Should().Be(("关于公开征集立法项目建议的公告", "欢迎社会各界**提出建议**。", NoticeState.Draft, (DateTimeOffset?)null));
        var details = await staff.GetDocumentAsync($"/Staff/Notices/Details/{Id(notice.Id)}");
        details.QuerySelector("#notice-body strong")!.TextContent.Should().Be("提出建议");
        details.QuerySelector("#form-publish").Should().NotBeNull();

        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync("/Notices")).QuerySelector("#no-notices").Should().NotBeNull();
        (await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var audit = await DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Notice)).Select(e => e.Action).ToListAsync());
        audit.Should().Equal(AuditAction.Created);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_its_field_and_nothing_typed_is_lost()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        using var refused = await staff.SubmitFormAsync("/Staff/Notices/Edit", new Dictionary<string, string?>
        {
            ["Input.Title"] = "",
            ["Input.Body"] = "正文已经写好了。",
        });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.FieldError("Input.Title").Should().Be("请填写标题");
        page.QuerySelector("#Input_Body")!.TextContent.Should().Be("正文已经写好了。");
        (await DbAsync(db => db.Notices.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task A_published_notice_is_corrected_and_keeps_its_publication_date()
    {
        var notice = await new NoticeSteps(App).NoticeAsync();
        var published = await DbAsync(db => db.Notices.Where(n => n.Id == notice.Id).Select(n => n.PublishedAt).SingleAsync());
        App.Clock.Advance(TimeSpan.FromDays(2));
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        using var anonymous = AnonymousClient();
        (await anonymous.GetDocumentAsync($"/Notices/{Id(notice.Id)}")).QuerySelector("#notice-title")!.TextContent.Should().Be("关于召开代表座谈会的通知");

        using var saved = await staff.SubmitFormAsync($"/Staff/Notices/Edit/{Id(notice.Id)}", new Dictionary<string, string?>
        {
            ["Input.Title"] = "关于召开代表座谈会的通知（更正）",
        });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await anonymous.GetDocumentAsync($"/Notices/{Id(notice.Id)}");
        page.QuerySelector("#notice-title")!.TextContent.Should().Be("关于召开代表座谈会的通知（更正）", "the change evicts the cached page at once");
        page.QuerySelector("#notice-date")!.TextContent.Should().Contain(ChinaTime.FormatDate(published!.Value)).And.Contain("更新");
        (await DbAsync(db => db.Notices.Where(n => n.Id == notice.Id).Select(n => n.PublishedAt).SingleAsync())).Should().Be(published);
    }

    [Fact]
    public async Task Two_staff_editing_at_once_the_second_sees_what_the_first_saved_and_keeps_their_input()
    {
        var notice = await new NoticeSteps(App).NoticeAsync(publish: false);
        using var first = await SignedInClientAsync(PortalRole.Staff);
        using var second = await SignedInClientAsync(PortalRole.Staff);
        var url = $"/Staff/Notices/Edit/{Id(notice.Id)}";
        var stale = await second.GetDocumentAsync(url);

        (await first.SubmitFormAsync(url, new Dictionary<string, string?> { ["Input.Title"] = "第一位保存的标题" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var refused = await second.SubmitFormAsync(stale, new Dictionary<string, string?> { ["Input.Title"] = "第二位填写的标题" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector(".conflict-values")!.TextContent.Should().Contain("第一位保存的标题");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Title")!).Value.Should().Be("第二位填写的标题");
        (await DbAsync(db => db.Notices.Select(n => n.Title).SingleAsync())).Should().Be("第一位保存的标题");
    }

    [Fact]
    public async Task A_withdrawn_notice_offers_no_edit_and_refuses_a_posted_one()
    {
        var notice = await new NoticeSteps(App).NoticeAsync(withdraw: true);
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var url = $"/Staff/Notices/Edit/{Id(notice.Id)}";

        (await staff.GetDocumentAsync($"/Staff/Notices/Details/{Id(notice.Id)}")).QuerySelector("#edit-link").Should().BeNull();
        using var refused = await staff.SubmitFormAsync(url, new Dictionary<string, string?> { ["Input.Title"] = "撤回后改的标题" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await PortalClient.ParseAsync(refused)).Summary().Should().Contain("已撤回");
        (await DbAsync(db => db.Notices.Select(n => n.Title).SingleAsync())).Should().Be("关于召开代表座谈会的通知");
    }
}
