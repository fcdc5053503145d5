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
/// every required one present, each value of the declared type, format and enumeration.
/// </summary>
public sealed class OpenDataContractTests(PortalAppFactory app) : OpenDataTest(app)
{
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
            Validate(document, page, pageSchema, $"/api/v1/{kind.Name}").Should().BeEmpty();
            var objects = page.GetProperty("data").EnumerateArray().ToList();
            objects.Should().NotBeEmpty($"the world seeds at least one {kind.TypeName}, so its schema is checked against real data");
            foreach (var item in objects)
            {
                var single = await GetJsonAsync(Id(item));
                Validate(document, single, objectSchema, Id(item)).Should().BeEmpty();
                checkedObjects++;
            }
        }
        checkedObjects.Should().BeGreaterThan(8);
        var directory = paths["/api/v1"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
        Validate(document, await GetJsonAsync("/api/v1"), directory, "/api/v1").Should().BeEmpty();
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

    /// <summary>The problems of <paramref name="value"/> against <paramref name="schema"/> (a JSON Schema subset: what the generator writes).</summary>
    private static List<string> Validate(JsonObject document, JsonElement value, JsonObject schema, string path)
    {
        var problems = new List<string>();
        Check(document, value, schema, path, problems);
        return problems;
    }

    private static void Check(JsonObject document, JsonElement value, JsonObject schema, string path, List<string> problems)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var target = document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
            Check(document, value, target, path, problems);
            return;
        }
        foreach (var combinator in new[] { "oneOf", "anyOf" })
        {
            if (schema[combinator] is JsonArray branches)
            {
                if (!branches.Any(b => Validate(document, value, b!.AsObject(), path).Count == 0)) problems.Add($"{path}: matches none of {combinator}");
                return;
            }
        }
        if (schema["enum"] is JsonArray values)
        {
            var allowed = values.Select(v => v?.ToJsonString()).ToList();
            if (!allowed.Contains(value.GetRawText())) problems.Add($"{path}: {value.GetRawText()} is not one of {string.Join(",", allowed)}");
            return;
        }
        var types = schema["type"] switch
        {
            JsonArray array => array.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue single => [single.GetValue<string>()],
            _ => [],
        };
        if (types.Count == 0) return;
        var kind = value.ValueKind switch
        {
            JsonValueKind.Null => "null",
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "object",
            JsonValueKind.Number => value.TryGetInt64(out _) && types.Contains("integer") ? "integer" : "number",
            _ => "?",
        };
        if (!types.Contains(kind))
        {
            problems.Add($"{path}: {kind} where the schema says {string.Join("|", types)}");
            return;
        }
        switch (kind)
        {
            case "string" when schema["format"]?.GetValue<string>() is { } format:
                var text = value.GetString()!;
                var ok = format switch
                {
                    "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "time" => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out _),
                    _ => true,
                };
                if (!ok) problems.Add($"{path}: \"{text}\" is not a {format}");
                break;
            case "array" when schema["items"] is JsonObject items:
                var index = 0;
                foreach (var element in value.EnumerateArray()) Check(document, element, items, $"{path}[{index++}]", problems);
                break;
            case "object":
                var properties = schema["properties"]?.AsObject();
                foreach (var property in value.EnumerateObject())
                {
                    if (properties?[property.Name] is not JsonObject declared) problems.Add($"{path}.{property.Name}: not in the schema");
                    else Check(document, property.Value, declared, $"{path}.{property.Name}", problems);
                }
                foreach (var required in schema["required"]?.AsArray() ?? [])
                {
                    if (!value.TryGetProperty(required!.GetValue<string>(), out _)) problems.Add($"{path}.{required}: required but missing");
                }
                break;
        }
    }
}
