using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Data.Queries;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Tests.Data.Queries;

/// <summary>The store of drafts for comment against PostgreSQL: a comment is refused from the closing second on, the lookup
/// tells the writer only what they may read, and figures count only checked comments.</summary>
public sealed class DraftStoreTests(PortalAppFactory app) : WebTest(app)
{
    private DraftSteps Steps => new(App);

    [Fact]
    public async Task A_comment_is_taken_until_the_last_second_of_the_last_day_and_refused_from_the_closing_instant()
    {
        var draft = await Steps.OpenDraftAsync();
        var closesAt = await DbAsync(db => db.OpenDrafts.Where(d => d.Id == draft.DraftId).Select(d => d.ClosesAt!.Value).SingleAsync());
        closesAt.Should().Be(new DateTimeOffset(Steps.Today.AddDays(31).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)));

        App.Clock.Set(closesAt.AddSeconds(-1));
        var code = await Steps.CommentAsync(draft.DraftId);
        code.Should().NotBeNullOrEmpty();

        App.Clock.Set(closesAt);
        var refused = await ServiceAsync<DraftStore, string?>(async store =>
            (await store.SubmitCommentAsync(draft.DraftId, new DraftCommentDraft("第五条", "截止以后再提的意见。", null, DraftSteps.PrivateContact), default)).Refusal?.Code);
        refused.Should().Be(DraftMessages.CommentClosed.Code);
        (await DbAsync(db => db.DraftComments.CountAsync(c => c.DraftId == draft.DraftId))).Should().Be(1);
    }

    [Fact]
    public async Task Figures_count_only_checked_comments_and_the_lookup_shows_the_decision_only_after_the_outcome()
    {
        var draft = await Steps.OpenDraftAsync();
        var adopted = await Steps.CommentAsync(draft.DraftId, "第一条");
        var pending = await Steps.CommentAsync(draft.DraftId, "第二条");
        var duplicate = await Steps.CommentAsync(draft.DraftId, null);
        await Steps.CheckAsync(await Steps.CommentIdAsync(adopted), DraftCommentCheck.Valid);
        await Steps.DecideAsync(await Steps.CommentIdAsync(adopted), AdoptionDecision.Adopted, "已在第一条中增加规定。");
        await Steps.CheckAsync(await Steps.CommentIdAsync(duplicate), DraftCommentCheck.Duplicate);

        var figures = await ServiceAsync<DraftStore, DraftCommentFigures>(store => store.FiguresAsync(draft.DraftId, default));
        figures.Should().BeEquivalentTo(new { Pending = 1, Checked = 2, Counted = 1, AdoptedTotal = 1, Duplicate = 1 });
        var byArticle = await ServiceAsync<DraftStore, IReadOnlyDictionary<string, DraftCommentFigures>>(store => store.FiguresByArticleAsync(draft.DraftId, default));
        byArticle.Keys.Should().BeEquivalentTo(["第一条", "第二条", ""]);

        var before = await ServiceAsync<DraftStore, DraftCommentLookup?>(store => store.LookupAsync(adopted.ToLowerInvariant(), default));
        before!.PublicStatus.Should().Be("已审核，正在研究处理");
        before.DecisionReason.Should().BeNull("the decision is told once the outcome is published");

        await Steps.CheckAsync(await Steps.CommentIdAsync(pending), DraftCommentCheck.OffTopic);
        await Steps.PublishOutcomeAsync(draft.DraftId);
        var after = await ServiceAsync<DraftStore, DraftCommentLookup?>(store => store.LookupAsync(adopted, default));
        after!.PublicStatus.Should().Be("已采纳");
        after.DecisionReason.Should().Be("已在第一条中增加规定。");
        (await ServiceAsync<DraftStore, DraftCommentLookup?>(store => store.LookupAsync("ABCD-EFGH-JKMN", default))).Should().BeNull();
    }

    [Fact]
    public async Task The_database_keeps_the_tallies_with_every_insert_change_and_delete_so_figures_match_a_count_of_the_comments()
    {
        var draft = await Steps.OpenDraftAsync();
        var codes = new List<string>();
        foreach (var anchor in new[] { "第一条", "第一条", "第二条", null }) codes.Add(await Steps.CommentAsync(draft.DraftId, anchor));
        await Steps.CheckAsync(await Steps.CommentIdAsync(codes[0]), DraftCommentCheck.Valid);
        await Steps.DecideAsync(await Steps.CommentIdAsync(codes[0]), AdoptionDecision.PartlyAdopted);
        await Steps.CheckAsync(await Steps.CommentIdAsync(codes[1]), DraftCommentCheck.Abusive);
        await DbAsync(db => db.DraftComments.Where(c => c.ReceiptCode == codes[2]).ExecuteDeleteAsync());

        var tallied = await ServiceAsync<DraftStore, IReadOnlyDictionary<string, DraftCommentFigures>>(store => store.FiguresByArticleAsync(draft.DraftId, default));
        var counted = await DbAsync(db => db.DraftComments.Where(c => c.DraftId == draft.DraftId)
            .GroupBy(c => new { c.ArticleAnchor, c.Status }).Select(g => new { g.Key.ArticleAnchor, g.Key.Status, Count = g.Count() }).ToListAsync());
        tallied.Should().BeEquivalentTo(counted.GroupBy(c => c.ArticleAnchor ?? "")
            .ToDictionary(g => g.Key, g => DraftCommentFigures.From(g.Select(c => (c.Status, c.Count)))));
        tallied["第一条"].Should().BeEquivalentTo(new { PartlyAdopted = 1, Abusive = 1, Pending = 0 });
        tallied.Should().NotContainKey("第二条", "its only comment was deleted");
        (await ServiceAsync<DraftStore, DraftCommentFigures>(store => store.FiguresAsync(draft.DraftId, default))).Total.Should().Be(3);
    }
}
