using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>Shared steps of the moderation, entry and export tests: drafts and comments made through <see cref="DraftSteps"/>, the stored comment.</summary>
public abstract class StaffDraftTest(PortalAppFactory app) : Suggestions.StaffSuggestionTest(app)
{
    protected DraftSteps Steps => new(App);

    protected const string Script = "<script>alert('x')</script>请删除第五条第二款。";

    protected static string CommentsPage(int draftId, string query = "") => $"/Staff/Drafts/{draftId}/Comments{query}";

    protected Task<DraftComment> CommentAsync(int id) => DbAsync(db => db.DraftComments.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>An online comment on <paramref name="anchor"/>; returns its id.</summary>
    protected async Task<int> OnlineAsync(int draftId, string? anchor = "第五条", string body = "建议明确绿化养护责任的分工。") =>
        await Steps.CommentIdAsync(await Steps.CommentAsync(draftId, anchor, body));
}
