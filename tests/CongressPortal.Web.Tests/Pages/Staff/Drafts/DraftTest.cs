using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>Shared steps of the staff draft pages: drafts made through <see cref="DraftSteps"/>, their addresses, the stored draft.</summary>
public abstract class DraftTest(PortalAppFactory app) : StaffSuggestionTest(app)
{
    protected DraftSteps Steps => new(App);

    protected static string DraftPage(int id) => $"/Staff/Drafts/{id}";

    protected static string EditDraftPage(int id) => $"/Staff/Drafts/Edit/{id}";

    protected static string CreatePage(int recordId, int readingId) => $"/Staff/Drafts/Create?recordId={recordId}&readingId={readingId}";

    /// <summary>
    /// The href of a link to a page another part of the feature provides (moderation, export, summary, the public page):
    /// asp-page renders it empty until that page exists, so the tests check the link is there and, once it resolves, where it goes.
    /// </summary>
    protected static void ShouldLinkTo(AngleSharp.Dom.IElement? link, string address)
    {
        link.Should().NotBeNull();
        var href = link!.GetAttribute("href");
        if (!string.IsNullOrEmpty(href)) href.Should().Be(address);
    }

    protected Task<OpenDraft> StoredDraftAsync(int id) =>
        DbAsync(db => db.OpenDrafts.AsNoTracking().Include(d => d.DeadlineChanges).Include(d => d.ArticleNotes).SingleAsync(d => d.Id == id));
}
