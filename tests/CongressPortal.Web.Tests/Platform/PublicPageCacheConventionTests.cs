using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Every page anybody may read comes from the output cache under the tags of the data it shows (ADR 0021), and every entity
/// the application saves either evicts the tags of the pages that show it or is named here as feeding none.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class PublicPageCacheConventionTests(PortalAppFactory app)
{
    /// <summary>Pages open to everyone that are rendered per request, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> UncachedPublicPages = new Dictionary<string, string>
    {
        ["/Error"] = "re-executed for the error status of any request, signed-in ones included: nothing worth keeping",
        ["/Account/Login"] = "a form with an antiforgery token and its cookie (the cache never stores a response that sets a cookie)",
        ["/Account/LoginWith2fa"] = "the second sign-in step: it reads the two-factor cookie of the one reader in the middle of signing in",
        ["/Account/TwoFactor/Enrol"] = "setting up the authenticator: a new key for the one reader in the middle of signing in",
        ["/Drafts/Comment"] = "the comment form: antiforgery token, and after a failed post what the citizen typed",
        ["/Drafts/Lookup"] = "the receipt-code lookup: a form, and its answer is one commenter's",
        ["/Drafts/Receipt"] = "shows one commenter their receipt code once (from TempData)",
        ["/FilingReview/Submit"] = "the 审查建议 form: antiforgery token, what the citizen typed",
        ["/FilingReview/Lookup"] = "the receipt-code lookup: a form, and its answer is one requester's",
        ["/FilingReview/Receipt"] = "shows one requester their receipt code once (from TempData)",
        ["/Notices/File"] = "a notice's attachment (PDF, Word, image) streamed from the database, read rarely: kept out of the cache's memory; a withdrawal makes it 404 at once",
        ["/Developers/Index"] = "the open data guide reads no data (datasets from code, the limit from configuration): nothing to evict, nothing to save by caching",
        ["/Suggestions/HandlingReportFile"] = "a Word/PDF download of up to several megabytes, read rarely: kept out of the cache's memory (no-store)",
    };

    /// <summary>Entities that no public page shows, and why.</summary>
    private static readonly Dictionary<string, string> EntitiesOnNoPublicPage = new()
    {
        ["AppUser"] = "accounts", ["IdentityRole"] = "accounts", ["IdentityUserRole<string>"] = "accounts",
        ["IdentityUserClaim<string>"] = "accounts", ["IdentityUserLogin<string>"] = "accounts", ["IdentityUserToken<string>"] = "accounts",
        ["IdentityRoleClaim<string>"] = "accounts",
        ["UserSession"] = "accounts: signed-in sessions (ADR 0022)", ["PasswordHistoryEntry"] = "accounts: hashes of earlier passwords",
        ["AuditEntry"] = "the audit log is read by auditors only",
        ["DataProtectionKey"] = "the key ring",
        ["Reminder"] = "a user's own reminders", ["Notification"] = "a user's own notifications", ["OutboxMessage"] = "e-mail waiting to be sent",
        ["DraftComment"] = "comments are never shown; public figures come with the outcome, after which comments cannot change (ADR 0019)",
        ["DraftCommentTally"] = "staff figures of comments",
        ["StoredFile"] = "files are written once; the record that publishes one (a handling report release) evicts",
        ["OpenDataObject"] = "the open data index: served by /api/v1 with ETags, never by a cached page (ADR 0026)",
        ["OpenDataChange"] = "the open data index's queue of objects to re-project",
        ["OpenDataKindState"] = "the open data index's bookkeeping",
    };

    [Fact]
    public void Every_page_open_to_everyone_is_output_cached_with_eviction_tags_or_listed_with_a_reason()
    {
        var problems = new List<string>();
        var pages = new ConventionTests(app).Pages();
        foreach (var (page, metadata) in pages.Where(p => p.Value.GetMetadata<IAllowAnonymous>() is not null))
        {
            var cache = metadata.GetMetadata<OutputCacheAttribute>();
            if (UncachedPublicPages.ContainsKey(page))
            {
                if (cache is not null) problems.Add($"{page} is cached but listed as uncached");
                continue;
            }
            if (cache is null)
            {
                problems.Add($"{page} is open to everyone but has no [OutputCache]: cache it or list it in {nameof(UncachedPublicPages)} with a reason");
                continue;
            }
            if (cache.PolicyName is null || !PublicPageCache.Policies.TryGetValue(cache.PolicyName, out var tags) || tags.Count == 0)
            {
                problems.Add($"{page}: policy '{cache.PolicyName}' is not one of PublicPageCache.Policies with eviction tags");
            }
            if (cache.NoStore || cache.Duration > 0) problems.Add($"{page}: lifetime and storage come from the policy, not the attribute");
        }
        UncachedPublicPages.Keys.Except(pages.Keys).Should().BeEmpty("the list names only pages that exist");
        problems.Should().BeEmpty();
    }

    [Fact]
    public void Every_policy_is_registered_and_every_tag_it_names_is_evicted_by_some_entity()
    {
        var model = app.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var evicted = model.GetEntityTypes().SelectMany(e => PublicPageCache.TagsOf(e.ClrType)).ToHashSet();
        PublicPageCache.Policies.Values.SelectMany(t => t).Distinct().Should().BeSubsetOf(evicted, "a tag nothing evicts would keep its pages for a minute after every change");
        PublicPageCache.AllTags.Should().BeEquivalentTo(evicted, "a node that reconnects evicts every tag in use");
    }

    [Fact]
    public void Every_entity_the_application_saves_evicts_the_public_pages_that_show_it_or_is_named_as_shown_on_none()
    {
        var model = app.Services.CreateScope().ServiceProvider.GetRequiredService<AppDbContext>().Model;
        var unclassified = model.GetEntityTypes()
            .Where(e => PublicPageCache.TagsOf(e.ClrType).Count == 0)
            .Select(e => e.HasSharedClrType ? e.Name : Display(e.ClrType))
            .Where(name => !EntitiesOnNoPublicPage.ContainsKey(name))
            .Order()
            .ToList();
        unclassified.Should().BeEmpty("each entity either maps to data tags in PublicPageCache or is listed here as shown on no public page");
    }

    private static string Display(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(a => a == typeof(string) ? "string" : a.Name))}>" : type.Name;
}
