using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Notices;

/// <summary>/Staff/Notices: every notice with its state, filtered by state.</summary>
public sealed class IndexTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task Staff_see_every_notice_and_can_filter_by_state()
    {
        var steps = new NoticeSteps(App);
        await steps.NoticeAsync("草稿通知", publish: false);
        await steps.NoticeAsync("已发布通知");
        await steps.NoticeAsync("已撤回通知", withdraw: true);
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var all = await staff.GetDocumentAsync("/Staff/Notices");
        all.QuerySelectorAll("#notices tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent))
            .Should().BeEquivalentTo([("草稿通知", "草稿"), ("已发布通知", "已发布"), ("已撤回通知", "已撤回")]);
        var drafts = await staff.GetDocumentAsync("/Staff/Notices?state=Draft");
        drafts.QuerySelectorAll("#notices tbody th").Select(t => t.TextContent).Should().Equal("草稿通知");
        (await staff.GetDocumentAsync("/Staff")).QuerySelector("#notices-card a")!.GetAttribute("href").Should().Be("/Staff/Notices");
    }
}
