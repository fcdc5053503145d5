using System.Net;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CongressPortal.Web.Tests.Platform;

public sealed class HealthAndErrorTests(PortalAppFactory app) : WebTest(app)
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_is_reachable()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/healthz");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    /// <summary>The app over a database address where nothing listens.</summary>
    private static WebApplicationFactory<Program> UnreachableDatabase() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Portal", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
        });

    [Fact]
    public async Task Healthz_answers_503_when_the_database_cannot_be_reached()
    {
        // A node whose database is down must leave the load balancer's rotation.
        using var unreachable = UnreachableDatabase();
        using var client = unreachable.CreateClient();
        using var response = await client.GetAsync("/healthz");
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }

    [Fact]
    public async Task A_page_that_cannot_reach_the_database_answers_503_with_Retry_After_and_a_Chinese_explanation()
    {
        // The database-killed drill (docs/operations.md) saw 500s while PostgreSQL was down: an outage is not a bug.
        using var unreachable = UnreachableDatabase();
        using var client = unreachable.CreateClient();
        using var response = await client.GetAsync("/Deputies");
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(CongressPortal.Web.Pages.ErrorModel.DatabaseRetryAfterSeconds));
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("系统暂时无法访问").And.Contain("没有保存").And.Contain("lang=\"zh-CN\"");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_friendly_Chinese_404_page()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/no-such-page");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("页面不存在").And.Contain("lang=\"zh-CN\"");
    }

    [Fact]
    public async Task Chinese_text_is_not_escaped_into_numeric_entities()
    {
        using var client = AnonymousClient();
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        html.Should().Contain("示例市人民代表大会常务委员会").And.NotContain("&#x");
    }

    [Fact]
    public async Task Pages_forbid_framing_and_external_scripts()
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync("/");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }
}
