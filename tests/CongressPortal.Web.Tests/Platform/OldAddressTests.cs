using System.Net;
using System.Text.RegularExpressions;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Infrastructure;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.Platform;

/// <summary>
/// Record pages have their key in the path (/Staff/Deputies/Details/5); addresses from before, with the key in the
/// query string (?id=5), answer with a permanent redirect there (<see cref="QueryStringRoutes"/>).
/// </summary>
public sealed partial class OldAddressTests(PortalAppFactory app) : WebTest(app)
{
    [Theory]
    [InlineData("/Staff/Deputies/Details?id=5", "/Staff/Deputies/Details/5")]
    [InlineData("/Staff/Deputies/Edit?id=5", "/Staff/Deputies/Edit/5")]
    [InlineData("/Staff/Stations/Record?station=3&date=2026-02-02", "/Staff/Stations/Record/3?date=2026-02-02")]
    [InlineData("/Deputies/Details?handler=Photo&id=7", "/Deputies/Details/7?handler=Photo")]
    [InlineData("/Reports/Details?year=2027", "/Reports/2027")]
    [InlineData("/Admin/Users/Edit?id=0b5c-user", "/Admin/Users/Edit/0b5c-user")]
    [InlineData("/Staff/Suggestions/Details?id=12&tab=history", "/Staff/Suggestions/Details/12?tab=history")]
    [InlineData("/Unit/Suggestions/Details?id=12", "/Unit/Suggestions/Details/12")]
    [InlineData("/Deputy/Suggestions/Details?ID=12", "/Deputy/Suggestions/Details/12")]
    public async Task An_old_address_moves_permanently_to_the_path_form_keeping_the_rest_of_the_query(string old, string current)
    {
        // Anonymous: the redirect comes before sign-in and says nothing about the record; the new address then asks for it.
        using var client = AnonymousClient();

        using var response = await client.GetAsync(old);

        response.StatusCode.Should().Be(HttpStatusCode.PermanentRedirect);
        response.Headers.Location!.OriginalString.Should().Be(current);
    }

    [Fact]
    public async Task Every_page_with_a_route_parameter_still_answers_its_old_address()
    {
        // Built from the app's own endpoints, so a page that gains a template later is covered without a new row here.
        var pages = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.Metadata.GetMetadata<QueryStringRoutes.PlainPathRoute>() is null)
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .ToList();
        pages.Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Should().Contain(["/Staff/Deputies/Details", "/Reference/Terms/Edit", "/Staff/Suggestions/Details", "/Reports/Details"]);
        using var client = AnonymousClient();
        var failures = new List<string>();
        foreach (var endpoint in pages)
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath;
            var query = string.Join("&", endpoint.RoutePattern.Parameters.Select(p => $"{p.Name}=4711"));
            var old = $"{page}?{query}&keep=1";
            var expected = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), "4711") + "?keep=1";

            using var response = await client.GetAsync(old);

            // An Index page with a parameter has two templates (…/Readings/{id} and …/Readings/Index/{id}): links name the shorter.
            var shorter = page.EndsWith("/Index", StringComparison.Ordinal) ? expected.Replace("/Index/", "/", StringComparison.Ordinal) : expected;
            if (response.StatusCode != HttpStatusCode.PermanentRedirect || (response.Headers.Location?.OriginalString != expected && response.Headers.Location?.OriginalString != shorter))
            {
                failures.Add($"{old}: {(int)response.StatusCode} {response.Headers.Location}, expected 308 {expected}");
            }
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task An_old_bookmark_opens_the_record()
    {
        var deputy = await Data.MunicipalDeputyAsync("周建华", "16901");
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        var page = await staff.GetDocumentAsync($"/Staff/Deputies/Details?id={deputy.Id}");

        page.Url.Should().EndWith($"/Staff/Deputies/Details/{deputy.Id}");
        page.QuerySelector("h1")!.TextContent.Should().Contain("周建华");
    }

    [Fact]
    public async Task Only_a_key_that_fits_the_template_is_moved_and_only_for_reading()
    {
        using var staff = await SignedInClientAsync(PortalRole.Staff);

        // Not a number: no address to move to, so the page answers as it always did (no such record).
        (await staff.GetAsync("/Staff/Deputies/Details?id=abc")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        // An optional key: without one the page is the form for a new record, as before.
        (await staff.GetAsync("/Staff/Deputies/Edit")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var head = await staff.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/Staff/Deputies/Details?id=5"));
        head.StatusCode.Should().Be(HttpStatusCode.PermanentRedirect);
        // A form posted to an old address is not redirected (the browser would have to post again): it reaches the page.
        using var post = await staff.Http.PostAsync("/Staff/Deputies/Details?id=5&handler=Status", new FormUrlEncodedContent([]));
        post.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the page answers, refusing a post without its antiforgery token");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
