using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// <see cref="Suggestion.Problems"/> returns every problem of a draft with its field (what an import reports per cell);
/// registering the draft throws the first of them, and the warning about a late session suggestion is separate.
/// </summary>
public sealed class SuggestionDraftChecksTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly SuggestionDraft Valid = new(SuggestionSource.DuringSession, 5, 2026, 10, [11, 12], "关于加快老旧小区加装电梯的建议", "建议简化审批流程。", 3, new DateOnly(2026, 1, 12));

    [Fact]
    public void A_valid_draft_has_no_problems() => Suggestion.Problems(Valid, Today).Should().BeEmpty();

    [Fact]
    public void Every_problem_of_a_draft_is_returned_with_the_field_it_concerns()
    {
        var draft = new SuggestionDraft(SuggestionSource.DuringSession, null, 1979, 0, [0], " ", new string('内', 20001), 0, Today.AddDays(1));

        Suggestion.Problems(draft, Today).Select(p => (p.Code, p.Field)).Should().Equal(
            (SuggestionMessages.SessionRequired.Code, "SessionId"),
            (SuggestionMessages.LeadDeputyRequired.Code, "LeadDeputyId"),
            (SuggestionMessages.LeadNotCoSigner.Code, "CoSignerIds"),
            (SuggestionMessages.ReceivedInFuture.Code, "ReceivedOn"),
            (SuggestionMessages.YearOutOfRange.Code, "Year"),
            ("Common.Required", "Title"),
            ("Common.TooLong", "Content"),
            ("Common.MustBePositive", "CategoryId"));
    }

    [Fact]
    public void The_lead_listed_among_the_co_signers_is_refused_on_the_co_signers() =>
        Suggestion.Problems(Valid with { CoSignerIds = [11, 10] }, Today).Should().Equal(SuggestionMessages.LeadNotCoSigner);

    [Fact]
    public void A_suggestion_between_sessions_needs_no_session_and_today_is_not_in_the_future()
    {
        Suggestion.Problems(Valid with { Source = SuggestionSource.BetweenSessions, SessionId = null, ReceivedOn = Today }, Today).Should().BeEmpty();
    }

    [Fact]
    public void A_title_over_200_characters_is_refused_for_its_length() =>
        Suggestion.Problems(Valid with { Title = new string('长', 201) }, Today).Should().Equal(DomainMessages.TooLong("Title", "标题", 200));

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public void Registering_a_draft_throws_the_first_of_its_problems(SuggestionDraft draft)
    {
        var first = Suggestion.Problems(draft, Today)[0];

        FluentActions.Invoking(() => Suggestion.Register(draft, "十六届五次会议第001号", "session:5", 1, SuggestionFixture.Staff, SuggestionFixture.Monday))
            .Should().Throw<DomainRuleException>().WithRefusal(first);
    }

    public static TheoryData<SuggestionDraft> BadDrafts() =>
    [
        Valid with { SessionId = 0, Title = "" },
        Valid with { LeadDeputyId = 0, CoSignerIds = [0] },
        Valid with { CoSignerIds = [10], ReceivedOn = Today.AddDays(3) },
        Valid with { ReceivedOn = Today.AddDays(1), Content = "" },
        Valid with { Year = 2201 },
        Valid with { Title = new string('长', 201), CategoryId = 0 },
        Valid with { CategoryId = -1 },
    ];

    [Fact]
    public void A_session_suggestion_received_over_30_days_after_the_session_closed_carries_a_warning_not_a_problem()
    {
        var closed = new DateOnly(2026, 1, 15);
        var late = Valid with { ReceivedOn = closed.AddDays(Suggestion.LateAfterSessionDays + 1) };

        Suggestion.Problems(late, Today).Should().BeEmpty();
        Suggestion.RegistrationWarning(late, closed).Should().Be(SuggestionMessages.ReceivedLongAfterSession(31));
        Suggestion.RegistrationWarning(late with { ReceivedOn = closed.AddDays(Suggestion.LateAfterSessionDays) }, closed).Should().BeNull();
        Suggestion.RegistrationWarning(late with { Source = SuggestionSource.BetweenSessions, SessionId = null }, closed).Should().BeNull();
    }
}
