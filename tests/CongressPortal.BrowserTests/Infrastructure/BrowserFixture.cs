using Microsoft.Playwright;

namespace CongressPortal.BrowserTests.Infrastructure;

/// <summary>
/// One app and one Chromium for the whole collection: starting a browser costs about a second, a context a few
/// milliseconds, so every test gets a fresh context (cookies, storage) in the shared browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Debian's Chromium: a Playwright browser download is not available where the tests run.
    private const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // The browser starts while the database is created and migrated: each takes seconds.
        var browserStarted = StartBrowserAsync();
        await App.InitializeAsync();
        App.StartServer();
        await browserStarted;
    }

    private async Task StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: install it with `apt-get install chromium fonts-noto-cjk` (test.sh does).");
        }
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
