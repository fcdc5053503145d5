using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// A first visit to a public page transfers under 100 KB (compressed HTML plus fingerprinted, compressed assets) and a repeat
/// visit only the HTML: every asset the layout links has a fingerprinted address cached for a year as immutable (ADR 0021).
/// </summary>
public sealed partial class StaticAssetTests(PortalAppFactory app) : WebTest(app)
{
    private static async Task<HttpResponseMessage> GetCompressedAsync(PortalClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        return await client.Http.SendAsync(request);
    }

    [Fact]
    public async Task The_home_page_links_only_fingerprinted_immutable_compressed_assets()
    {
        using var anonymous = AnonymousClient();
        using var page = await GetCompressedAsync(anonymous, "/");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        page.Content.Headers.ContentEncoding.Should().ContainSingle().Which.Should().BeOneOf("br", "gzip");

        var document = await anonymous.GetDocumentAsync("/");
        var assets = document.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => u.StartsWith('/'))
            .ToList();
        assets.Should().Contain(u => u.Contains("bootstrap.trimmed", StringComparison.Ordinal)).And.Contain(u => u.Contains("site.", StringComparison.Ordinal));
        assets.Should().NotContain(u => u.Contains("bootstrap.bundle", StringComparison.Ordinal), "Bootstrap's script serves only the signed-in user menu");
        long transferred = (await page.Content.ReadAsByteArrayAsync()).Length;
        foreach (var asset in assets)
        {
            Fingerprinted().IsMatch(asset).Should().BeTrue($"{asset} is a fingerprinted address");
            using var response = await GetCompressedAsync(anonymous, asset);
            response.StatusCode.Should().Be(HttpStatusCode.OK, asset);
            response.Headers.CacheControl.Should().NotBeNull($"{asset}: {response.Headers}");
            response.Headers.CacheControl!.MaxAge.Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(365), asset);
            response.Headers.CacheControl.ToString().Should().Contain("immutable", asset);
            response.Content.Headers.ContentEncoding.Should().ContainSingle($"{asset} is sent compressed").Which.Should().Be("br");
            var body = await response.Content.ReadAsByteArrayAsync();
            var raw = Path.Combine(ConventionTests.FindRepositoryRoot(), "src", "CongressPortal.Web", "wwwroot", Fingerprinted().Replace(asset, ".$1").TrimStart('/'));
            body.Length.Should().BeLessThan((int)(new FileInfo(raw).Length / 2), $"{asset} is really compressed (the build's Brotli copy, not a stored one)");
            transferred += body.Length;
        }
        transferred.Should().BeLessThan(100_000, "a first visit to a public page transfers under 100 KB (issue 16)");
    }

    [Fact]
    public async Task Bootstraps_script_loads_for_signed_in_readers_only()
    {
        using var anonymous = AnonymousClient();
        using var staff = await SignedInClientAsync(PortalRole.Staff);
        foreach (var url in new[] { "/", "/Deputies", "/Account/Login" })
            (await anonymous.GetDocumentAsync(url)).QuerySelector("script[src*='bootstrap.bundle']").Should().BeNull(url);
        var desk = await staff.GetDocumentAsync("/Staff");
        desk.QuerySelector("script[src*='bootstrap.bundle']").Should().NotBeNull("the user menu is a Bootstrap dropdown");
        desk.QuerySelector("[data-bs-toggle=dropdown]").Should().NotBeNull();
    }

    [Fact]
    public async Task Public_pages_and_feeds_are_compressed_for_the_public_and_not_for_signed_in_readers()
    {
        using var anonymous = AnonymousClient();
        foreach (var url in new[] { "/Deputies", "/Reports/Feed" })
        {
            using var response = await GetCompressedAsync(anonymous, url);
            response.Content.Headers.ContentEncoding.Should().ContainSingle($"{url} is compressed");
            using var again = await GetCompressedAsync(anonymous, url);
            again.Headers.Age.Should().NotBeNull($"{url} is stored compressed in the output cache");
            again.Content.Headers.ContentEncoding.Should().Equal(response.Content.Headers.ContentEncoding);
        }
        using (var plain = await anonymous.GetAsync("/Deputies"))
        {
            plain.Content.Headers.ContentEncoding.Should().BeEmpty("a client that asks for no encoding gets its own cached copy");
            (await plain.Content.ReadAsStringAsync()).Should().Contain("代表名录");
        }

        using var staff = await SignedInClientAsync(Domain.Common.PortalRole.Staff);
        using var signedIn = await GetCompressedAsync(staff, "/Deputies");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK);
        signedIn.Content.Headers.ContentEncoding.Should().BeEmpty("signed-in pages mix personal data with typed text (BREACH)");
    }

    [Fact]
    public void Every_Bootstrap_class_a_page_or_the_code_names_is_in_the_trimmed_stylesheet()
    {
        var root = ConventionTests.FindRepositoryRoot();
        var web = Path.Combine(root, "src", "CongressPortal.Web");
        var full = ClassSelectors(File.ReadAllText(Path.Combine(web, "wwwroot", "lib", "bootstrap", "bootstrap.min.css")));
        var trimmed = ClassSelectors(File.ReadAllText(Path.Combine(web, "wwwroot", "lib", "bootstrap", "bootstrap.trimmed.min.css")));
        // Class attributes of the views, and string literals of the code and scripts (classes chosen in C#, classList calls).
        var named = Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Concat(Directory.EnumerateFiles(Path.Combine(web, "wwwroot", "js"), "*.js"))
            .SelectMany(f => ClassesNamed().Matches(File.ReadAllText(f)).SelectMany(m => Token().Matches(m.Groups[1].Value)).Select(m => m.Value))
            .ToHashSet();
        var missing = named.Where(full.Contains).Where(c => !trimmed.Contains(c)).Order().ToList();
        missing.Should().BeEmpty("run scripts/trim-bootstrap.sh after using new Bootstrap classes");
        trimmed.Count.Should().BeLessThan(full.Count / 2, "the trimmed copy leaves most of Bootstrap out");
    }

    private static HashSet<string> ClassSelectors(string css) => ClassSelector().Matches(css).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>/css/site.{hash}.css, /lib/bootstrap/bootstrap.trimmed.min.{hash}.css: MapStaticAssets' fingerprint before the extension.</summary>
    [GeneratedRegex(@"\.[a-z0-9]{8,}\.(css|js)$")]
    private static partial Regex Fingerprinted();

    [GeneratedRegex(@"\.(-?[A-Za-z_][A-Za-z0-9_-]*)")]
    private static partial Regex ClassSelector();

    [GeneratedRegex(@"[A-Za-z0-9_-]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:class=""|[""'])([^""'<>\n]*)[""']")]
    private static partial Regex ClassesNamed();
}
