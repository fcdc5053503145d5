using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Drafts;

/// <summary>
/// /Drafts/{id}: the status banner in each phase, the text with a comment link under every article while open, the
/// outcome with figures of checked comments only; served from the cache yet never stale after a change or the deadline.
/// </summary>
public sealed class DetailsTests(PortalAppFactory app) : DraftPageTest(app)
{
    [Fact]
    public async Task An_open_draft_shows_its_deadline_its_explanation_its_text_and_a_comment_link_under_every_article()
    {
        var draft = await Steps.OpenDraftAsync(articles: 8);
        using var anyone = AnonymousClient();
        var page = await anyone.GetDocumentAsync(DraftPage(draft.DraftId));

        Text(page, "#draft-title").Should().Be(DraftSteps.DraftTitle);
        Text(page, "#draft-phase").Should().Be(OpenDraftWorkflow.PhaseLabel(DraftPhase.Open));
        Text(page, "#draft-status").Should().Contain("正在征求意见，" + DraftDisplay.Deadline(Steps.Today.AddDays(30), 30));
        page.QuerySelector(".draft-extension").Should().BeNull();
        Text(page, "#explanation summary").Should().Contain("起草说明");
        Text(page, "#explanation").Should().Contain("为了加强城市绿化，制定本条例。");
        page.QuerySelectorAll(".statute-toc li").Should().HaveCount(2, "eight articles make two chapters");
        page.QuerySelector("[id='第八条']").Should().NotBeNull();

        CommentLinks(page).Should().Equal(Enumerable.Range(1, 8).Select(n => $"/Drafts/{Id(draft.DraftId)}/Comment?article=第{ChineseNumerals.Format(n)}条"));
        page.QuerySelector("[id='第五条'] a.statute-comment-link")!.TextContent.Should().Be("对本条提出意见（第五条）");
        page.QuerySelector("#comment-whole")!.GetAttribute("href").Should().Be(CommentPage(draft.DraftId));
        page.QuerySelector("#outcome").Should().BeNull();
        // Headings go down one level at a time: h1, then h2 sections and chapters.
        page.QuerySelectorAll("h1").Should().HaveCount(1);
        page.QuerySelectorAll("h3, h4").Should().BeEmpty();
    }

