using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>
/// A sheet staff can work with: a title row, a note row (the cut-off date), the header row, then the rows with typed cells —
/// whole numbers stay Excel numbers (they total and sort), dates stay Excel dates, text stays text.
/// </summary>
public sealed record XlsxReportSheet(
    string Name, string Title, string Note, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<int> Widths);

public static partial class XlsxFile
{
    /// <summary>Rows above the header row of a <see cref="XlsxReportSheet"/>: the title and the note.</summary>
    public const int ReportHeaderRow = 3;

    /// <summary>
    /// Writes one report sheet. <see cref="DateOnly"/> and <see cref="DateTime"/> cells are written as Excel dates (a serial
    /// number with a date style), integers as numbers; anything else as text.
    /// </summary>
    public static byte[] WriteReport(XlsxReportSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var columns = Math.Max(sheet.Headers.Count, sheet.Widths.Count);
        var keys = Enumerable.Range(0, columns).Select(ColumnLetter).ToArray();
        var rows = new List<Dictionary<string, object?>>(sheet.Rows.Count + ReportHeaderRow)
        {
            Row(keys, [sheet.Title]),
            Row(keys, [sheet.Note]),
            Row(keys, [.. sheet.Headers]),
        };
        rows.AddRange(sheet.Rows.Select(r => Row(keys, r)));
        var widths = sheet.Widths.Select((width, i) => new DynamicExcelColumn(keys[i]) { Width = width }).ToArray();
        using var stream = new MemoryStream();
        // Invariant culture: MiniExcel then writes numbers and dates as values, not as text in the culture's format.
        stream.SaveAs(new Dictionary<string, object> { [sheet.Name] = rows }, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { DynamicColumns = widths, Culture = CultureInfo.InvariantCulture });
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string[] keys, IReadOnlyList<object?> cells) =>
        keys.Select((key, i) => (key, value: i < cells.Count ? Cell(cells[i]) : null)).ToDictionary(x => x.key, x => x.value);

    // A DateOnly is written as the midnight of its day, so Excel shows and sorts it as a date.
    private static object? Cell(object? value) => value is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : value;
}
