using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;

namespace CongressPortal.Domain.Tests.Deputies;

/// <summary>
/// The checks that return every problem at once (for imports) are the ones the deputy's methods enforce: each problem
/// names its field, and the method throws the first of them.
/// </summary>
public sealed class DeputyChecksTests
{
    private static readonly DeputyProfile Valid = new("李建国", Gender.Male, "汉族", new DateOnly(1968, 5, 3), "中共党员", "大学本科", "示例市第一中学校长", "青山区第1选区");

    private static readonly DeputyPrivateData ValidPrivate = new("13800001234", "11010519491231002X", "明湖区文昌路8号");

    private static (string Code, string? Field)[] Keys(IEnumerable<Refusal> problems) => problems.Select(p => (p.Code, p.Field)).ToArray();

    [Fact]
    public void A_valid_profile_and_private_data_have_no_problems()
    {
        Deputy.ProfileProblems(Valid).Should().BeEmpty();
        Deputy.PrivateDataProblems(ValidPrivate).Should().BeEmpty();
        Deputy.MunicipalProblems(1, "16001", Valid, ValidPrivate).Should().BeEmpty();
        Deputy.PrivateDataProblems(new DeputyPrivateData(null, " ", null)).Should().BeEmpty("blank optional values are allowed");
    }

    [Fact]
    public void Every_problem_of_a_profile_is_returned_with_its_field()
    {
        var profile = new DeputyProfile(" ", Gender.Female, "火星族", new DateOnly(1899, 12, 31), "无党派", "博士后", new string('单', 101), new string('区', 51));

        Keys(Deputy.ProfileProblems(profile)).Should().Equal(
            (DeputyMessages.UnknownEthnicity.Code, "Ethnicity"),
            (DeputyMessages.UnknownParty.Code, "Party"),
            (DeputyMessages.UnknownEducation.Code, "Education"),
            (DeputyMessages.BirthDateImplausible.Code, "BirthDate"),
            ("Common.Required", "Name"),
            ("Common.TooLong", "WorkUnitAndTitle"),
            ("Common.TooLong", "Constituency"));
    }

    [Fact]
    public void A_listed_value_that_is_too_long_is_refused_for_its_length_not_as_unknown()
    {
        var problems = Deputy.ProfileProblems(Valid with { Ethnicity = new string('族', 11) });

        problems.Should().ContainSingle().Which.Should().Be(DomainMessages.TooLong("Ethnicity", "民族", 10));
    }

    [Fact]
    public void Every_problem_of_private_data_is_returned_with_its_field()
    {
        var problems = Deputy.PrivateDataProblems(new DeputyPrivateData("12345", "110105194912310021", new string('址', 101)));

        problems.Should().Equal(DeputyMessages.MobileInvalid, DeputyMessages.IdNumberInvalid, DomainMessages.TooLong("HomeAddress", "家庭住址", 100));
    }

    [Fact]
    public void A_lower_case_check_character_is_accepted_as_the_method_stores_it_upper_case() =>
        Deputy.PrivateDataProblems(new DeputyPrivateData(null, "11010519491231002x", null)).Should().BeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_municipal_deputy_without_a_number_is_refused_on_the_number(string? number) =>
        Deputy.TermAndNumberProblems(DeputyLevel.Municipal, 1, number).Should().Equal(DeputyMessages.MunicipalNeedsTermAndNumber);

    [Fact]
    public void A_number_over_20_characters_is_refused_and_other_levels_need_none()
    {
        Deputy.TermAndNumberProblems(DeputyLevel.Municipal, 1, new string('1', 21)).Should().Equal(DomainMessages.TooLong("Number", "代表证号", 20));
        Deputy.TermAndNumberProblems(DeputyLevel.Municipal, null, "16001").Should().Equal(DeputyMessages.MunicipalNeedsTermAndNumber);
        Deputy.TermAndNumberProblems(DeputyLevel.Provincial, null, null).Should().BeEmpty();
    }

    [Fact]
    public void A_new_municipal_deputy_collects_the_problems_of_number_profile_and_private_data_in_that_order()
    {
        var problems = Deputy.MunicipalProblems(1, "", Valid with { Name = "" }, ValidPrivate with { Mobile = "2" });

        Keys(problems).Should().Equal(
            (DeputyMessages.MunicipalNeedsTermAndNumber.Code, "Number"),
            ("Common.Required", "Name"),
            (DeputyMessages.MobileInvalid.Code, "Mobile"));
    }

    [Fact]
    public void The_methods_throw_the_first_problem_the_checks_return()
    {
        var deputy = Deputy.CreateMunicipal(1, "16001", Valid);
        var profile = Valid with { Name = "", Party = "无党派" };
        var data = ValidPrivate with { Mobile = "1", IdNumber = "1" };

        FluentActions.Invoking(() => deputy.UpdateProfile(profile)).Should().Throw<DomainRuleException>().WithRefusal(Deputy.ProfileProblems(profile)[0]);
        FluentActions.Invoking(() => deputy.UpdatePrivateData(data)).Should().Throw<DomainRuleException>().WithRefusal(Deputy.PrivateDataProblems(data)[0]);
        FluentActions.Invoking(() => Deputy.CreateMunicipal(1, new string('1', 21), Valid)).Should().Throw<DomainRuleException>()
            .WithRefusal(DomainMessages.TooLong("Number", "代表证号", 20));
    }

    [Fact]
    public void A_profile_without_problems_is_stored_trimmed()
    {
        var deputy = Deputy.CreateMunicipal(1, " 16001 ", Valid with { Name = " 李建国 ", Ethnicity = " 汉族 " });
        deputy.UpdatePrivateData(new DeputyPrivateData(" 13800001234 ", "11010519491231002x", null));

        (deputy.Number, deputy.Name, deputy.Ethnicity, deputy.Mobile, deputy.IdNumber).Should().Be(("16001", "李建国", "汉族", "13800001234", "11010519491231002X"));
    }
}
