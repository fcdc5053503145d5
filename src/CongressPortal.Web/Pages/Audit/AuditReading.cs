using System.Globalization;
using System.Reflection;
using CongressPortal.Domain.Common;
using CongressPortal.Web.Data;
using CongressPortal.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CongressPortal.Web.Pages.Audit;

/// <summary>
/// Turns a page of log rows into what an auditor reads: the record changed named by its name (an account by its user
/// name, not its GUID) and ids of other rows in the changes read as their names. Cheap: one query per kind of record
/// named on the page, for the ids on the page only. A record deleted since keeps the name its own row recorded, or its id.
/// </summary>
public static class AuditReading
{
    /// <summary>The string columns that name a record, in order of preference (a suggestion's 编号 before its title).</summary>
    private static readonly string[] NameColumns = ["Name", "Number", "Title", "Label", "FileName"];

    public static async Task<IReadOnlyList<IndexModel.Row>> RowsAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var types = TypesByAuditName(db.Model);
        var read = entries.Select(e => (Entry: e, Type: types.GetValueOrDefault(e.EntityType), Changes: AuditLabels.Changes(e.EntityType, e.Changes))).ToList();

        var wanted = new Dictionary<IEntityType, HashSet<string>>();
        void Want(IEntityType? type, string? key)
        {
            if (type is null || string.IsNullOrEmpty(key) || NameOf(type) is null) return;
            if (!wanted.TryGetValue(type, out var keys)) wanted[type] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.Add(key);
        }
        foreach (var (entry, type, changes) in read)
        {
            if (type is null) continue;
            foreach (var (part, property) in KeyParts(type, entry.EntityKey)) Want(property is null ? type : Principal(property), part);
            foreach (var change in changes)
            {
                var principal = type.FindProperty(change.Field) is { } property ? Principal(property) : null;
                Want(principal, change.Old);
                Want(principal, change.New);
            }
        }

        var names = new Dictionary<(IEntityType, string), string>();
        foreach (var (type, keys) in wanted)
        {
            foreach (var (key, name) in await LookUpAsync(db, type, keys, ct)) names[(type, key)] = name;
        }
        string? Named(IEntityType? type, string? key) =>
            type is not null && key is not null && names.TryGetValue((type, key), out var name) ? name : null;

