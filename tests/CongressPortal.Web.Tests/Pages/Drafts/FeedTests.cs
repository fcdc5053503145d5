using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CongressPortal.Web.Tests.Infrastructure.AtomFeedReader;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>/Drafts/Feed: the drafts published for comment, newest first, with their comment period; never a comment or a commenter.</summary>
public sealed class FeedTests(PortalAppFactory app) : DraftPageTest(app)
{
    private const string Feed = "/Drafts/Feed";

    [Fact]
    public async Task The_feed_lists_published_drafts_newest_first_with_their_period_and_no_commenter()
    {
        var older = await Steps.OpenDraftAsync(title: "示例市较早的条例（草案）");
        await Steps.CommentAsync(older.DraftId, "第五条", "上官秘密的意见", DraftSteps.PrivateContact, "上官秘密");
        await Steps.CommentAsync(older.DraftId, null, "另一条意见", DraftSteps.PrivateEmail, "欧阳保密");
        App.Clock.Advance(TimeSpan.FromDays(1));
        var newer = await Steps.OpenDraftAsync(days: 40, title: "示例市较新的条例（草案）");
        await Steps.CloseEarlyAsync(newer.DraftId);
        await Steps.OpenDraftAsync(publish: false, title: "示例市准备中的条例（草案）");
        using var reader = AnonymousClient();

        var feed = await ReadAsync(reader, Feed);

        feed.Element(Atom + "title")!.Value.Should().Be("示例市立法征求意见");
        Titles(feed).Should().Equal(["示例市较新的条例（草案）", "示例市较早的条例（草案）"], "newest first; a prepared draft is staff-only");
        var entries = Entries(feed);
        Link(entries[0]).Should().EndWith(DraftPage(newer.DraftId));
        Link(entries[1]).Should().EndWith(DraftPage(older.DraftId));
        Summary(entries[1]).Should().Be("征求意见期：2026年3月2日至2026年4月1日。");
        Summary(entries[0]).Should().Be("征求意见期：2026年3月3日至2026年3月3日（提前结束）。");
        var source = feed.ToString();
        foreach (var secret in new[] { DraftSteps.PrivateContact, Mask.Value(DraftSteps.PrivateContact)!, DraftSteps.PrivateEmail, "上官秘密", "欧阳保密", "另一条意见" })
        {
            source.Should().NotContain(secret, "comments and their writers never appear in a feed");
        }
    }

    [Fact]
    public async Task The_cached_feed_shows_a_newly_published_draft_an_extension_and_the_outcome_at_once()
    {
        var open = await Steps.OpenDraftAsync(title: "示例市开放中的条例（草案）");
        var prepared = await Steps.OpenDraftAsync(publish: false, title: "示例市后公布的条例（草案）");
        using var reader = AnonymousClient();
        Titles(await ReadAsync(reader, Feed)).Should().Equal("示例市开放中的条例（草案）");
        using (var cached = await reader.GetAsync(Feed)) cached.Headers.Age.Should().NotBeNull("the second reader gets the feed from the cache");

        await Steps.ActAsync(prepared.DraftId, (d, now) => d.Publish(DraftSteps.Staff, now));
        await Steps.ActAsync(open.DraftId, (d, now) => d.Extend(Steps.Today.AddDays(45), "社会关注度高，延长征求意见期限。", DraftSteps.Staff, now));

        var feed = await ReadAsync(reader, Feed);
        Titles(feed).Should().Equal(["示例市后公布的条例（草案）", "示例市开放中的条例（草案）"], "publishing evicted the cached feed");
        Summary(Entries(feed)[1]).Should().Be("征求意见期：2026年3月2日至2026年4月16日。", "the last day after the extension");

        await Steps.CloseEarlyAsync(open.DraftId);
        await Steps.PublishOutcomeAsync(open.DraftId);
        Summary(Entries(await ReadAsync(reader, Feed))[1]).Should().Be("征求意见期：2026年3月2日至2026年3月2日（提前结束）。2026年3月2日公布了意见采纳情况。");
    }

    [Fact]
    public async Task The_feed_holds_the_newest_fifty_drafts()
    {
        var (recordId, readingId) = await Steps.ReadRecordAsync();
        await DbAsync(async db =>
        {
            var record = await db.LegislationRecords.Include(r => r.Readings).SingleAsync(r => r.Id == recordId);
            for (var i = 1; i <= 55; i++)
            {
                var now = App.Clock.GetUtcNow().AddMinutes(i);
                var draft = OpenDraft.Prepare(record, readingId, new OpenDraftDetails($"示例市第{i}号条例（草案）", "起草说明。", Steps.Today.AddDays(30)), DraftSteps.Staff, now);
                draft.Publish(DraftSteps.Staff, now);
                db.OpenDrafts.Add(draft);
            }
            await db.SaveChangesAsync();
        });
        using var reader = AnonymousClient();

        var titles = Titles(await ReadAsync(reader, Feed));

        titles.Should().HaveCount(50);
        titles[0].Should().Be("示例市第55号条例（草案）");
        titles[^1].Should().Be("示例市第6号条例（草案）");
    }

    [Fact]
    public async Task The_list_and_every_draft_page_advertise_the_feed_and_the_list_links_to_it()
    {
        var draft = await Steps.OpenDraftAsync();
        using var reader = AnonymousClient();

        var list = await reader.GetDocumentAsync("/Drafts");
        AdvertisedFeeds(list).Should().Contain(Feed);
        list.QuerySelector("#drafts-feed-link")!.GetAttribute("href").Should().Be(Feed);
        AdvertisedFeeds(await reader.GetDocumentAsync(DraftPage(draft.DraftId))).Should().Contain(Feed);
    }
}
