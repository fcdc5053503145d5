using System.Security.Cryptography;
using System.Text;
using CongressPortal.Domain.Common;

namespace CongressPortal.Web.Infrastructure.Excel;

/// <summary>An uploaded workbook as an import reads it, and how far it may unpack (ADR 0025).</summary>
public sealed record UploadedFile(string FileName, long Length, Stream Content)
{
    public ZipLimits Limits { get; init; } = ZipLimits.Default;
}

/// <summary>One problem in the file: the Excel row (the header is row 1), the column header, the message and what the cell held.</summary>
public sealed record ImportError(int Row, string Column, string Message, string? Value);

/// <summary>
/// A domain <see cref="Warning"/> about a row that staff confirm before the file is imported: where, why, and what the cell
/// held. With <paramref name="RowChoice"/> the row is imported only if staff tick it (a likely duplicate: “不是重复，仍然登记”).
/// </summary>
public sealed record ImportWarning(int Row, string Column, string Message, string? Value, bool RowChoice = false);

/// <summary>
/// What an import did: the rows imported, or why not — one message about the file, a table of errors, or warnings to
/// confirm. Not a <see cref="CommandResult{T}"/>: a rejected file carries a table, not one message.
/// </summary>
public sealed record ImportOutcome
{
    public int Imported { get; private init; }

    /// <summary>What the page says after a successful import: "N 名代表已导入…".</summary>
    public string? Summary { get; private init; }

    public string? FileError { get; private init; }

    public IReadOnlyList<ImportError> Errors { get; private init; } = [];

    public IReadOnlyList<ImportWarning> Warnings { get; private init; } = [];

    public bool IsSuccess => Summary is not null;

    public static ImportOutcome Done(int imported, string summary) => new() { Imported = imported, Summary = summary };

    public static ImportOutcome Rejected(string fileError) => new() { FileError = fileError };

    public static ImportOutcome Rejected(IReadOnlyList<ImportError> errors) => new() { Errors = errors };

    /// <summary>A clean file with rows the domain warns about, not (or not exactly these) confirmed: nothing was imported.</summary>
    public static ImportOutcome Unconfirmed(IReadOnlyList<ImportWarning> warnings) => new() { Warnings = warnings };
}

/// <summary>A checked row of the file and what it becomes.</summary>
public sealed record CheckedRow<TDraft>(int Row, TDraft Draft);

/// <summary>The file's rows as drafts when every row and cell passed, or the outcome that rejects the file.</summary>
public sealed record ImportCheck<TDraft>(ImportOutcome? Rejection, IReadOnlyList<CheckedRow<TDraft>> Rows);

/// <summary>
/// The skeleton both Excel imports share (docs/architecture.md, Modules): read the upload (<see cref="XlsxFile"/>), find
/// the sheet's columns in the header row, check every row and every cell — required cells here, the row's own reading
/// and the domain's checks in the row function — and collect every error with its row and column. The import saves
/// only when nothing is wrong, all rows in one transaction. Each import keeps only its <see cref="ImportSheet"/>, how a
/// row becomes a draft, and its save.
/// </summary>
public static class ExcelImport
{
    /// <summary>
    /// Reads and checks the whole file. <paramref name="prepare"/> runs once the file has rows worth checking (it loads
    /// what the rows are looked up in) and returns the row function: it reads one row into a draft, reporting on the
    /// <see cref="ImportRow"/> whatever is wrong. A row with any error yields no draft.
    /// </summary>
    public static async Task<ImportCheck<TDraft>> CheckAsync<TDraft>(
        ImportSheet sheet, UploadedFile file, Func<CancellationToken, Task<Func<ImportRow, TDraft?>>> prepare, CancellationToken ct)
        where TDraft : class
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(prepare);
        // Row 1 is the header, so the last row a file may use is one below the limit.
        var read = await XlsxFile.ReadAsync(file.FileName, file.Length, file.Content, sheet.Name, sheet.MaxRows + 1, sheet.TooManyRows, file.Limits, ct);
        if (!read.IsSuccess) return Rejected<TDraft>(ImportOutcome.Rejected(read.Error!));
        if (read.Rows.Count == 0) return Rejected<TDraft>(ImportOutcome.Rejected(XlsxFile.EmptyWorkbook));

        var errors = new List<ImportError>();
        var letters = ReadHeader(sheet, read.Rows[0], errors);
        if (errors.Count > 0) return Rejected<TDraft>(ImportOutcome.Rejected(errors));
        var dataRows = read.Rows.Skip(1).ToList();
        if (dataRows.Count == 0) return Rejected<TDraft>(ImportOutcome.Rejected(sheet.NoRows));

