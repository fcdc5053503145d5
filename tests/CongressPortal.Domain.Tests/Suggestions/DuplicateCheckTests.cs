using CongressPortal.Domain.Common;
using CongressPortal.Domain.Suggestions;
using static CongressPortal.Domain.Tests.Suggestions.SuggestionFixture;

namespace CongressPortal.Domain.Tests.Suggestions;

/// <summary>
/// The duplicate check on registration (S63): the shared bigram likeness, which registered suggestions of a shared deputy
/// count as the same matter, what is identical, and the numbering of online suggestions during a session.
/// </summary>
public sealed class DuplicateCheckTests
{
    private const string ElevatorTitle = "关于加快老旧小区加装电梯的建议";
    private const string ElevatorText = "我市2000年以前建成的老旧小区多为六层以下住宅，没有电梯，老年居民上下楼十分困难。" +
        "目前加装电梯需要整栋楼业主同意，低层住户顾虑采光和噪音，协调难度大；审批涉及规划、住建、市场监管等多个部门，流程长。" +
        "建议简化审批流程，实行联合审查；加大财政补贴力度；由街道和社区牵头做好业主协商工作。";

    // The same matter typed again from the paper form: a shorter title, a sentence left out, a few words changed.
    private const string ElevatorTitleAgain = "关于老旧小区加装电梯的建议";
    private const string ElevatorTextAgain = "我市2000年以前建成的老旧小区多为六层以下住宅，没有电梯，老年居民上下楼十分困难。" +
        "目前加装电梯需要整栋楼业主同意，协调难度大；审批涉及规划、住建、市场监管等多个部门，流程较长。" +
        "建议简化审批流程，实行联合审查；加大补贴力度；由街道社区牵头做好业主协商。";

    // Another matter of the same deputy, written in the same office style.
    private const string SchoolTitle = "关于加强中小学校园周边交通安全管理的建议";
    private const string SchoolText = "我市部分中小学校门口道路狭窄，上下学时段家长接送车辆乱停乱放，学生过马路存在安全隐患。" +
        "建议公安交管部门在校园周边设置限时停车区和护学岗，教育部门和学校错峰放学，住建部门完善人行横道和护栏设施。";

    private static RegisteredSuggestion Existing(int id, string title, string text, int lead = LeadDeputy, int[]? coSigners = null,
        SuggestionStatus status = SuggestionStatus.Submitted)
    {
        var cos = coSigners ?? [];
        return new RegisteredSuggestion(id, $"十六届五次会议第{id:000}号", title, text, lead, cos, [lead, .. cos], status);
    }

    [Fact]
    public void Likeness_is_one_for_the_same_text_and_zero_for_nothing_shared()
    {
        var grams = TextLikeness.Grams(ElevatorTitle, ElevatorText);
        TextLikeness.Dice(grams, TextLikeness.Grams(ElevatorTitle, ElevatorText)).Should().Be(1);
        TextLikeness.Dice(grams, TextLikeness.Grams("ABC", "xyz")).Should().Be(0);
        TextLikeness.Dice(new HashSet<string>(), new HashSet<string>()).Should().Be(0);
        TextLikeness.Dice(3, 4, 6).Should().Be(0.6);
    }

    [Fact]
    public void Likeness_counts_the_title_twice_and_only_the_opening_of_the_text()
    {
        // 城市 once in the text, twice for the title (plain and marked).
        TextLikeness.Grams("城市", null).Should().HaveCount(2);
        TextLikeness.Grams(null, "城市").Should().ContainSingle();
        var longText = new string('甲', 10) + new string('乙', TextLikeness.ContentChars) + "丙丁";
        TextLikeness.Grams(null, longText).Should().NotContain("丙丁", "only the opening characters count");
    }

    [Fact]
    public void Likeness_leaves_out_the_bigrams_it_is_told_to_ignore()
    {
        var a = TextLikeness.Grams("关于甲乙的建议", "");
        var b = TextLikeness.Grams("关于丙丁的建议", "");
        var ignored = TextLikeness.Grams("关于 的建议", "的建议");
        TextLikeness.Dice(a, b).Should().BeGreaterThan(0.4);
        TextLikeness.Dice(a, b, ignored).Should().Be(0);
    }

    public static TheoryData<string, string, string, string> TextPairs => new()
    {
        { ElevatorTitle, ElevatorText, ElevatorTitleAgain, ElevatorTextAgain },
        { ElevatorTitle, ElevatorText, SchoolTitle, SchoolText },
        { ElevatorTitle, ElevatorText, ElevatorTitle, ElevatorText },
        { "关于甲乙的建议", "", "关于丙丁的建议", "" },
        { "Wi-Fi 覆盖", "5G基站 and Wi-Fi 热点", "关于5G基站的建议", "wifi" },
        { "", "", "关于", "" },
    };

