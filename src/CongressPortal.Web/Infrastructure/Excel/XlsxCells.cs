using System.Globalization;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>How the export pages write a cell: dates as yyyy-MM-dd text, names joined with 、, and nothing rather than empty text.</summary>
public static class XlsxCells
{
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Names joined with 、; an empty cell (not an empty text) when there are none.</summary>
    public static string? Names(IEnumerable<string?> names)
    {
        var text = string.Join("、", names.Where(n => !string.IsNullOrEmpty(n)));
        return text.Length == 0 ? null : text;
    }
}
