using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Reports;

/// <summary>The work report's proposed figures include the year's public comment on draft regulations, checked comments only.</summary>
public sealed class FiguresDraftsTests(PortalAppFactory app) : ReportTest(app)
{
    [Fact]
    public async Task Proposed_figures_count_the_years_drafts_for_comment_and_their_checked_and_adopted_comments()
    {
        var steps = new DraftSteps(App);
        var first = await steps.OpenDraftAsync();
        await steps.OpenDraftAsync(title: "另一件征求意见稿");
        await steps.OpenDraftAsync(publish: false, title: "没有发布的征求意见稿");
        var adopted = await steps.CommentIdAsync(await steps.CommentAsync(first.DraftId));
        var partly = await steps.CommentIdAsync(await steps.CommentAsync(first.DraftId, "第二条"));
        var duplicate = await steps.CommentIdAsync(await steps.CommentAsync(first.DraftId, "第三条"));
        await steps.CommentAsync(first.DraftId, "第四条", "还没有审核的意见不计入。");
        await steps.CheckAsync(adopted, DraftCommentCheck.Valid);
        await steps.DecideAsync(adopted, AdoptionDecision.Adopted);
        await steps.CheckAsync(partly, DraftCommentCheck.Valid);
        await steps.DecideAsync(partly, AdoptionDecision.PartlyAdopted);
        await steps.CheckAsync(duplicate, DraftCommentCheck.Duplicate);
        var id = await ReportAsync(2027, ReportSamples.Clean(2027));
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Reports/Figures/{id}?propose=true");

        var rows = page.QuerySelectorAll("#proposals tbody tr").ToDictionary(r => r.QuerySelectorAll("td")[0].TextContent.Trim(), r => r.QuerySelectorAll("td")[1].TextContent.Trim());
        rows["公开征求意见的法规草案"].Should().Be("2件");
        rows["收到意见"].Should().Be("3条");
        rows["采纳意见"].Should().Be("2条");
        page.QuerySelector("#proposals")!.TextContent.Should().Contain("本系统法规草案公开征求意见数据（2026年");
    }
}
