using CongressPortal.Domain.Common;
using CongressPortal.Domain.Deputies;

namespace CongressPortal.Domain.Tests.Deputies;

public sealed class DeputyTests
{
    private static Deputy NewDeputy() => Deputy.CreateMunicipal(1, "16001", new DeputyProfile("李建国", Gender.Male, "汉族", new DateOnly(1968, 5, 3), "中共党员", "大学本科", "示例市第一中学校长"));

    [Fact]
    public void There_are_exactly_56_ethnicities() => DeputyLists.Ethnicities.Should().HaveCount(56).And.OnlyHaveUniqueItems();

    [Fact]
    public void An_unknown_ethnicity_is_refused() =>
        FluentActions.Invoking(() => NewDeputy().UpdateProfile(new DeputyProfile("李建国", Gender.Male, Ethnicity: "汉")))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.UnknownEthnicity);

    [Fact]
    public void A_municipal_deputy_needs_a_term_and_a_number() =>
        FluentActions.Invoking(() => Deputy.CreateMunicipal(1, " ", new DeputyProfile("王秀英", Gender.Female)))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.MunicipalNeedsTermAndNumber);

    [Fact]
    public void A_deputy_of_another_level_is_recorded_with_a_minimal_profile()
    {
        var deputy = Deputy.CreateOtherLevel(DeputyLevel.Township, new DeputyProfile("赵明", Gender.Male, WorkUnitAndTitle: "杨柳乡农民"));
        deputy.TermId.Should().BeNull();
        deputy.Level.Should().Be(DeputyLevel.Township);
    }

    [Fact]
    public void Status_changes_keep_their_date_reason_and_history()
    {
        var deputy = NewDeputy();
        deputy.ChangeStatus(DeputyStatus.Suspended, new DateOnly(2025, 3, 1), "因涉嫌犯罪被羁押", "staff-1");
        deputy.ChangeStatus(DeputyStatus.Serving, new DateOnly(2025, 9, 1), "恢复执行代表职务", "staff-1");
        deputy.Status.Should().Be(DeputyStatus.Serving);
        deputy.StatusSince.Should().Be(new DateOnly(2025, 9, 1));
        deputy.StatusChanges.Select(c => (c.From, c.To)).Should().Equal((DeputyStatus.Serving, DeputyStatus.Suspended), (DeputyStatus.Suspended, DeputyStatus.Serving));
    }

    [Fact]
    public void A_status_change_needs_a_reason_a_new_status_and_a_date_not_before_the_last()
    {
        var deputy = NewDeputy();
        FluentActions.Invoking(() => deputy.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2025, 1, 1), " ", null))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.StatusReasonRequired);
        FluentActions.Invoking(() => deputy.ChangeStatus(DeputyStatus.Serving, new DateOnly(2025, 1, 1), "无", null))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.StatusUnchanged);
        deputy.ChangeStatus(DeputyStatus.Suspended, new DateOnly(2025, 3, 1), "暂停", null);
        FluentActions.Invoking(() => deputy.ChangeStatus(DeputyStatus.Resigned, new DateOnly(2025, 2, 1), "辞职", null))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.StatusDateBeforeLast);
    }

    [Theory]
    [InlineData("13800001234", true)]
    [InlineData("1380000123", false)]
    [InlineData("23800001234", false)]
    [InlineData("1380000123a", false)]
    public void Mobile_numbers_have_eleven_digits_starting_with_1(string mobile, bool valid) => Deputy.IsMobile(mobile).Should().Be(valid);

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491231002", false)]
    public void ID_numbers_carry_a_valid_check_character(string id, bool valid) => Deputy.IsIdNumber(id).Should().Be(valid);

    [Fact]
    public void Private_data_is_validated()
    {
        var deputy = NewDeputy();
        FluentActions.Invoking(() => deputy.UpdatePrivateData(new DeputyPrivateData("12345", null, null)))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.MobileInvalid);
        deputy.UpdatePrivateData(new DeputyPrivateData("13800001234", "11010519491231002x", "明湖区文昌路8号"));
        deputy.IdNumber.Should().Be("11010519491231002X");
    }

    [Fact]
    public void A_photo_is_checked_by_its_bytes_not_its_name()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        DeputyPhoto.Create(1, png).ContentType.Should().Be("image/png");
        FluentActions.Invoking(() => DeputyPhoto.Create(1, "GIF89a-not-a-photo"u8.ToArray()))
            .Should().Throw<DomainRuleException>().WithRefusal(DeputyMessages.PhotoType);
    }

    [Fact]
    public void The_performance_record_is_computed_from_counts_with_missing_kinds_as_zero()
    {
        var record = PerformanceRecord.From(new Dictionary<PerformanceEventKind, int> { [PerformanceEventKind.Training] = 3 }, stationReceptions: 4, suggestions: 2, proposals: 1);
        record.Trainings.Should().Be(3);
        record.StandingCommitteeMeetings.Should().Be(0);
        record.StationReceptions.Should().Be(4);
    }
}
