using System.Globalization;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CongressPortal.Web.Pages.Audit;

/// <summary>
/// The audit log, newest first, for the auditor. Read-only: the page has no form that changes anything.
/// Paged by keyset on (at, id): the table only grows, and an offset would make every later page slower.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")] public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true, Name = "key")] public string? EntityKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")] public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")] public string? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public Result Log { get; private set; } = null!;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(UserName) || !string.IsNullOrWhiteSpace(EntityType)
        || !string.IsNullOrWhiteSpace(EntityKey) || Action is not null || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        EntityTypes = handler.EntityTypes();
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError("to", "结束日期不能早于开始日期。");
        }
        var query = ModelState.IsValid
            ? new Query(UserName, EntityType, EntityKey, Action, From, To, Cursor.Parse(Before), Cursor.Parse(After))
            : new Query(null, null, null, null, null, null, null, null);
        Log = await handler.HandleAsync(query, ct);
    }

    /// <summary>The current filters plus one cursor (or none: the newest page), for the pager links.</summary>
    public Dictionary<string, string> RouteWith(string? cursorName = null, Cursor? cursor = null)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(UserName)) values["user"] = UserName.Trim();
        if (!string.IsNullOrWhiteSpace(EntityType)) values["type"] = EntityType;
        if (!string.IsNullOrWhiteSpace(EntityKey)) values["key"] = EntityKey.Trim();
        if (Action is { } action) values["action"] = action.ToString();
        if (From is { } from) values["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (To is { } to) values["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (cursorName is not null && cursor is not null) values[cursorName] = cursor.ToString();
        return values;
    }

    /// <summary>A position in the log: the (at, id) of a row, written as "ticks_id".</summary>
    public sealed record Cursor(DateTimeOffset At, long Id)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}_{Id}");

        public static Cursor? Parse(string? value)
        {
            var parts = value?.Split('_');
            if (parts is not [var ticks, var id]
                || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                || t < DateTimeOffset.MinValue.UtcTicks || t > DateTimeOffset.MaxValue.UtcTicks)
            {
                return null;
            }
            return new Cursor(new DateTimeOffset(t, TimeSpan.Zero), i);
        }
    }

    public sealed record Query(
        string? UserName,
        string? EntityType,
        string? EntityKey,
        AuditAction? Action,
        DateOnly? From,
        DateOnly? To,
        Cursor? Before,
        Cursor? After);

    public sealed record Row(
        long Id,
        DateTimeOffset At,
        string UserName,
        string? IpAddress,
        string EntityType,
        string EntityKey,
        string? ObjectName,
        AuditAction Action,
        IReadOnlyList<AuditLabels.FieldChange> Changes);

    /// <summary>A page of rows, newest first, with the cursors to the newer and older pages where there are any.</summary>
    public sealed record Result(IReadOnlyList<Row> Rows, Cursor? Newer, Cursor? Older);

    public sealed class Handler(AppDbContext db)
    {
        public IReadOnlyList<string> EntityTypes() => AuditLabels.AuditedTypes(db.Model);

        public async Task<Result> HandleAsync(Query query, CancellationToken ct)
        {
            var entries = Filter(db.AuditEntries.AsNoTracking(), query);
            List<AuditEntry> page;
            bool more;
            if (query.After is { } after)
            {
                // Going back towards the newest: read upwards from the cursor, then show newest first.
                page = await entries
                    .Where(a => a.At > after.At || (a.At == after.At && a.Id > after.Id))
                    .OrderBy(a => a.At).ThenBy(a => a.Id)
                    .Take(PageSize + 1)
                    .ToListAsync(ct);
                more = page.Count > PageSize;
                page = page.Take(PageSize).Reverse().ToList();
            }
            else
            {
                if (query.Before is { } before) entries = entries.Where(a => a.At < before.At || (a.At == before.At && a.Id < before.Id));
                page = await entries
                    .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                    .Take(PageSize + 1)
                    .ToListAsync(ct);
                more = page.Count > PageSize;
                page = page.Take(PageSize).ToList();
            }

            var rows = await AuditReading.RowsAsync(db, page, ct);
            Cursor? First() => rows.Count == 0 ? null : new Cursor(rows[0].At, rows[0].Id);
            Cursor? Last() => rows.Count == 0 ? null : new Cursor(rows[^1].At, rows[^1].Id);
            return query.After is not null
                ? new Result(rows, more ? First() : null, Last())
                : new Result(rows, query.Before is not null ? First() : null, more ? Last() : null);
        }

        private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, Query query)
        {
            if (!string.IsNullOrWhiteSpace(query.UserName))
            {
                var pattern = "%" + EscapeLike(query.UserName.Trim()) + "%";
                entries = entries.Where(a => EF.Functions.ILike(a.UserName, pattern, "\\"));
            }
            if (!string.IsNullOrWhiteSpace(query.EntityType)) entries = entries.Where(a => a.EntityType == query.EntityType);
            if (!string.IsNullOrWhiteSpace(query.EntityKey))
            {
                var key = query.EntityKey.Trim();
                entries = entries.Where(a => a.EntityKey == key);
            }
            if (query.Action is { } action) entries = entries.Where(a => a.Action == action);
            // The dates the auditor picks are Beijing dates; the log is stored in UTC.
            if (query.From is { } from)
            {
                var start = StartOfDayUtc(from);
                entries = entries.Where(a => a.At >= start);
            }
            if (query.To is { } to)
            {
                var end = StartOfDayUtc(to.AddDays(1));
                entries = entries.Where(a => a.At < end);
            }
            return entries;
        }

        public static DateTimeOffset StartOfDayUtc(DateOnly date) =>
            new(TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), ChinaTime.Zone), TimeSpan.Zero);

        private static string EscapeLike(string value) =>
            value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
