using System.Globalization;
using System.Net;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Pages.Notices;

/// <summary>/Notices/{id}: the body rendered from Markdown and sanitised, its date the server's, its files; withdrawn → 404.</summary>
public sealed class DetailsTests(PortalAppFactory app) : WebTest(app)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_body_keeps_simple_formatting_and_loses_every_script()
    {
        const string body = """
            ## 会议安排

            定于**七月十日**召开，详见[日程](https://example.gov.cn/a)。

            - 第一项
            - 第二项

            <script>alert('x')</script>
            <img src=x onerror="alert(1)">
            [点我](javascript:alert(1))
            [再点](JAVASCRIPT:alert(2))
            <a href="javascript:alert(3)" onclick="alert(4)">原样链接</a>
            """;
        var notice = await new NoticeSteps(App).NoticeAsync(body: body);
        using var anonymous = AnonymousClient();

        using var response = await anonymous.GetAsync($"/Notices/{Id(notice.Id)}");
        var page = await PortalClient.ParseAsync(response);
        var article = page.QuerySelector("#notice-body")!;

        article.QuerySelector("h2")!.TextContent.Should().Be("会议安排");
        article.QuerySelector("strong")!.TextContent.Should().Be("七月十日");
        article.QuerySelectorAll("li").Select(l => l.TextContent).Should().Equal("第一项", "第二项");
        var links = article.QuerySelectorAll("a[href]").ToList();
        links.Should().ContainSingle().Which.GetAttribute("href").Should().Be("https://example.gov.cn/a");
        links[0].GetAttribute("rel").Should().Contain("noopener");
        article.QuerySelectorAll("script, img, [onerror], [onclick]").Should().BeEmpty();
        article.QuerySelectorAll("*").SelectMany(e => e.Attributes).Select(a => a.Value)
            .Where(v => v.Contains("javascript:", StringComparison.OrdinalIgnoreCase)).Should().BeEmpty();
        article.InnerHtml.Should().NotContain("<script", "typed tags show as text at most");
        page.QuerySelector("#notice-date")!.TextContent.Should().Contain(Domain.Common.ChinaTime.FormatDate(App.Clock.GetUtcNow()));
        page.QuerySelector("head meta[name=description]")!.GetAttribute("content").Should().StartWith("关于召开代表座谈会的通知（").And.Contain("发布）：会议安排", "the title, then the summary of the body");
        page.QuerySelector("head link[rel=alternate]")!.GetAttribute("href").Should().Be("/Notices/Feed");
    }

    [Fact]
    public async Task Drafts_withdrawn_and_unknown_notices_are_not_found()
    {
        var steps = new NoticeSteps(App);
        var draft = await steps.NoticeAsync(publish: false);
        var withdrawn = await steps.NoticeAsync(withdraw: true);
        using var anonymous = AnonymousClient();
        using var staff = await SignedInClientAsync(Domain.Common.PortalRole.Staff);

        foreach (var id in new[] { draft.Id, withdrawn.Id, 987654 })
        {
            (await anonymous.GetAsync($"/Notices/{Id(id)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await staff.GetAsync($"/Notices/{Id(id)}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "staff read drafts on their own pages");
        }
    }

    [Fact]
    public async Task The_page_is_served_from_the_cache_and_a_withdrawal_evicts_it()
    {
        var notice = await new NoticeSteps(App).NoticeAsync();
        using var anonymous = AnonymousClient();
        using (var first = await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")) first.Headers.Age.Should().BeNull();
        using (var second = await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")) second.Headers.Age.Should().NotBeNull("the second reader gets it from the cache");
        using var staff = await SignedInClientAsync(Domain.Common.PortalRole.Staff);

        (await staff.SubmitFormAsync($"/Staff/Notices/Details/{Id(notice.Id)}", new Dictionary<string, string?> { ["Withdraw.Reason"] = "发错了" }, "#form-withdraw")).Dispose();

        (await anonymous.GetAsync($"/Notices/{Id(notice.Id)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
