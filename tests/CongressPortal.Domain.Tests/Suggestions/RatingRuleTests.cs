using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// DOMAIN.md §4: "if no rating arrives after a reminder, the suggestion is excluded from the satisfaction rate, not counted
/// as satisfied" (S50a). An unrated reply stays in the rate as not satisfied until a rating reminder was sent and the
/// window passed.
/// </summary>
public sealed class RatingRuleTests
{
    private static (Suggestion Suggestion, SuggestionReply Reply) Replied()
    {
        var s = SuggestionFixture.InStatus(SuggestionStatus.Replied);
        return (s, s.Assignments[0].LatestReply!);
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));

    [Fact]
    public void A_reminded_reply_still_unrated_after_its_window_leaves_the_satisfaction_rate()
    {
        var (s, reply) = Replied();
        var remindedAt = Noon(reply.RatingDueOn.AddDays(-3));

        s.RecordRatingReminder(reply.Id, "提醒代表：请评价", remindedAt).Should().BeTrue();

        reply.RatingRemindedAt.Should().Be(remindedAt.ToUniversalTime(), "the server's time of the reminder is kept on the reply");
        s.Assignments[0].RatingRemindedAt.Should().Be(remindedAt.ToUniversalTime());
        s.Events[^1].Kind.Should().Be(SuggestionEventKind.ReminderIssued);
        s.Events[^1].At.Should().Be(remindedAt.ToUniversalTime());
        s.SatisfactionStanding(reply.RatingDueOn).Should().Be(RatingStanding.Unrated, "the last day of the window is still in time");
        s.SatisfactionStanding(reply.RatingDueOn.AddDays(1)).Should().Be(RatingStanding.Excluded);
        s.Assignments[0].Standing(reply.RatingDueOn.AddDays(1)).Should().Be(RatingStanding.Excluded);
    }

    [Fact]
    public void An_unrated_reply_never_reminded_stays_in_the_rate_as_not_satisfied_after_its_window()
    {
        var (s, reply) = Replied();

        s.SatisfactionStanding(reply.RatingDueOn.AddDays(30)).Should().Be(RatingStanding.Unrated);
        s.Assignments[0].Standing(reply.RatingDueOn.AddDays(30)).Should().Be(RatingStanding.Unrated);
        var figures = new SuggestionFigures { Satisfied = 3, Unrated = 1 };
        figures.SatisfactionRate.Should().Be(75.0m, "an unrated reply is not counted as satisfied");
    }

    [Fact]
    public void An_unrated_reply_within_its_window_stays_in_the_rate_even_after_the_reminder()
    {
        var (s, reply) = Replied();
        s.RecordRatingReminder(reply.Id, "提醒代表：请评价", Noon(reply.RatingDueOn.AddDays(-5)));

        s.SatisfactionStanding(reply.FiledOn).Should().Be(RatingStanding.Unrated);
        s.SatisfactionStanding(reply.RatingDueOn).Should().Be(RatingStanding.Unrated);
    }

    [Fact]
    public void A_reminder_sent_after_the_window_or_for_a_rated_reply_is_on_the_timeline_but_does_not_count()
    {
        var (late, lateReply) = Replied();
        late.RecordRatingReminder(lateReply.Id, "提醒代表：请评价", Noon(lateReply.RatingDueOn.AddDays(1))).Should().BeFalse();
        lateReply.RatingRemindedAt.Should().BeNull();
        late.Events[^1].Kind.Should().Be(SuggestionEventKind.ReminderIssued);
        late.SatisfactionStanding(lateReply.RatingDueOn.AddDays(10)).Should().Be(RatingStanding.Unrated);

        var (rated, ratedReply) = Replied();
        rated.Rate(ratedReply.Id, Satisfaction.BasicallySatisfied, null, Deputy, Noon(ratedReply.FiledOn.AddDays(3)), Rules);
        rated.RecordRatingReminder(ratedReply.Id, "提醒代表：请评价", Noon(ratedReply.FiledOn.AddDays(4))).Should().BeFalse();
        rated.SatisfactionStanding(ratedReply.RatingDueOn.AddDays(10)).Should().Be(RatingStanding.BasicallySatisfied);
    }

    [Fact]
    public void A_rating_reminder_leaves_the_suggestions_row_version_alone()
    {
        var (s, reply) = Replied();
        var updated = s.UpdatedAt;
        var until = s.UnratedUntil;

        s.RecordRatingReminder(reply.Id, "提醒代表：请评价", Noon(reply.RatingDueOn.AddDays(-2)));

        s.UpdatedAt.Should().Be(updated);
        s.UnratedUntil.Should().Be(until).And.Be(reply.RatingDueOn, "the suggestion keeps only what the workflow actions change");
    }

    [Fact]
    public void A_rating_takes_the_reply_out_of_waiting_and_a_new_round_waits_again()
    {
        var (s, reply) = Replied();
        s.Rate(reply.Id, Satisfaction.Unsatisfied, "没有时间表", Deputy, Noon(reply.FiledOn.AddDays(2)), Rules);
        s.UnratedUntil.Should().BeNull();
        s.SatisfactionStanding(reply.FiledOn.AddDays(3)).Should().Be(RatingStanding.Unsatisfied, "re-handling counts as 不满意 until the new reply");

        var again = Noon(reply.FiledOn.AddDays(20));
        s.Reply(ReplyA(ChinaTime.Today(again)), Unit(), again, Rules);
        WithIds(s);
        var second = s.Assignments[0].LatestReply!;
        s.UnratedUntil.Should().Be(second.RatingDueOn);
        s.SatisfactionStanding(second.RatingDueOn.AddDays(1)).Should().Be(RatingStanding.Unrated, "the new round's reply was not reminded");
    }

    [Fact]
    public void With_split_handling_an_excluded_unit_leaves_only_its_own_reply_out()
    {
        var s = Registered();
        s.Accept(Staff, Monday);
        s.Assign(HandlingMode.Split, [UnitA, UnitB], null, Staff, Monday, Rules);
        WithIds(s);
        s.AcceptAssignment(Unit(UnitA), Monday);
        s.AcceptAssignment(Unit(UnitB), Monday);
        var day = At(2026, 4, 10);
        s.Reply(ReplyA(ChinaTime.Today(day)), Unit(UnitA), day, Rules);
        s.Reply(ReplyA(ChinaTime.Today(day)), Unit(UnitB), day, Rules);
        WithIds(s);
        var a = s.Assignments.Single(x => x.UnitId == UnitA).LatestReply!;
        var b = s.Assignments.Single(x => x.UnitId == UnitB).LatestReply!;
        s.Rate(a.Id, Satisfaction.Satisfied, null, Deputy, At(2026, 4, 13), Rules);
        var after = a.RatingDueOn.AddDays(1);

        s.SatisfactionStanding(after).Should().Be(RatingStanding.Unrated, "unit B's reply was never reminded");
        s.RecordRatingReminder(b.Id, "提醒代表：请评价", Noon(b.RatingDueOn.AddDays(-1)));
        s.SatisfactionStanding(b.RatingDueOn).Should().Be(RatingStanding.Unrated);
        s.SatisfactionStanding(b.RatingDueOn.AddDays(1)).Should().Be(RatingStanding.Satisfied, "only unit A's rating is left");
    }

    [Fact]
    public void Nothing_to_rate_before_a_reply_and_co_units_are_never_rated()
    {
        SuggestionFixture.InStatus(SuggestionStatus.Handling).SatisfactionStanding(new DateOnly(2026, 12, 1)).Should().Be(RatingStanding.NothingToRate);
        var figures = new SuggestionFigures { Satisfied = 1, BasicallySatisfied = 1, Unsatisfied = 1, Unrated = 1, RatingExcluded = 5 };
        figures.SatisfactionBase.Should().Be(4, "excluded replies are outside the base");
        figures.SatisfactionRate.Should().Be(50.0m);
    }
}
