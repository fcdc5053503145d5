using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class PortalRoleTests
{
    [Fact]
    public void Administrator_and_auditor_duties_are_never_held_by_one_account() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.Admin, PortalRole.Auditor], null, null))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.AdminAndAuditorExclusive);

    [Fact]
    public void An_administrator_may_also_be_staff() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.Admin, PortalRole.Staff], null, null)).Should().NotThrow();

    [Fact]
    public void A_deputy_account_must_be_linked_to_a_deputy() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.Deputy], null, null))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.DeputyRoleNeedsDeputy);

    [Fact]
    public void Only_a_deputy_account_may_be_linked_to_a_deputy() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.Staff], 7, null))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.DeputyLinkNeedsRole);

    [Fact]
    public void A_unit_account_must_be_linked_to_a_unit() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.HandlingUnit], null, null))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.UnitRoleNeedsUnit);

    [Fact]
    public void Only_a_unit_account_may_be_linked_to_a_unit() =>
        FluentActions.Invoking(() => PortalRole.Validate([PortalRole.Deputy], 3, 9))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.UnitLinkNeedsRole);

    [Fact]
    public void An_account_needs_at_least_one_role() =>
        FluentActions.Invoking(() => PortalRole.Validate([], null, null))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.AtLeastOneRole);

    [Theory]
    [InlineData(PortalRole.Admin, "系统管理员")]
    [InlineData(PortalRole.Staff, "工作人员")]
    [InlineData(PortalRole.Deputy, "人大代表")]
    [InlineData(PortalRole.HandlingUnit, "承办单位")]
    [InlineData(PortalRole.Auditor, "审计员")]
    public void Roles_have_Chinese_names(string role, string name) => PortalRole.DisplayName(role).Should().Be(name);
}
