using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CongressPortal.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CongressPortal.Web.Data;

/// <summary>
/// Writes one audit row per added, modified or deleted entity inside the same SaveChanges, so the change
/// and its record commit or fail together. ExecuteUpdate/ExecuteDelete and raw SQL bypass this: a
/// convention test keeps them out of the code.
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Types that are not business data: the audit log itself, the key ring, the open data index, and Identity's token rows — the authenticator
    /// key and the recovery codes, secrets that must never reach the log (their changes are written as events by
    /// <see cref="Infrastructure.SignInAudit"/>, ADR 0024).
    /// </summary>
    public static readonly IReadOnlySet<Type> NotAudited = new HashSet<Type>
    {
        typeof(AuditEntry), typeof(DataProtectionKey), typeof(Microsoft.AspNetCore.Identity.IdentityUserToken<string>),
        // The open data index: derived from the records (whose changes are audited) and rebuilt from them at will (ADR 0026).
        typeof(OpenData.OpenDataObject), typeof(OpenData.OpenDataChange), typeof(OpenData.OpenDataKindState),
    };

    /// <summary>
    /// Columns that are bookkeeping, never a change anybody made: Identity's stamps and sign-in counters, the
    /// normalised copies of names, and the search columns derived from a record's text. They never reach the log
    /// (a security stamp is a secret; the others are noise). Property names, on any entity type.
    /// </summary>
    public static readonly IReadOnlySet<string> NeverRecorded = new HashSet<string>(StringComparer.Ordinal)
    {
        "SecurityStamp", "ConcurrencyStamp", "AccessFailedCount", "LastSignInAt",
        "NormalizedUserName", "NormalizedEmail", "NormalizedName", "SearchText", "SearchVector",
    };

    private static readonly AsyncLocal<bool> SigningIn = new();

    /// <summary>
    /// While signing in, Identity saves the account (failed-attempt count, lockout end, a rehashed password) and the
    /// login page saves the sign-in time: none of it is an edit of the account. Inside this scope account updates and the
    /// session row begun or ended are not logged; <see cref="Infrastructure.SignInAudit"/> writes the sign-in or sign-out
    /// event instead. Sessions ended by someone else (a reset, disabling, 全部下线) are logged as changes.
    /// </summary>
    public static IDisposable SignInScope()
    {
        SigningIn.Value = true;
        return new SignInScopeEnd();
    }

    private sealed class SignInScopeEnd : IDisposable
    {
        public void Dispose() => SigningIn.Value = false;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var rows = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (NotAudited.Contains(entry.Metadata.ClrType)) continue;
            if (SigningIn.Value && (entry is { State: EntityState.Modified, Entity: Identity.AppUser } || entry.Entity is Identity.UserSession)) continue;
            var changes = DescribeChanges(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            rows.Add(new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                IpAddress = actor.IpAddress,
                EntityType = entry.Metadata.ClrType.IsGenericType ? entry.Metadata.DisplayName() : entry.Metadata.ClrType.Name,
                EntityKey = KeyOf(entry),
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Created,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Updated,
                },
                Changes = Serialize(changes),
            });
        }
        context.Set<AuditEntry>().AddRange(rows);
    }

    /// <summary>The changes column: { "Field": { "Old": …, "New": … } }.</summary>
    public static string Serialize(IReadOnlyDictionary<string, Change> changes) => JsonSerializer.Serialize(changes, JsonOptions);

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static Dictionary<string, Change> DescribeChanges(EntityEntry entry)
    {
        var changes = new Dictionary<string, Change>();
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;
            // Row versions and Identity's concurrency stamp change on every save and say nothing.
            if (metadata.IsConcurrencyToken || NeverRecorded.Contains(metadata.Name)) continue;
            string? oldValue = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            string? newValue = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (entry.State == EntityState.Modified && (!property.IsModified || oldValue == newValue)) continue;
            if (entry.State != EntityState.Modified && oldValue is null && newValue is null) continue;
            if (metadata.IsSensitive())
            {
                oldValue = MaskSensitive(oldValue);
                newValue = MaskSensitive(newValue);
            }
            changes[metadata.Name] = new Change(oldValue, newValue);
        }
        return changes;
    }

    private static string? MaskSensitive(string? value) =>
        value is { Length: 11 } && value.All(char.IsAsciiDigit) ? Mask.Value(value) : value is null ? null : Mask.Hidden;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Files (photos, scans) are recorded by size, not content.
        byte[] bytes => $"<{bytes.Length} 字节>",
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public sealed record Change(string? Old, string? New);
}
