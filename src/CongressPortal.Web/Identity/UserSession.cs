namespace CongressPortal.Web.Identity;

/// <summary>Why a session was ended before its idle or absolute limit.</summary>
public enum SessionEndReason
{
    SignedOut,
    PasswordChanged,
    PasswordReset,
    AccountDisabled,
    SignedOutEverywhere,
    TwoFactorReset,
}

/// <summary>
/// One sign-in: its id travels in the (encrypted) session cookie and every request checks that the row is not ended, so a
/// cookie copied before logout, a password change, disabling or 全部下线 opens nothing afterwards, on any node (ADR 0022).
/// </summary>
public sealed class UserSession
{
    private UserSession(Guid id, string userId, DateTimeOffset startedAt)
    {
        Id = id;
        UserId = userId;
        StartedAt = startedAt;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    public static UserSession Start(string userId, DateTimeOffset at) => new(Guid.NewGuid(), userId, at);

    /// <summary>Ends the session once; a session already ended keeps its first reason and time.</summary>
    public void End(SessionEndReason reason, DateTimeOffset at)
    {
        if (EndedAt is not null) return;
        EndedAt = at;
        EndReason = reason;
    }
}

/// <summary>A password an account used before (its hash only), so that the last ones are not chosen again.</summary>
public sealed class PasswordHistoryEntry
{
    private PasswordHistoryEntry(string userId, string passwordHash, DateTimeOffset replacedAt)
    {
        UserId = userId;
        PasswordHash = passwordHash;
        ReplacedAt = replacedAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>When a new password took its place.</summary>
    public DateTimeOffset ReplacedAt { get; private set; }

    public static PasswordHistoryEntry Replaced(string userId, string passwordHash, DateTimeOffset at) => new(userId, passwordHash, at);
}
