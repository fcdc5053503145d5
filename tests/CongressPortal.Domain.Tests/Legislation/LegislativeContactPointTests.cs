using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.DraftFixture;
using L = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>The registry of 基层立法联系点 that staff keep (docs/domain/legislation.md, L11).</summary>
public sealed class LegislativeContactPointTests
{
    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    private static ContactPointDetails Details(string? name = "新城区海拉尔东路街道基层立法联系点", string? phone = "0471-6601234", DateOnly? established = null) =>
        new(name, "新城区", "海拉尔东路 12 号", "海拉尔东路街道办事处", "赵敏", phone, established ?? new DateOnly(2021, 5, 1));

    [Fact]
    public void A_point_is_registered_active_with_its_details_trimmed()
    {
        var point = LegislativeContactPoint.Create(Details(name: "  新城区海拉尔东路街道基层立法联系点 ") with { Address = " ", HostOrganisation = null }, F.Staff, F.Now);

        point.Should().BeEquivalentTo(new
        {
            Name = "新城区海拉尔东路街道基层立法联系点",
            District = "新城区",
            Address = (string?)null,
            HostOrganisation = (string?)null,
            ContactPerson = "赵敏",
            Phone = "0471-6601234",
            EstablishedOn = (DateOnly?)new DateOnly(2021, 5, 1),
            IsActive = true,
            CreatedAt = F.Now,
            UpdatedAt = F.Now,
        });
    }

    [Fact]
    public void The_name_and_district_are_required()
    {
        Refused(() => LegislativeContactPoint.Create(Details(name: " "), F.Staff, F.Now)).Refusal
            .Should().Be(DomainMessages.Required(nameof(ContactPointDetails.Name), "联系点名称"));
        Refused(() => LegislativeContactPoint.Create(Details() with { District = null }, F.Staff, F.Now)).Refusal
            .Should().Be(DomainMessages.Required(nameof(ContactPointDetails.District), "所在旗县区"));
        Refused(() => LegislativeContactPoint.Create(Details(name: new string('点', 101)), F.Staff, F.Now)).Refusal
            .Should().Be(DomainMessages.TooLong(nameof(ContactPointDetails.Name), "联系点名称", 100));
    }

    [Theory]
    [InlineData("0471-6601234", true)]
    [InlineData("13800138000", true)]
    [InlineData("（0471）6601234", true)]
    [InlineData("6601", false)]
    [InlineData("街道办", false)]
    public void The_phone_is_checked_when_given(string phone, bool accepted)
    {
        var create = () => LegislativeContactPoint.Create(Details(phone: phone), F.Staff, F.Now);

        if (accepted) create().Phone.Should().Be(phone);
        else FluentActions.Invoking(create).Should().Throw<DomainRuleException>().WithRefusal(DraftMessages.PointPhoneInvalid);
        LegislativeContactPoint.Create(Details(phone: " "), F.Staff, F.Now).Phone.Should().BeNull();
    }

    [Fact]
    public void The_day_established_is_not_in_the_future_and_is_optional()
    {
        LegislativeContactPoint.Create(Details(established: F.Today), F.Staff, F.Now).EstablishedOn.Should().Be(F.Today);
        LegislativeContactPoint.Create(Details() with { EstablishedOn = null }, F.Staff, F.Now).EstablishedOn.Should().BeNull();
        Refused(() => LegislativeContactPoint.Create(Details(established: F.Today.AddDays(1)), F.Staff, F.Now)).Refusal
            .Should().Be(DraftMessages.EstablishedInFuture);
    }

    [Fact]
    public void A_point_is_updated_and_a_refused_update_changes_nothing()
    {
        var point = LegislativeContactPoint.Create(Details(), F.Staff, F.Now);

        point.Update(Details(name: "新城区海拉尔东路街道立法联系点") with { ContactPerson = "钱伟" }, F.Staff, F.Now.AddDays(1));
        point.Name.Should().Be("新城区海拉尔东路街道立法联系点");
        point.ContactPerson.Should().Be("钱伟");
        point.UpdatedAt.Should().Be(F.Now.AddDays(1));

        Refused(() => point.Update(Details(phone: "电话"), F.Staff, F.Now.AddDays(2))).Refusal.Should().Be(DraftMessages.PointPhoneInvalid);
        point.UpdatedAt.Should().Be(F.Now.AddDays(1));
    }

    [Fact]
    public void A_point_is_deactivated_and_resumed_never_deleted()
    {
        var point = LegislativeContactPoint.Create(Details(), F.Staff, F.Now);

        point.SetActive(false, F.Staff, F.Now.AddDays(1));
        point.IsActive.Should().BeFalse();
        point.UpdatedAt.Should().Be(F.Now.AddDays(1));

        point.SetActive(true, F.Staff, F.Now.AddDays(2));
        point.IsActive.Should().BeTrue();
    }

    [Fact]
    public void Only_staff_keep_the_registry()
    {
        var point = LegislativeContactPoint.Create(Details(), F.Staff, F.Now);

        foreach (var role in PortalRole.All.Where(r => r != PortalRole.Staff).Append(PortalRole.Public))
        {
            var actor = L.ActorFor(role);
            Refused(() => LegislativeContactPoint.Create(Details(), actor, F.Now)).Code.Should().Be("Workflow.WrongRole", role);
            Refused(() => point.Update(Details(name: "改名"), actor, F.Now)).Code.Should().Be("Workflow.WrongRole", role);
            Refused(() => point.SetActive(false, actor, F.Now)).Code.Should().Be("Workflow.WrongRole", role);
        }
        point.Name.Should().Be("新城区海拉尔东路街道基层立法联系点");
        point.IsActive.Should().BeTrue();
    }
}
