using CongressPortal.Domain.Common;
using CongressPortal.Domain.Legislation;
using F = CongressPortal.Domain.Tests.Legislation.LegislationFixture;

namespace CongressPortal.Domain.Tests.Legislation;

/// <summary>
/// The library: a regulation enters as a draft, is published, gets new versions, is repealed; its status and each
/// version's are computed from the dates on the day asked. The regulation of <see cref="Amended"/> was enacted by 公告第1号
/// (promulgated 1 March 2020, in force 1 May 2020), amended by 公告第7号 (1 June 2024, in force 1 July 2024) and repealed by
/// 公告第20号 (1 June 2026, repealed from 1 July 2026).
/// </summary>
public sealed class RegulationTests
{
    private static readonly DateOnly Enacted = new(2020, 5, 1);
    private static readonly DateOnly AmendmentInForce = new(2024, 7, 1);
    private static readonly DateOnly RepealDay = new(2026, 7, 1);

    private static DomainRuleException Refused(Action act) => FluentActions.Invoking(act).Should().Throw<DomainRuleException>().Which;

    private static Regulation Amended(bool repealed = false)
    {
        var regulation = F.Published();
        regulation.AddVersion(F.Amendment(), F.Text(variant: "和二次供水"), null, F.Staff, F.Now);
        regulation.Publish(F.Staff, F.Now);
        if (repealed) regulation.Repeal(F.Repeal(), 3, F.Staff, F.Now);
        return regulation;
    }

    [Fact]
    public void A_new_regulation_holds_its_first_version_unpublished()
    {
        var regulation = F.NewRegulation();

        regulation.State.Should().Be(RegulationState.Draft);
        regulation.IsPublished.Should().BeFalse();
        regulation.Title.Should().Be("示例市城市供水条例");
        regulation.PendingVersion.Should().BeSameAs(regulation.Versions.Single());
        regulation.CurrentVersion.Should().BeNull();
        regulation.Versions[0].Should().BeEquivalentTo(new { Number = 1, IsPublished = false, IsLatest = false, AnnouncementNumber = "公告第1号", ArticleCount = 2 });
        regulation.FirstEffectiveOn.Should().BeNull();
        regulation.StatusOn(F.Today).Should().Be(RegulationStatus.NotYetInForce, "nothing is in force before a version is published");
    }