        var check = await prepare(ct);
        var drafts = new List<CheckedRow<TDraft>>(dataRows.Count);
        foreach (var cells in dataRows)
        {
            var row = new ImportRow(cells, sheet, letters, errors);
            row.CheckRequired();
            var draft = check(row);
            if (draft is not null && !row.Failed) drafts.Add(new CheckedRow<TDraft>(row.Number, draft));
        }
        if (errors.Count > 0)
        {
            return Rejected<TDraft>(ImportOutcome.Rejected([.. errors.OrderBy(e => e.Row).ThenBy(e => sheet.Order(e.Column))]));
        }
        return new ImportCheck<TDraft>(null, drafts);
    }

    /// <summary>
    /// Null when there is nothing to confirm or staff confirmed exactly these warnings; else the outcome that lists them.
    /// The confirmation is the <see cref="Fingerprint"/> of the warnings the page showed, so ticking the box for one file
    /// does not wave through another file's warnings.
    /// </summary>
    public static ImportOutcome? Unconfirmed(IReadOnlyList<ImportWarning> warnings, string? confirmation)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return warnings.Count == 0 || confirmation == Fingerprint(warnings) ? null : ImportOutcome.Unconfirmed(warnings);
    }

    /// <summary>A short digest of the warnings (row, column, cell and message), which the confirmation checkbox sends back.</summary>
    public static string Fingerprint(IReadOnlyList<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var text = string.Concat(warnings.Select(w => $"{w.Row}\t{w.Column}\t{w.Value}\t{w.Message}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static ImportCheck<TDraft> Rejected<TDraft>(ImportOutcome outcome) => new(outcome, []);

    /// <summary>Which letter holds which of the sheet's columns; a missing required column or a repeated one is an error on the header row.</summary>
    private static Dictionary<string, string> ReadHeader(ImportSheet sheet, XlsxRow header, List<ImportError> errors)
    {
        var letters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, value) in header.Cells.OrderBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            var text = XlsxFile.Text(value);
            if (sheet.Match(text) is not { } column) continue;
            if (!letters.TryAdd(column.Name, letter))
            {
                errors.Add(new ImportError(header.Number, column.Header, $"列“{column.Name}”出现了不止一次（{letters[column.Name]}列和{letter}列），请只保留一列。", text));
            }
        }
        foreach (var column in sheet.Columns.Where(c => c.Required && !letters.ContainsKey(c.Name)))
        {
            errors.Add(new ImportError(header.Number, column.Header, $"缺少必填列“{column.Name}”。请使用导入模板，不要删除或改动第1行的列名。", null));
        }
        return letters;
    }
}

/// <summary>
/// An import column: its name (the header, required ones written with "*"), whether it must be filled, the rule the
/// template explains, its width, and the field of the domain's draft it fills — a refusal naming that field is shown
/// in this column.
/// </summary>
public sealed record ImportColumn(string Name, bool Required, string Rule, int Width, string? Field = null)
{
    public string Header => Required ? Name + "*" : Name;
}

/// <summary>The worksheet an import reads: its name, columns and row limit, and the words its messages use.</summary>
public sealed class ImportSheet
{
    public const string InstructionsSheetName = "填写说明";

    /// <param name="name">The worksheet read (else the first one) and written in the template.</param>
    /// <param name="columns">The columns in the template's order.</param>
    /// <param name="maxRows">The most data rows one file may hold.</param>
    /// <param name="item">What a row is: "代表", "建议".</param>
    /// <param name="measure">The measure word that counts them: "名", "件".</param>
    /// <param name="noRows">The message for a file with a header and no data rows.</param>
    public ImportSheet(string name, IReadOnlyList<ImportColumn> columns, int maxRows, string item, string measure, string noRows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        Columns = columns;
        MaxRows = maxRows;
        Item = item;
        Measure = measure;
        NoRows = noRows;
        Headers = [.. columns.Select(c => c.Header)];
        Widths = [.. columns.Select(c => c.Width)];
    }

    public string Name { get; }

    public IReadOnlyList<ImportColumn> Columns { get; }

    public int MaxRows { get; }

    public string Item { get; }

    public string Measure { get; }

    public string NoRows { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<int> Widths { get; }

    /// <summary>"5000名代表": the most one file may hold.</summary>
    public string Capacity => $"{MaxRows}{Measure}{Item}";

    public string TooManyRows => $"一个文件最多导入{Capacity}，请分成几个文件导入。";

    public ImportColumn Column(string name) => Columns.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No column {name}.", nameof(name));

    /// <summary>The column a domain refusal's field is shown in, or null (the refusal is then about the row).</summary>
    public ImportColumn? ForField(string? field) => field is null ? null : Columns.FirstOrDefault(c => c.Field == field);

    /// <summary>
    /// The column a header cell names, ignoring the "*" of required columns, spaces and a note in brackets
    /// (“出生日期（yyyy-mm-dd）”); null when it names none of ours.
    /// </summary>
    public ImportColumn? Match(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        var text = header.Trim();
        var bracket = text.IndexOfAny(['(', '（']);
        if (bracket > 0) text = text[..bracket];
        text = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('*' or '＊')));
        return Columns.FirstOrDefault(c => c.Name == text);
    }

    /// <summary>Where a column header stands in the template, for listing errors in column order; -1 for the row as a whole.</summary>
    public int Order(string header)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Header == header) return i;
        }
        return -1;
    }

    private static readonly string[] InstructionHeader = ["列名", "是否必填", "填写要求"];

    /// <summary>The top of the template's instructions sheet: a header, then each column's header, 必填/选填 and rule.</summary>
    public List<IReadOnlyList<string?>> InstructionRows()
    {
        var rows = new List<IReadOnlyList<string?>> { InstructionHeader };
        rows.AddRange(Columns.Select(c => new[] { c.Header, c.Required ? "必填" : "选填", c.Rule }));
        return rows;
    }
}

