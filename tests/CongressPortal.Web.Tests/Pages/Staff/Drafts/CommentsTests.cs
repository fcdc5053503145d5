using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Staff.Drafts;

/// <summary>The moderation list: counts per article, filters, paging, batch checks and decisions (all or none), two staff at once, the outcome published.</summary>
public sealed class CommentsTests(PortalAppFactory app) : StaffDraftTest(app)
{
    [Fact]
    public async Task The_list_counts_comments_per_article_opens_on_those_waiting_and_filters_and_pages()
    {
        var draft = await Steps.OpenDraftAsync();
        var checkedOne = await OnlineAsync(draft.DraftId, "第五条");
        var first = await OnlineAsync(draft.DraftId, "第五条", Script);
        await OnlineAsync(draft.DraftId, "第五条");
        await OnlineAsync(draft.DraftId, "第一条");
        await OnlineAsync(draft.DraftId, null);
        await Steps.CheckAsync(checkedOne, DraftCommentCheck.Valid);
        for (var i = 0; i < 52; i++) await OnlineAsync(draft.DraftId, "第二条", $"第二条的第{i}条意见。");

        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        Text(page, "#draft-title").Should().Be(DraftSteps.DraftTitle);
        Text(page, "#draft-phase").Should().Be(OpenDraftWorkflow.PhaseLabel(DraftPhase.Open));
        var fifth = page.QuerySelector("#article-list [data-article='第五条']")!;
        fifth.QuerySelector(".article-total")!.TextContent.Should().Be("3");
        fifth.QuerySelector(".article-pending")!.TextContent.Should().Be("2");
        page.QuerySelector("#article-list [data-article='草案整体'] .article-total")!.TextContent.Should().Be("1");
        page.QuerySelector("#article-list [data-article='第八条'] .article-total")!.TextContent.Should().Be("0");
        page.QuerySelectorAll("#article-list [data-article]").Select(a => a.GetAttribute("data-article")).Take(3).Should().Equal("草案整体", "第一条", "第二条");
        Text(page, "#list-count").Should().Contain("56", "waiting comments first while any waits: 56 of 57");
        page.QuerySelectorAll("#comments > li").Should().HaveCount(DraftModeration.PageSize);
        page.QuerySelector("#pager").Should().NotBeNull();

        var byArticle = await staff.GetDocumentAsync(CommentsPage(draft.DraftId, "?article=第五条&status=All"));
        var ids = byArticle.QuerySelectorAll("#comments > li").Select(li => li.Id).ToList();
        ids.Should().HaveCount(3);
        ids.Take(2).Should().Equal([$"comment-{checkedOne}", $"comment-{first}"], "oldest first");
        byArticle.QuerySelectorAll("#comments > li")[0].QuerySelector(".comment-contact")!.TextContent.Should().Be(DraftSteps.PrivateContact, "staff see the contact");

        var valid = await staff.GetDocumentAsync(CommentsPage(draft.DraftId, "?status=Valid"));
        valid.QuerySelectorAll("#comments > li").Select(li => li.Id).Should().Equal($"comment-{checkedOne}");

        var second = await staff.GetDocumentAsync(CommentsPage(draft.DraftId, "?article=第二条&p=2"));
        second.QuerySelectorAll("#comments > li").Should().HaveCount(2);
    }

    [Fact]
    public async Task A_comment_with_a_script_is_shown_as_text_with_its_line_breaks()
    {
        var draft = await Steps.OpenDraftAsync();
        var id = await OnlineAsync(draft.DraftId, "第五条", Script + "\n第二行。");
        using var staff = await StaffAsync();
        using var response = await staff.GetAsync(CommentsPage(draft.DraftId));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert");
        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        page.QuerySelector($"#comment-{id} .comment-body")!.TextContent.Should().Be(Script + "\n第二行。");
    }

    [Fact]
    public async Task Staff_check_many_comments_at_once_then_decide_them_with_a_reason()
    {
        var draft = await Steps.OpenDraftAsync();
        var a = await OnlineAsync(draft.DraftId);
        var b = await OnlineAsync(draft.DraftId);
        var c = await OnlineAsync(draft.DraftId);
        using var staff = await StaffAsync("王审核");
        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        Text(page, "#batch-rule").Should().Contain("全部不执行");
        page.QuerySelector("#select-all").Should().NotBeNull();
        using (var checkedOk = await PostAsync(staff, page, "#batch-form", [("Batch.Selected", Id(a)), ("Batch.Selected", Id(b)), ("Batch.Action", nameof(DraftCommentAction.MarkValid))]))
            checkedOk.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await CommentAsync(a)).Status.Should().Be(DraftCommentStatus.Valid);
        (await CommentAsync(a)).CheckedBy.Should().Be("王审核");
        (await CommentAsync(b)).Status.Should().Be(DraftCommentStatus.Valid);
        (await CommentAsync(c)).Status.Should().Be(DraftCommentStatus.Received);

