using CongressPortal.Domain.Common;
using CongressPortal.Domain.Stations;

namespace CongressPortal.Domain.Tests.Stations;

public sealed class ReceptionTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void An_issue_passed_on_waits_for_follow_up_until_feedback_is_recorded()
    {
        var reception = Reception.Record(1, Today, new TimeOnly(9, 0), new TimeOnly(11, 0), [5, 6], null, "staff", Today);
        var visitor = reception.AddVisitor("张大爷", "13800001234");
        var issue = reception.AddIssue("小区加装电梯审批慢", 2, HandlingPath.ReferredToSubdistrict, 5, visitor);
        issue.AwaitsFollowUp.Should().BeTrue();
        issue.RecordFeedback("街道已协调，下月开工", Today.AddDays(10));
        issue.AwaitsFollowUp.Should().BeFalse();
    }

    [Fact]
    public void An_issue_answered_on_the_spot_needs_no_follow_up()
    {
        var reception = Reception.Record(1, Today, null, null, [5], null, null, Today);
        var issue = reception.AddIssue("咨询医保报销政策", null, HandlingPath.AnsweredOnSpot, null);
        issue.AwaitsFollowUp.Should().BeFalse();
        FluentActions.Invoking(() => issue.RecordFeedback("已答复", Today)).Should().Throw<DomainRuleException>()
            .WithRefusal(StationMessages.FeedbackNotNeeded);
    }

    [Fact]
    public void Feedback_is_dated_between_the_reception_and_today()
    {
        var reception = Reception.Record(1, Today.AddDays(-5), null, null, [5], null, null, Today);
        var issue = reception.AddIssue("小区路灯不亮", null, HandlingPath.ReferredToSubdistrict, 5);
        FluentActions.Invoking(() => reception.RecordFeedback(issue.Id, "已修复", Today.AddDays(1), Today))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.FeedbackInFuture);
        FluentActions.Invoking(() => reception.RecordFeedback(issue.Id, "已修复", Today.AddDays(-6), Today))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.FeedbackBeforeReception);
        issue.Feedback.Should().BeNull("a refused feedback changes nothing");
        reception.RecordFeedback(issue.Id, "已修复", Today, Today);
        issue.FeedbackOn.Should().Be(Today);
    }

    [Fact]
    public void A_matter_not_accepted_does_not_wait_for_follow_up()
    {
        var reception = Reception.Record(1, Today, null, null, [5], null, null, Today);
        reception.AddIssue("正在诉讼中的合同纠纷", null, HandlingPath.NotAcceptedInformed, null).AwaitsFollowUp.Should().BeFalse();
    }

    [Fact]
    public void A_reception_needs_a_deputy_and_cannot_be_in_the_future()
    {
        FluentActions.Invoking(() => Reception.Record(1, Today, null, null, [], null, null, Today))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.ReceptionNeedsDeputy);
        FluentActions.Invoking(() => Reception.Record(1, Today.AddDays(1), null, null, [5], null, null, Today))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.ReceptionInFuture);
    }

    [Fact]
    public void A_deputy_is_assigned_to_a_station_once_at_a_time()
    {
        var station = LiaisonStation.Create(new StationDetails("明湖街道代表联络站", StationKind.Station, 3, "明湖路1号"));
        station.AssignDeputy(5, StationRole.Head, new DateOnly(2022, 3, 1));
        FluentActions.Invoking(() => station.AssignDeputy(5, StationRole.Member, new DateOnly(2023, 1, 1)))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.AlreadyAssigned);
        station.EndAssignment(5, new DateOnly(2024, 1, 1));
        station.CurrentMembers.Should().BeEmpty();
        station.AssignDeputy(5, StationRole.Member, new DateOnly(2025, 1, 1));
        station.CurrentMembers.Should().ContainSingle(m => m.Role == StationRole.Member);
    }

    [Fact]
    public void Coordinates_come_in_pairs_and_in_range()
    {
        FluentActions.Invoking(() => LiaisonStation.Create(new StationDetails("站", StationKind.Home, 3, "路", Latitude: 40.8)))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.CoordinatesPair);
        FluentActions.Invoking(() => LiaisonStation.Create(new StationDetails("站", StationKind.Home, 3, "路", 95, 111)))
            .Should().Throw<DomainRuleException>().WithRefusal(StationMessages.CoordinatesInvalid);
    }
}
