using System.Net;
using System.Text.Json;
using CongressPortal.Web.Tests.Infrastructure;
using CongressPortal.Web.Tests.Pages.DeputyDesk.Suggestions;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>What the open data tests share: reading the API's JSON (and its problems) through the real app.</summary>
public abstract class OpenDataTest(PortalAppFactory app) : DeputySuggestionTest(app)
{
    public const string Origin = "http://localhost";

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(expected, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    protected async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = AnonymousClient();
        using var response = await client.GetAsync(url);
        return await JsonAsync(response, expected);
    }

    /// <summary>Every object of a list, following <c>links.next</c> to the end.</summary>
    protected async Task<List<JsonElement>> AllAsync(string url)
    {
        var objects = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            var page = await GetJsonAsync(next);
            objects.AddRange(page.GetProperty("data").EnumerateArray());
            next = page.GetProperty("links").GetProperty("next").GetString();
            if (next is not null) next.Should().StartWith(Origin + "/api/v1/");
        }
        return objects;
    }

    protected static DateTimeOffset Modified(JsonElement element) => element.GetProperty("modified").GetDateTimeOffset();

    protected static string Id(JsonElement element) => element.GetProperty("id").GetString()!;
}
