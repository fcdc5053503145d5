using System.Text;
using CongressPortal.Domain.Common;

namespace CongressPortal.Domain.Tests.Common;

public sealed class TwoFactorTests
{
    // RFC 6238 appendix B: the SHA-1 seed "12345678901234567890" and its 8-digit codes.
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1111111111L, "14050471")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    [InlineData(20000000000L, "65353130")]
    public void Codes_are_those_of_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        Totp.Code(RfcKey, step, digits: 8).Should().Be(expected);
    }

    [Fact]
    public void A_code_matches_in_its_own_step_and_the_ones_either_side_but_not_further()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1111111111);
        var code = Totp.Code(RfcKey, Totp.StepAt(at));
        Totp.Matches(RfcKey, code, at).Should().BeTrue();
        Totp.Matches(RfcKey, code, at.AddSeconds(30)).Should().BeTrue("a code typed as it changed still counts");
        Totp.Matches(RfcKey, code, at.AddSeconds(-30)).Should().BeTrue("a phone clock a little ahead");
        Totp.Matches(RfcKey, code, at.AddSeconds(90)).Should().BeFalse();
        Totp.Matches(RfcKey, code, at.AddSeconds(-90)).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    public void Malformed_codes_never_match(string? typed)
    {
        Totp.Matches(RfcKey, typed, DateTimeOffset.FromUnixTimeSeconds(59)).Should().BeFalse();
    }

    [Fact]
    public void Spaces_and_dashes_typed_in_a_code_are_ignored()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var code = Totp.Code(RfcKey, Totp.StepAt(at));
        Totp.Matches(RfcKey, $" {code[..3]} {code[3..]}", at).Should().BeTrue();
        Totp.Matches(RfcKey, $"{code[..3]}-{code[3..]}", at).Should().BeTrue();
    }

    [Fact]
    public void Base32_keys_decode_as_RFC_4648_says()
    {
        // RFC 4648 section 10: BASE32("foobar") = "MZXW6YTBOI======".
        Encoding.ASCII.GetString(Totp.FromBase32("MZXW6YTBOI======")).Should().Be("foobar");
        Encoding.ASCII.GetString(Totp.FromBase32("mzxw 6ytb oi")).Should().Be("foobar");
        var act = () => Totp.FromBase32("MZ1W");
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void The_key_is_written_out_in_groups_of_four()
    {
        Totp.Grouped("ABCDEFGHIJKLMN").Should().Be("abcd efgh ijkl mn");
    }

    [Fact]
    public void Administrators_and_auditors_need_two_factors_by_default_and_others_do_not()
    {
        var rule = new TwoFactorRule(null);
        rule.IsRequired([PortalRole.Admin]).Should().BeTrue();
        rule.IsRequired([PortalRole.Auditor]).Should().BeTrue();
        rule.IsRequired([PortalRole.Staff, PortalRole.Auditor]).Should().BeTrue("one role that needs it is enough");
        rule.IsRequired([PortalRole.Staff]).Should().BeFalse();
        rule.IsRequired([PortalRole.Deputy, PortalRole.HandlingUnit]).Should().BeFalse();
        rule.IsRequired([]).Should().BeFalse();
    }

    [Fact]
    public void The_roles_that_need_two_factors_are_configurable()
    {
        var rule = new TwoFactorRule([PortalRole.Admin, PortalRole.Staff]);
        rule.IsRequired([PortalRole.Staff]).Should().BeTrue();
        rule.IsRequired([PortalRole.Auditor]).Should().BeFalse();
    }
}
