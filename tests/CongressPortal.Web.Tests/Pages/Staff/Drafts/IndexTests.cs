using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>The staff list of drafts: newest first, the phase from the clock, figures with pending comments standing out, filters by phase.</summary>
public sealed class IndexTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task Drafts_are_listed_newest_first_with_phase_deadline_and_figures_and_filtered_by_the_phase_of_now()
    {
        var closing = await Steps.OpenDraftAsync(title: "先到期的征求意见稿");
        var adopted = await Steps.CommentIdAsync(await Steps.CommentAsync(closing.DraftId));
        await Steps.CommentAsync(closing.DraftId, "第二条", "另一条待审核的意见。");
        await Steps.CheckAsync(adopted, DraftCommentCheck.Valid);
        await Steps.DecideAsync(adopted, AdoptionDecision.Adopted);
        App.Clock.Advance(TimeSpan.FromDays(1));
        var open = await Steps.OpenDraftAsync(days: 40, title: "后发布的征求意见稿");
        App.Clock.Advance(TimeSpan.FromHours(1));
        var prepared = await Steps.OpenDraftAsync(publish: false, title: "准备中的征求意见稿");
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync("/Staff/Drafts");
        page.QuerySelectorAll("#drafts tbody tr").Select(r => r.GetAttribute("data-draft")).Should().Equal(Id(prepared.DraftId), Id(open.DraftId), Id(closing.DraftId));
        var row = page.QuerySelector($"#drafts tr[data-draft='{closing.DraftId}']")!;
        row.QuerySelector(".draft-phase")!.TextContent.Should().Be("征求意见中");
        row.QuerySelector(".draft-deadline")!.TextContent.Should().Contain("还剩29天");
        row.QuerySelector("[data-figure='pending'] a.draft-pending")!.TextContent.Should().Be("1");
        ShouldLinkTo(row.QuerySelector("[data-figure='pending'] a"), $"/Staff/Drafts/{closing.DraftId}/Comments?status=Received");
        row.QuerySelector("[data-figure='checked']")!.TextContent.Should().Be("1");
        row.QuerySelector("[data-figure='adopted']")!.TextContent.Should().Be("1");
        page.QuerySelector($"#drafts tr[data-draft='{prepared.DraftId}'] .draft-phase")!.TextContent.Should().Be("准备中");

        // The first draft's last day ends: it is closed by the clock, without anyone acting.
        App.Clock.Set(new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.FromHours(8)));
        using var later = await StaffAsync("一个月后");
        var closed = await later.GetDocumentAsync("/Staff/Drafts?phase=Closed");
        closed.QuerySelectorAll("#drafts tbody tr").Select(r => r.GetAttribute("data-draft")).Should().Equal(Id(closing.DraftId));
        var opened = await later.GetDocumentAsync("/Staff/Drafts?phase=Open");
        opened.QuerySelectorAll("#drafts tbody tr").Select(r => r.GetAttribute("data-draft")).Should().Equal(Id(open.DraftId));
        Text(opened, "#phase-filter [data-phase='Open'] span").Should().Be("1");
        Text(opened, "#phase-filter [data-phase='Closed'] span").Should().Be("1");
        var preparedOnly = await later.GetDocumentAsync("/Staff/Drafts?phase=Prepared");
        preparedOnly.QuerySelectorAll("#drafts tbody tr").Should().ContainSingle();
        var none = await later.GetDocumentAsync("/Staff/Drafts?phase=OutcomePublished");
        none.QuerySelector("#no-drafts").Should().NotBeNull();
    }
}
