using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>
/// A draft's staff page: publishing on the server's clock, extending and closing early with a reason, the outcome refused
/// while comments wait and published once all are checked and decided, its withdrawal, two staff at once, and user text
/// always encoded.
/// </summary>
public sealed class DetailsTests(PortalAppFactory app) : DraftTest(app)
{
    [Fact]
    public async Task Publishing_opens_comment_from_the_servers_clock_until_the_end_of_the_last_day()
    {
        var draft = await Steps.OpenDraftAsync(publish: false, days: 31);
        App.Clock.Advance(TimeSpan.FromHours(5));
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#phase-badge").Should().Be("准备中");
        Text(page, "#publish-closes").Should().Contain("2026年4月2日24时").And.Contain("2026年4月3日 00:00").And.Contain("共 31 日");
        page.QuerySelector("#public-link").Should().BeNull("nothing is public yet");

        using (var published = await PostAsync(staff, page, "#form-publish", []))
            ShouldRedirect(published, DraftPage(draft.DraftId));

        var stored = await StoredDraftAsync(draft.DraftId);
        stored.OpenedAt.Should().Be(App.Clock.GetUtcNow());
        stored.ClosesAt.Should().Be(new DateTimeOffset(2026, 4, 3, 0, 0, 0, TimeSpan.FromHours(8)));
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#phase-badge").Should().Be("征求意见中");
        Text(page, "#draft-deadline").Should().Contain("还剩31天");
        ShouldLinkTo(page.QuerySelector("#public-link"), $"/Drafts/{draft.DraftId}");
        page.QuerySelector("#form-publish").Should().BeNull();
        page.QuerySelector("#edit-link").Should().BeNull("a published draft is not edited");
    }

    [Fact]
    public async Task A_draft_whose_last_day_is_now_too_close_is_refused_on_publishing_and_says_so()
    {
        var draft = await Steps.OpenDraftAsync(publish: false, days: 30);
        App.Clock.Advance(TimeSpan.FromDays(1));
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#publish-too-short").Should().Contain("2026年4月2日");

        using var refused = await PostAsync(staff, page, "#form-publish", []);
        var after = await RefusedAsync(refused);
        Text(after, "#form-failed").Should().Contain("不得少于 30 日");
        (await StoredDraftAsync(draft.DraftId)).OpenedAt.Should().BeNull();
    }

