using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The 交办会 date staff enter (issue 15): the deadlines count from it, it cannot lie in the future, before the suggestion
/// was received or more than 30 days back, a rest day is confirmed, and the event keeps the instant staff assigned. And the
/// unit proposer: similar earlier suggestions vote for their unit, the category adds a smaller vote, every proposal says why.
/// </summary>
public sealed class AssignmentDateAndProposalTests
{
    private static Suggestion Accepted()
    {
        var s = Registered();
        s.Accept(Staff, Monday);
        return s;
    }

    [Fact]
    public void Deadlines_count_from_the_meeting_date_and_the_event_keeps_when_staff_assigned()
    {
        var s = Accepted();
        var clicked = Monday.AddDays(3); // Thursday 5 March, the meeting was on Monday 2 March
        s.Assign(HandlingMode.Split, [UnitA], null, Staff, clicked, Rules, meetingOn: new DateOnly(2026, 3, 2));
        s.AssignedOn.Should().Be(new DateOnly(2026, 3, 2));
        s.Assignments.Single().AssignedOn.Should().Be(new DateOnly(2026, 3, 2));
        s.Assignments.Single().DueOn.Should().Be(Rules.ReplyDue(new DateOnly(2026, 3, 2), extended: false));
        s.Events[^1].At.Should().Be(clicked, "the timeline records when the assignment was made, not the typed date");
    }

    [Fact]
    public void Without_a_meeting_date_the_deadlines_count_from_today()
    {
        var s = Accepted();
        s.Assign(HandlingMode.Split, [UnitA], null, Staff, Monday.AddDays(1), Rules);
        s.AssignedOn.Should().Be(new DateOnly(2026, 3, 3));
    }

    [Theory]
    [InlineData(2026, 3, 6, "Suggestion.MeetingInFuture")]
    [InlineData(2026, 1, 11, "Suggestion.MeetingBeforeReceipt")]
    public void A_meeting_date_in_the_future_or_before_receipt_is_refused_at_its_field(int year, int month, int day, string code)
    {
        var s = Accepted();
        var act = () => s.Assign(HandlingMode.Split, [UnitA], null, Staff, Monday.AddDays(3), Rules, meetingOn: new DateOnly(year, month, day));
        var refusal = act.Should().Throw<DomainRuleException>().Which.Refusal;
        refusal.Code.Should().Be(code);
        refusal.Field.Should().Be("MeetingOn");
        s.Status.Should().Be(SuggestionStatus.Accepted);
    }

    [Fact]
    public void A_meeting_date_more_than_30_days_back_is_refused_and_30_days_is_taken()
    {
        var registered = Registered(At(2026, 1, 12));
        registered.Accept(Staff, At(2026, 1, 13));
        var now = At(2026, 3, 4);
        var tooOld = () => registered.Assign(HandlingMode.Split, [UnitA], null, Staff, now, Rules, meetingOn: new DateOnly(2026, 2, 1));
        tooOld.Should().Throw<DomainRuleException>().Which.Refusal.Code.Should().Be("Suggestion.MeetingTooOld");
        registered.Assign(HandlingMode.Split, [UnitA], null, Staff, now, Rules, confirmed: true, meetingOn: new DateOnly(2026, 2, 2));
        registered.AssignedOn.Should().Be(new DateOnly(2026, 2, 2));
    }

    [Fact]
    public void A_meeting_date_on_a_rest_day_asks_for_confirmation_with_that_date()
    {
        var s = Accepted();
        var sunday = new DateOnly(2026, 3, 1);
        var registered = Registered(At(2026, 2, 20));
        registered.Accept(Staff, At(2026, 2, 20));
        var act = () => registered.Assign(HandlingMode.Split, [UnitA], null, Staff, Monday.AddDays(1), Rules, meetingOn: sunday);
        act.Should().Throw<DomainRuleException>().Which.Refusal.Message.Should().Contain("2026年3月1日").And.Contain("休息日");
        registered.Assign(HandlingMode.Split, [UnitA], null, Staff, Monday.AddDays(1), Rules, confirmed: true, meetingOn: sunday);
        registered.AssignedOn.Should().Be(sunday);
        s.Status.Should().Be(SuggestionStatus.Accepted);
    }

    // ---------------------------------------------------------------- the proposer

