using System.Net;
using CongressPortal.Web.OpenData;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// Private data never leaves through the open data: every list (every page), every object, the directory, the OpenAPI
/// document and every Atom feed are searched for the seeded private values, and none is found.
/// </summary>
public sealed class OpenDataPrivacyTests(PortalAppFactory app) : OpenDataTest(app)
{
    [Fact]
    public async Task No_response_or_feed_contains_a_private_value()
    {
        await SeedWorldAsync();
        using var client = AnonymousClient();
        var bodies = new Dictionary<string, string>();
        async Task<string> ReadAsync(string url)
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            var body = await response.Content.ReadAsStringAsync();
            bodies[url] = body;
            return body;
        }

        await ReadAsync("/api/v1");
        await ReadAsync("/api/v1/openapi.json");
        var directory = await GetJsonAsync("/api/v1");
        foreach (var dataset in directory.GetProperty("datasets").EnumerateArray())
        {
            var objects = await AllAsync(dataset.GetProperty("url").GetString()!);
            await ReadAsync(dataset.GetProperty("url").GetString()! + "?limit=500");
            foreach (var item in objects.Where(o => !o.GetProperty("deleted").GetBoolean())) await ReadAsync(Id(item));
        }
        foreach (var feed in directory.GetProperty("feeds").EnumerateArray()) await ReadAsync(feed.GetProperty("url").GetString()!);

        bodies.Keys.Should().Contain(k => k.Contains("/api/v1/suggestions/", StringComparison.Ordinal))
            .And.Contain(k => k.Contains("/api/v1/deputies/", StringComparison.Ordinal))
            .And.Contain(k => k.Contains("/api/v1/stations/", StringComparison.Ordinal));
        bodies.Values.Should().Contain(b => b.Contains("王建华", StringComparison.Ordinal), "the search reads real documents");
        var leaks = from body in bodies
                    from value in PrivateValues
                    where body.Value.Contains(value, StringComparison.Ordinal)
                    select $"{body.Key} contains {value}";
        leaks.Should().BeEmpty();
    }
}
