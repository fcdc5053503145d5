using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Drafts;

namespace CongressPortal.Web.Tests.Pages.Staff.Legislation.Readings;

/// <summary>A reading's page offers 公开征求意见 while the reading has a text and no draft, and links to its draft after.</summary>
public sealed class DetailsDraftLinkTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task A_reading_with_a_text_offers_to_open_it_for_comment_and_then_links_to_its_draft()
    {
        var (recordId, readingId) = await Steps.ReadRecordAsync();
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Legislation/Readings/Details/{readingId}");
        page.QuerySelector("#open-for-comment")!.GetAttribute("href").Should().Be($"/Staff/Drafts/Create?recordId={recordId}&readingId={readingId}");

        var created = await ServiceAsync<Web.Data.Queries.DraftStore, int>(async store =>
            (await store.PrepareAsync(recordId, readingId, new OpenDraftDetails("示例稿", null, Steps.Today.AddDays(30)), DraftSteps.Staff, default)).Value);
        page = await staff.GetDocumentAsync($"/Staff/Legislation/Readings/Details/{readingId}");
        page.QuerySelector("#open-for-comment").Should().BeNull("the reading has its draft already");
        page.QuerySelector("#reading-draft-link")!.GetAttribute("href").Should().Be(DraftPage(created));
    }
}
