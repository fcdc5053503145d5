using System.Globalization;
using System.Net;
using System.Text.Json;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// What the per-kind tests ask of /api/v1 as an anonymous client: a list (all of it, following <c>next</c>), one object,
/// and a list since a time; the checks every kind shares (only the published one listed, 404, tombstone and 410, a change
/// moving <c>modified</c>).
/// </summary>
public static class KindApi
{
    public const string Origin = "http://localhost";

    public static string Url(string kind, int id) => $"{Origin}/api/v1/{kind}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Every object of the list, following <c>links.next</c>.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ListAsync(PortalClient client, string kind, string? modifiedSince = null)
    {
        var url = $"/api/v1/{kind}" + (modifiedSince is null ? "" : "?modified_since=" + Uri.EscapeDataString(modifiedSince));
        var all = new List<JsonElement>();
        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} should succeed");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            all.AddRange(json.RootElement.GetProperty("data").EnumerateArray().Select(e => e.Clone()));
            url = json.RootElement.GetProperty("links").GetProperty("next").GetString();
        }
        return all;
    }

    /// <summary>The one object (200), or fails.</summary>
    public static async Task<JsonElement> GetAsync(PortalClient client, string kind, int id)
    {
        using var response = await client.GetAsync($"/api/v1/{kind}/{id.ToString(CultureInfo.InvariantCulture)}");
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{kind}/{id} should be public");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    public static async Task<HttpStatusCode> StatusAsync(PortalClient client, string kind, int id)
    {
        using var response = await client.GetAsync($"/api/v1/{kind}/{id.ToString(CultureInfo.InvariantCulture)}");
        return response.StatusCode;
    }

    /// <summary>The list holds exactly the one object <paramref name="id"/> (not deleted): returned.</summary>
    public static async Task<JsonElement> OnlyAsync(PortalClient client, string kind, int id)
    {
        var list = await ListAsync(client, kind);
        // The list and the object as the OpenAPI document describes them (the contract, checked on real data of every kind).
        using (var pageResponse = await client.GetAsync($"/api/v1/{kind}"))
        using (var page = JsonDocument.Parse(await pageResponse.Content.ReadAsStringAsync()))
        {
            await OpenApiContract.AssertFitsAsync(client, kind, page.RootElement, await GetAsync(client, kind, id));
        }
        list.Select(o => o.GetProperty("id").GetString()).Should().Equal([Url(kind, id)], "only the published object is listed");
        var only = list[0];
        only.GetProperty("deleted").GetBoolean().Should().BeFalse();
        return only;
    }

    /// <summary>After a withdrawal: the list shows a tombstone newer than <paramref name="before"/>, and the object answers 410.</summary>
    public static async Task TombstoneAsync(PortalClient client, string kind, int id, string before)
    {
        var tombstone = (await ListAsync(client, kind)).Single(o => o.GetProperty("id").GetString() == Url(kind, id));
        tombstone.GetProperty("deleted").GetBoolean().Should().BeTrue();
        tombstone.GetProperty("type").GetString().Should().NotBeNullOrEmpty();
        Time(tombstone.GetProperty("modified").GetString()!).Should().BeAfter(Time(before));
        tombstone.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["id", "type", "created", "modified", "deleted"], "a tombstone has no body");
        (await StatusAsync(client, kind, id)).Should().Be(HttpStatusCode.Gone);
    }

    /// <summary>After an edit: <c>modified</c> moved past <paramref name="before"/> and <c>modified_since</c> the old time returns the object.</summary>
    public static async Task<JsonElement> ModifiedSinceAsync(PortalClient client, string kind, int id, string before)
    {
        var now = await GetAsync(client, kind, id);
        Time(now.GetProperty("modified").GetString()!).Should().BeAfter(Time(before));
        var since = await ListAsync(client, kind, before);
        since.Select(o => o.GetProperty("id").GetString()).Should().Contain(Url(kind, id));
        return now;
    }

    public static string Modified(JsonElement o) => o.GetProperty("modified").GetString()!;

    public static string? Text(JsonElement o, string name) => o.GetProperty(name).GetString();

    private static DateTimeOffset Time(string stamp) => DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture);
}
