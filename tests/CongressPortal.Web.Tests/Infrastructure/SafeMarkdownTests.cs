using CongressPortal.Web.Infrastructure;

namespace CongressPortal.Web.Tests.Infrastructure;

/// <summary>The notice renderer: Markdown with raw HTML disabled, then sanitised; neither lock alone is trusted.</summary>
public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](  JaVaScRiPt:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=https://example.com></iframe>")]
    public void Nothing_that_runs_script_survives(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        var elements = body.QuerySelectorAll("*").ToList();

        // Typed tags may remain as harmless text (raw HTML is disabled); no element or attribute that runs anything does.
        elements.Select(e => e.LocalName).Where(name => name is not ("p" or "a")).Should().BeEmpty();
        elements.SelectMany(e => e.Attributes).Select(a => a.Name).Where(name => name is not ("href" or "rel")).Should().BeEmpty();
        elements.Select(e => e.GetAttribute("href")).Where(h => h != null && !h.StartsWith("http", StringComparison.Ordinal)).Should().BeEmpty();
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<svg").And.NotContain("<iframe");
    }

    [Fact]
    public void Simple_formatting_survives()
    {
        var html = SafeMarkdown.ToHtml("## 标题\n\n**粗** *斜*\n\n1. 一\n2. 二\n\n[链接](https://example.gov.cn) <https://example.gov.cn/b>");

        html.Should().Contain("<h2>标题</h2>").And.Contain("<strong>粗</strong>").And.Contain("<em>斜</em>").And.Contain("<ol>")
            .And.Contain("href=\"https://example.gov.cn\"").And.Contain("href=\"https://example.gov.cn/b\"");
    }

    [Fact]
    public void Typed_html_shows_as_text_rather_than_markup()
    {
        SafeMarkdown.ToHtml("<b>粗</b>").Should().Contain("&lt;b&gt;粗&lt;/b&gt;");
    }
}
