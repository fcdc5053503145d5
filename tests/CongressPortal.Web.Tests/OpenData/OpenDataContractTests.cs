using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongressPortal.Web.OpenData;
using CongressPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// The OpenAPI document (the framework's generator) against what the endpoints really return: every dataset has its paths,
/// and every object of every list — and the lists themselves — fit their schema: no property the schema does not declare,
/// every required one present, each value of the declared type, format and enumeration (<see cref="OpenApiContract"/>).
/// </summary>
public sealed class OpenDataContractTests(PortalAppFactory app) : OpenDataTest(app)
{
    /// <summary>The kinds <see cref="OpenDataTest.SeedWorldAsync"/> makes; the others' per-kind tests check their objects (KindApi).</summary>
    private static readonly string[] Seeded = ["terms", "sessions", "committees", "units", "delegations", "deputies", "suggestions", "stations", "drafts", "reports"];

    [Fact]
    public async Task Every_list_and_object_the_api_returns_matches_its_OpenAPI_schema()
    {
        await SeedWorldAsync();
        var document = JsonNode.Parse(JsonSerializer.Serialize(await GetJsonAsync("/api/v1/openapi.json")))!.AsObject();
        document["openapi"]!.GetValue<string>().Should().StartWith("3.");
        document["info"]!["title"]!.GetValue<string>().Should().Be("示例市人大常委会开放数据接口");
        var paths = document["paths"]!.AsObject();
        var checkedObjects = 0;
        foreach (var kind in App.Services.GetRequiredService<OpenDataKinds>().All)
        {
            paths[$"/api/v1/{kind.Name}"].Should().NotBeNull($"the document describes /api/v1/{kind.Name}");
            var list = paths[$"/api/v1/{kind.Name}"]!;
            list["get"]!["summary"]!.GetValue<string>().Should().Be($"{kind.Title}列表");
            paths[$"/api/v1/{kind.Name}/{{id}}"].Should().NotBeNull();
            var pageSchema = list["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
            var objectSchema = paths[$"/api/v1/{kind.Name}/{{id}}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();

            var page = await GetJsonAsync($"/api/v1/{kind.Name}");
            OpenApiContract.Validate(document, page, pageSchema, $"/api/v1/{kind.Name}").Should().BeEmpty();
            var objects = page.GetProperty("data").EnumerateArray().ToList();
            if (Seeded.Contains(kind.Name))
            {
                objects.Should().NotBeEmpty($"the world seeds at least one {kind.TypeName}, so its schema is checked against real data");
            }
            foreach (var item in objects)
            {
                var single = await GetJsonAsync(Id(item));
                OpenApiContract.Validate(document, single, objectSchema, Id(item)).Should().BeEmpty();
                checkedObjects++;
            }
        }
        checkedObjects.Should().BeGreaterThan(8);
        var directory = paths["/api/v1"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
        OpenApiContract.Validate(document, await GetJsonAsync("/api/v1"), directory, "/api/v1").Should().BeEmpty();
    }

    [Fact]
    public async Task Every_schema_and_property_is_described_in_Chinese()
    {
        var document = JsonNode.Parse(JsonSerializer.Serialize(await GetJsonAsync("/api/v1/openapi.json")))!.AsObject();
        var missing = new List<string>();
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            if (name is "ProblemDetails" || schema!["enum"] is not null) continue;
            foreach (var (property, definition) in schema["properties"]?.AsObject() ?? [])
            {
                // A nullable reference is written as oneOf [null, $ref], its description in the second branch.
                var text = definition!["description"]?.GetValue<string>()
                    ?? (definition["oneOf"] as JsonArray)?.Select(b => b?["description"]?.GetValue<string>()).FirstOrDefault(d => d is not null);
                if (text is null || !text.Any(c => c >= '\u4e00' && c <= '\u9fff')) missing.Add($"{name}.{property}");
            }
        }
        missing.Should().BeEmpty();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            item!["get"]!["summary"]!.GetValue<string>().Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", path);
        }
    }
}
