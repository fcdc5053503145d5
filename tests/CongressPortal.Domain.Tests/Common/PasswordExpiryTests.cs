using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class PasswordExpiryTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly PasswordExpiry Defaults = new(PasswordExpiry.DefaultDays);

    [Theory]
    [InlineData(PortalRole.Admin, 179, false)]
    [InlineData(PortalRole.Admin, 180, true)]
    [InlineData(PortalRole.Auditor, 181, true)]
    [InlineData(PortalRole.Staff, 3650, false)]
    [InlineData(PortalRole.Deputy, 3650, false)]
    [InlineData(PortalRole.HandlingUnit, 3650, false)]
    public void By_default_administrators_and_auditors_change_their_password_every_180_days_and_others_never_have_to(string role, int ageDays, bool expired) =>
        Defaults.IsExpired(Now.AddDays(-ageDays), [role], Now).Should().Be(expired);

    [Fact]
    public void An_account_with_several_roles_follows_the_strictest()
    {
        var expiry = new PasswordExpiry(new Dictionary<string, int> { [PortalRole.Admin] = 180, [PortalRole.Staff] = 90 });
        expiry.MaxAge([PortalRole.Admin, PortalRole.Staff]).Should().Be(TimeSpan.FromDays(90));
        expiry.IsExpired(Now.AddDays(-100), [PortalRole.Admin, PortalRole.Staff], Now).Should().BeTrue();
    }

    [Fact]
    public void Zero_days_turns_the_limit_off_for_a_role()
    {
        var expiry = new PasswordExpiry(new Dictionary<string, int> { [PortalRole.Admin] = 0, [PortalRole.Auditor] = 180 });
        expiry.MaxAge([PortalRole.Admin]).Should().BeNull();
        expiry.IsExpired(Now.AddDays(-1000), [PortalRole.Admin], Now).Should().BeFalse();
    }

    [Fact]
    public void A_password_of_unknown_age_is_expired_only_where_a_limit_applies()
    {
        Defaults.IsExpired(null, [PortalRole.Admin], Now).Should().BeTrue();
        Defaults.IsExpired(null, [PortalRole.Staff], Now).Should().BeFalse();
    }
}
