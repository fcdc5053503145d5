using System.Net;
using System.Text.Json;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>The portal with limits low enough to reach in a test: three searches and three API calls a minute, two form posts an hour.</summary>
public sealed class RateLimitedAppFactory : PortalAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:PublicSearchesPerMinute", "3");
        builder.UseSetting("Security:ApiRequestsPerMinute", "3");
        builder.UseSetting("Security:PublicFormPostsPerHour", "2");
    }
}

/// <summary>
/// Per-address limits beyond login (ADR 0025): public searches (also when the answer comes from the output cache), the
/// API prefix and the public's forms answer 429 with Retry-After and a Chinese page (problem+json for the API); another
/// address is not affected. Each test uses addresses of its own, so the tests do not share a budget.
/// </summary>
public sealed class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    private PortalClient ClientFrom(string address)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return new PortalClient(http);
    }

    [Theory]
    [InlineData("/Reports/Search?q={0}", "198.51.100.1")]
    [InlineData("/Suggestions?q={0}", "198.51.100.2")]
    [InlineData("/Regulations?q={0}", "198.51.100.3")]
    [InlineData("/Deputies?q={0}", "198.51.100.4")]
    public async Task A_public_search_beyond_the_limit_answers_429_with_Retry_After_and_a_Chinese_page(string url, string address)
    {
        using var client = ClientFrom(address);
        for (var i = 1; i <= 3; i++)
        {
            using var allowed = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "词" + i));
            allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var refused = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, "词4"));

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.Should().BeInRange(1, 60);
        var page = await PortalClient.ParseAsync(refused);
        page.QuerySelector("h1")!.TextContent.Should().Be("操作过于频繁，请稍后再试");
        page.QuerySelector("#retry-after")!.TextContent.Should().Be($"{retryAfter} 秒");
        page.QuerySelector("a[href='/']")!.TextContent.Should().Be("返回首页");
        // Reading without a search term is not counted: the catalogue stays open to the same address.
        using var browsing = await client.GetAsync(url[..url.IndexOf('?', StringComparison.Ordinal)]);
        browsing.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_address_is_not_affected_by_one_that_reached_the_limit()
    {
        using var crawler = ClientFrom("198.51.100.10");
        for (var i = 0; i < 4; i++) (await crawler.GetAsync($"/Regulations?q=爬{i}")).Dispose();
        (await crawler.GetAsync("/Regulations?q=爬5")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);

        using var reader = ClientFrom("198.51.100.11");
        (await reader.GetAsync("/Regulations?q=爬5")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_search_served_from_the_output_cache_still_counts()
    {
        using var client = ClientFrom("198.51.100.20");
        using (var first = await client.GetAsync("/Suggestions?q=同一个词")) first.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var cached = await client.GetAsync("/Suggestions?q=同一个词")) cached.Headers.Age.Should().NotBeNull("the same search is served from the cache");
        (await client.GetAsync("/Suggestions?q=同一个词")).Dispose();

        using var refused = await client.GetAsync("/Suggestions?q=同一个词");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task The_api_prefix_is_limited_and_refused_with_problem_json()
    {
        using var client = ClientFrom("198.51.100.30");
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/suggestions");
            allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var refused = await client.GetAsync("/api/v1/suggestions");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("Retry-After").Single().Should().MatchRegex("^[1-9][0-9]*$");
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(429);
        problem.RootElement.GetProperty("title").GetString().Should().Be("请求过于频繁");
        // The pages are not the API: the same address still reads them.
        (await client.GetAsync("/Regulations")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_public_form_beyond_its_limit_answers_429_and_reading_the_form_stays_free()
    {
        using var client = ClientFrom("198.51.100.40");
        for (var i = 0; i < 2; i++)
        {
            using var posted = await client.SubmitFormAsync("/FilingReview/Submit", new Dictionary<string, string?>());
            posted.StatusCode.Should().NotBe(HttpStatusCode.TooManyRequests);
        }

        using var refused = await client.SubmitFormAsync("/FilingReview/Submit", new Dictionary<string, string?>());

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.Contains("Retry-After").Should().BeTrue();
        (await refused.Content.ReadAsStringAsync()).Should().Contain("您填写的内容没有提交");
    }

    [Fact]
    public void Every_public_page_that_takes_a_post_has_a_rate_limit()
    {
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath;
            // The error page answers a failed POST by re-execution; it is no form of its own.
            if (page is null || page == "/Error" || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null) continue;
            var model = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.ModelTypeInfo?.AsType()
                ?? typeof(Program).Assembly.GetType("CongressPortal.Web.Pages" + page.Replace('/', '.') + "Model");
            if (model is null)
            {
                problems.Add($"{page}: no page model found");
                continue;
            }
            checkedPages++;
            var takesPosts = model.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));
            if (takesPosts && endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null) problems.Add($"{page} takes posts from anyone without [EnableRateLimiting]");
        }
        checkedPages.Should().BeGreaterThan(20);
        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("1O")]
    [InlineData("")]
    public void A_limit_that_is_not_a_positive_number_stops_the_start_up_instead_of_turning_the_limit_off(string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:PublicSearchesPerMinute"] = value }).Build();

        var read = () => RateLimits.Permits(configuration, "Security:PublicSearchesPerMinute", 60);

        read.Should().Throw<InvalidOperationException>().WithMessage("*PublicSearchesPerMinute*");
    }

    [Fact]
    public void A_limit_left_unset_takes_its_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:PublicSearchesPerMinute"] = "45" }).Build();

        RateLimits.Permits(configuration, "Security:PublicSearchesPerMinute", 60).Should().Be(45);
        RateLimits.Permits(configuration, "Security:ApiRequestsPerMinute", 120).Should().Be(120);
    }
}
