using System.Net;
using CongressPortal.Domain.Common;
using CongressPortal.Domain.Supervision;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Supervision;

public sealed class TopicTests(PortalAppFactory app) : WebTest(app)
{
    private SupervisionSteps Steps => new(App);

    private const string SecretOpinions = "未公开审议意见独有词句甲乙丙";
    private const string SecondReport = "第二次报告尚未评价的独有内容丁戊己";

    [Fact]
    public async Task A_topic_shows_its_facts_deputies_and_only_published_suggestions_and_no_documents_before_publication()
    {
        var world = await Data.SuggestionWorldAsync();
        var profiled = await Data.MunicipalDeputyAsync("郑和平", "16950");
        var township = await Data.OtherLevelDeputyAsync("赵乡长");
        var disclosed = await Data.SuggestionAsync(world, "关于增加社区养老服务站的建议", withCoSigner: false);
        await Data.AssignedSuggestionAsync(disclosed.Id, world.Unit.Id);
        await Data.ActAsync(disclosed.Id, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Steps.Today, letter()), Actor.Unit(world.Unit.Id, "测试承办人"), now, rules));
        await Data.ReviewRepliesAsync(disclosed.Id);
        var hidden = await Data.SuggestionAsync(world, "关于未答复的养老护理员培训的建议", withCoSigner: false);
        var meeting = await Data.MeetingAsync();
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, world.Unit.Id, world.Committee.Id, "检查《示例市养老服务条例》实施情况",
            SupervisionForm.LawEnforcementInspection, meeting.Id, summary: "重点检查社区养老设施配建。", law: "示例市养老服务条例",
            deputies: [profiled.Id, township.Id], suggestions: [disclosed.Id, hidden.Id]);
        await Steps.ActAsync(id, (t, _, _, now) => t.AddActivity(new ActivityDraft(SupervisionActivityKind.LawInspection, Steps.Today, null, "青山区", "实地检查养老机构5家。"), SupervisionSteps.Staff, now));
        await Steps.AdoptAsync(plan);
        await Steps.HeardAsync(id, "市政府关于条例实施情况的报告全文。");
        await Steps.OpinionsAsync(id, SecretOpinions, ("社区养老设施配建不达标", null));

        using var client = AnonymousClient();
        var page = await client.GetDocumentAsync($"/Supervision/Topic/{id}");

        var facts = page.QuerySelector("#topic-facts")!.TextContent;
        facts.Should().Contain("执法检查").And.Contain(world.Unit.Name).And.Contain(world.Committee.Name).And.Contain("第三十次会议").And.Contain("示例市养老服务条例");
        page.QuerySelector("#deputies a")!.GetAttribute("href").Should().Be($"/Deputies/Details/{profiled.Id}");
        page.QuerySelector("#deputies")!.TextContent.Should().Contain("赵乡长");
        page.QuerySelectorAll("#deputies a").Should().HaveCount(1);
        page.QuerySelectorAll("#sources a").Select(a => a.GetAttribute("href")).Should().Equal($"/Suggestions/Details/{disclosed.Id}");
        page.QuerySelector("main")!.TextContent.Should().NotContain("未答复的养老护理员培训");
        page.QuerySelector("#activities")!.TextContent.Should().Contain("青山区").And.Contain("实地检查养老机构5家。");
        page.QuerySelector("#not-published").Should().NotBeNull();
        var main = page.QuerySelector("main")!.InnerHtml;
        main.Should().NotContain(SecretOpinions).And.NotContain("社区养老设施配建不达标").And.NotContain("条例实施情况的报告全文");
    }

    [Fact]
    public async Task Unpublished_opinions_and_an_unevaluated_report_never_reach_the_public_on_the_page_or_through_search()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.AdoptAsync(plan);
        await Steps.SentAsync(id, SecretOpinions, ("社区养老设施覆盖率偏低", null), ("护理员队伍不稳定", null));
        await Steps.FileReportAsync(id, unit.Id, "第一次报告的内容。");
        await Steps.EvaluateAsync(id, "整改措施不够具体。", new SatisfactionVote(10, 5, 20));
        await Steps.FileReportAsync(id, unit.Id, SecondReport);
        using var client = AnonymousClient();

        // Before publication: nothing of the documents, and search does not find the opinions.
        (await client.GetStringAsyncOk($"/Supervision/Topic/{id}")).Should().NotContain(SecretOpinions).And.NotContain("第一次报告的内容").And.NotContain(SecondReport);
        var before = await client.GetDocumentAsync("/Supervision?q=" + Uri.EscapeDataString("甲乙丙"));
        before.QuerySelector("#no-results").Should().NotBeNull();
        (await client.GetStringAsyncOk("/Supervision?q=" + Uri.EscapeDataString("丁戊己"))).Should().NotContain(SecondReport);

        await Steps.PublishAsync(id);

        var page = await client.GetDocumentAsync($"/Supervision/Topic/{id}");
        page.QuerySelector("#opinions")!.TextContent.Should().Be(SecretOpinions);
        page.QuerySelector("#round-1")!.TextContent.Should().Contain("第一次报告的内容。").And.Contain("整改措施不够具体。").And.Contain("满意率 42.9%");
        page.QuerySelector("#round-2").Should().BeNull();
        page.QuerySelector("main")!.InnerHtml.Should().NotContain(SecondReport);
        page.QuerySelectorAll("#problems tbody tr .problem-state").Select(s => s.TextContent.Trim()).Should().Equal("整改中", "整改中");
        var found = await client.GetDocumentAsync("/Supervision?q=" + Uri.EscapeDataString("甲乙丙"));
        found.QuerySelectorAll($"#search-results [data-topic='{id}'] mark").Select(m => m.TextContent).Should().Contain("甲乙丙");
        (await client.GetStringAsyncOk("/Supervision?q=" + Uri.EscapeDataString("丁戊己"))).Should().NotContain(SecondReport);

        // Unpublishing hides the documents again at once (the page is not cached).
        await Steps.ActAsync(id, (t, _, _, now) => t.Unpublish(SupervisionSteps.Staff, now));
        (await client.GetStringAsyncOk($"/Supervision/Topic/{id}")).Should().NotContain(SecretOpinions);
        (await client.GetDocumentAsync("/Supervision?q=" + Uri.EscapeDataString("甲乙丙"))).QuerySelector("#no-results").Should().NotBeNull();
    }

    [Fact]
    public async Task A_published_topic_shows_each_problems_state_with_its_closing_date_and_the_progress_bar()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.AdoptAsync(plan);
        await Steps.SentAsync(id, "审议意见。", ("设施覆盖率偏低", null), ("护理员队伍不稳定", null));
        await Steps.FileReportAsync(id, unit.Id);
        await Steps.EvaluateAsync(id);
        await Steps.CloseAsync(id, 1);
        await Steps.PublishAsync(id);

        var page = await AnonymousClient().GetDocumentAsync($"/Supervision/Topic/{id}");

        page.QuerySelector("#problem-1 .problem-state")!.TextContent.Should().Be($"已销号（{ChinaTime.FormatDate(Steps.Today)}）");
        page.QuerySelector("#problem-2 .problem-state")!.TextContent.Should().Be("整改中");
        var bar = page.QuerySelector("#topic-progress progress")!;
        bar.GetAttribute("value").Should().Be("1");
        bar.GetAttribute("max").Should().Be("2");
        bar.GetAttribute("aria-label").Should().Contain("已销号 1 / 2");
        page.QuerySelector("#topic-progress .progress-text")!.TextContent.Should().Be("已销号 1 / 2");
    }

    [Fact]
    public async Task Themes_of_key_suggestions_bundled_with_the_topic_show_their_handling_and_only_their_published_suggestions()
    {
        var world = await Data.SuggestionWorldAsync();
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, world.Unit.Id, world.Committee.Id, "听取审议养老服务体系建设情况的报告");
        await Steps.AdoptAsync(plan);
        var theme = await DbAsync(async db =>
        {
            var created = Domain.Suggestions.SuggestionTheme.Create("养老服务", 2026, null);
            created.LinkTopic(id);
            db.SuggestionThemes.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        var disclosed = await Data.SuggestionAsync(world, "关于增加社区养老服务站的建议", withCoSigner: false);
        var pending = await Data.SuggestionAsync(world, "关于尚在办理的养老建议", withCoSigner: false);
        await Data.AssignedSuggestionAsync(disclosed.Id, world.Unit.Id);
        await Data.ActAsync(disclosed.Id, (s, _, now) => s.ChangeTheme(theme, "养老服务", SupervisionSteps.Staff, now));
        await Data.ActAsync(pending.Id, (s, _, now) =>
        {
            s.Accept(SupervisionSteps.Staff, now);
            s.ChangeTheme(theme, "养老服务", SupervisionSteps.Staff, now);
        });
        await Data.ActAsync(disclosed.Id, (s, rules, now, letter) => s.Reply(TestData.ReplyA(Steps.Today, letter()), Actor.Unit(world.Unit.Id, "测试承办人"), now, rules));
        await Data.ReviewRepliesAsync(disclosed.Id);

        var page = await AnonymousClient().GetDocumentAsync($"/Supervision/Topic/{id}");

        page.QuerySelector("#themes")!.TextContent.Should().Contain("养老服务").And.Contain("共 2 件建议，已办结 0 件").And.NotContain("尚在办理");
        page.QuerySelectorAll("#themes a").Select(a => a.GetAttribute("href")).Should().Equal($"/Suggestions/Details/{disclosed.Id}");
    }

    [Fact]
    public async Task A_topic_of_a_plan_not_yet_published_answers_404()
    {
        var unit = await Data.UnitAsync("示例市民政局");
        var committee = await Data.CommitteeAsync("社会建设委员会");
        var plan = await Steps.PlanAsync();
        var id = await Steps.TopicAsync(plan, unit.Id, committee.Id, "听取审议养老服务体系建设情况的报告");
        using var client = AnonymousClient();

        (await client.GetAsync($"/Supervision/Topic/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Steps.AdoptAsync(plan, publish: false);
        (await client.GetAsync($"/Supervision/Topic/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Steps.PlanActAsync(plan, (p, _, now) => p.Publish(SupervisionSteps.Staff, now));
        (await client.GetAsync($"/Supervision/Topic/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

internal static class PublicPageReading
{
    /// <summary>The page's HTML, after checking it answered 200.</summary>
    public static async Task<string> GetStringAsyncOk(this PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