    [Theory]
    [InlineData(LegislationKind.Amend)]
    [InlineData(LegislationKind.Revise)]
    [InlineData(LegislationKind.Repeal)]
    public void The_first_version_must_be_an_enactment(LegislationKind kind)
    {
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(kind), F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.FirstVersionIsEnactment);
    }

    [Fact]
    public void Only_staff_enter_regulations()
    {
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(), F.Text(), null, Actor.Deputy(1, "代表1"), F.Now)).Code.Should().Be("Workflow.WrongRole");
    }

    [Fact]
    public void A_version_needs_articles_and_dates_in_their_order()
    {
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(), StatuteText.Empty, null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.DraftTextRequired);
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(effective: new DateOnly(2020, 2, 29)), F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.EffectiveBeforePromulgation);
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(promulgated: F.Today.AddDays(1), effective: F.Today.AddDays(2)), F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.PromulgatedInFuture);
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft() with { ApprovedOn = new DateOnly(2020, 3, 2) }, F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.PromulgatedBeforeApproval);
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft() with { PassedOn = new DateOnly(2020, 2, 1), ApprovedOn = new DateOnly(2020, 1, 20) }, F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.ApprovedBeforePassing);
        Refused(() => Regulation.Create(LegislativeField.Ecology, F.VersionDraft(number: " "), F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(DomainMessages.Required(nameof(RegulationVersionDraft.AnnouncementNumber), "公告编号"));
    }

    [Fact]
    public void The_pending_first_version_can_be_corrected_with_the_regulations_title_and_field()
    {
        var regulation = F.NewRegulation();

        regulation.EditPendingVersion(F.VersionDraft(title: "示例市城市节约用水条例"), F.Text(), LegislativeField.Ecology, F.Staff, F.Now);

        (regulation.Title, regulation.Field, regulation.Versions[0].Title).Should().Be(("示例市城市节约用水条例", LegislativeField.Ecology, "示例市城市节约用水条例"));
        Refused(() => regulation.EditPendingVersion(F.VersionDraft(LegislationKind.Amend), F.Text(), LegislativeField.Ecology, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.FirstVersionIsEnactment);
    }

    [Fact]
    public void Publishing_the_first_version_makes_it_the_latest_and_sets_the_regulations_dates()
    {
        var regulation = F.Published();

        regulation.State.Should().Be(RegulationState.Published);
        regulation.Versions[0].Should().BeEquivalentTo(new { IsPublished = true, IsLatest = true });
        (regulation.PublishedVersionCount, regulation.FirstEffectiveOn, regulation.LastPromulgatedOn).Should().Be((1, Enacted, new DateOnly(2020, 3, 1)));
        regulation.FirstPublishedAt.Should().Be(F.Now);
        regulation.CurrentVersion.Should().BeSameAs(regulation.Versions[0]);
        regulation.PendingVersion.Should().BeNull();
    }

    [Fact]
    public void A_new_version_stays_pending_and_the_published_one_stays_latest_until_it_is_published()
    {
        var regulation = F.Published();

        var version = regulation.AddVersion(F.Amendment(), F.Text("示例市城市供水管理条例", "和二次供水"), 4, F.Staff, F.Now);

        (version.Number, version.IsPublished, version.IsLatest, version.LegislationRecordId).Should().Be((2, false, false, 4));
        regulation.Versions[0].IsLatest.Should().BeTrue();
        regulation.Title.Should().Be("示例市城市供水条例", "the library shows the published title until the new version is published");

        regulation.EditPendingVersion(F.Amendment() with { Title = "示例市城市供水管理条例" }, F.Text(), LegislativeField.Ecology, F.Staff, F.Now);
        regulation.Field.Should().Be(LegislativeField.UrbanRural, "a published regulation's field is not changed through a pending version");

        regulation.Publish(F.Staff, F.Now);

        regulation.Versions.Select(v => (v.Number, v.IsLatest)).Should().Equal((1, false), (2, true));
        (regulation.Title, regulation.PublishedVersionCount, regulation.FirstEffectiveOn, regulation.LastPromulgatedOn)
            .Should().Be(("示例市城市供水管理条例", 2, Enacted, new DateOnly(2024, 6, 1)));
        regulation.CurrentVersion!.Number.Should().Be(2);
    }

    [Theory]
    [InlineData(LegislationKind.Enact)]
    [InlineData(LegislationKind.Repeal)]
    [InlineData(LegislationKind.Research)]
    public void A_later_version_must_be_an_amendment_or_revision(LegislationKind kind)
    {
        var regulation = F.Published();

        Refused(() => regulation.AddVersion(F.Amendment() with { Kind = kind }, F.Text(), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.LaterVersionIsAmendment);
        regulation.AddVersion(F.Amendment() with { Kind = LegislationKind.Revise }, F.Text(), null, F.Staff, F.Now).Kind.Should().Be(LegislationKind.Revise);
    }

    [Theory]
    [InlineData(2020, 3, 1)]
    [InlineData(2019, 12, 31)]
    public void A_new_version_must_be_promulgated_after_the_previous_one(int year, int month, int day)
    {
        var regulation = F.Published();
        var promulgated = new DateOnly(year, month, day);

        Refused(() => regulation.AddVersion(F.Amendment(promulgated: promulgated, effective: promulgated), F.Text(), null, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.VersionNotAfterPrevious);
        regulation.Versions.Should().HaveCount(1);
    }

    [Fact]
    public void A_pending_version_corrected_to_a_date_before_the_previous_one_is_refused()
    {
        var regulation = F.RegulationIn(RegulationState.Published, pending: true);

        Refused(() => regulation.EditPendingVersion(F.Amendment(promulgated: new DateOnly(2020, 1, 1), effective: new DateOnly(2020, 1, 1)), F.Text(), LegislativeField.UrbanRural, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.VersionNotAfterPrevious);
        Refused(() => regulation.EditPendingVersion(F.VersionDraft(), F.Text(), LegislativeField.UrbanRural, F.Staff, F.Now))
            .Refusal.Should().Be(LegislationMessages.LaterVersionIsAmendment);
    }

    [Fact]
    public void The_repeal_is_recorded_with_its_normalised_number_and_day()
    {
        var regulation = Amended();

        regulation.Repeal(F.Repeal() with { AnnouncementNumber = "公告　第２０号" }, 3, F.Staff, F.At(2026, 6, 2));

        (regulation.State, regulation.RepealAnnouncementNumber, regulation.RepealPromulgatedOn, regulation.RepealedOn, regulation.RepealRecordId, regulation.LastPromulgatedOn)
            .Should().Be((RegulationState.Repealed, "公告第20号", new DateOnly(2026, 6, 1), RepealDay, 3, new DateOnly(2026, 6, 1)));
        regulation.LastPublishedAt.Should().Be(F.At(2026, 6, 2));
    }

    [Fact]
    public void A_repeal_out_of_order_is_refused()
    {
        var regulation = Amended();

        Refused(() => regulation.Repeal(F.Repeal(promulgated: new DateOnly(2024, 5, 31)), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.RepealBeforeLastVersion);
        Refused(() => regulation.Repeal(F.Repeal(repealedOn: new DateOnly(2026, 5, 31)), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.RepealEffectiveBeforePromulgation);
        Refused(() => regulation.Repeal(F.Repeal(promulgated: F.Today.AddDays(1), repealedOn: F.Today.AddDays(1)), null, F.Staff, F.Now)).Refusal.Should().Be(LegislationMessages.PromulgatedInFuture);
        regulation.State.Should().Be(RegulationState.Published);
        regulation.RepealedOn.Should().BeNull();
    }

    [Fact]
    public void The_regulation_is_not_yet_in_force_before_its_first_day_and_in_force_from_it()
    {
        var regulation = F.Published();

        regulation.StatusOn(Enacted.AddDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusOn(Enacted).Should().Be(RegulationStatus.InForce);
        regulation.StatusOn(F.Today).Should().Be(RegulationStatus.InForce);
    }

    [Fact]
    public void A_regulation_in_force_and_amended_at_least_once_is_amended_and_repealed_from_the_repeal_day()
    {
        var regulation = Amended(repealed: true);

        regulation.StatusOn(Enacted.AddDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.StatusOn(Enacted).Should().Be(RegulationStatus.Amended, "the library lists it as amended once a second version is published");
        regulation.StatusOn(AmendmentInForce).Should().Be(RegulationStatus.Amended);
        regulation.StatusOn(RepealDay.AddDays(-1)).Should().Be(RegulationStatus.Amended, "the repeal was promulgated but is not in effect yet");
        regulation.StatusOn(RepealDay).Should().Be(RegulationStatus.Repealed);
    }

    [Fact]
    public void Each_version_is_not_yet_in_force_then_in_force_then_amended_once_a_later_one_is_in_force_then_repealed()
    {
        var regulation = Amended(repealed: true);
        var (first, second) = (regulation.Versions[0], regulation.Versions[1]);

        regulation.VersionStatusOn(first, Enacted.AddDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.VersionStatusOn(first, Enacted).Should().Be(RegulationStatus.InForce);
        regulation.VersionStatusOn(first, AmendmentInForce.AddDays(-1)).Should().Be(RegulationStatus.InForce, "the amendment is promulgated but not yet in force");
        regulation.VersionStatusOn(second, AmendmentInForce.AddDays(-1)).Should().Be(RegulationStatus.NotYetInForce);
        regulation.VersionStatusOn(first, AmendmentInForce).Should().Be(RegulationStatus.Amended);
        regulation.VersionStatusOn(second, AmendmentInForce).Should().Be(RegulationStatus.InForce);
        regulation.VersionStatusOn(second, RepealDay.AddDays(-1)).Should().Be(RegulationStatus.InForce);
        regulation.VersionStatusOn(first, RepealDay).Should().Be(RegulationStatus.Repealed);
        regulation.VersionStatusOn(second, RepealDay).Should().Be(RegulationStatus.Repealed);
    }

    [Fact]
    public void A_pending_version_does_not_make_the_published_one_amended()
    {
        var regulation = F.RegulationIn(RegulationState.Published, pending: true);

        regulation.VersionStatusOn(regulation.Versions[0], F.Today).Should().Be(RegulationStatus.InForce);
        regulation.StatusOn(F.Today).Should().Be(RegulationStatus.InForce);
        regulation.VersionInForceOn(F.Today)!.Number.Should().Be(1);
    }

    [Fact]
    public void The_version_in_force_is_the_newest_published_one_whose_day_has_come()
    {
        var regulation = Amended(repealed: true);

        regulation.VersionInForceOn(Enacted.AddDays(-1)).Should().BeNull();
        regulation.VersionInForceOn(Enacted)!.Number.Should().Be(1);
        regulation.VersionInForceOn(AmendmentInForce.AddDays(-1))!.Number.Should().Be(1);
        regulation.VersionInForceOn(AmendmentInForce)!.Number.Should().Be(2);
    }

    [Theory]
    [InlineData("公告第12号", "公告第12号")]
    [InlineData("公告第１２号", "公告第12号")]
    [InlineData(" 公告 第 12 号 ", "公告第12号")]
    [InlineData("公告\u3000第１２号", "公告第12号")]
    [InlineData("〔２０２６〕第３号", "〔2026〕第3号")]
    [InlineData(null, "")]
    public void Announcement_numbers_are_compared_without_width_or_spaces(string? typed, string normalised)
    {
        Announcement.Normalize(typed).Should().Be(normalised);
    }

    [Fact]
    public void An_announcement_number_is_required_and_at_most_100_characters()
    {
        Refused(() => Announcement.Required("\u3000 ", "Number")).Refusal.Should().Be(DomainMessages.Required("Number", "公告编号"));
        Refused(() => Announcement.Required(new string('号', 101), "Number")).Refusal.Should().Be(DomainMessages.TooLong("Number", "公告编号", 100));
        Announcement.Required(new string('号', 100) + "  ", "Number").Should().HaveLength(100);
    }
}
