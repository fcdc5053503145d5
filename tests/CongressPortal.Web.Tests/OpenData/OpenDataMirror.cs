using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CongressPortal.Web.Tests.OpenData;

/// <summary>
/// A small mirror of the whole API into files, as a journalist's or another city's system would keep one: one file per
/// object (<c>{dataset}/{id}.json</c>, a tombstone stays a tombstone), and <c>state.json</c> with each dataset's high-water
/// mark, the latest <c>modified</c> it has seen. The first run reads every list from the start; later runs ask each list
/// only for <c>modified_since</c> that mark and follow <c>next</c>. Responses come gzip-compressed.
/// </summary>
public sealed class OpenDataMirror(HttpClient http, string directory)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Objects written by the last run (new, changed or withdrawn).</summary>
    public int Written { get; private set; }

    /// <summary>Pages the last run read.</summary>
    public int Pages { get; private set; }

    public async Task SyncAsync()
    {
        Written = 0;
        Pages = 0;
        var statePath = Path.Combine(directory, "state.json");
        var state = File.Exists(statePath)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(statePath))!
            : [];
        var root = JsonNode.Parse(await GetStringAsync("/api/v1"))!;
        foreach (var dataset in root["datasets"]!.AsArray())
        {
            var name = dataset!["name"]!.GetValue<string>();
            var url = dataset["url"]!.GetValue<string>();
            if (state.TryGetValue(name, out var since)) url += "?modified_since=" + Uri.EscapeDataString(since);
            Directory.CreateDirectory(Path.Combine(directory, name));
            for (string? next = url; next is not null;)
            {
                var page = JsonNode.Parse(await GetStringAsync(next))!;
                Pages++;
                foreach (var item in page["data"]!.AsArray())
                {
                    var id = item!["id"]!.GetValue<string>().Split('/')[^1];
                    await File.WriteAllTextAsync(Path.Combine(directory, name, id + ".json"), item.ToJsonString(Indented), Encoding.UTF8);
                    Written++;
                    var modified = item["modified"]!.GetValue<string>();
                    if (!state.TryGetValue(name, out var mark) || Later(modified, mark)) state[name] = modified;
                }
                next = page["links"]!["next"]?.GetValue<string>();
            }
        }
        await File.WriteAllTextAsync(statePath, JsonSerializer.Serialize(state, Indented));
    }

    /// <summary>Every mirrored object: path (dataset/id.json) → content. The state file is bookkeeping, not data.</summary>
    public IReadOnlyDictionary<string, string> Files() =>
        Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "state.json")
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static bool Later(string a, string b) =>
        DateTimeOffset.Parse(a, CultureInfo.InvariantCulture) > DateTimeOffset.Parse(b, CultureInfo.InvariantCulture);

    private async Task<string> GetStringAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
        await using var body = await response.Content.ReadAsStreamAsync();
        // The test host's client does not decompress by itself; a real client's handler would.
        await using var plain = response.Content.Headers.ContentEncoding.Contains("gzip") ? new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress) : body;
        using var reader = new StreamReader(plain, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