        return read.Select(r => new IndexModel.Row(
            r.Entry.Id,
            r.Entry.At,
            r.Entry.UserName,
            r.Entry.IpAddress,
            r.Entry.EntityType,
            r.Entry.EntityKey,
            r.Type is null ? null : ObjectName(r.Type, r.Entry.EntityKey, r.Changes, Named),
            r.Entry.Action,
            r.Type is null ? r.Changes : r.Changes.Where(c => !IsOwnKey(r.Type, c.Field)).Select(c => WithNames(r.Type, c, Named)).ToList())).ToList();
    }

    /// <summary>The log's name of each entity type (as <see cref="AuditInterceptor"/> writes it) to the type.</summary>
    private static Dictionary<string, IEntityType> TypesByAuditName(IModel model)
    {
        var types = new Dictionary<string, IEntityType>(StringComparer.Ordinal);
        foreach (var type in model.GetEntityTypes())
        {
            types.TryAdd(type.ClrType.IsGenericType ? type.DisplayName() : type.ClrType.Name, type);
        }
        return types;
    }

    /// <summary>The parts of a stored key ("a,b") with the key property each belongs to; null where the key is a plain own key.</summary>
    private static IEnumerable<(string Part, IProperty? ForeignKey)> KeyParts(IEntityType type, string key)
    {
        var properties = type.FindPrimaryKey()?.Properties;
        if (properties is null || string.IsNullOrEmpty(key)) yield break;
        if (properties.Count == 1)
        {
            yield return (key, NameOf(type) is null && Principal(properties[0]) is not null ? properties[0] : null);
            yield break;
        }
        var parts = key.Split(',');
        if (parts.Length != properties.Count) yield break;
        for (var i = 0; i < parts.Length; i++)
        {
            if (Principal(properties[i]) is not null) yield return (parts[i], properties[i]);
        }
    }

    /// <summary>A record's own single key is in the 对象 column already; a change row for it would repeat it (as a GUID for an account).</summary>
    private static bool IsOwnKey(IEntityType type, string field) =>
        type.FindPrimaryKey()?.Properties is [var key] && key.Name == field;

    private static IEntityType? Principal(IProperty property) =>
        property.GetContainingForeignKeys().FirstOrDefault(fk => fk.Properties.Count == 1)?.PrincipalEntityType;

    /// <summary>How a record of this type is named, or null when it has no naming column.</summary>
    private static string? NameOf(IEntityType type)
    {
        if (type.ClrType == typeof(AppUser)) return nameof(AppUser.UserName);
        if (type.FindPrimaryKey()?.Properties is not [var key] || !SupportedKey(key.ClrType)) return null;
        return NameColumns.FirstOrDefault(n => type.FindProperty(n)?.ClrType == typeof(string));
    }

    private static bool SupportedKey(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(string);

    private static string? ObjectName(IEntityType type, string key, IReadOnlyList<AuditLabels.FieldChange> changes, Func<IEntityType?, string?, string?> named)
    {
        var parts = KeyParts(type, key).ToList();
        if (parts is [(var own, null)])
        {
            // A record deleted since (or an account created and renamed) still has the name its own row recorded.
            var column = NameOf(type);
            var recorded = changes.FirstOrDefault(c => c.Field == column);
            return named(type, own) ?? recorded?.New ?? recorded?.Old;
        }
        var names = parts.Select(p => named(p.ForeignKey is null ? type : Principal(p.ForeignKey), p.Part)).ToList();
        return names.Count > 0 && names.All(n => n is not null) ? string.Join(" · ", names) : null;
    }

    private static AuditLabels.FieldChange WithNames(IEntityType type, AuditLabels.FieldChange change, Func<IEntityType?, string?, string?> named)
    {
        var principal = type.FindProperty(change.Field) is { } property ? Principal(property) : null;
        if (principal is null) return change;
        var old = named(principal, change.Old);
        var @new = named(principal, change.New);
        return change with
        {
            Old = old ?? change.Old,
            New = @new ?? change.New,
            OldRaw = old is null ? null : change.Old,
            NewRaw = @new is null ? null : change.New,
        };
    }

    private static async Task<IReadOnlyDictionary<string, string>> LookUpAsync(AppDbContext db, IEntityType type, IReadOnlyCollection<string> keys, CancellationToken ct)
    {
        if (type.ClrType == typeof(AppUser))
        {
            var users = await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(ct);
            return users.ToDictionary(u => u.Id, u => Infrastructure.HttpAuditActor.Describe(u.DisplayName, u.UserName));
        }
        if (type.ClrType == typeof(Microsoft.AspNetCore.Identity.IdentityRole))
        {
            var roles = await db.Roles.AsNoTracking().Where(r => keys.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
            return roles.ToDictionary(r => r.Id, r => PortalRole.DisplayName(r.Name ?? ""));
        }
        var key = type.FindPrimaryKey()!.Properties[0];
        var method = typeof(AuditReading).GetMethod(nameof(LookUpByKeyAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType, key.ClrType);
        return await (Task<IReadOnlyDictionary<string, string>>)method.Invoke(null, [db, key.Name, NameOf(type)!, keys, ct])!;
    }

    private static async Task<IReadOnlyDictionary<string, string>> LookUpByKeyAsync<TEntity, TKey>(
        AppDbContext db, string keyName, string nameColumn, IReadOnlyCollection<string> keys, CancellationToken ct)
        where TEntity : class
    {
        var ids = new List<TKey>();
        foreach (var key in keys)
        {
            if (typeof(TKey) == typeof(string)) ids.Add((TKey)(object)key);
            else if (long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && (typeof(TKey) == typeof(long) || number is >= int.MinValue and <= int.MaxValue))
            {
                ids.Add((TKey)Convert.ChangeType(number, typeof(TKey), CultureInfo.InvariantCulture));
            }
        }
        if (ids.Count == 0) return new Dictionary<string, string>();
        var rows = await db.Set<TEntity>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<TKey>(e, keyName)))
            .Select(e => new { Key = EF.Property<TKey>(e, keyName), Name = EF.Property<string?>(e, nameColumn) })
            .ToListAsync(ct);
        return rows.Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .ToDictionary(r => Convert.ToString(r.Key, CultureInfo.InvariantCulture)!, r => r.Name!);
    }
}
