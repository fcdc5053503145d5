using System.Net;
using AngleSharp.Html.Dom;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Regulations;

public sealed class IndexTests(PortalAppFactory app) : RegulationTest(app)
{
    private static IReadOnlyList<string> Titles(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#regulation-list .regulation-row h2").Select(h => h.TextContent.Trim())];

    private static string StatusOf(IHtmlDocument page, int id) =>
        page.QuerySelector($"#regulation-list li[data-regulation='{id}'] .regulation-status")!.TextContent.Trim();

    [Fact]
    public async Task Every_published_regulation_is_listed_with_its_status_for_today_and_drafts_are_not()
    {
        var ids = await OneOfEachAsync();
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Regulations");

        Titles(page).Should().BeEquivalentTo(["示例市物业管理条例", "示例市河道管理条例", "示例市古城墙保护条例", "示例市社区治理条例"]);
        page.Body!.TextContent.Should().NotContain("示例市未公开条例").And.NotContain("公告第7号");
        StatusOf(page, ids.InForce).Should().Be("现行有效");
        StatusOf(page, ids.Amended).Should().Be("已修改");
        StatusOf(page, ids.Repealed).Should().Be("已废止");
        StatusOf(page, ids.NotYetInForce).Should().Be("尚未施行");
        var amended = page.QuerySelector($"li[data-regulation='{ids.Amended}']")!.TextContent;
        amended.Should().Contain("生态文明建设").And.Contain("公告第3号", "the latest 公告 is listed").And.Contain("2025年7月1日公布").And.Contain("2023年5月1日起施行");
        page.QuerySelector($"li[data-regulation='{ids.Repealed}']")!.TextContent.Should().Contain("2026年2月1日起废止");
        page.QuerySelector("#result-count")!.TextContent.Should().Contain("共收录 4 件法规");
        page.QuerySelectorAll("h1").Should().ContainSingle();
        page.QuerySelector("main")!.Should().NotBeNull();
        page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be("/Regulations/Feed");
    }

    [Theory]
    [InlineData("InForce", new[] { "示例市物业管理条例", "示例市河道管理条例" })]
    [InlineData("Amended", new[] { "示例市河道管理条例" })]
    [InlineData("Repealed", new[] { "示例市古城墙保护条例" })]
    [InlineData("NotYetInForce", new[] { "示例市社区治理条例" })]
    [InlineData("Nonsense", new[] { "示例市物业管理条例", "示例市河道管理条例", "示例市古城墙保护条例", "示例市社区治理条例" })]
    public async Task The_status_filter_lists_the_regulations_of_that_status_today(string status, string[] expected)
    {
        await OneOfEachAsync();
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations?status={status}");

        Titles(page).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData(LegislativeField.UrbanRural, "示例市物业管理条例")]
    [InlineData(LegislativeField.Ecology, "示例市河道管理条例")]
    [InlineData(LegislativeField.Heritage, "示例市古城墙保护条例")]
    [InlineData(LegislativeField.GrassrootsGovernance, "示例市社区治理条例")]
    public async Task The_field_filter_lists_the_regulations_of_that_field(LegislativeField field, string expected)
    {
        await OneOfEachAsync();
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations?field={field}");

        Titles(page).Should().Equal(expected);
        page.QuerySelector($"#field option[value='{field}']")!.HasAttribute("selected").Should().BeTrue();
    }

    [Fact]
    public async Task Each_choice_of_the_filters_shows_how_many_regulations_it_lists_within_the_other_filter()
    {
        await OneOfEachAsync();
        await RegulationAsync("示例市城市绿化条例", "公告第8号", new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 1), LegislativeField.Ecology);
        using var anonymous = AnonymousClient();

        var all = await anonymous.GetDocumentAsync("/Regulations");
        var ecology = await anonymous.GetDocumentAsync("/Regulations?field=Ecology");
        var inForce = await anonymous.GetDocumentAsync("/Regulations?status=InForce");

        Option(all, "status", "InForce").Should().Be("现行有效（3）", "the amended regulation is in force too");
        Option(all, "status", "Amended").Should().Be("已修改（1）");
        Option(all, "status", "Repealed").Should().Be("已废止（1）");
        Option(all, "status", "NotYetInForce").Should().Be("尚未施行（1）");
        Option(all, "field", "Ecology").Should().Be("生态文明建设（2）");
        Option(ecology, "status", "InForce").Should().Be("现行有效（2）");
        Option(ecology, "status", "Repealed").Should().Be("已废止（0）");
        Option(inForce, "field", "Heritage").Should().Be("历史文化保护（0）", "the repealed heritage regulation is not in force");
        Option(inForce, "field", "UrbanRural").Should().Be("城乡建设与管理（1）");
        Titles(ecology).Should().HaveCount(2);

        static string Option(IHtmlDocument page, string select, string value) => page.QuerySelector($"#{select} option[value='{value}']")!.TextContent.Trim();
    }