    [Theory]
    [MemberData(nameof(TextPairs))]
    public void Keyed_likeness_is_the_same_as_the_likeness_of_the_bigram_sets(string title, string text, string otherTitle, string otherText)
    {
        var ignored = TextLikeness.Grams("关于 的建议", "的建议");
        var expected = TextLikeness.Dice(TextLikeness.Grams(title, text), TextLikeness.Grams(otherTitle, otherText), ignored);
        var ignoredKeys = TextLikeness.Keys("关于 的建议", "的建议");
        var (keys, otherKeys) = (TextLikeness.Keys(title, text, ignoredKeys), TextLikeness.Keys(otherTitle, otherText, ignoredKeys));

        TextLikeness.Dice(keys, otherKeys).Should().BeApproximately(expected, 1e-12);
        TextLikeness.Dice(otherKeys, keys).Should().BeApproximately(expected, 1e-12);
        keys.Count.Should().Be(TextLikeness.Grams(title, text).Count(g => !ignored.Contains(g)));
        // Asked only for likeness from a threshold on: exact at or above it, below it when the true value is.
        foreach (var threshold in new[] { 0.1, 0.3, 0.5, 0.9, 1.0 })
        {
            var bounded = TextLikeness.Dice(keys, otherKeys, threshold);
            if (expected >= threshold) bounded.Should().BeApproximately(expected, 1e-12);
            else bounded.Should().BeLessThan(threshold);
        }
    }

    [Fact]
    public void A_batch_sharing_the_candidates_bigrams_finds_what_each_row_finds_alone()
    {
        RegisteredSuggestion[] candidates = [Existing(1, ElevatorTitle, ElevatorText), Existing(2, "关于增设公交站点的建议", "建议在新区增设公交站点。")];
        DuplicateProbe[] rows = [new(LeadDeputy, [], ElevatorTitleAgain, ElevatorTextAgain), new(LeadDeputy, [], "关于增设公交站点的建议", "建议在新区增设两个公交站点。"),
            new(LeadDeputy, [], ElevatorTitle, ElevatorText)];
        var batch = new DuplicateCandidates(candidates);

        foreach (var row in rows) SuggestionDuplicates.Find(row, batch).Should().BeEquivalentTo(SuggestionDuplicates.Find(row, candidates), o => o.WithStrictOrdering());
        batch.GramsMade.Should().Be(2, "each candidate's bigrams are made once for the batch");
        // A row whose deputies signed none of the candidates looks at none of them.
        SuggestionDuplicates.Find(new DuplicateProbe(LeadDeputy + 1000, [], ElevatorTitle, ElevatorText), batch).Should().BeEmpty();
        batch.Sharing([LeadDeputy + 1000]).Should().BeEmpty();
    }

    [Fact]
    public void The_same_matter_typed_again_by_the_same_lead_is_flagged_with_its_reason()
    {
        var probe = new DuplicateProbe(LeadDeputy, [], ElevatorTitleAgain, ElevatorTextAgain);
        var found = SuggestionDuplicates.Find(probe, [Existing(1, ElevatorTitle, ElevatorText)]);
        var duplicate = found.Should().ContainSingle().Subject;
        duplicate.Identical.Should().BeFalse();
        duplicate.SameLead.Should().BeTrue();
        duplicate.Similarity.Should().BeGreaterThanOrEqualTo(0.6);
        duplicate.Reason(new Dictionary<int, string> { [LeadDeputy] = "李建国" }).Should().Be($"同一领衔代表；标题和内容相似度 {duplicate.Similarity * 100:0}%");
    }

    [Fact]
    public void Another_matter_of_the_same_deputy_is_not_flagged()
    {
        var probe = new DuplicateProbe(LeadDeputy, [], SchoolTitle, SchoolText);
        var likeness = TextLikeness.Dice(TextLikeness.Grams(SchoolTitle, SchoolText), TextLikeness.Grams(ElevatorTitle, ElevatorText));
        likeness.Should().BeLessThan(0.3);
        SuggestionDuplicates.Find(probe, [Existing(1, ElevatorTitle, ElevatorText)]).Should().BeEmpty();
    }

    [Fact]
    public void The_same_matter_of_deputies_who_share_nobody_is_not_flagged()
    {
        var probe = new DuplicateProbe(20, [21], ElevatorTitle, ElevatorText);
        SuggestionDuplicates.Find(probe, [Existing(1, ElevatorTitle, ElevatorText, lead: LeadDeputy, coSigners: [CoSigner])]).Should().BeEmpty();
    }

    [Fact]
    public void A_co_signer_who_leads_the_other_is_an_overlap_and_is_named()
    {
        var probe = new DuplicateProbe(CoSigner, [30], ElevatorTitleAgain, ElevatorTextAgain);
        var duplicate = SuggestionDuplicates.Find(probe, [Existing(1, ElevatorTitle, ElevatorText, lead: LeadDeputy, coSigners: [CoSigner])])
            .Should().ContainSingle().Subject;
        duplicate.SameLead.Should().BeFalse();
        duplicate.SharedDeputyIds.Should().Equal(CoSigner);
        duplicate.Reason(new Dictionary<int, string> { [CoSigner] = "王芳" }).Should().StartWith("共同代表：王芳；");
    }

