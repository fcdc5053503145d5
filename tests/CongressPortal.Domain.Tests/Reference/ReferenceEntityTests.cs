using CongressPortal.Domain.Common;
using CongressPortal.Domain.Reference;

namespace CongressPortal.Domain.Tests.Reference;

public sealed class ReferenceEntityTests
{
    [Fact]
    public void A_term_is_named_with_Chinese_ordinals() =>
        Term.Create(16, new DateOnly(2022, 1, 10), null).Name.Should().Be("第十六届");

    [Fact]
    public void A_term_cannot_end_before_it_starts() =>
        FluentActions.Invoking(() => Term.Create(16, new DateOnly(2022, 1, 10), new DateOnly(2021, 1, 1)))
            .Should().Throw<DomainRuleException>().WithMessage("届满日期不能早于开始日期。");

    [Fact]
    public void A_term_is_current_between_its_dates()
    {
        var term = Term.Create(16, new DateOnly(2022, 1, 10), new DateOnly(2027, 1, 9));
        term.IsCurrentOn(new DateOnly(2026, 11, 23)).Should().BeTrue();
        term.IsCurrentOn(new DateOnly(2027, 1, 10)).Should().BeFalse();
    }

    [Fact]
    public void Sessions_and_meetings_have_their_official_names()
    {
        CongressSession.FormatName(16, 5).Should().Be("第十六届人民代表大会第五次会议");
        StandingCommitteeMeeting.FormatName(16, 23).Should().Be("第十六届人大常委会第二十三次会议");
    }

    [Fact]
    public void Names_are_trimmed_and_required()
    {
        Committee.Create("  法制委员会 ", null, CommitteeKind.Special, 1).Name.Should().Be("法制委员会");
        FluentActions.Invoking(() => Committee.Create("  ", null, CommitteeKind.Special, 1))
            .Should().Throw<DomainRuleException>().WithMessage("请填写名称。");
    }

    [Fact]
    public void Overlong_names_are_refused_with_the_limit_in_the_message() =>
        FluentActions.Invoking(() => SuggestionCategory.Create(new string('类', 31), 1))
            .Should().Throw<DomainRuleException>().WithMessage("类别名称不能超过30个字。");

    [Fact]
    public void A_subdistrict_needs_a_district_and_a_district_has_none()
    {
        FluentActions.Invoking(() => AdministrativeArea.Create("明湖街道", AreaLevel.Subdistrict, null, null, 1))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.SubdistrictNeedsDistrict);
        FluentActions.Invoking(() => AdministrativeArea.Create("明湖区", AreaLevel.District, 4, null, 1))
            .Should().Throw<DomainRuleException>().WithRefusal(DomainMessages.DistrictHasNoParent);
    }

    [Fact]
    public void Reference_data_is_deactivated_rather_than_lost()
    {
        var unit = HandlingUnit.Create("示例市教育局", null, HandlingUnitKind.GovernmentDepartment, null, null, 1);
        unit.IsActive.Should().BeTrue();
        unit.SetActive(false);
        unit.IsActive.Should().BeFalse();
    }

    [Fact]
    public void Calendar_days_become_a_working_day_calendar()
    {
        var calendar = CalendarDay.ToCalendar(
        [
            CalendarDay.Create(new DateOnly(2026, 10, 1), CalendarDayKind.Holiday, "国庆节"),
            CalendarDay.Create(new DateOnly(2026, 10, 10), CalendarDayKind.MakeUpWorkday, "国庆节调休上班"),
        ]);
        calendar.IsWorkingDay(new DateOnly(2026, 10, 1)).Should().BeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 10, 10)).Should().BeTrue();
    }
}
