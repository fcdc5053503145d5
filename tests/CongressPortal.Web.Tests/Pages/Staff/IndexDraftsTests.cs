using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff;

/// <summary>The workspace's 征求意见 card and the header's 待审核意见 to-do count drafts open now and comments waiting for a check.</summary>
public sealed class IndexDraftsTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task The_workspace_and_the_header_count_open_drafts_and_comments_waiting_for_a_check()
    {
        var steps = new DraftSteps(App);
        var draft = await steps.OpenDraftAsync();
        await steps.OpenDraftAsync(publish: false, title: "准备中的稿");
        var checkedOne = await steps.CommentIdAsync(await steps.CommentAsync(draft.DraftId));
        await steps.CommentAsync(draft.DraftId, "第二条");
        await steps.CommentAsync(draft.DraftId, null);
        await steps.CheckAsync(checkedOne, DraftCommentCheck.Valid);

        using var staff = await SignedInClientAsync(PortalRole.Staff);
        var page = await staff.GetDocumentAsync("/Staff");

        page.QuerySelector("#drafts-open")!.TextContent.Should().Be("1");
        page.QuerySelector("#drafts-awaiting-check")!.TextContent.Should().Be("2");
        var todo = page.QuerySelector("header [data-todo='staff-draft-comments']")!;
        todo.QuerySelector(".todo-count")!.TextContent.Should().Be("2");
        todo.GetAttribute("href").Should().Be("/Staff/Drafts");
        todo.GetAttribute("aria-label").Should().Be("待审核意见 2 条");

        using var deputy = await ClientForRoleAsync(PortalRole.Deputy);
        var deputyPage = await deputy.GetDocumentAsync("/");
        deputyPage.QuerySelector("header [data-todo='staff-draft-comments']").Should().BeNull("only staff check comments");
    }
}
