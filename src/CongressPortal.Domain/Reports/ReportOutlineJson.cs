using System.Text.Encodings.Web;
using System.Text.Json;

namespace CongressPortal.Domain.Reports;

/// <summary>
/// The stored form of an outline: the JSON array of its blocks. Anchors and items are derived again on load
/// (<see cref="ReportOutline.From"/>), so a stored outline never carries stale anchors.
/// </summary>
public static class ReportOutlineJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Chinese text stays readable in the database; the JSON is never written into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ReportOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var stored = outline.Blocks.Select(b => b with { Anchor = "", Items = [] });
        return JsonSerializer.Serialize(stored, Options);
    }

    public static ReportOutline Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var blocks = JsonSerializer.Deserialize<List<ReportBlock>>(json, Options)
                     ?? throw ReportMessages.CorruptOutline.ToException();
        return ReportOutline.From(blocks);
    }
}