    [Fact]
    public void The_same_title_is_flagged_even_when_the_text_was_rewritten()
    {
        var probe = new DuplicateProbe(LeadDeputy, [], ElevatorTitle, SchoolText);
        var duplicate = SuggestionDuplicates.Find(probe, [Existing(1, ElevatorTitle, ElevatorText)]).Should().ContainSingle().Subject;
        duplicate.SameTitle.Should().BeTrue();
        duplicate.Similarity.Should().BeLessThan(SuggestionDuplicates.Threshold);
        duplicate.Reason(new Dictionary<int, string>()).Should().Contain("标题相同");
    }

    [Fact]
    public void Identical_means_the_same_deputies_title_and_text_whatever_the_spaces_and_co_signer_order()
    {
        var registered = Existing(1, ElevatorTitle, ElevatorText, coSigners: [CoSigner, 30]);
        SuggestionDuplicates.IsIdentical(new DuplicateProbe(LeadDeputy, [30, CoSigner], ElevatorTitle + " ", ElevatorText.Replace("。", "。\r\n", StringComparison.Ordinal)), registered)
            .Should().BeTrue();
        SuggestionDuplicates.IsIdentical(new DuplicateProbe(LeadDeputy, [CoSigner], ElevatorTitle, ElevatorText), registered).Should().BeFalse("a co-signer differs");
        SuggestionDuplicates.IsIdentical(new DuplicateProbe(CoSigner, [LeadDeputy, 30], ElevatorTitle, ElevatorText), registered).Should().BeFalse("another lead");
        SuggestionDuplicates.IsIdentical(new DuplicateProbe(LeadDeputy, [CoSigner, 30], ElevatorTitle, ElevatorText + "。"), registered).Should().BeFalse("the text differs");

        var found = SuggestionDuplicates.Find(new DuplicateProbe(LeadDeputy, [30, CoSigner], ElevatorTitle, ElevatorText), [Existing(2, ElevatorTitleAgain, ElevatorTextAgain), registered]);
        found.Select(d => d.SuggestionId).Should().Equal(1, 2);
        found[0].Identical.Should().BeTrue();
        found[0].Similarity.Should().Be(1);
        found[0].Reason(new Dictionary<int, string>()).Should().Be("领衔代表、附议代表、标题和内容完全相同");
    }

    [Fact]
    public void Two_rows_of_one_file_are_compared_the_same_way()
    {
        var row = new DuplicateProbe(LeadDeputy, [CoSigner], ElevatorTitle, ElevatorText);
        SuggestionDuplicates.IsIdentical(row, row with { Title = " " + ElevatorTitle }).Should().BeTrue();
        SuggestionDuplicates.IsIdentical(row, row with { CoSignerIds = [] }).Should().BeFalse();
    }

    [Fact]
    public void Registering_although_flagged_is_on_the_timeline_with_the_numbers()
    {
        var s = Registered();
        s.ConfirmNotDuplicate(["十六届五次会议第001号", "十六届五次会议第004号"], Staff, Monday);
        var last = s.Events[^1];
        last.Kind.Should().Be(SuggestionEventKind.DuplicateDismissed);
        last.Detail.Should().Be("登记时提示可能与十六届五次会议第001号、十六届五次会议第004号重复，登记人确认不是重复");
        SuggestionLabels.For(SuggestionEventKind.DuplicateDismissed).Should().Be("确认不是重复");
        s.Invoking(x => x.ConfirmNotDuplicate([], Staff, Monday)).Should().Throw<ArgumentException>();
    }

    private static readonly SessionDates[] Sessions =
    [
        new(4, new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 9)),
        new(5, new DateOnly(2026, 1, 11), new DateOnly(2026, 1, 14)),
        new(6, new DateOnly(2027, 1, 10), null),
    ];

    [Theory]
    [InlineData("2026-01-11", "DuringSession", 5, 2026)]
    [InlineData("2026-01-14", "DuringSession", 5, 2026)]
    [InlineData("2027-01-10", "DuringSession", 6, 2027)]
    [InlineData("2026-01-10", "BetweenSessions", null, 2026)]
    [InlineData("2026-01-15", "BetweenSessions", null, 2026)]
    [InlineData("2027-01-11", "BetweenSessions", null, 2027)]
    public void An_online_suggestion_is_numbered_in_the_session_that_sits_that_day(string day, string source, int? sessionId, int year)
    {
        var (s, id, y) = SuggestionNumbering.OnlineSource(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Sessions);
        s.ToString().Should().Be(source);
        id.Should().Be(sessionId);
        y.Should().Be(year);
    }
}