    [Fact]
    public async Task A_Chinese_term_in_an_article_finds_the_regulation_and_shows_the_article_with_the_term_marked()
    {
        await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1),
            text: Text("示例市物业管理条例", "业主大会可以委托物业服务企业管理电动自行车充电设施。"));
        await RegulationAsync("示例市河道管理条例", "公告第2号", new DateOnly(2024, 6, 2), new DateOnly(2024, 9, 1));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Regulations?q=充电设施");

        Titles(page).Should().Equal("示例市物业管理条例");
        var snippet = page.QuerySelector(".regulation-snippet")!;
        snippet.QuerySelector("mark")!.TextContent.Should().Be("充电设施");
        snippet.QuerySelector("a")!.TextContent.Should().Be("第十二条");
        Uri.UnescapeDataString(snippet.QuerySelector("a")!.GetAttribute("href")!).Should().Be($"/Regulations/{page.QuerySelector("li[data-regulation]")!.GetAttribute("data-regulation")}#第十二条");
        (await anonymous.GetDocumentAsync("/Regulations?q=河道")).QuerySelector("#regulation-list h2 mark")!.TextContent.Should().Be("河道", "a match in the title is marked there");
        page.QuerySelector("#q")!.GetAttribute("value").Should().Be("充电设施");
    }

    [Fact]
    public async Task A_term_only_in_an_unpublished_version_or_an_unpublished_regulation_finds_nothing()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        await AmendAsync(id, "公告第2号", new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1), Text("示例市物业管理条例", "禁止在楼道内停放无人机。"), publish: false);
        await RegulationAsync("示例市低空经济促进条例", "公告第3号", new DateOnly(2026, 2, 2), new DateOnly(2026, 4, 1), text: Text("示例市低空经济促进条例", "鼓励发展无人机物流。"), publish: false);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Regulations?q=无人机");

        page.QuerySelector("#regulation-list").Should().BeNull();
        page.QuerySelector("#no-results")!.TextContent.Should().Contain("没有找到符合条件的法规").And.Contain("显示全部 1 件法规");
        page.Body!.TextContent.Should().NotContain("低空经济").And.NotContain("公告第2号");
        Titles(await anonymous.GetDocumentAsync("/Regulations?q=物业")).Should().Equal("示例市物业管理条例");
    }

    [Fact]
    public async Task An_empty_library_says_so_and_what_to_expect()
    {
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync("/Regulations");

        page.QuerySelector("#no-results")!.TextContent.Should().Contain("法规库还没有收录法规");
        page.QuerySelector("form[role=search] label[for=q]").Should().NotBeNull();
        page.QuerySelector("label[for=status]").Should().NotBeNull();
        page.QuerySelector("label[for=field]").Should().NotBeNull();
    }

    [Fact]
    public async Task Pages_hold_twenty_regulations_and_a_page_past_the_end_answers_the_last_one()
    {
        for (var i = 1; i <= 23; i++)
        {
            await RegulationAsync($"示例市第{i}号测试条例", $"公告第{i}号", new DateOnly(2020, 1, 1).AddDays(i * 10), new DateOnly(2020, 6, 1).AddDays(i * 10));
        }
        using var anonymous = AnonymousClient();

        var first = await anonymous.GetDocumentAsync("/Regulations");
        Titles(first).Should().HaveCount(20);
        Titles(first)[0].Should().Be("示例市第23号测试条例", "the newest change comes first");
        first.QuerySelector("a[rel=next]")!.GetAttribute("href").Should().Be("/Regulations?p=2");

        foreach (var url in new[] { "/Regulations?p=2", "/Regulations?p=99", "/Regulations?p=2147483647" })
        {
            var last = await anonymous.GetDocumentAsync(url);
            Titles(last).Should().HaveCount(3, url);
            last.QuerySelector("#result-count")!.TextContent.Should().Contain("第 2 页，共 2 页");
        }
        foreach (var url in new[] { "/Regulations?p=0", "/Regulations?p=-5", "/Regulations?p=abc", "/Regulations?p=99999999999" })
        {
            using var response = await anonymous.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            Titles(await PortalClient.ParseAsync(response)).Should().HaveCount(20, url);
        }
        var filtered = await anonymous.GetDocumentAsync("/Regulations?q=测试条例&status=InForce&p=1");
        Uri.UnescapeDataString(filtered.QuerySelector("a[rel=next]")!.GetAttribute("href")!).Should().Be("/Regulations?q=测试条例&status=InForce&p=2");
    }

    [Fact]
    public async Task The_list_is_served_from_the_cache_until_a_regulation_is_published()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1), publish: false);
        using var anonymous = AnonymousClient();
        using (var first = await anonymous.GetAsync("/Regulations")) first.Headers.Age.Should().BeNull("the first reader renders the page");
        using (var second = await anonymous.GetAsync("/Regulations")) second.Headers.Age.Should().NotBeNull("the second reader gets it from the cache");
        (await anonymous.GetAsync($"/Regulations/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.Http.GetStringAsync("/Regulations/Feed")).Should().NotContain("示例市物业管理条例");

        await DbAsync(async db =>
        {
            var regulation = await db.Regulations.FindAsync(id);
            await db.Entry(regulation!).Collection(r => r.Versions).LoadAsync();
            regulation!.Publish(Staff, App.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        Titles(await anonymous.GetDocumentAsync("/Regulations")).Should().Equal("示例市物业管理条例");
        (await anonymous.GetAsync($"/Regulations/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.Http.GetStringAsync("/Regulations/Feed")).Should().Contain("示例市物业管理条例");
        using (var cached = await anonymous.GetAsync("/Regulations")) cached.Headers.Age.Should().NotBeNull();
        using (var other = await anonymous.GetAsync("/Regulations?q=物业")) other.Headers.Age.Should().BeNull("each combination of the query keys is its own entry");
    }
}