    [Fact]
    public async Task An_extension_shows_with_its_reason_at_once_although_the_page_is_cached()
    {
        var draft = await Steps.OpenDraftAsync();
        using var anyone = AnonymousClient();
        await anyone.GetDocumentAsync(DraftPage(draft.DraftId));
        using (var cached = await anyone.GetAsync(DraftPage(draft.DraftId))) cached.Headers.Age.Should().NotBeNull("the page is served from the cache");

        await Steps.ActAsync(draft.DraftId, (d, now) => d.Extend(Steps.Today.AddDays(45), "应社会各界要求，延长征求意见时间。", DraftSteps.Staff, now));

        var page = await anyone.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, ".draft-extension").Should().Be("征求意见期限已延长至2026年4月16日，理由：应社会各界要求，延长征求意见时间。");
        Text(page, "#draft-status").Should().Contain(DraftDisplay.Deadline(Steps.Today.AddDays(45), 45));
        CommentLinks(page).Should().HaveCount(8);
    }

    [Fact]
    public async Task A_draft_closed_early_gives_the_reason_and_offers_no_comment_link()
    {
        var draft = await Steps.OpenDraftAsync();
        App.Clock.Advance(TimeSpan.FromHours(2));
        await Steps.CloseEarlyAsync(draft.DraftId, "草案需要作较大修改，另行公布修改稿。");
        using var anyone = AnonymousClient();
        var page = await anyone.GetDocumentAsync(DraftPage(draft.DraftId));

        Text(page, "#draft-phase").Should().Be(OpenDraftWorkflow.PhaseLabel(DraftPhase.Closed));
        Text(page, "#draft-status .draft-banner-deadline").Should().Be($"征求意见已于{Display.DateTime(TestClock.Start.AddHours(2))}提前结束，不再接收意见。");
        Text(page, ".draft-closed-reason").Should().Be("理由：草案需要作较大修改，另行公布修改稿。");
        Text(page, "#draft-studying").Should().Contain("正在研究整理收到的意见");
        CommentLinks(page).Should().BeEmpty();
        page.QuerySelector("#comment-whole").Should().BeNull();
        page.QuerySelector($"a[href^='{CommentPage(draft.DraftId)}']").Should().BeNull();
    }

    [Fact]
    public async Task At_the_closing_instant_the_cached_page_gives_way_to_one_saying_comment_has_closed()
    {
        var draft = await Steps.OpenDraftAsync();
        var lastDay = Steps.Today.AddDays(30);
        var closesAt = await ClosesAtAsync(draft.DraftId);
        App.Clock.Set(closesAt.AddSeconds(-2));
        await EvictCachedPagesAsync();
        using var anyone = AnonymousClient();
        CommentLinks(await anyone.GetDocumentAsync(DraftPage(draft.DraftId))).Should().HaveCount(8);
        using (var cached = await anyone.GetAsync(DraftPage(draft.DraftId))) cached.Headers.Age.Should().NotBeNull();

        App.Clock.Set(closesAt);
        await WaitForCacheExpiryAsync(2);
        var page = await anyone.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#draft-status .draft-banner-deadline").Should().Be($"征求意见已于{Display.Date(lastDay)}24时截止，不再接收意见。感谢您的关注。");
        CommentLinks(page).Should().BeEmpty();
        page.QuerySelector("#comment-whole").Should().BeNull();
    }

    [Fact]
    public async Task The_published_outcome_shows_figures_of_checked_comments_the_summary_and_each_article_with_its_note_but_no_comment()
    {
        var draft = await Steps.OpenDraftAsync();
        var onFirst = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第一条", "建议第一条写明立法目的中的生态优先。"));
        var alsoFirst = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第一条", "第一条的表述可以更简洁一些。"));
        var offTopic = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第二条", "小区门口的路灯坏了。"));
        var whole = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, null, "建议整体上加强公众参与。"));
        var point = await Steps.ContactPointAsync();
        await Steps.PointCommentAsync(draft.DraftId, point, "第三条");
        var pointComment = await DbAsync(db => Task.FromResult(db.DraftComments.Single(c => c.ContactPointId == point).Id));

        using var anyone = AnonymousClient();
        await anyone.GetDocumentAsync(DraftPage(draft.DraftId));

        foreach (var id in new[] { onFirst, alsoFirst, whole }) await Steps.CheckAsync(id, DraftCommentCheck.Valid);
        await Steps.CheckAsync(offTopic, DraftCommentCheck.OffTopic);
        await Steps.DecideAsync(onFirst, AdoptionDecision.Adopted);
        await Steps.DecideAsync(alsoFirst, AdoptionDecision.NotAdopted, "现有表述已经清楚。");
        await Steps.DecideAsync(whole, AdoptionDecision.PartlyAdopted);
        await Steps.DecideAsync(pointComment, AdoptionDecision.NotAdopted, "与上位法不一致。");
        await Steps.PublishOutcomeAsync(draft.DraftId, "本次共收到意见5条。\n经研究，采纳了其中的合理意见。",
            new Dictionary<string, string> { ["第一条"] = "在立法目的中增加了生态优先的表述。", [""] = "增加了公众参与的规定。" });

        var html = await anyone.Http.GetStringAsync(DraftPage(draft.DraftId));
        var page = await anyone.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#draft-phase").Should().Be(OpenDraftWorkflow.PhaseLabel(DraftPhase.OutcomePublished));
        Text(page, "#outcome-title").Should().Be("意见采纳情况");
        Text(page, "#outcome-figures").Should().Be("收到意见5条，其中有效意见4条，采纳2条（其中部分采纳1条）。");
        page.QuerySelectorAll("#outcome-summary p").Select(p => p.TextContent).Should().Equal("本次共收到意见5条。", "经研究，采纳了其中的合理意见。");
        var rows = page.QuerySelectorAll("#outcome-articles tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        rows.Should().Equal(
            "草案整体|1|1|1|增加了公众参与的规定。",
            "第一条|2|2|1|在立法目的中增加了生态优先的表述。",
            "第二条|1|0|0|—",
            "第三条|1|1|0|—");
        CommentLinks(page).Should().BeEmpty();
        foreach (var hidden in new[] { "生态优先。", "表述可以更简洁", "路灯坏了", "加强公众参与。", "联系点收集", "现有表述已经清楚", "张市民", "王居民", DraftSteps.PrivateContact })
        {
            html.Should().NotContain(hidden, "no comment, reason, name or contact is shown publicly");
        }
    }

    [Fact]
    public async Task A_prepared_or_unknown_draft_is_not_found()
    {
        var prepared = await Steps.OpenDraftAsync(publish: false);
        using var anyone = AnonymousClient();
        (await anyone.GetAsync(DraftPage(prepared.DraftId))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anyone.GetAsync(DraftPage(prepared.DraftId + 1000))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
