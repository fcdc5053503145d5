using CongressPortal.Domain.Deputies;
using CongressPortal.Web.Data;
using CongressPortal.Web.Infrastructure.Excel;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Bench;

/// <summary>A valid import file of <c>rows</c> suggestions, made from the import template's own columns.</summary>
internal static class ImportWorkbook
{
    /// <summary>
    /// An import file of <paramref name="rows"/> rows, each a matter of the generator's topics, places and clauses, led and
    /// co-signed by the term's deputies; <paramref name="tag"/> makes each round's file and titles its own, as the import
    /// refuses a file or a row it has seen (S64), and <paramref name="round"/> deals the matters out differently each round.
    /// </summary>
    public static async Task<byte[]> BuildAsync(IServiceProvider services, int rows, string tag = "", int round = 0, DateOnly receivedOn = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var deputies = await db.Deputies.Where(d => d.Level == DeputyLevel.Municipal).OrderBy(d => d.Number).Select(d => d.Name).Take(300).ToListAsync();
        var unique = deputies.GroupBy(n => n).Where(g => g.Count() == 1).Select(g => g.Key).ToList();
        var categories = await db.SuggestionCategories.OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync();
        var header = SuggestionSheet.Import.Columns.Select(c => (string?)c.Header).ToList();
        var table = new List<IReadOnlyList<string?>> { header };
        for (var i = 0; i < rows; i++)
        {
            var values = new Dictionary<string, string?>
            {
                [SuggestionSheet.Title] = $"关于{Place(i, round)}{Topic(i, round)}的建议（{tag}-{i + 1}）",
                [SuggestionSheet.Content] = $"{Place(i, round)}{Topic(i, round)}：" +
                    string.Join("，", SuggestionGenerator.Plan.Clauses.Skip((i + round) % 5).Take(5)) + "。",
                [SuggestionSheet.Lead] = unique[i % unique.Count],
                [SuggestionSheet.CoSigners] = unique[(i + 7) % unique.Count],
                [SuggestionSheet.Category] = categories[i % categories.Count],
                [SuggestionSheet.ReceivedOn] = (receivedOn == default ? new DateOnly(2026, 1, 12) : receivedOn).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            table.Add([.. SuggestionSheet.Import.Columns.Select(c => values.GetValueOrDefault(c.Name))]);
        }
        return XlsxFile.Write([new XlsxSheet(SuggestionSheet.SheetName, table, [.. header.Select(_ => 20)])]);
    }

    private static string Topic(int i, int round) => SuggestionGenerator.Plan.Topics[(i + (round * 13)) % SuggestionGenerator.Plan.Topics.Length];

    private static string Place(int i, int round) => SuggestionGenerator.Plan.Places[((i / 7) + round) % SuggestionGenerator.Plan.Places.Length];
}