        page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId, "?status=Valid"));
        using (var noReason = await PostAsync(staff, page, "#batch-form", [("Batch.Selected", Id(a)), ("Batch.Selected", Id(b)), ("Batch.Action", nameof(DraftCommentAction.Adopt)), ("Batch.Reason", " ")]))
        {
            var refused = await RefusedAsync(noReason);
            refused.FieldError("Batch.Reason").Should().Contain("理由");
            refused.QuerySelector($"#tick-{a}")!.HasAttribute("checked").Should().BeTrue("the ticks are kept");
            refused.QuerySelector($"#tick-{b}")!.HasAttribute("checked").Should().BeTrue();
            Value(refused, "Batch.Action").Should().Be(nameof(DraftCommentAction.Adopt));
        }
        (await CommentAsync(a)).Status.Should().Be(DraftCommentStatus.Valid);
        using (var adopted = await PostAsync(staff, page, "#batch-form", [("Batch.Selected", Id(a)), ("Batch.Selected", Id(b)), ("Batch.Action", nameof(DraftCommentAction.AdoptInPart)), ("Batch.Reason", "已在第五条中吸收。")]))
            adopted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = await CommentAsync(b);
        stored.Status.Should().Be(DraftCommentStatus.PartlyAdopted);
        stored.DecisionReason.Should().Be("已在第五条中吸收。");
    }

    [Fact]
    public async Task A_batch_with_one_comment_that_cannot_take_the_action_changes_none_and_names_it()
    {
        var draft = await Steps.OpenDraftAsync();
        var valid = await OnlineAsync(draft.DraftId);
        var pending = await OnlineAsync(draft.DraftId);
        await Steps.CheckAsync(valid, DraftCommentCheck.Valid);
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId, "?status=All"));
        using var response = await PostAsync(staff, page, "#batch-form",
            [("Batch.Selected", Id(valid)), ("Batch.Selected", Id(pending)), ("Batch.Action", nameof(DraftCommentAction.Adopt)), ("Batch.Reason", "采纳。")]);
        var refused = await RefusedAsync(response);
        Text(refused, "#batch-problems").Should().Contain($"第{pending}号").And.NotContain($"第{valid}号");
        refused.QuerySelector($"#comment-{pending}.moderation-stopped").Should().NotBeNull();
        (await CommentAsync(valid)).Status.Should().Be(DraftCommentStatus.Valid, "a batch is applied to all or none");
        (await CommentAsync(pending)).Status.Should().Be(DraftCommentStatus.Received);
    }

    [Fact]
    public async Task A_comment_changed_by_someone_else_meanwhile_stops_the_whole_batch()
    {
        var draft = await Steps.OpenDraftAsync();
        var a = await OnlineAsync(draft.DraftId);
        var b = await OnlineAsync(draft.DraftId);
        using var staff = await StaffAsync();
        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        await Steps.CheckAsync(b, DraftCommentCheck.Duplicate);
        using var response = await PostAsync(staff, page, "#batch-form", [("Batch.Selected", Id(a)), ("Batch.Selected", Id(b)), ("Batch.Action", nameof(DraftCommentAction.MarkAbusive))]);
        var refused = await RefusedAsync(response);
        Text(refused, "#batch-failed").Should().Contain(DraftModeration.BatchConflict).And.Contain($"第{b}号");
        (await CommentAsync(a)).Status.Should().Be(DraftCommentStatus.Received);
        (await CommentAsync(b)).Status.Should().Be(DraftCommentStatus.Duplicate, "the other person's check stands");
    }

    [Fact]
    public async Task Once_the_outcome_is_published_nothing_is_offered_and_a_stale_batch_is_refused()
    {
        var draft = await Steps.OpenDraftAsync();
        var a = await OnlineAsync(draft.DraftId);
        await Steps.CheckAsync(a, DraftCommentCheck.Valid);
        await Steps.DecideAsync(a, AdoptionDecision.NotAdopted, "与上位法不一致。");
        using var staff = await StaffAsync();
        var stale = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        await Steps.PublishOutcomeAsync(draft.DraftId);

        var page = await staff.GetDocumentAsync(CommentsPage(draft.DraftId));
        Text(page, "#no-actions").Should().Be(DraftMessages.OutcomeAlreadyPublished.Message);
        page.QuerySelector(".comment-tick").Should().BeNull();
        Text(page, $"#comment-{a} .comment-reason").Should().Be("与上位法不一致。");

        using var response = await PostAsync(staff, stale, "#batch-form", [("Batch.Selected", Id(a)), ("Batch.Action", nameof(DraftCommentAction.Adopt)), ("Batch.Reason", "改为采纳。")]);
        var refused = await RefusedAsync(response);
        Text(refused, "#batch-problems").Should().Contain(DraftMessages.OutcomeAlreadyPublished.Message);
        (await CommentAsync(a)).Status.Should().Be(DraftCommentStatus.NotAdopted);
    }

    [Fact]
    public async Task An_unknown_draft_is_404()
    {
        using var staff = await StaffAsync();
        (await staff.GetAsync(CommentsPage(999999))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
