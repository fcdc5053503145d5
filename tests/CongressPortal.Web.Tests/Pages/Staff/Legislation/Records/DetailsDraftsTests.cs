using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Drafts;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Records;

/// <summary>A legislation record's page lists its drafts for comment with their phase and figures (收到, 采纳).</summary>
public sealed class DetailsDraftsTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task The_record_shows_its_drafts_with_phase_and_the_comments_received_and_adopted()
    {
        var draft = await Steps.OpenDraftAsync();
        var adopted = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId));
        var notAdopted = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第二条"));
        await Steps.CommentAsync(draft.DraftId, "第三条", "还没有审核的意见。");
        await Steps.CheckAsync(adopted, DraftCommentCheck.Valid);
        await Steps.DecideAsync(adopted, AdoptionDecision.PartlyAdopted);
        await Steps.CheckAsync(notAdopted, DraftCommentCheck.Valid);
        await Steps.DecideAsync(notAdopted, AdoptionDecision.NotAdopted);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Legislation/Records/Details/{draft.RecordId}");

        var item = page.QuerySelector($"#record-drafts li[data-draft='{draft.DraftId}']")!;
        item.QuerySelector("a")!.GetAttribute("href").Should().Be(DraftPage(draft.DraftId));
        item.QuerySelector(".draft-phase")!.TextContent.Should().Be("征求意见中");
        item.QuerySelector("[data-figure='checked']")!.TextContent.Should().Be("2");
        item.QuerySelector("[data-figure='adopted']")!.TextContent.Should().Be("1");
        item.TextContent.Should().Contain("另有1条待审核");
    }

    [Fact]
    public async Task A_record_without_drafts_says_so()
    {
        var (recordId, _) = await Steps.ReadRecordAsync();
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync($"/Staff/Legislation/Records/Details/{recordId}");
        page.QuerySelector("#no-record-drafts").Should().NotBeNull();
    }
}
