using CongressPortal.Domain.Common;
using System.Text.RegularExpressions;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>One non-blank row of a worksheet: its Excel row number (the first row is 1) and its cells by column letter.</summary>
public sealed record XlsxRow(int Number, IReadOnlyDictionary<string, object?> Cells)
{
    public object? this[string column] => Cells.GetValueOrDefault(column);
}

/// <summary>A sheet to write: its rows of text cells (the first is the header row) and its column widths in characters.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows, IReadOnlyList<int> Widths);

/// <summary>What was read from an upload: the rows, or why the file could not be read at all.</summary>
public sealed record XlsxReadResult(IReadOnlyList<XlsxRow> Rows, string? Error)
{
    public bool IsSuccess => Error is null;
}

/// <summary>
/// Reading and writing .xlsx workbooks (MiniExcel) for the import and export pages: the upload checks
/// (size, type, a real workbook), cell values as text, and a workbook of plain text cells.
/// </summary>
public static partial class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Extension = ".xlsx";

    /// <summary>The largest workbook an import accepts.</summary>
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The request limit of an upload page: twice the file limit, so a file a little over 10 MB still reaches
    /// the page and gets a clear message instead of the server's bare "request too large".
    /// </summary>
    public const long MaxRequestBytes = 2 * MaxUploadBytes;

    public const string NoFile = "请选择要上传的Excel文件（.xlsx）。";

    public const string EmptyFile = "上传的文件是空的（0字节），请选择填写好的Excel文件。";

    public static readonly string TooLarge =
        $"文件超过{MaxUploadBytes / 1024 / 1024}MB，无法导入。请删除多余的工作表、图片和格式后重试，或分成几个文件分批导入。";

    public const string WrongType = "只能导入Excel工作簿（.xlsx）。如果是.xls、.csv或WPS表格文件，请先在Excel或WPS中“另存为”Excel工作簿（*.xlsx）再上传。";

    public const string NotAWorkbook = "无法读取该文件：它不是有效的Excel工作簿（可能已损坏，或只是把扩展名改成了.xlsx）。请用Excel或WPS打开后“另存为”Excel工作簿（*.xlsx）再上传。";

    public const string NoSheet = "工作簿中找不到工作表。";

    public const string EmptyWorkbook = "这个Excel文件是空的，没有任何内容。请在导入模板中填写后再上传。";

    /// <summary>
    /// Checks an upload and reads the worksheet named <paramref name="sheetName"/> (or the first one), keeping
    /// only rows with at least one non-blank cell, up to <paramref name="maxRowNumber"/>. A non-blank row below
    /// that limit fails with <paramref name="tooManyRowsMessage"/>. A workbook that would unpack beyond
    /// <paramref name="limits"/> is refused before MiniExcel opens it.
    /// </summary>
    public static async Task<XlsxReadResult> ReadAsync(
        string fileName, long length, Stream content, string sheetName, int maxRowNumber, string tooManyRowsMessage, ZipLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length <= 0) return Fail(EmptyFile);
        if (length > MaxUploadBytes) return Fail(TooLarge);
        if (!fileName.EndsWith(Extension, StringComparison.OrdinalIgnoreCase)) return Fail(WrongType);

        // The upload is at most 10 MB: hold it in memory, since a workbook is a ZIP read by seeking.
        using var buffer = new MemoryStream(capacity: (int)length);
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return Fail(EmptyFile);
        if (buffer.Length > MaxUploadBytes) return Fail(TooLarge);
        // Every .xlsx is a ZIP archive, which starts with "PK". Anything else was only renamed.
        if (buffer.Length < 4 || buffer.GetBuffer()[0] != (byte)'P' || buffer.GetBuffer()[1] != (byte)'K') return Fail(NotAWorkbook);
        try
        {
            ZipGuard.Check(buffer, limits);
        }
        catch (DomainRuleException e)
        {
            return Fail(e.Refusal.Message);
        }

        try
        {
            buffer.Position = 0;
            var sheets = MiniExcel.GetSheetNames(buffer);
            if (sheets.Count == 0) return Fail(NoSheet);
            var sheet = sheets.Contains(sheetName) ? sheetName : sheets[0];
            buffer.Position = 0;
            var rows = new List<XlsxRow>();
            var number = 0;
            // MiniExcel yields every row from the first, blank ones included, so the count is the Excel row number.
            foreach (IDictionary<string, object?> cells in buffer.Query(useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX))
            {
                number++;
                if (cells.Values.All(IsBlank)) continue;
                if (number > maxRowNumber) return Fail(tooManyRowsMessage);
                rows.Add(new XlsxRow(number, new Dictionary<string, object?>(cells, StringComparer.Ordinal)));
                ct.ThrowIfCancellationRequested();
            }
            return new XlsxReadResult(rows, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An uploaded file is untrusted input: whatever the parser trips over (ZIP, XML, missing parts)
            // means the same thing to the user.
            return Fail(NotAWorkbook);
        }
    }

    private static XlsxReadResult Fail(string message) => new([], message);

    public static bool IsBlank(object? value) => value is null || (value is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>
    /// A cell as the text the user sees: trimmed text; whole numbers without ".0" or exponent (deputy numbers and
    /// mobile numbers typed as numbers); dates as yyyy-MM-dd. Null for a blank cell.
    /// </summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when double.IsInteger(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim(),
    };

    /// <summary>
    /// Writes a workbook of text cells laid out row by row; the first row of each sheet is its header row
    /// (frozen, with filter buttons).
    /// </summary>
    public static byte[] Write(IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var workbook = new Dictionary<string, object>();
        var widths = new List<DynamicExcelColumn>();
        for (var s = 0; s < sheets.Count; s++)
        {
            var sheet = sheets[s];
            var columns = Math.Max(sheet.Widths.Count, sheet.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
            // The keys never show (no header is printed from them); one set per sheet lets each sheet have its own widths.
            var keys = Enumerable.Range(0, columns).Select(i => $"{s}:{ColumnLetter(i)}").ToArray();
            // MiniExcel takes the columns from the first row: every row carries every key.
            workbook[sheet.Name] = sheet.Rows
                .Select(row => keys.Select((key, i) => (key, value: i < row.Count ? row[i] : null)).ToDictionary(x => x.key, x => (object?)x.value))
                .ToList();
            widths.AddRange(sheet.Widths.Select((width, i) => new DynamicExcelColumn(keys[i]) { Width = width }));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(workbook, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { DynamicColumns = [.. widths] });
        return stream.ToArray();
    }

    /// <summary>A, B, …, Z, AA, AB, … for a zero-based column index.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }

    /// <summary>An Excel date cell, an Excel date serial number, or text as yyyy-mm-dd, yyyy/m/d or yyyy年m月d日.</summary>
    public static DateOnly? ParseDate(object? raw)
    {
        switch (raw)
        {
            case DateTime dateTime:
                return DateOnly.FromDateTime(dateTime);
            // A date whose cell style MiniExcel did not recognise arrives as its serial number (days since 1899-12-30).
            case double serial when double.IsInteger(serial) && serial is >= 1 and <= 2958465:
                return DateOnly.FromDateTime(DateTime.FromOADate(serial));
            case string text:
                var match = DatePattern().Match(text.Trim());
                if (!match.Success) return null;
                var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
            default:
                return null;
        }
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日?)(?:\s+0{1,2}:00(?::00)?)?$")]
    private static partial Regex DatePattern();
}