    [Fact]
    public async Task Extending_needs_a_reason_and_a_later_day_and_is_kept_in_the_history()
    {
        var draft = await Steps.OpenDraftAsync();
        using var staff = await StaffAsync("李延期");
        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));

        using (var noReason = await PostAsync(staff, page, "#form-extend", [("Extend.LastDay", Iso(Today.AddDays(45))), ("Extend.Reason", "")]))
        {
            var refused = await RefusedAsync(noReason);
            refused.FieldError("Extend.Reason").Should().Be("请填写延长的理由");
            Value(refused, "Extend.LastDay").Should().Be(Iso(Today.AddDays(45)));
        }
        using (var earlier = await PostAsync(staff, page, "#form-extend", [("Extend.LastDay", Iso(Today.AddDays(20))), ("Extend.Reason", "社会关注度高。")]))
        {
            var refused = await RefusedAsync(earlier);
            refused.FieldError("Extend.LastDay").Should().Contain("须晚于现在的截止日期");
            Value(refused, "Extend.Reason").Should().Be("社会关注度高。");
        }
        (await StoredDraftAsync(draft.DraftId)).LastDay.Should().Be(Today.AddDays(30));

        using (var extended = await PostAsync(staff, page, "#form-extend", [("Extend.LastDay", Iso(Today.AddDays(45))), ("Extend.Reason", "社会关注度高，延长十五日。")]))
            ShouldRedirect(extended, DraftPage(draft.DraftId));
        var stored = await StoredDraftAsync(draft.DraftId);
        stored.LastDay.Should().Be(Today.AddDays(45));
        stored.ClosesAt.Should().Be(new DateTimeOffset(2026, 4, 17, 0, 0, 0, TimeSpan.FromHours(8)));
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        var history = Text(page, "#deadline-changes");
        history.Should().Contain("延长期限").And.Contain("2026年4月1日").And.Contain("2026年4月16日").And.Contain("社会关注度高，延长十五日。").And.Contain("李延期");
    }

    [Fact]
    public async Task Closing_early_needs_a_reason_and_closes_at_once_so_a_comment_after_is_refused()
    {
        var draft = await Steps.OpenDraftAsync();
        await Steps.CommentAsync(draft.DraftId);
        using var staff = await StaffAsync("王结束");
        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));

        using (var noReason = await PostAsync(staff, page, "#form-closeearly", [("CloseEarly.Reason", " ")]))
            (await RefusedAsync(noReason)).FieldError("CloseEarly.Reason").Should().Be("请填写提前结束的理由");
        (await StoredDraftAsync(draft.DraftId)).ClosedEarlyAt.Should().BeNull();

        App.Clock.Advance(TimeSpan.FromMinutes(3));
        using (var closed = await PostAsync(staff, page, "#form-closeearly", [("CloseEarly.Reason", "草案需作重大修改，另行征求意见。")]))
            ShouldRedirect(closed, DraftPage(draft.DraftId));
        var stored = await StoredDraftAsync(draft.DraftId);
        stored.ClosesAt.Should().Be(App.Clock.GetUtcNow());
        stored.Phase(App.Clock.GetUtcNow()).Should().Be(DraftPhase.Closed);

        var refused = await ServiceAsync<DraftStore, string?>(async store =>
            (await store.SubmitCommentAsync(draft.DraftId, new DraftCommentDraft("第一条", "结束以后再提的意见。", null, DraftSteps.PrivateContact), default)).Refusal?.Code);
        refused.Should().Be(DraftMessages.CommentClosed.Code);

        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#phase-badge").Should().Be("征求意见已结束");
        Text(page, "#draft-closed-early").Should().Contain("草案需作重大修改，另行征求意见。");
        Text(page, "#deadline-changes").Should().Contain("提前结束").And.Contain("王结束");
        page.QuerySelector("#form-extend").Should().BeNull();
        page.QuerySelector("#form-closeearly").Should().BeNull();
    }

    [Fact]
    public async Task The_outcome_waits_for_every_check_and_decision_then_is_published_and_can_be_withdrawn()
    {
        var draft = await Steps.OpenDraftAsync();
        var onFifth = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第五条", "建议第五条明确养护责任。"));
        var onSecond = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第二条", "建议第二条增加定义。"));
        var onWhole = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, null, "建议整体上加强公众参与。"));
        await Steps.CloseEarlyAsync(draft.DraftId);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#outcome-blocked").Should().Contain("还有 3 条意见没有审核");
        Text(page, "#blocked-pending").Should().Be("3");
        ShouldLinkTo(page.QuerySelector("#outcome-blocked a"), $"/Staff/Drafts/{draft.DraftId}/Comments?status=Received");
        page.QuerySelector("#form-outcome").Should().BeNull("the outcome cannot be published yet");

        await Steps.CheckAsync(onFifth, DraftCommentCheck.Valid);
        await Steps.DecideAsync(onFifth, AdoptionDecision.Adopted);
        await Steps.CheckAsync(onSecond, DraftCommentCheck.Duplicate);
        await Steps.CheckAsync(onWhole, DraftCommentCheck.Valid);
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#outcome-blocked").Should().Contain("还有 1 条有效意见没有确定是否采纳");

        await Steps.DecideAsync(onWhole, AdoptionDecision.NotAdopted, "与上位法规定不一致。");
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        page.QuerySelector("#outcome-blocked").Should().BeNull();
        var labels = page.QuerySelectorAll("#form-outcome fieldset label").Select(l => l.TextContent.Trim()).ToList();
        labels.Should().Equal("草案整体（1 条意见）", "第二条（1 条意见）", "第五条（1 条意见）");

        // A summary left empty: refused next to it, the notes typed kept.
        using (var empty = await PostAsync(staff, page, "#form-outcome", [("Outcome.Summary", ""), ("Outcome.ArticleNotes[2].Note", "第五条采纳了养护责任的意见。")]))
        {
            var refused = await RefusedAsync(empty);
            refused.FieldError("Outcome.Summary").Should().Be("请填写采纳情况说明");
            Value(refused, "Outcome.ArticleNotes[2].Note").Should().Be("第五条采纳了养护责任的意见。");
        }

        // A contact point's comment entered meanwhile (valid, not decided): the stale form is refused with the count and the link.
        await Steps.PointCommentAsync(draft.DraftId, await Steps.ContactPointAsync(), "第五条");
        using (var undecided = await PostAsync(staff, page, "#form-outcome", [("Outcome.Summary", "共收到意见4条，采纳1条。"), ("Outcome.ArticleNotes[2].Note", "第五条采纳了养护责任的意见。")]))
        {
            var refused = await RefusedAsync(undecided);
            Text(refused, "#form-failed").Should().Contain("还有 1 条有效意见没有确定是否采纳");
            Text(refused, "#blocked-undecided").Should().Be("1");
            Value(refused, "Outcome.Summary").Should().Be("共收到意见4条，采纳1条。");
            Value(refused, "Outcome.ArticleNotes[2].Note").Should().Be("第五条采纳了养护责任的意见。");
        }
        (await StoredDraftAsync(draft.DraftId)).OutcomePublishedAt.Should().BeNull();

        var pointComment = await DbAsync(db => db.DraftComments.Where(c => c.ContactPointId != null).Select(c => c.Id).SingleAsync());
        await Steps.DecideAsync(pointComment, AdoptionDecision.PartlyAdopted);
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        using (var published = await PostAsync(staff, page, "#form-outcome",
            [("Outcome.Summary", "共收到意见4条，采纳2条。"), ("Outcome.ArticleNotes[0].Note", "关于公众参与的意见未采纳。"), ("Outcome.ArticleNotes[2].Note", "第五条采纳了养护责任的意见。")]))
            ShouldRedirect(published, DraftPage(draft.DraftId));
        var stored = await StoredDraftAsync(draft.DraftId);
        stored.OutcomePublishedAt.Should().Be(App.Clock.GetUtcNow());
        stored.ArticleNotes.Select(n => (n.ArticleAnchor, n.Note)).Should().Equal(("", "关于公众参与的意见未采纳。"), ("第五条", "第五条采纳了养护责任的意见。"));
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#phase-badge").Should().Be("已公布采纳情况");
        Text(page, "#outcome").Should().Contain("共收到意见4条，采纳2条。").And.Contain("第五条采纳了养护责任的意见。");
        Text(page, "#draft-figures").Should().Contain("采纳 2 条");

        // 撤回: the public no longer sees it; the summary and notes stay in the form for the correction.
        using (var withdrawn = await PostAsync(staff, page, "#form-withdraw", []))
            ShouldRedirect(withdrawn, DraftPage(draft.DraftId));
        (await StoredDraftAsync(draft.DraftId)).OutcomePublishedAt.Should().BeNull();
        page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#phase-badge").Should().Be("征求意见已结束");
        Value(page, "Outcome.Summary").Should().Be("共收到意见4条，采纳2条。");
        Value(page, "Outcome.ArticleNotes[0].Note").Should().Be("关于公众参与的意见未采纳。");
    }

    [Fact]
    public async Task The_figures_by_article_count_each_status_and_link_to_the_moderation_list_of_that_article()
    {
        var draft = await Steps.OpenDraftAsync();
        await Steps.CommentAsync(draft.DraftId, "第五条");
        await Steps.CommentAsync(draft.DraftId, "第五条", "第二个关于第五条的意见。");
        var off = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第一条", "与草案无关的内容。"));
        await Steps.CheckAsync(off, DraftCommentCheck.OffTopic);
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));

        var rows = page.QuerySelectorAll("#figures-by-article tbody tr").Select(r => r.GetAttribute("data-article")).ToList();
        rows.Should().Equal("第一条", "第五条");
        var fifth = page.QuerySelector("#figures-by-article tr[data-article='第五条']")!;
        fifth.QuerySelector("td[data-label='待审核']")!.TextContent.Should().Be("2");
        ShouldLinkTo(fifth.QuerySelector("a"), $"/Staff/Drafts/{draft.DraftId}/Comments?article=%E7%AC%AC%E4%BA%94%E6%9D%A1");
        page.QuerySelector("#figures-by-article tr[data-article='第一条'] td[data-label='重复/无关/不当']")!.TextContent.Should().Be("1");
        Text(page, "[data-figure='pending']").Should().Be("2");
        Text(page, "[data-figure='checked']").Should().Be("1");
        ShouldLinkTo(page.QuerySelector("#comments-link"), $"/Staff/Drafts/{draft.DraftId}/Comments");
        ShouldLinkTo(page.QuerySelector("#export-link"), $"/Staff/Drafts/{draft.DraftId}/Export");
        ShouldLinkTo(page.QuerySelector("#summary-link"), $"/Staff/Drafts/{draft.DraftId}/Summary");
        ShouldLinkTo(page.QuerySelector("#point-comments-link"), $"/Staff/Drafts/{draft.DraftId}/PointComments");
    }

    [Fact]
    public async Task Two_staff_acting_at_once_the_second_is_told_of_the_conflict_and_nothing_of_theirs_is_saved()
    {
        var draft = await Steps.OpenDraftAsync();
        using var first = await StaffAsync("甲");
        using var second = await StaffAsync("乙");
        var firstPage = await first.GetDocumentAsync(DraftPage(draft.DraftId));
        var secondPage = await second.GetDocumentAsync(DraftPage(draft.DraftId));

        using (var extended = await PostAsync(first, firstPage, "#form-extend", [("Extend.LastDay", Iso(Today.AddDays(40))), ("Extend.Reason", "延长十日。")]))
            ShouldRedirect(extended, DraftPage(draft.DraftId));
        using var late = await PostAsync(second, secondPage, "#form-closeearly", [("CloseEarly.Reason", "乙想提前结束。")]);

        var refused = await RefusedAsync(late);
        Text(refused, "#form-failed").Should().Contain(DraftStore.DraftConflict);
        Value(refused, "CloseEarly.Reason").Should().Be("乙想提前结束。");
        var stored = await StoredDraftAsync(draft.DraftId);
        stored.ClosedEarlyAt.Should().BeNull();
        stored.LastDay.Should().Be(Today.AddDays(40));
        Text(refused, "#draft-deadline").Should().Contain("2026年4月11日", "the page shows the draft as the other person left it");
    }

    [Fact]
    public async Task Script_typed_into_a_title_reason_or_note_is_shown_as_text()
    {
        const string script = "<script>alert('x')</script>";
        var draft = await Steps.OpenDraftAsync(title: "草案" + script);
        var comment = await Steps.CommentIdAsync(await Steps.CommentAsync(draft.DraftId, "第五条", "意见" + script));
        await Steps.CheckAsync(comment, DraftCommentCheck.Valid);
        await Steps.DecideAsync(comment, AdoptionDecision.Adopted, "理由" + script);
        await Steps.CloseEarlyAsync(draft.DraftId, "提前" + script);
        await Steps.PublishOutcomeAsync(draft.DraftId, "总结" + script, new Dictionary<string, string> { ["第五条"] = "说明" + script });
        using var staff = await StaffAsync();

        foreach (var url in new[] { DraftPage(draft.DraftId), "/Staff/Drafts", $"/Staff/Legislation/Records/Details/{draft.RecordId}" })
        {
            using var response = await staff.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.Should().NotContain("<script>alert", $"{url} encodes what users typed");
        }
        var page = await staff.GetDocumentAsync(DraftPage(draft.DraftId));
        Text(page, "#outcome").Should().Contain("总结" + script).And.Contain("说明" + script);
        Text(page, "#draft-closed-early").Should().Contain("提前" + script);
    }

    [Fact]
    public async Task A_draft_that_does_not_exist_answers_404()
    {
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync(DraftPage(999999));
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
