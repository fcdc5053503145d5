using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.ContactPoints;

/// <summary>The registry with each point's figures.</summary>
public sealed class IndexTests(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task The_list_and_the_point_page_show_drafts_comments_valid_and_adopted()
    {
        var draft = await Steps.OpenDraftAsync();
        var point = await Steps.ContactPointAsync();
        var idle = await Steps.ContactPointAsync("没有意见的联系点");
        var adopted = await Steps.PointCommentAsync(draft.DraftId, point);
        await Steps.PointCommentAsync(draft.DraftId, point, "第四条");
        var duplicate = await Steps.PointCommentAsync(draft.DraftId, point, null);
        await Steps.DecideAsync(adopted, AdoptionDecision.Adopted);
        await Steps.CheckAsync(duplicate, DraftCommentCheck.Duplicate);
        await Steps.CommentAsync(draft.DraftId);

        using var staff = await StaffAsync();
        var list = await staff.GetDocumentAsync("/Staff/ContactPoints");
        Text(list, $"#point-{point} .figure-drafts").Should().Be("1");
        Text(list, $"#point-{point} .figure-collected").Should().Be("3");
        Text(list, $"#point-{point} .figure-valid").Should().Be("2");
        Text(list, $"#point-{point} .figure-adopted").Should().Be("1");
        Text(list, $"#point-{idle} .figure-collected").Should().Be("0");

        var details = await staff.GetDocumentAsync($"/Staff/ContactPoints/Details/{point}");
        Text(details, "#point-figures").Should().Contain("收集意见 3 条").And.Contain("有效意见 2 条").And.Contain("采纳 1 条");
        details.QuerySelector($"#draft-{draft.DraftId}").Should().NotBeNull();
    }
}
