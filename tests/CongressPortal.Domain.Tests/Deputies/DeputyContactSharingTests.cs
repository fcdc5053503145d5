using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;

namespace CongressPortal.Domain.Tests.Deputies;

public sealed class DeputyContactSharingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_what_the_deputy_ticked_is_shared()
    {
        var sharing = DeputyContactSharing.Create(10, new ContactChoice(ShareMobile: false, " 0471-6612345 ", ShareWorkPhone: true, "li@example.cn", ShareEmail: false), Now);

        sharing.Shared("13812341234").Should().Equal(new SharedContact("办公电话", "0471-6612345"));
        sharing.WorkPhone.Should().Be("0471-6612345");
        sharing.Email.Should().Be("li@example.cn", "kept for later, not shared");

        sharing.Change(new ContactChoice(true, "0471-6612345", false, "li@example.cn", true), Now.AddDays(1));
        sharing.Shared("13812341234").Should().Equal(new SharedContact("手机", "13812341234"), new SharedContact("电子邮箱", "li@example.cn"));
        sharing.UpdatedAt.Should().Be(Now.AddDays(1));
    }

    [Fact]
    public void A_mobile_missing_from_the_registry_is_not_shared_even_when_ticked()
    {
        var sharing = DeputyContactSharing.Create(10, new ContactChoice(true, null, false, null, false), Now);
        sharing.Shared(null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("abc", false, null, false, "Deputy.WorkPhoneInvalid")]
    [InlineData(null, true, null, false, "Deputy.SharedWorkPhoneMissing")]
    [InlineData(null, false, "li.example.cn", false, "Deputy.EmailInvalid")]
    [InlineData(null, false, null, true, "Deputy.SharedEmailMissing")]
    public void Bad_contacts_are_refused_with_their_field(string? phone, bool sharePhone, string? email, bool shareEmail, string code)
    {
        var choice = new ContactChoice(false, phone, sharePhone, email, shareEmail);
        DeputyContactSharing.Problems(choice).Should().ContainSingle().Which.Code.Should().Be(code);
        var act = () => DeputyContactSharing.Create(10, choice, Now);
        act.Should().Throw<DomainRuleException>();
    }
}
