using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>/Drafts: what is open now with its deadline, what is being studied, what was adopted; never a prepared draft; cached no longer than the next deadline.</summary>
public sealed class IndexTests(PortalAppFactory app) : DraftPageTest(app)
{
    private static IReadOnlyList<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page, string section) =>
        [.. page.QuerySelectorAll($"#{section} .draft-card-title").Select(t => t.TextContent.Trim())];

    [Fact]
    public async Task Open_drafts_show_their_deadline_and_a_comment_link_closed_ones_are_being_studied_published_ones_show_checked_figures_and_prepared_ones_never_show()
    {
        var later = await Steps.OpenDraftAsync(days: 40, title: "示例市物业管理条例（草案）");
        var sooner = await Steps.OpenDraftAsync(days: 30, title: "示例市城市绿化条例（草案）");
        await Steps.OpenDraftAsync(publish: false, title: "示例市准备中条例（草案）");
        var closed = await Steps.OpenDraftAsync(title: "示例市停车管理条例（草案）");
        await Steps.CloseEarlyAsync(closed.DraftId);
        var published = await Steps.OpenDraftAsync(title: "示例市养犬管理条例（草案）");
        var adopted = await Steps.CommentIdAsync(await Steps.CommentAsync(published.DraftId, "第一条"));
        var partly = await Steps.CommentIdAsync(await Steps.CommentAsync(published.DraftId, "第二条"));
        var duplicate = await Steps.CommentIdAsync(await Steps.CommentAsync(published.DraftId, null));
        foreach (var id in new[] { adopted, partly }) await Steps.CheckAsync(id, DraftCommentCheck.Valid);
        await Steps.CheckAsync(duplicate, DraftCommentCheck.Duplicate);
        await Steps.DecideAsync(adopted, AdoptionDecision.Adopted);
        await Steps.DecideAsync(partly, AdoptionDecision.PartlyAdopted);
        await Steps.PublishOutcomeAsync(published.DraftId);
        // A comment on an open draft counts nowhere public.
        await Steps.CommentAsync(sooner.DraftId);

        using var anyone = AnonymousClient();
        var page = await anyone.GetDocumentAsync("/Drafts");

        Titles(page, "open-drafts").Should().Equal("示例市城市绿化条例（草案）", "示例市物业管理条例（草案）");
        var first = page.QuerySelector($"#open-drafts [data-draft='{Id(sooner.DraftId)}']")!;
        first.QuerySelector(".draft-deadline")!.TextContent.Should().Be(DraftDisplay.Deadline(Steps.Today.AddDays(30), 30));
        first.TextContent.Should().Contain("立法项目：示例市城市绿化条例").And.Contain("发布日期：2026年3月2日").And.Contain("还剩30天");
        first.QuerySelector("a.draft-comment-button")!.GetAttribute("href").Should().Be(CommentPage(sooner.DraftId));
        first.QuerySelector("a.draft-comment-button")!.TextContent.Should().StartWith("提出意见");
        first.QuerySelector($"a[href='{DraftPage(sooner.DraftId)}']").Should().NotBeNull();

        Titles(page, "closed-drafts").Should().Equal("示例市停车管理条例（草案）");
        Text(page, "#closed-drafts").Should().Contain("正在研究整理意见").And.Contain("提前结束");

        Titles(page, "published-drafts").Should().Equal("示例市养犬管理条例（草案）");
        Text(page, "#published-drafts .draft-figures").Should().Be("收到意见3条，其中有效意见2条，采纳2条（其中部分采纳1条）。");
        page.QuerySelector($"#published-drafts a[href='{DraftPage(published.DraftId)}#outcome']").Should().NotBeNull();

        page.Body!.TextContent.Should().NotContain("准备中条例");
        page.QuerySelector("#how-title")!.TextContent.Should().Be("如何参与");
        page.QuerySelector("#lookup-link")!.GetAttribute("href").Should().Be("/Drafts/Lookup");
    }

    [Fact]
    public async Task With_nothing_open_the_list_says_so()
    {
        using var anyone = AnonymousClient();
        var page = await anyone.GetDocumentAsync("/Drafts");
        Text(page, "#no-open-drafts").Should().Be("目前没有正在征求意见的法规草案。");
        page.QuerySelector("#closed-drafts").Should().BeNull();
        page.QuerySelector("#published-drafts").Should().BeNull();
    }

    [Fact]
    public async Task The_cached_list_is_evicted_when_a_draft_is_published_and_expires_at_the_earliest_deadline()
    {
        var draft = await Steps.OpenDraftAsync(publish: false);
        using var anyone = AnonymousClient();
        using (var first = await anyone.GetAsync("/Drafts")) first.Headers.Age.Should().BeNull("the first reader renders the page");
        using (var second = await anyone.GetAsync("/Drafts")) second.Headers.Age.Should().NotBeNull("the second reader gets it from the cache");

        await Steps.ActAsync(draft.DraftId, (d, now) => d.Publish(DraftSteps.Staff, now));
        Titles(await anyone.GetDocumentAsync("/Drafts"), "open-drafts").Should().Equal(DraftSteps.DraftTitle);

        // Two seconds before the deadline the page may be kept two seconds at most: then the draft is listed as closed.
        var closesAt = await ClosesAtAsync(draft.DraftId);
        App.Clock.Set(closesAt.AddSeconds(-2));
        await EvictCachedPagesAsync();
        Titles(await anyone.GetDocumentAsync("/Drafts"), "open-drafts").Should().Equal(DraftSteps.DraftTitle);
        using (var cached = await anyone.GetAsync("/Drafts")) cached.Headers.Age.Should().NotBeNull();
        App.Clock.Set(closesAt);
        await WaitForCacheExpiryAsync(2);
        var after = await anyone.GetDocumentAsync("/Drafts");
        Titles(after, "open-drafts").Should().BeEmpty();
        Titles(after, "closed-drafts").Should().Equal(DraftSteps.DraftTitle);
    }
}
