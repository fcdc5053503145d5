using CongressPortal.BrowserTests.Infrastructure;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Journeys;

/// <summary>
/// An administrator sets up two-step verification at the first sign-in (ADR 0024) with the keyboard alone, on a desktop
/// and on a 375 px phone: the QR code and the key are there to read, the code field is reached by Tab, and the recovery
/// codes are shown once.
/// </summary>
public sealed class TwoFactorJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 667)]
    public async Task An_administrator_enrols_with_the_keyboard_alone_and_sees_the_recovery_codes_once(int width, int height)
    {
        await CreateUserAsync("admin-zhao", [PortalRole.Admin], displayName: "赵强", enrolled: false);
        var page = await NewPageAsync(width, height);

        await SignInAsync(page, "admin-zhao");

        new Uri(page.Url).AbsolutePath.Should().Be("/Account/TwoFactor/Enrol", "an administrator sets up the authenticator before anything else");
        var qr = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "添加账号用的二维码（内容与下方密钥相同）" });
        (await qr.IsVisibleAsync()).Should().BeTrue();
        var box = (await qr.BoundingBoxAsync())!;
        box.Width.Should().BeGreaterThan(150, "the code is big enough for a phone camera");
        (box.X + box.Width).Should().BeLessThanOrEqualTo(width, "the QR code fits the screen");
        (await page.EvaluateAsync<bool>("() => document.querySelector('img.enrol-qr').naturalWidth > 0")).Should().BeTrue("the QR code is drawn on the server and loads under the CSP");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);
        await ScreenshotAsync(page, $"two-factor-enrol-{width}");

        var key = (await page.Locator("#enrol-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        key.Should().MatchRegex("^[a-zA-Z2-7]{16,}$", "the key is written out for manual entry");
        // Keyboard alone: Tab until the code field has the focus, type the code the app shows, Enter.
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'Input_Code'"); i++) await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).Should().Be("Input_Code");
        await page.Keyboard.TypeAsync("000000");
        await page.EvaluateAsync("() => { window.portalPreviousPage = true; }");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => window.portalPreviousPage === undefined && document.readyState === 'complete'");
        (await page.Locator("[data-valmsg-for='Input.Code']").InnerTextAsync()).Should().NotBeEmpty("a wrong code is answered next to the field");

        await page.Locator("#Input_Code").FillAsync(TestTotp.Code(key, App.Clock.GetUtcNow()));
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认并启用" }));

        var codes = await page.Locator("#recovery-code-list li").AllInnerTextsAsync();
        codes.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(width);
        await ScreenshotAsync(page, $"two-factor-recovery-codes-{width}");
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "我已保存恢复码，继续" }));
        new Uri(page.Url).AbsolutePath.Should().Be("/Admin", "the sign-in completed");
        SeriousConsoleErrors.Should().BeEmpty();
    }
}
