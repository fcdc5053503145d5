using CongressPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>What a citizen sees without signing in: the home page, reading aids, phones, print and a wrong address.</summary>
public sealed class PublicSiteTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] SiteSections = ["首页", "通知公告", "工作报告", "代表名录", "代表联络站", "法规库", "立法征求意见", "建议办理公开", "议案", "监督工作"];

    private static Task<string> HtmlFontSizeAsync(IPage page) => ComputedStyleAsync(page, "html", "font-size");

    private static Task<int> HorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    [Fact]
    public async Task The_home_page_is_in_Chinese_with_the_site_navigation_and_no_console_errors()
    {
        var response = await Page.GotoAsync("/");

        response!.Status.Should().Be(200);
        (await Page.GetAttributeAsync("html", "lang")).Should().Be("zh-CN");
        (await Page.TitleAsync()).Should().Be("首页 - 示例市人大常委会");
        (await Page.Locator("h1").InnerTextAsync()).Should().Be("欢迎访问示例市人大门户");
        var navigation = Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" });
        (await navigation.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(t => t.Trim()).Should().Equal(SiteSections);
        (await navigation.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "首页" }).GetAttributeAsync("aria-current")).Should().Be("page");
        (await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "工作人员登录" }).IsVisibleAsync()).Should().BeTrue();
        // What is current first (issue 16), then the sections of the portal.
        (await Page.Locator("main h2").AllInnerTextsAsync()).Should().Contain(["通知公告", "正在征求意见的法规草案", "代表联络站接待安排", "最新公开的建议答复"]);
        (await Page.Locator("main h3").AllInnerTextsAsync()).Should().Contain(["代表名录", "代表联络站", "法规库", "立法征求意见", "建议办理公开", "议案", "监督工作"]);
        (await Page.Locator("section[aria-labelledby='card-regulations']").InnerTextAsync()).Should().NotContain("建设中", "the regulation library is open");
        // Noto Sans CJK is what the fonts-noto-cjk package provides; without it Chinese renders as boxes.
        (await ComputedStyleAsync(Page, "body", "font-family")).Should().Contain("Noto Sans CJK SC");
        await ScreenshotAsync(Page, "01-public-home");
        ConsoleErrors.Should().BeEmpty("the page must load without script errors or content-security-policy refusals");
    }

    [Fact]
    public async Task The_font_size_control_enlarges_the_text_and_the_choice_survives_a_reload()
    {
        await Page.GotoAsync("/");
        (await HtmlFontSizeAsync(Page)).Should().Be("16px");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "大", Exact = true }).ClickAsync();

        (await HtmlFontSizeAsync(Page)).Should().Be("20px");
        (await Page.EvaluateAsync<string>("() => localStorage.getItem('portal-font-size')")).Should().Be("large");
        (await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "大", Exact = true }).GetAttributeAsync("aria-pressed")).Should().Be("true");
        (await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "中", Exact = true }).GetAttributeAsync("aria-pressed")).Should().Be("false");

        await Page.ReloadAsync();
        (await HtmlFontSizeAsync(Page)).Should().Be("20px");
        (await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "大", Exact = true }).GetAttributeAsync("aria-pressed")).Should().Be("true");
        await ScreenshotAsync(Page, "02-public-home-large-text");

        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "小", Exact = true }).ClickAsync();
        (await HtmlFontSizeAsync(Page)).Should().Be("14px");
        await Page.GotoAsync("/Deputies");
        (await HtmlFontSizeAsync(Page)).Should().Be("14px", "the choice holds on every page of the site");
    }

    [Fact]
    public async Task The_first_Tab_reaches_the_skip_link_which_moves_focus_to_the_main_content()
    {
        await Page.GotoAsync("/");

        await Page.Keyboard.PressAsync("Tab");

        (await Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")).Should().Be("跳到主要内容");
        (await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "跳到主要内容" }).IsVisibleAsync()).Should().BeTrue();
        var box = await Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "跳到主要内容" }).BoundingBoxAsync();
        box!.X.Should().BeGreaterThanOrEqualTo(0, "the focused skip link must be on screen");
        await ScreenshotAsync(Page, "03-skip-link-focused");

        await Page.Keyboard.PressAsync("Enter");

        (await Page.EvaluateAsync<string>("() => document.activeElement.tagName")).Should().Be("MAIN");
        Page.Url.Should().EndWith("#main");
    }

    [Theory]
    [InlineData(390, 844, "04-phone-home")]
    [InlineData(768, 1024, "04-tablet-home")]
    public async Task On_phones_and_tablets_the_home_page_fits_the_screen_without_horizontal_scrolling(int width, int height, string screenshot)
    {
        var small = await NewPageAsync(width, height);

        await small.GotoAsync("/");

        (await HorizontalOverflowAsync(small)).Should().BeLessThanOrEqualTo(0, $"nothing may stick out sideways on a {width} px wide screen");
        // On a phone the sections are folded behind one button (PhoneLayoutTests); on a tablet they all show.
        if (width < 576) await small.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "栏目导航" }).ClickAsync();
        (await small.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "建议办理公开" }).IsVisibleAsync()).Should().BeTrue();
        await ScreenshotAsync(small, screenshot);

        await small.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "大", Exact = true }).ClickAsync();

        (await HorizontalOverflowAsync(small)).Should().BeLessThanOrEqualTo(0, "the large text setting must not push the page sideways either");
        await ScreenshotAsync(small, screenshot + "-large-text");
    }

    [Fact]
    public async Task The_printed_page_shows_the_content_without_header_navigation_or_footer()
    {
        await Page.GotoAsync("/");

        await Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await ComputedStyleAsync(Page, ".site-header", "display")).Should().Be("none");
        (await ComputedStyleAsync(Page, ".site-footer", "display")).Should().Be("none");
        (await Page.Locator("main h1").IsVisibleAsync()).Should().BeTrue();
        (await ComputedStyleAsync(Page, "main", "color")).Should().Be("rgb(0, 0, 0)");
        await ScreenshotAsync(Page, "05-print-home");
    }

    [Fact]
    public async Task An_unknown_address_shows_a_friendly_page_not_found_with_a_way_home()
    {
        var response = await Page.GotoAsync("/no-such-page");

        response!.Status.Should().Be(404);
        (await Page.Locator("main h1").InnerTextAsync()).Should().Be("页面不存在");
        (await Page.Locator("main").InnerTextAsync()).Should().Contain("请检查网址").And.NotContain("Exception");
        (await Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "主导航" }).IsVisibleAsync()).Should().BeTrue("the reader can carry on from the site navigation");
        await ScreenshotAsync(Page, "06-not-found");

        await ClickAndWaitForNextPageAsync(Page, Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "返回首页" }));
        new Uri(Page.Url).AbsolutePath.Should().Be("/");
    }
}