    private const int Housing = 11, Education = 12, Transport = 13;
    private const int Urban = 2, Culture = 5;

    private static readonly AssignedBefore[] History =
    [
        new(1, "十六届四次第001号", "关于加快老旧小区加装电梯的建议", "老旧小区居民上下楼困难，建议简化加装电梯审批。", Urban, Housing),
        new(2, "十六届四次第002号", "关于老旧小区加装电梯资金补贴的建议", "建议提高加装电梯的财政补贴标准。", Urban, Housing),
        new(3, "十六届四次第003号", "关于增加中小学学位供给的建议", "新城区学位紧张，建议新建学校。", Culture, Education),
        new(4, "十六届四次第004号", "关于优化公交线路的建议", "建议增加通往新城区的公交线路。", Urban, Transport),
        new(5, "十六届四次第005号", "关于规范共享单车停放的建议", "建议划定停放区域。", Urban, Transport),
        new(6, "十六届四次第006号", "关于改善城市道路交通拥堵的建议", "建议优化信号灯配时。", Urban, Transport),
    ];

    [Fact]
    public void Similar_earlier_suggestions_propose_their_unit_first_and_are_its_reason()
    {
        var proposer = new UnitProposer(History);
        var proposals = proposer.Propose("关于推进既有住宅加装电梯的建议", "老旧小区加装电梯进度慢，建议加大补贴。", Urban);
        proposals[0].UnitId.Should().Be(Housing);
        proposals[0].Similar.Select(s => s.Number).Should().Equal("十六届四次第001号", "十六届四次第002号");
        proposals[0].Similar.Should().OnlyContain(s => s.Similarity > 0 && s.Similarity <= 1);
        proposals.Select(p => p.UnitId).Should().OnlyHaveUniqueItems().And.HaveCountLessThanOrEqualTo(3);
    }

    [Fact]
    public void Without_similar_text_the_category_proposes_the_unit_that_handled_most_of_it_and_says_how_many()
    {
        var proposer = new UnitProposer(History);
        var proposals = proposer.Propose("关于完善夜间经济配套的建议", "建议延长夜市营业时间。", Urban);
        proposals[0].UnitId.Should().Be(Transport, "three of the five earlier 城乡建设 suggestions went to it");
        proposals[0].Similar.Should().BeEmpty();
        (proposals[0].CategoryCount, proposals[0].CategoryTotal).Should().Be((3, 5));
    }

    [Fact]
    public void In_a_small_history_a_subject_word_in_a_third_of_everything_still_points_at_its_unit()
    {
        // Nine earlier suggestions, three per unit: 公交 is in a third of them, but only with the transport bureau's.
        AssignedBefore[] small =
        [
            new(1, "1", "关于增开夜间公交线路的意见", "夜间公交线路少。", Urban, Transport),
            new(2, "2", "关于优化新城区公交线路的意见", "新城区公交线路少。", Urban, Transport),
            new(3, "3", "关于公交站台加装候车亭的意见", "公交站台没有候车亭。", Urban, Transport),
            new(4, "4", "关于推进既有住宅加装电梯的意见", "加装电梯难。", Urban, Housing),
            new(5, "5", "关于简化加装电梯审批的意见", "加装电梯审批慢。", Urban, Housing),
            new(6, "6", "关于提高加装电梯补贴的意见", "加装电梯补贴低。", Urban, Housing),
            new(7, "7", "关于增加新城区中小学学位的意见", "学位紧张。", Culture, Education),
            new(8, "8", "关于新建城北小学的意见", "城北没有小学。", Culture, Education),
            new(9, "9", "关于缓解中小学学位紧张的意见", "学位紧张。", Culture, Education),
        ];
        var proposer = new UnitProposer(small);
        proposer.Propose("关于增加火车站周边公交班次的建议", "火车站周边公交班次少。", Urban)[0].UnitId.Should().Be(Transport);
        proposer.Propose("关于加装电梯维护保养的建议", "加装电梯后无人维护。", Urban)[0].UnitId.Should().Be(Housing);
    }

    [Fact]
    public void Nothing_earlier_proposes_nothing()
    {
        new UnitProposer([]).Propose("关于加装电梯的建议", "内容", Urban).Should().BeEmpty();
    }
}