/// <summary>
/// One data row being checked: its cells by column name, and the errors found in it. Errors go straight into the
/// file's list with the row number and the column header, so nothing about a row is lost when another row fails.
/// </summary>
public sealed class ImportRow
{
    /// <summary>Where an error about the row as a whole (a rule across columns) is listed.</summary>
    public const string WholeRow = "—";

    private readonly XlsxRow _cells;
    private readonly ImportSheet _sheet;
    private readonly IReadOnlyDictionary<string, string> _letters;
    private readonly List<ImportError> _errors;
    private readonly HashSet<string> _unreadColumns = new(StringComparer.Ordinal);

    internal ImportRow(XlsxRow cells, ImportSheet sheet, IReadOnlyDictionary<string, string> letters, List<ImportError> errors)
    {
        _cells = cells;
        _sheet = sheet;
        _letters = letters;
        _errors = errors;
    }

    /// <summary>The Excel row number (the header is row 1).</summary>
    public int Number => _cells.Number;

    /// <summary>Whether anything in this row was wrong.</summary>
    public bool Failed { get; private set; }

    /// <summary>The cell as MiniExcel read it (text, number, date), or null when the file has no such column.</summary>
    public object? Raw(string column) => _letters.TryGetValue(column, out var letter) ? _cells[letter] : null;

    /// <summary>The cell as the text the user sees, trimmed; null when blank.</summary>
    public string? Text(string column) => XlsxFile.Text(Raw(column));

    /// <summary>Whether the cell was found wrong (by <see cref="Fail(string, string)"/>): the draft holds a stand-in for it.</summary>
    public bool HasError(string column) => _unreadColumns.Contains(column);

    /// <summary>The cell is wrong: an error in its column, and the domain's refusals of its field are not shown (<see cref="Report"/>).</summary>
    public void Fail(string column, string message) => Fail(column, message, Text(column));

    public void Fail(string column, string message, string? value)
    {
        _unreadColumns.Add(column);
        Add(column, message, value);
    }

    /// <summary>
    /// One entry of a list cell is wrong (a name among the co-signers): an error in the column, while the entries that
    /// could be read still go into the draft and the domain still checks them.
    /// </summary>
    public void FailEntry(string column, string message) => Add(column, message, Text(column));

    private void Add(string column, string message, string? value)
    {
        Failed = true;
        _errors.Add(new ImportError(Number, _sheet.Column(column).Header, message, Shorten(value)));
    }

    /// <summary>An error about the row as a whole.</summary>
    public void FailRow(string message)
    {
        Failed = true;
        _errors.Add(new ImportError(Number, WholeRow, message, null));
    }

    /// <summary>
    /// A date cell (an Excel date, a serial number, or text as yyyy-mm-dd, yyyy/m/d, yyyy年m月d日); null when blank, and
    /// null with <paramref name="unreadable"/> as the column's error when it is no date.
    /// </summary>
    public DateOnly? Date(string column, string unreadable)
    {
        var raw = Raw(column);
        if (XlsxFile.IsBlank(raw)) return null;
        var date = XlsxFile.ParseDate(raw);
        if (date is null) Fail(column, unreadable);
        return date;
    }

    /// <summary>
    /// Reports the domain's refusals of the row's draft, each in the column that fills its field (<see cref="ImportColumn.Field"/>),
    /// or for the whole row when no column does. A cell already found wrong (<see cref="HasError"/>) is skipped: the draft
    /// held a stand-in for it, and the cell's own error says what is wrong. <paramref name="explain"/> may add what only the row knows
    /// (which entry of a list) to a refusal's message.
    /// </summary>
    public void Report(IEnumerable<Refusal> problems, Func<Refusal, string>? explain = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            var message = explain?.Invoke(problem) ?? problem.Message;
            if (_sheet.ForField(problem.Field) is not { } column) FailRow(message);
            else if (!HasError(column.Name)) Fail(column.Name, message);
        }
    }

    /// <summary>Every required column of the sheet must have a value: checked for each row before the row is read.</summary>
    internal void CheckRequired()
    {
        foreach (var column in _sheet.Columns.Where(c => c.Required && Text(c.Name) is null))
        {
            Fail(column.Name, DomainMessages.Required(column.Field ?? column.Name, column.Name).Message, null);
        }
    }

    /// <summary>A long cell (a whole suggestion's text) is shown by its beginning: the row and column say where it is.</summary>
    private static string? Shorten(string? value) => value is { Length: > 60 } ? value[..60] + "…" : value;
}
