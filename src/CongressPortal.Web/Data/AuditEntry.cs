namespace CongressPortal.Web.Data;

/// <summary>One changed entity: who, when, from where, what. Rows are only ever inserted (a trigger refuses updates and deletes).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? IpAddress { get; set; }
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>JSON: { "Field": { "old": …, "new": … } }; private values are masked before they get here.</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    // Sign-in events: written by SignInAudit instead of the account edits Identity's bookkeeping would show.
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,

    // Two factors (ADR 0024): the key and the codes themselves are never logged.
    TwoFactorEnrolled,
    RecoveryCodesRegenerated,
    RecoveryCodeUsed,
    TwoFactorReset,

    // The retention job archived old rows to a file and purged them (AuditArchiver).
    Archived,
}
