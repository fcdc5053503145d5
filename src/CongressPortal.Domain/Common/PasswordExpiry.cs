namespace CongressPortal.Domain.Common;

/// <summary>
/// How long a password may be used, per role (等保 2.0 三级：口令定期更换). An account holding several roles follows the
/// strictest of them; a role with no limit (0 or absent) adds none. Configurable: Security:PasswordExpiryDays.
/// </summary>
public sealed class PasswordExpiry
{
    /// <summary>Administrators and auditors change their passwords every 180 days; other roles by default never have to.</summary>
    public static IReadOnlyDictionary<string, int> DefaultDays { get; } = new Dictionary<string, int>
    {
        [PortalRole.Admin] = 180,
        [PortalRole.Auditor] = 180,
    };

    private readonly IReadOnlyDictionary<string, int> _days;

    public PasswordExpiry(IReadOnlyDictionary<string, int> daysByRole) => _days = daysByRole;

    /// <summary>The longest a password may be kept by an account with <paramref name="roles"/>, or null when it never expires.</summary>
    public TimeSpan? MaxAge(IEnumerable<string> roles)
    {
        var limits = roles.Select(r => _days.GetValueOrDefault(r)).Where(d => d > 0).ToList();
        return limits.Count == 0 ? null : TimeSpan.FromDays(limits.Min());
    }

    /// <summary>
    /// Whether the password set at <paramref name="changedAt"/> (server time) must be changed now. A password whose age
    /// is unknown counts as expired for a role that has a limit.
    /// </summary>
    public bool IsExpired(DateTimeOffset? changedAt, IEnumerable<string> roles, DateTimeOffset now) =>
        MaxAge(roles) is { } maxAge && (changedAt is not { } at || now - at >= maxAge);
}
