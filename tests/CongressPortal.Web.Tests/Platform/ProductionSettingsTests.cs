using System.Net;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.Staff.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// The portal as deployed (issue 17): Production settings over the same database, a reverse proxy at
/// <see cref="Proxy"/>, the public address https://rd.example.gov.cn. The test server has no network, so each request
/// says which address it came from in a test-only header that a startup filter turns into the connection's address
/// (as Kestrel would), before the app's own forwarded-headers middleware looks at it.
/// </summary>
public sealed class ProductionSettingsTests(PortalAppFactory app) : ReportTest(app), IDisposable
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.7";
    private const string PublicHost = "rd.example.gov.cn";
    private const string FromHeader = "X-Test-Connection-From";

    private readonly WebApplicationFactory<Program> _production = app.WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:PublicBaseUrl", "https://" + PublicHost);
        builder.UseSetting("Portal:AdditionalHosts:0", "portal.intranet");
        builder.UseSetting("Portal:Hsts:MaxAgeDays", "30");
        builder.UseSetting("Proxy:KnownProxies:0", Proxy);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ConnectionFrom>());
    });

    public void Dispose() => _production.Dispose();

    private HttpClient Client(string baseAddress) =>
        _production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(baseAddress) });

    private static HttpRequestMessage Get(string url, string from, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(FromHeader, from);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return request;
    }

    [Fact]
    public async Task Plain_http_is_redirected_permanently_to_https_but_the_health_check_is_not()
    {
        using var http = Client($"http://{PublicHost}");
        using var page = await http.SendAsync(Get("/Reports?year=2027", Stranger));
        page.StatusCode.Should().Be(HttpStatusCode.PermanentRedirect);
        page.Headers.Location.Should().Be(new Uri($"https://{PublicHost}/Reports?year=2027"));

        using var health = await http.SendAsync(Get("/healthz", Stranger));
        health.StatusCode.Should().Be(HttpStatusCode.OK, "the load balancer checks each node over plain HTTP");
    }

    [Fact]
    public async Task Https_answers_carry_HSTS_with_the_configured_age_and_subdomains()
    {
        using var https = Client($"https://{PublicHost}");
        using var response = await https.SendAsync(Get("/", Stranger));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Be("max-age=2592000; includeSubDomains");
    }

    [Fact]
    public async Task A_request_forwarded_by_the_configured_proxy_is_treated_as_https_and_gets_Secure_cookies()
    {
        // nginx terminated TLS and talks plain HTTP to the node.
        using var http = Client($"http://{PublicHost}");
        using var response = await http.SendAsync(Get("/Account/Login", Proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.9")));
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the proxy said the client used https, so there is nothing to redirect");
        response.Headers.Contains("Strict-Transport-Security").Should().BeTrue();
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".CongressPortal.Antiforgery=", StringComparison.Ordinal));
        antiforgery.Should().Contain("secure");
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_configured_proxy_are_ignored()
    {
        using var http = Client($"http://{PublicHost}");
        using var response = await http.SendAsync(Get("/Account/Login", Stranger,
            ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.9"), ("X-Forwarded-Host", "evil.example")));
        response.StatusCode.Should().Be(HttpStatusCode.PermanentRedirect, "the stranger's X-Forwarded-Proto is not believed: the request is plain HTTP");
        response.Headers.Location.Should().Be(new Uri($"https://{PublicHost}/Account/Login"), "nor its X-Forwarded-Host");
    }

    [Fact]
    public async Task A_host_that_is_neither_the_public_one_nor_an_additional_one_is_refused()
    {
        using var evil = Client("https://evil.example");
        using var response = await evil.SendAsync(Get("/", Stranger));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Session_cookies_are_Secure_when_signing_in_over_https()
    {
        await CreateUserAsync("prod-staff", ["Staff"]);
        using var client = new PortalClient(_production.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri($"https://{PublicHost}"),
        }));
        client.Http.DefaultRequestHeaders.Add(FromHeader, Stranger);
        using var form = await client.Http.GetAsync("/Account/Login");
        var antiforgeryCookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".CongressPortal.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var document = await PortalClient.ParseAsync(form);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "prod-staff", ["Input.Password"] = Password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.Http.SendAsync(post);
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".CongressPortal.Session=", StringComparison.Ordinal));
        session.Should().Contain("secure").And.Contain("httponly");
    }

    [Theory]
    [InlineData("https://" + PublicHost)]
    [InlineData("https://portal.intranet")]
    public async Task Feeds_link_to_the_public_host_whatever_Host_the_request_had(string requestedAt)
    {
        await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var client = Client(requestedAt);
        foreach (var feed in new[] { "/Reports/Feed", "/Regulations/Feed", "/Notices/Feed", "/Drafts/Feed", "/Stations/Feed", "/Suggestions/Feed" })
        {
            using var response = await client.SendAsync(Get(feed, Stranger));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
            var links = xml.Descendants().Where(e => e.Name.LocalName == "link").Select(e => (string)e.Attribute("href")!).ToList();
            links.Should().NotBeEmpty().And.OnlyContain(href => href.StartsWith($"https://{PublicHost}/", StringComparison.Ordinal), feed);
            if (feed == "/Reports/Feed") links.Should().Contain($"https://{PublicHost}/Reports/2027");
        }
    }

    [Fact]
    public async Task The_printed_source_line_of_a_report_names_the_public_host()
    {
        await ReportAsync(2027, ReportSamples.Clean(2027), publish: true);
        using var client = Client("https://portal.intranet");
        using var response = await client.SendAsync(Get("/Reports/2027", Stranger));
        var page = await PortalClient.ParseAsync(response);
        page.QuerySelector(".report-print-source")!.TextContent.Should().Contain($"https://{PublicHost}/Reports/2027").And.NotContain("portal.intranet");
    }

    /// <summary>Gives the connection the address the test named, as Kestrel would give the peer's.</summary>
    private sealed class ConnectionFrom : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                if (context.Request.Headers.TryGetValue(FromHeader, out var from)) context.Connection.RemoteIpAddress = IPAddress.Parse(from.ToString());
                return following(context);
            });
            next(app);
        };
    }
}
