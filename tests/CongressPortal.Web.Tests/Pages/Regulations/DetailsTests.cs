using System.Net;
using CongressPortal.Domain.Legislation;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Regulations;

public sealed class DetailsTests(PortalAppFactory app) : RegulationTest(app)
{
    [Fact]
    public async Task Article_12_has_its_anchor_and_a_link_to_itself_and_both_survive_a_reimport_of_the_same_text()
    {
        var text = Text("示例市物业管理条例");
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1), text: text);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/{id}");

        var article = page.GetElementById("第十二条")!;
        article.Should().NotBeNull();
        article.QuerySelector(".statute-article-label")!.GetAttribute("href").Should().Be("#第十二条");
        article.TextContent.Should().Contain("市人民政府有关部门应当按照职责做好监督管理工作").And.Contain("（二）定期向社会公开有关信息");
        page.GetElementById("第二章")!.TextContent.Should().Contain("管理与服务");
        page.QuerySelectorAll(".statute-toc a").Select(a => a.GetAttribute("href")).Should().Contain("#第二章");
        page.QuerySelector("a.regulation-skip-toc")!.GetAttribute("href").Should().Be("#regulation-text");
        page.GetElementById("regulation-text").Should().NotBeNull("the skip link from the table of contents lands on the text");

        // The same text imported again (a 修正 that changes nothing in article 12): the link to article 12 still lands on it.
        await AmendAsync(id, "公告第2号", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), text, LegislationKind.Revise);
        var again = await anonymous.GetDocumentAsync($"/Regulations/{id}");
        again.GetElementById("第十二条")!.TextContent.Should().Be(article.TextContent);
        again.QuerySelector("#regulation-facts")!.TextContent.Should().Contain("公告第2号");
    }

    [Fact]
    public async Task The_page_shows_the_version_in_force_today_says_a_newer_one_is_coming_and_opens_it_on_request()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        await AmendAsync(id, "公告第2号", new DateOnly(2026, 2, 20), new DateOnly(2026, 6, 1), Text("示例市物业管理条例", "物业服务企业应当公开收费标准。"),
            summary: "修改第十二条");
        using var anonymous = AnonymousClient();

        var current = await anonymous.GetDocumentAsync($"/Regulations/{id}");

        current.GetElementById("第十二条")!.TextContent.Should().Contain("监督管理工作").And.NotContain("收费标准");
        current.QuerySelector("#regulation-status")!.TextContent.Should().Be("现行有效", "the badge is the status of the text being read: the amendment is not in force yet");
        current.QuerySelector("#regulation-facts")!.TextContent.Should().Contain("公告第1号").And.Contain("2024年9月1日").And.Contain("2024年5月27日", "the approval date");
        current.QuerySelector("#upcoming-notice")!.TextContent.Should().Contain("第2版（修改）").And.Contain("公告第2号").And.Contain("2026年6月1日起施行");
        var link = current.QuerySelector("#upcoming-link")!.GetAttribute("href");
        link.Should().Be($"/Regulations/{id}?version=2");
        current.QuerySelector("#version-notice").Should().BeNull("the version in force is the one shown");

        var upcoming = await anonymous.GetDocumentAsync(link!);
        upcoming.GetElementById("第十二条")!.TextContent.Should().Contain("收费标准");
        upcoming.QuerySelector("#version-notice")!.TextContent.Should().Contain("尚未施行的修改版本").And.Contain("2026年6月1日起施行");
        upcoming.QuerySelector("#regulation-facts")!.TextContent.Should().Contain("修改第十二条");
        upcoming.QuerySelector("#version-notice a")!.GetAttribute("href").Should().Be($"/Regulations/{id}");

        var rows = current.QuerySelectorAll("#version-list tbody tr");
        rows.Should().HaveCount(2);
        rows[0].TextContent.Should().Contain("第1版（制定）").And.Contain("公告第1号").And.Contain("2024年6月1日").And.Contain("现行有效");
        rows[1].TextContent.Should().Contain("第2版（修改）").And.Contain("公告第2号").And.Contain("2026年2月20日").And.Contain("尚未施行").And.Contain("与上一版比较");
    }

    [Fact]
    public async Task An_older_version_is_marked_as_history_with_a_way_back_to_the_text_in_force()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        await AmendAsync(id, "公告第2号", new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1), Text("示例市物业管理条例", "物业服务企业应当公开收费标准。"));
        using var anonymous = AnonymousClient();

        var current = await anonymous.GetDocumentAsync($"/Regulations/{id}");
        current.GetElementById("第十二条")!.TextContent.Should().Contain("收费标准");
        current.QuerySelectorAll("#version-list tbody tr")[0].TextContent.Should().Contain("已修改");

        var old = await anonymous.GetDocumentAsync($"/Regulations/{id}?version=1");
        old.QuerySelector("#version-notice")!.TextContent.Should().Contain("历史版本");
        old.GetElementById("第十二条")!.TextContent.Should().NotContain("收费标准");
    }

    [Fact]
    public async Task A_repealed_regulation_says_so_with_the_repeal_announcement_and_date()
    {
        var id = await RegulationAsync("示例市古城墙保护条例", "公告第4号", new DateOnly(2015, 3, 1), new DateOnly(2015, 5, 1), LegislativeField.Heritage);
        await RepealAsync(id, "公告第5号", new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1), "已被新的条例取代");
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/{id}");

        page.QuerySelector("#regulation-status")!.TextContent.Should().Be("已废止");
        page.QuerySelector("#repeal-notice")!.TextContent.Should().Contain("已废止").And.Contain("公告第5号").And.Contain("2026年1月10日").And.Contain("2026年2月1日").And.Contain("已被新的条例取代");
        page.QuerySelector("#version-list tbody tr")!.TextContent.Should().Contain("已废止");
        page.QuerySelector("#repeal-line")!.TextContent.Should().Contain("公告第5号");
        page.GetElementById("第十二条").Should().NotBeNull("the last text stays readable");
    }

    [Fact]
    public async Task A_regulation_not_yet_in_force_says_from_when()
    {
        var id = await RegulationAsync("示例市社区治理条例", "公告第6号", new DateOnly(2026, 2, 20), new DateOnly(2026, 5, 1), LegislativeField.GrassrootsGovernance);
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/{id}");

        page.QuerySelector("#regulation-status")!.TextContent.Should().Be("尚未施行");
        page.QuerySelector("#version-notice")!.TextContent.Should().Contain("2026年5月1日起施行");
    }

    [Fact]
    public async Task Unknown_and_unpublished_regulations_and_versions_answer_404_and_a_draft_version_never_shows()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        await AmendAsync(id, "公告第2号", new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1), Text("示例市物业管理条例", "草案中的秘密条文。"), publish: false, title: "示例市物业管理条例（修订草案）");
        var draft = await RegulationAsync("示例市未公开条例", "公告第3号", new DateOnly(2026, 2, 2), new DateOnly(2026, 4, 1), publish: false);
        using var anonymous = AnonymousClient();

        foreach (var url in new[] { $"/Regulations/{draft}", "/Regulations/999999", $"/Regulations/{id}?version=2", $"/Regulations/{id}?version=3", $"/Regulations/{id}?version=0", $"/Regulations/{id}?version=abc" })
        {
            (await anonymous.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound, url);
        }
        var page = await anonymous.GetDocumentAsync($"/Regulations/{id}");
        var html = page.DocumentElement.OuterHtml;
        html.Should().NotContain("草案中的秘密条文").And.NotContain("公告第2号").And.NotContain("修订草案");
        page.QuerySelectorAll("#version-list tbody tr").Should().ContainSingle();
        page.QuerySelector("#upcoming-notice").Should().BeNull();
    }

    [Fact]
    public async Task The_page_has_one_heading_1_landmarks_a_print_button_and_the_feed_link()
    {
        var id = await RegulationAsync("示例市物业管理条例", "公告第1号", new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1));
        using var anonymous = AnonymousClient();

        var page = await anonymous.GetDocumentAsync($"/Regulations/{id}");

        page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).Should().Equal("示例市物业管理条例");
        page.Title.Should().StartWith("示例市物业管理条例");
        page.QuerySelector("main")!.Should().NotBeNull();
        page.QuerySelector("nav.statute-toc[aria-label=目录]").Should().NotBeNull();
        page.QuerySelector("nav[aria-label=当前位置] a")!.GetAttribute("href").Should().Be("/Regulations");
        page.QuerySelector("button[data-print]")!.TextContent.Should().Contain("打印");
        page.QuerySelector("script[src^='/js/print-button.']").Should().NotBeNull();
        page.QuerySelector("link[rel=stylesheet][href^='/css/regulations.']").Should().NotBeNull("the print stylesheet of the library");
        page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href").Should().Be("/Regulations/Feed");
        using (var again = await anonymous.GetAsync($"/Regulations/{id}")) again.Headers.Age.Should().NotBeNull("the page is served from the output cache");
    }
}
