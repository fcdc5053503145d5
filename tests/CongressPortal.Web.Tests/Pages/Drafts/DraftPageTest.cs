using AngleSharp.Html.Dom;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>What the tests of the public draft pages share: the draft steps, the addresses, the closing instant of a draft.</summary>
public abstract class DraftPageTest(PortalAppFactory app) : Staff.Suggestions.StaffSuggestionTest(app)
{
    protected DraftSteps Steps => new(App);

    protected static string DraftPage(int id) => $"/Drafts/{Id(id)}";

    protected static string CommentPage(int id, string? article = null) =>
        article is null ? $"/Drafts/{Id(id)}/Comment" : $"/Drafts/{Id(id)}/Comment?article={Uri.EscapeDataString(article)}";

    protected Task<DateTimeOffset> ClosesAtAsync(int draftId) =>
        DbAsync(db => db.OpenDrafts.Where(d => d.Id == draftId).Select(d => d.ClosesAt!.Value).SingleAsync());

    protected Task<int> CommentCountAsync(int draftId) => DbAsync(db => db.DraftComments.CountAsync(c => c.DraftId == draftId));

    /// <summary>The addresses of the "对本条提出意见" links, unescaped, in page order.</summary>
    protected static IReadOnlyList<string> CommentLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("a.statute-comment-link").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!))];

    /// <summary>Empties the output cache, as after a moved test clock: pages rendered at the old time must not be served.</summary>
    protected Task EvictCachedPagesAsync() => PublicPageCache.EvictAllAsync(App.Services.GetRequiredService<IOutputCacheStore>());

    /// <summary>Waits (real time) until an output-cache entry stored for <paramref name="seconds"/> has expired.</summary>
    protected static Task WaitForCacheExpiryAsync(double seconds) => Task.Delay(TimeSpan.FromSeconds(seconds + 0.6));
}
