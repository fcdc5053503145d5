using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CongressPortal.Web.Tests.Infrastructure;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// Checks JSON the API returned against its OpenAPI document: no property the schema does not declare, every required one
/// present, each value of the declared type, format and enumeration (the JSON Schema subset the generator writes).
/// </summary>
public static class OpenApiContract
{
    public static async Task<JsonObject> DocumentAsync(PortalClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync("/api/v1/openapi.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>A list page of <paramref name="kind"/> and one of its objects fit the schemas of their two operations.</summary>
    public static async Task AssertFitsAsync(PortalClient client, string kind, JsonElement page, JsonElement item)
    {
        var document = await DocumentAsync(client);
        var paths = document["paths"]!.AsObject();
        var pageSchema = paths[$"/api/v1/{kind}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
        var objectSchema = paths[$"/api/v1/{kind}/{{id}}"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
        Validate(document, page, pageSchema, $"/api/v1/{kind}").Should().BeEmpty();
        Validate(document, item, objectSchema, $"/api/v1/{kind}/…").Should().BeEmpty();
    }

    /// <summary>The problems of <paramref name="value"/> against <paramref name="schema"/> (a JSON Schema subset: what the generator writes).</summary>
    public static List<string> Validate(JsonObject document, JsonElement value, JsonObject schema, string path)
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
