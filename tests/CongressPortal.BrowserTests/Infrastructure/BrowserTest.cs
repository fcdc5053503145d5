using CongressPortal.Domain.Common;
using CongressPortal.Web.Identity;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Infrastructure;

/// <summary>
/// Base of every browser journey: the database is emptied and a new browser context (no cookies, no
/// storage) is opened before each test; console errors, such as content-security-policy refusals, are kept.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    public const string Password = WebTest.Password;

    private readonly List<IBrowserContext> _contexts = [];

    protected BrowserAppFactory App => fixture.App;

    protected TestData Data => new(App);

    /// <summary>The page of the default desktop-sized context.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>Errors the browser reported on the console (failed loads, CSP violations, script errors).</summary>
    protected List<string> ConsoleErrors { get; } = [];

    public async Task InitializeAsync()
    {
        await App.ResetAsync();
        Page = await NewPageAsync(1280, 800);
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }

    /// <summary>A page in a new context of its own, e.g. phone-sized; a scale factor of 2 with half the width is 200% zoom.</summary>
    protected async Task<IPage> NewPageAsync(int width, int height, float deviceScaleFactor = 1)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString().TrimEnd('/'),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
        });
        context.SetDefaultTimeout(20_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add($"{message.Text} at {message.Location}"); };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
        return page;
    }

    /// <summary>
    /// Console errors that matter. ASP.NET's empty validation summary hides its placeholder item with a style
    /// attribute, which the CSP (style-src 'self') refuses; site.css hides the summary instead, so that refusal is harmless.
    /// </summary>
    protected IEnumerable<string> SeriousConsoleErrors =>
        ConsoleErrors.Where(e => !e.StartsWith("Applying inline style violates", StringComparison.Ordinal));

    protected static Task<string> ScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name);

    /// <summary>
    /// Fills and submits the real login form, then waits for the page it leads to; an account with an authenticator types
    /// the code it shows now (from the test clock) in the second step.
    /// </summary>
    protected async Task SignInAsync(IPage page, string userName, string password = Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true }));
        if (!new Uri(page.Url).AbsolutePath.StartsWith("/Account/LoginWith2fa", StringComparison.Ordinal)) return;
        await page.GetByLabel("6位验证码").FillAsync(TestTotp.Code(TestTotp.Key, App.Clock.GetUtcNow()));
        await ClickAndWaitForNextPageAsync(page, page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "验证并登录" }));
    }

    /// <summary>
    /// Clicks a link or submit button and waits until the next document has loaded, after any redirects. A
    /// mark left on the old window tells the new document apart even when the address does not change (a form
    /// posted back with errors).
    /// </summary>
    protected static async Task ClickAndWaitForNextPageAsync(IPage page, ILocator target)
    {
        await page.EvaluateAsync("() => { window.portalPreviousPage = true; }");
        await target.ClickAsync();
        await page.WaitForFunctionAsync("() => window.portalPreviousPage === undefined && document.readyState === 'complete'");
    }

    /// <summary>Creates an account for <paramref name="role"/>, with a linked deputy or unit where the role needs one.</summary>
    protected async Task<string> UserForRoleAsync(string role)
    {
        var userName = role.ToLowerInvariant() + "-user";
        switch (role)
        {
            case PortalRole.Deputy:
                await CreateUserAsync(userName, [role], deputyId: (await Data.DeputyAsync()).Id, displayName: "李建国");
                break;
            case PortalRole.HandlingUnit:
                await CreateUserAsync(userName, [role], unitId: (await Data.UnitAsync()).Id, displayName: "王承办");
                break;
            default:
                await CreateUserAsync(userName, [role], displayName: role switch { PortalRole.Admin => "赵强", PortalRole.Auditor => "孙丽", _ => "张敏" });
                break;
        }
        return userName;
    }

    /// <summary>
    /// Creates an account; administrators and auditors get the tests' authenticator key already set up unless
    /// <paramref name="enrolled"/> is false (then they set it up at their first sign-in).
    /// </summary>
    protected async Task<AppUser> CreateUserAsync(string userName, IReadOnlyList<string> roles, int? deputyId = null, int? unitId = null, string? displayName = null, bool? enrolled = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var withAuthenticator = enrolled ?? scope.ServiceProvider.GetRequiredService<TwoFactorRequirement>().IsRequired(roles);
        var user = new AppUser
        {
            UserName = userName,
            TwoFactorEnabled = withAuthenticator,
            DisplayName = displayName ?? userName,
            DeputyId = deputyId,
            HandlingUnitId = unitId,
            CreatedAt = App.Clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Password);
        created.Succeeded.Should().BeTrue(string.Join(";", created.Errors.Select(e => e.Description)));
        foreach (var role in roles) (await users.AddToRoleAsync(user, role)).Succeeded.Should().BeTrue();
        // Administrators and auditors sign in with two factors (ADR 0024): their authenticator is set up with the tests' key.
        if (withAuthenticator) (await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", TestTotp.Key)).Succeeded.Should().BeTrue();
        return user;
    }

    /// <summary>The computed value of a CSS property of the first element matching <paramref name="selector"/>.</summary>
    protected static Task<string> ComputedStyleAsync(IPage page, string selector, string property) =>
        page.EvalOnSelectorAsync<string>(selector, "(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
}
