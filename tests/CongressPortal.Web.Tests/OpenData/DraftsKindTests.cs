using System.Net;
using System.Text.Json;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Drafts;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// /api/v1/drafts: drafts published for comment with their window, articles and, once published, the outcome's figures;
/// never a comment's text, name or contact. A published draft stays public (there is no withdrawal of a draft).
/// </summary>
public sealed class DraftsKindTests(PortalAppFactory app) : StaffDraftTest(app)
{
    private const string Kind = "drafts";

    [Fact]
    public async Task Published_drafts_are_listed_with_window_and_articles_and_follow_an_extension_and_the_outcome_without_commenters()
    {
        var draft = await Steps.OpenDraftAsync();
        var prepared = await Steps.OpenDraftAsync(publish: false, title: "示例市养犬管理条例（草案征求意见稿）");

        using var client = AnonymousClient();
        var listed = await KindApi.OnlyAsync(client, Kind, draft.DraftId);
        listed.GetProperty("type").GetString().Should().Be("draft");
        listed.GetProperty("web").GetString().Should().Be($"{KindApi.Origin}/Drafts/{draft.DraftId}");
        listed.GetProperty("title").GetString().Should().Be(DraftSteps.DraftTitle);
        listed.GetProperty("project").GetString().Should().Be("示例市城市绿化条例");
        listed.GetProperty("phase").GetString().Should().Be("open");
        listed.GetProperty("last_day").GetString().Should().Be(Iso(Steps.Today.AddDays(OpenDraft.MinimumDays)));
        listed.GetProperty("closes_at").GetDateTimeOffset().Should().Be(OpenDraft.EndOf(Steps.Today.AddDays(OpenDraft.MinimumDays)));
        listed.GetProperty("outcome").ValueKind.Should().Be(JsonValueKind.Null);
        var articles = listed.GetProperty("articles").EnumerateArray().ToList();
        articles.Should().HaveCount(8);
        articles[0].GetProperty("label").GetString().Should().Be("第一条");
        articles[0].GetProperty("chapter").GetString().Should().Contain("第一部分规定");
        articles[6].GetProperty("chapter").GetString().Should().Contain("第二部分规定");
        articles[4].GetProperty("text").GetString().Should().Be("本条规定城市绿化的第五项要求，有关部门应当依法履行职责。");
        articles[4].GetProperty("web").GetString().Should().StartWith($"{KindApi.Origin}/Drafts/{draft.DraftId}#");
        (await KindApi.StatusAsync(client, Kind, prepared.DraftId)).Should().Be(HttpStatusCode.NotFound);

        // Staff extend the period on the draft's page.
        using var staff = await StaffAsync();
        using (var extended = await PostAsync(staff, $"/Staff/Drafts/{draft.DraftId}", "#form-extend",
            [("Extend.LastDay", Iso(Steps.Today.AddDays(45))), ("Extend.Reason", "社会关注度高，延长十五日。")]))
            extended.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var longer = await KindApi.ModifiedSinceAsync(client, Kind, draft.DraftId, KindApi.Modified(listed));
        longer.GetProperty("last_day").GetString().Should().Be(Iso(Steps.Today.AddDays(45)));
        longer.GetProperty("extensions")[0].GetProperty("reason").GetString().Should().Be("社会关注度高，延长十五日。");

        // A comment is checked and adopted; the outcome is published: figures and notes, no commenter.
        var comment = await OnlineAsync(draft.DraftId, "第五条", "建议明确绿化养护责任的分工。");
        await Steps.CheckAsync(comment, DraftCommentCheck.Valid);
        await Steps.DecideAsync(comment, AdoptionDecision.Adopted);
        await Steps.PublishOutcomeAsync(draft.DraftId, notes: new Dictionary<string, string> { ["第五条"] = "已明确养护责任。" });
        var outcome = await KindApi.ModifiedSinceAsync(client, Kind, draft.DraftId, KindApi.Modified(longer));
        outcome.GetProperty("phase").GetString().Should().Be("outcome_published");
        outcome.GetProperty("closed_early_reason").GetString().Should().Be("草案需要作较大修改。");
        var figures = outcome.GetProperty("outcome").GetProperty("figures");
        figures.GetProperty("received").GetInt32().Should().Be(1);
        figures.GetProperty("valid").GetInt32().Should().Be(1);
        figures.GetProperty("adopted").GetInt32().Should().Be(1);
        var row = outcome.GetProperty("outcome").GetProperty("articles").EnumerateArray().Single();
        row.GetProperty("article").GetString().Should().Be("第五条");
        row.GetProperty("note").GetString().Should().Be("已明确养护责任。");
        var raw = outcome.GetRawText();
        raw.Should().NotContain(DraftSteps.PrivateContact).And.NotContain("张市民").And.NotContain("建议明确绿化养护责任的分工");
        (await KindApi.ListAsync(client, Kind)).Should().ContainSingle(o => !o.GetProperty("deleted").GetBoolean(), "a published draft stays public");
    }
}
